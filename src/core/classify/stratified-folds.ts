/**
 * Stratified k-fold assignment: every fold gets (within one item) the same share of each label as
 * the whole set, so a fold's scores are not skewed by a class it happens to lack.
 * @module
 */
import { shuffled } from './seeded-random.js';

/**
 * Splits item indices into `k` folds, stratified by label. Items of each label are shuffled with the
 * seed and dealt round-robin, continuing the deal across labels so fold sizes differ by at most one.
 * @returns one array of item indices per fold (each index in exactly one fold, sorted ascending).
 * @example stratifiedFolds(['a', 'a', 'b', 'b'], 2, 1) // e.g. [[0, 3], [1, 2]]
 */
export const stratifiedFolds = (
  labels: readonly string[],
  k: number,
  seed: number,
): number[][] => {
  if (!Number.isInteger(k) || k < 2) throw new Error(`folds must be an integer ≥ 2, got ${k}`);
  if (k > labels.length) throw new Error(`cannot make ${k} folds of ${labels.length} items`);
  const byLabel = new Map<string, number[]>();
  labels.forEach((label, i) => {
    const list = byLabel.get(label) ?? [];
    list.push(i);
    byLabel.set(label, list);
  });
  const folds: number[][] = Array.from({ length: k }, () => []);
  let next = 0;
  // Sorted labels: the deal must not depend on which label happens to come first in the input.
  for (const label of [...byLabel.keys()].sort()) {
    for (const index of shuffled(byLabel.get(label) ?? [], seed)) {
      folds[next % k]?.push(index);
      next++;
    }
  }
  return folds.map((fold) => fold.sort((a, b) => a - b));
};
