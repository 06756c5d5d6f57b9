import { expect, test } from 'vitest';
import type { TicketType } from '../model.js';
import { crossValidateClassifier, crossValidateTypes } from './cross-validate-types.js';
import type { TypeText } from './text-features.js';
import type { TypeExample } from './type-model.js';

const examples: TypeExample[] = Array.from({ length: 30 }, (_, i) => ({
  text: `ticket ${i} ${i % 3 === 0 ? 'crashes with an error' : i % 3 === 1 ? 'how do I invite users?' : 'please add dark mode'}`,
  type: (['bug', 'help', 'feature_request'] as const)[i % 3] as TicketType,
}));

test('no held-out text is ever seen by training, and every item is predicted once', () => {
  const predictedTexts: TypeText[] = [];
  const e = crossValidateClassifier(
    examples,
    { folds: 5, seed: 3 },
    (training) => new Set(training.map((t) => t.text)),
    (seen, text) => {
      expect(seen.has(text)).toBe(false);
      predictedTexts.push(text);
      return 'bug';
    },
  );
  expect(predictedTexts.sort()).toEqual(examples.map((x) => x.text).sort());
  // Everything predicted "bug": accuracy = share of bugs = 10/30.
  expect(e.accuracy).toBeCloseTo(1 / 3, 10);
});

test('the trained model separates an easy three-class set under cross-validation', () => {
  const e = crossValidateTypes(examples, { folds: 3, seed: 1, model: { minDf: 1 } });
  expect(e.accuracy).toBe(1);
  expect(e.macroF1).toBe(1);
});
