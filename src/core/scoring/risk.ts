/**
 * Turning a component's value into a risk from 0 (fine) to 100 (alarm), and guarding rates against
 * small numbers.
 * @module
 */
import { percentileRankSorted } from './stats.js';

/**
 * Linear between `good` (risk 0) and `bad` (risk 100), clamped; works in either direction, so for
 * sentiment `good` may be above `bad`.
 * @example clampRisk(600, 240, 960) // 50
 */
export const clampRisk = (value: number, good: number, bad: number): number => {
  const t = (value - good) / (bad - good);
  return 100 * Math.min(1, Math.max(0, t));
};

/**
 * The account's standing among its segment's peers (sorted ascending) as a risk: the share of peers
 * that are better (mid-rank, so ties and a lone account sit at 50).
 * @example percentileRisk(10, [2, 4, 10, 20], true) // 62.5
 */
export const percentileRisk = (
  value: number,
  sortedPeers: ArrayLike<number>,
  higherIsWorse: boolean,
): number => {
  const rank = percentileRankSorted(value, sortedPeers);
  return higherIsWorse ? rank : 100 - rank;
};

/**
 * Empirical-Bayes shrinkage: the account's rate with `k` pseudo-observations of the segment rate
 * added, `(hits + k·prior) / (n + k)`. One reopen out of one ticket, against a 10% segment rate with
 * k = 5, reads (1 + 0.5) / 6 = 25%, not 100%; with many tickets the account's own rate dominates.
 */
export const shrinkRate = (hits: number, n: number, prior: number, k: number): number =>
  n + k === 0 ? prior : (hits + k * prior) / (n + k);
