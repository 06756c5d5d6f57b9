/**
 * A deliberately light stemmer: it folds the plural and verb endings that make the same topic look
 * different ("exports", "exporting", "exported" → "export") and leaves everything else alone.
 * A full Porter stemmer would also merge words that are different topics ("organization" and
 * "organ"); a topic key is read by people, so it should stay a recognisable word.
 * @module
 */

const RULES: readonly (readonly [RegExp, string])[] = [
  [/ies$/, 'y'], // "queries" → "query"
  [/(ss|us|is)$/, '$1'], // "access", "status", "analysis" stay
  [/([^aeiou])ing$/, '$1'], // "exporting" → "export"
  [/([^aeiou])ed$/, '$1'], // "exported" → "export"
  [/(sh|ch|x)es$/, '$1'], // "patches" → "patch", "boxes" → "box"
  [/s$/, ''], // "invoices" → "invoice"
];

/**
 * The word with one ending removed; words of four letters or fewer are kept whole.
 * @example stem('exports') // 'export'
 */
export const stem = (word: string): string => {
  if (word.length <= 4) return word;
  for (const [pattern, replacement] of RULES) {
    if (pattern.test(word)) return word.replace(pattern, replacement);
  }
  return word;
};
