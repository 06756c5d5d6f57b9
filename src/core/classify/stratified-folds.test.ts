import fc from 'fast-check';
import { expect, test } from 'vitest';
import { stratifiedFolds } from './stratified-folds.js';

const labelsArb = fc.array(fc.constantFrom('bug', 'help', 'other', 'feature_request'), { minLength: 10, maxLength: 200 });

test('every item lands in exactly one fold', () => {
  fc.assert(
    fc.property(labelsArb, fc.integer({ min: 2, max: 10 }), fc.integer(), (labels, k, seed) => {
      const folds = stratifiedFolds(labels, k, seed);
      expect(folds).toHaveLength(k);
      expect(folds.flat().sort((a, b) => a - b)).toEqual(labels.map((_, i) => i));
    }),
  );
});

test('each fold holds each label in proportion (floor or ceil of its count / k) and sizes differ by ≤ 1', () => {
  fc.assert(
    fc.property(labelsArb, fc.integer({ min: 2, max: 10 }), fc.integer(), (labels, k, seed) => {
      const folds = stratifiedFolds(labels, k, seed);
      for (const label of new Set(labels)) {
        const total = labels.filter((l) => l === label).length;
        for (const fold of folds) {
          const n = fold.filter((i) => labels[i] === label).length;
          expect(n).toBeGreaterThanOrEqual(Math.floor(total / k));
          expect(n).toBeLessThanOrEqual(Math.ceil(total / k));
        }
      }
      const sizes = folds.map((f) => f.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }),
  );
});

test('the same seed gives the same folds; another seed usually does not', () => {
  const labels = Array.from({ length: 50 }, (_, i) => (i % 3 === 0 ? 'bug' : 'help'));
  expect(stratifiedFolds(labels, 5, 7)).toEqual(stratifiedFolds(labels, 5, 7));
  expect(stratifiedFolds(labels, 5, 7)).not.toEqual(stratifiedFolds(labels, 5, 8));
});

test('refuses fewer than two folds or more folds than items', () => {
  expect(() => stratifiedFolds(['a', 'b'], 1, 0)).toThrow();
  expect(() => stratifiedFolds(['a', 'b'], 3, 0)).toThrow();
});
