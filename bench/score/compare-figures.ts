/**
 * The equality check: ours against DuckDB's, account by account, figure by figure. Counts must be
 * equal; rates, means and order statistics within a relative 1e-9 (summing in another order moves
 * the last bits of a mean, nothing more).
 * @module
 */
import { type AccountFigures, COUNTS, type FigureName, type FiguresFile, TOLERANCE } from './account-figures.js';

export interface Mismatch {
  readonly accountId: string;
  readonly figure: FigureName;
  readonly ours: number | null | undefined;
  readonly duckdb: number | null | undefined;
}

export interface Comparison {
  /** Accounts in either file. */
  readonly accounts: number;
  /** Figure comparisons made (accounts × figures). */
  readonly values: number;
  readonly mismatches: number;
  /** The first few, to see what differs. */
  readonly first: readonly Mismatch[];
}

const same = (figure: FigureName, a: number | null | undefined, b: number | null | undefined): boolean => {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (COUNTS.has(figure)) return a === b;
  return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
};

/**
 * @example compareFigures(ours, duck, ['created', 'serious']).mismatches // 0
 */
export const compareFigures = (ours: FiguresFile, duckdb: FiguresFile, figures: readonly FigureName[]): Comparison => {
  const ids = [...new Set([...Object.keys(ours), ...Object.keys(duckdb)])].sort();
  const first: Mismatch[] = [];
  let mismatches = 0;
  for (const id of ids) {
    const a: Partial<AccountFigures> = ours[id] ?? {};
    const b: Partial<AccountFigures> = duckdb[id] ?? {};
    for (const figure of figures) {
      if (same(figure, a[figure], b[figure])) continue;
      mismatches += 1;
      if (first.length < 10) first.push({ accountId: id, figure, ours: a[figure], duckdb: b[figure] });
    }
  }
  return { accounts: ids.length, values: ids.length * figures.length, mismatches, first };
};
