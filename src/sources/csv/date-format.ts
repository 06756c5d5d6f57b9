/**
 * Explicit date formats named by a mapping (`"dateFormat": "dd/MMM/yy HH:mm"`), in the token
 * style of Java and luxon: yyyy, yy, MMM (English Jan–Dec), MM, M, dd, d, HH, H, hh, h with a,
 * mm, ss, SSS; other punctuation and spaces are literal, letters go in single quotes ('T').
 * @module
 */

/** Wall-clock fields read from a string; month 1–12. */
export interface WallFields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

export interface DateFormat {
  readonly pattern: string;
  readonly hasTime: boolean;
  /** The fields, or null when the text does not have this format or a field is out of range. */
  read(text: string): WallFields | null;
}

const TOKENS: Readonly<Record<string, string>> = {
  yyyy: '(\\d{4})',
  yy: '(\\d{2})',
  MMM: '([A-Za-z]{3})',
  MM: '(\\d{2})',
  M: '(\\d{1,2})',
  dd: '(\\d{2})',
  d: '(\\d{1,2})',
  HH: '(\\d{2})',
  H: '(\\d{1,2})',
  hh: '(\\d{1,2})',
  h: '(\\d{1,2})',
  mm: '(\\d{2})',
  ss: '(\\d{2})',
  SSS: '(\\d{3})',
  a: '([AaPp][Mm])',
};
const TOKEN_RE = /yyyy|yy|MMM|MM|M|dd|d|HH|H|hh|h|mm|ss|SSS|a|'[^']*'|[A-Za-z]+|\s+|./g;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * Compiles a format, or returns a plain message saying what is wrong with it.
 * @example (compileDateFormat('dd/MMM/yy HH:mm') as DateFormat).read('30/Jul/18 23:33')
 */
export function compileDateFormat(pattern: string): DateFormat | string {
  const order: string[] = [];
  let source = '^\\s*';
  for (const [tok] of pattern.matchAll(TOKEN_RE)) {
    if (TOKENS[tok] !== undefined) {
      order.push(tok);
      source += TOKENS[tok];
    } else if (tok.startsWith("'")) source += escapeRe(tok.slice(1, -1));
    else if (/^[A-Za-z]/.test(tok)) {
      const use = "use yyyy, yy, MMM, MM, dd, d, HH, H, hh/h with a, mm, ss; quote literal letters: 'T'";
      return `unknown letters "${tok}" in date format "${pattern}" (${use})`;
    } else if (/^\s/.test(tok)) source += '\\s+';
    else source += escapeRe(tok);
  }
  const has = (...t: string[]): boolean => t.some((x) => order.includes(x));
  if (!has('yyyy', 'yy') || !has('MMM', 'MM', 'M') || !has('dd', 'd')) {
    return `date format "${pattern}" needs a year (yyyy or yy), a month (MMM, MM or M) and a day (dd or d)`;
  }
  if (has('hh', 'h') !== has('a')) {
    return `date format "${pattern}": a 12-hour clock (hh, h) goes with an AM/PM marker (a), and only with it`;
  }
  const re = new RegExp(`${source}\\s*$`);
  return {
    pattern,
    hasTime: has('HH', 'H', 'hh', 'h'),
    read: (text) => {
      const m = re.exec(text);
      return m === null ? null : toFields(order, m);
    },
  };
}

function toFields(order: readonly string[], m: RegExpExecArray): WallFields | null {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let millisecond = 0;
  let pm: boolean | null = null;
  for (let k = 0; k < order.length; k++) {
    const v = m[k + 1] ?? '';
    switch (order[k]) {
      case 'yyyy': year = Number(v); break;
      // Two-digit years: 00–68 are 2000s, 69–99 the 1900s (the POSIX pivot).
      case 'yy': year = Number(v) + (Number(v) < 69 ? 2000 : 1900); break;
      case 'MMM': month = MONTHS.indexOf(v.toLowerCase()) + 1; break;
      case 'MM': case 'M': month = Number(v); break;
      case 'dd': case 'd': day = Number(v); break;
      case 'HH': case 'H': case 'hh': case 'h': hour = Number(v); break;
      case 'mm': minute = Number(v); break;
      case 'ss': second = Number(v); break;
      case 'SSS': millisecond = Number(v); break;
      case 'a': pm = v.toLowerCase() === 'pm'; break;
    }
  }
  if (pm !== null) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (!validWall(year, month, day, hour, minute, second)) return null;
  return { year, month, day, hour, minute, second, millisecond };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when the fields name a real calendar day and clock time. */
export function validWall(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): boolean {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const max = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
  return day <= max;
}
