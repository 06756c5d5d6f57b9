/**
 * Number formats for sentences: durations in hours, shares in percent.
 * @module
 */

const trim = (x: number, digits = 1): string => String(Number(x.toFixed(digits)));

/** Minutes as `45 min` or `9h` / `9.5h`. */
export const duration = (minutes: number): string =>
  minutes < 60 ? `${Math.round(minutes)} min` : `${trim(minutes / 60)}h`;

/** A share as a whole percent: `0.25` → `25%`. */
export const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** A number with a sign: `+15`, `−20`, `0`. */
export const signed = (x: number): string => {
  const r = Math.round(x);
  return r > 0 ? `+${r}` : r < 0 ? `−${-r}` : '0';
};

export const plain = (x: number): string => trim(x, Math.abs(x) < 10 ? 2 : 1);

/** `1 ticket`, `3 tickets`. */
export const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
