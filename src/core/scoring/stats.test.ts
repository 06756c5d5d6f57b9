import fc from 'fast-check';
import { expect, test } from 'vitest';
import { mean, percentileRank, percentileRankSorted, quantile, sortedAscending, summarize } from './stats.js';

test('quantiles interpolate between order statistics', () => {
  expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
  // p90 of 1..10: position 0.9 × 9 = 8.1 → 9 + 0.1 × (10 − 9) = 9.1.
  expect(quantile([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 0.9)).toBeCloseTo(9.1, 10);
  expect(quantile([7], 0.9)).toBe(7);
  expect(quantile([], 0.5)).toBeNull();
});

test('quantiles are those of a comparator sort bit for bit, zeros of either sign and NaN included', () => {
  const bySort = (values: readonly number[], q: number): number | null => {
    const sorted = [...values].sort((a, b) => a - b);
    if (sorted.length === 0) return null;
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const below = sorted[lo] as number;
    const above = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
    return below + (above - below) * (pos - lo);
  };
  const value = fc.oneof(fc.constantFrom(0, -0, 1, -1, 2.5, Number.NaN, 1e-300), fc.double(), fc.integer({ min: -5, max: 5 }));
  fc.assert(
    fc.property(fc.array(value, { maxLength: 12 }), fc.constantFrom(0, 0.5, 0.9, 1, 0.25), (values, q) => {
      expect(Object.is(quantile(values, q), bySort(values, q))).toBe(true);
    }),
    { numRuns: 5000 },
  );
});

test('summaries by name', () => {
  expect(summarize([1, 2, 6], 'mean')).toBe(3);
  expect(summarize([1, 2, 6], 'max')).toBe(6);
  expect(summarize([1, 2, 6], 'median')).toBe(2);
  expect(mean([])).toBeNull();
});

test('percentile rank counts half of the ties', () => {
  expect(percentileRank(3, [1, 2, 3, 4])).toBe(62.5);
  expect(percentileRank(0, [1, 2, 3, 4])).toBe(0);
  expect(percentileRank(9, [1, 2, 3, 4])).toBe(100);
  expect(percentileRank(5, [5, 5])).toBe(50);
  expect(percentileRank(5, [])).toBe(50);
});

test('the sorted percentile rank agrees with the plain one, ties included', () => {
  const sorted = [1, 2, 2, 2, 5, 8];
  // 2: one below, three equal → (1 + 1.5) / 6 = 41.67%.
  expect(percentileRankSorted(2, sorted)).toBeCloseTo(250 / 6, 12);
  for (const v of [0, 1, 2, 3, 5, 8, 9]) expect(percentileRankSorted(v, sorted)).toBe(percentileRank(v, sorted));
});

test('sortedAscending sorts as the comparator sort does, -0 and NaN included', () => {
  const values = fc.array(fc.oneof(fc.double(), fc.constantFrom(0, -0, 1, NaN)), { maxLength: 60 });
  fc.assert(
    fc.property(values, (xs) => {
      const sorted = Array.from(sortedAscending(Float64Array.from(xs)));
      const expected = [...xs].sort((a, b) => a - b);
      expect(sorted.length).toBe(expected.length);
      for (const [i, v] of expected.entries()) expect(Object.is(sorted[i], v)).toBe(true);
    }),
  );
});
