import { expect, test } from 'vitest';
import { evaluateTypes } from './evaluate-types.js';

test('computes accuracy, per-class scores, macro-F1 and the confusion matrix', () => {
  // Confusion (row = actual):   bug  help
  //                  bug         3    1
  //                  help        2    4
  const actual = ['bug', 'bug', 'bug', 'bug', 'help', 'help', 'help', 'help', 'help', 'help'];
  const predicted = ['bug', 'bug', 'bug', 'help', 'bug', 'bug', 'help', 'help', 'help', 'help'];
  const e = evaluateTypes(actual, predicted);
  expect(e.confusion).toEqual({ bug: { bug: 3, help: 1 }, help: { bug: 2, help: 4 } });
  expect(e.accuracy).toBeCloseTo(7 / 10, 10);
  // bug: P = 3/5, R = 3/4, F1 = 2·0.6·0.75/1.35 = 2/3
  // help: P = 4/5, R = 4/6, F1 = 2·0.8·(2/3)/(0.8 + 2/3) = 8/11
  expect(e.perClass['bug']).toEqual({ precision: 0.6, recall: 0.75, f1: expect.closeTo(2 / 3, 10), support: 4 });
  expect(e.perClass['help']?.f1).toBeCloseTo(8 / 11, 10);
  expect(e.macroF1).toBeCloseTo((2 / 3 + 8 / 11) / 2, 10);
});

test('a label only ever predicted counts in macro-F1 with F1 0', () => {
  const e = evaluateTypes(['bug', 'bug'], ['bug', 'other']);
  // bug: P 1, R 1/2, F1 2/3; other: P 0, R 0, F1 0
  expect(e.macroF1).toBeCloseTo(1 / 3, 10);
  expect(e.perClass['other']).toEqual({ precision: 0, recall: 0, f1: 0, support: 0 });
});
