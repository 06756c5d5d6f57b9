/**
 * A plain-text table for benchmark output: columns padded to their widest cell, numbers (cells
 * that start with a digit) right-aligned.
 * @module
 */

/**
 * @example renderTable(['store', 'tickets/s'], [['sqlite', '81,300']])
 * // 'store   tickets/s\nsqlite     81,300'
 */
export const renderTable = (header: readonly string[], rows: readonly (readonly string[])[]): string => {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const numeric = header.map((_, c) => rows.length > 0 && rows.every((r) => /^[\d.,+-]|^$|^–$/.test(r[c] ?? '')));
  const line = (r: readonly string[]) =>
    r
      .map((cell, c) => (numeric[c] ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  return all.map(line).join('\n');
};

/** `1234567.8` → `'1,234,568'`. */
export const int = (n: number): string => Math.round(n).toLocaleString('en');
