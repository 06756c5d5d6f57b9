/**
 * Text cleaning before classification. Tickets and issues carry a lot of machine text (code, stack
 * traces, links, screenshots, form instructions) whose exact content only adds noise; what helps is
 * knowing that it is there. So each kind is replaced by one marker word rather than kept or dropped.
 * @module
 */

export interface CleanOptions {
  /**
   * Drop markdown heading lines (`### Steps to reproduce`): they come from the helpdesk's form,
   * not from the customer.
   */
  readonly stripHeadings: boolean;
  /** Text beyond this many characters (after cleaning) is ignored: the start says what it is about. */
  readonly maxChars: number;
}

export const DEFAULT_CLEAN_OPTIONS: CleanOptions = { stripHeadings: true, maxChars: 6000 };

const REPLACEMENTS: readonly (readonly [RegExp, string])[] = [
  // HTML comments hold form instructions the writer never saw as content.
  [/<!--[\s\S]*?(?:-->|$)/g, ' '],
  [/```[\s\S]*?(?:```|$)/g, ' xcodeblock '],
  [/~~~[\s\S]*?(?:~~~|$)/g, ' xcodeblock '],
  [/!\[[^\]]*\]\([^)]*\)/g, ' ximage '],
  [/<img[^>]*>/gi, ' ximage '],
  [/\bhttps?:\/\/[^\s)>\]]+/gi, ' xurl '],
  // JavaScript/Java/C# frames ("at fn (file.js:1:2)") and Python frames ('File "x.py", line 3').
  [/^[ \t]*at [^\n]*(?:\(|:\d+)[^\n]*$/gm, ' xtrace '],
  [/^[ \t]*File "[^"\n]*", line \d+[^\n]*$/gm, ' xtrace '],
  [/`[^`\n]+`/g, ' xcode '],
  [/<\/?[a-z][^>\n]*>/gi, ' '],
  // Numbers carry versions, ids and counts: their digits never generalise, their presence might.
  [/\d+/g, '0'],
];

/**
 * Replaces code, traces, links and images by marker words, optionally drops headings, and cuts
 * the result to `maxChars`.
 * @example cleanTicketText('see https://x.io/a', DEFAULT_CLEAN_OPTIONS) // 'see  xurl '
 */
export const cleanTicketText = (text: string, options: CleanOptions = DEFAULT_CLEAN_OPTIONS): string => {
  let out = text;
  for (const [pattern, replacement] of REPLACEMENTS) out = out.replace(pattern, replacement);
  if (options.stripHeadings) out = out.replace(/^[ \t]*#{1,6}[ \t][^\n]*$/gm, ' ');
  return out.length > options.maxChars ? out.slice(0, options.maxChars) : out;
};
