/**
 * Small order statistics shared by components and segment baselines. Pure, no dependencies.
 * @module
 */
import type { Statistic } from './scoring-config.js';

/**
 * The q-quantile (0…1) of `values` by linear interpolation between order statistics (Excel's
 * PERCENTILE.INC, R type 7). Null for no values.
 * @example quantile([1, 2, 3, 4], 0.5) // 2.5
 */
export const quantile = (values: readonly number[], q: number): number | null => {
  // A typed array sorts without calling a comparator (every account's durations are sorted when it
  // is rolled up). Its order differs only in putting -0 before +0, where the comparator kept their
  // order: no interpolation below tells those apart (a zero picked adds as +0 either way). A NaN,
  // which it puts last and the comparator anywhere, takes the comparator's order.
  const sorted = new Float64Array(values).sort();
  return sorted.length > 0 && Number.isNaN(sorted[sorted.length - 1])
    ? quantileSorted([...values].sort((a, b) => a - b), q)
    : quantileSorted(sorted, q);
};

/** {@link quantile} of values already sorted ascending, without the copy and sort. */
export const quantileSorted = (sorted: ArrayLike<number>, q: number): number | null => {
  if (sorted.length === 0) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const below = sorted[lo] as number;
  const above = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return below + (above - below) * (pos - lo);
};

export const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

/** Sums up a distribution the way a component's config asks. */
export const summarize = (values: readonly number[], statistic: Statistic): number | null => {
  switch (statistic) {
    case 'median':
      return quantile(values, 0.5);
    case 'p90':
      return quantile(values, 0.9);
    case 'mean':
      return mean(values);
    case 'max':
      return values.length === 0 ? null : Math.max(...values);
  }
};

/**
 * Where `value` stands among `population`, 0…100: the share below it plus half the share equal to it
 * (mid-rank), so a lone account or a tie sits at 50 rather than at an extreme.
 * @example percentileRank(3, [1, 2, 3, 4]) // 62.5
 */
export const percentileRank = (value: number, population: readonly number[]): number => {
  if (population.length === 0) return 50;
  let below = 0;
  let equal = 0;
  for (const v of population) {
    if (v < value) below += 1;
    else if (v === value) equal += 1;
  }
  return (100 * (below + equal / 2)) / population.length;
};

/** The first index in ascending `sorted` whose value is not below `value` (or, with `after`, above it). */
const bound = (sorted: ArrayLike<number>, value: number, after: boolean): number => {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid] as number;
    if (v < value || (after && v === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/**
 * `percentileRank` over a population already sorted ascending, in O(log n): ranking every account of
 * a large segment against its peers stays O(n log n) instead of O(n²).
 */
export const percentileRankSorted = (value: number, sorted: ArrayLike<number>): number => {
  if (sorted.length === 0) return 50;
  const below = bound(sorted, value, false);
  const equal = bound(sorted, value, true) - below;
  return (100 * (below + equal / 2)) / sorted.length;
};

/**
 * `values` sorted as `[...values].sort((a, b) => a - b)` sorts them, in place through the typed
 * array's native numeric sort (the comparator's calls were some 11 ms of a 190 ms ranking). The two
 * orders differ only in placing -0 before 0 and NaN last, where the comparator keeps them as found,
 * so values holding either are copied and sorted with the comparator.
 * @example sortedAscending(Float64Array.of(3, 1, 2)) // Float64Array [1, 2, 3]
 */
export const sortedAscending = (values: Float64Array): ArrayLike<number> => {
  // An indexed loop and no calls: ranking runs this over every component of every segment, most of
  // it before the code is optimised.
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    // NaN, or -0 (the one zero whose reciprocal is negative).
    if (v !== v || (v === 0 && 1 / v < 0)) return Array.from(values).sort((a, b) => a - b);
  }
  return values.sort();
};
