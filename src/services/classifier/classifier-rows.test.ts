import { expect, test } from 'vitest';
import { predictType } from '../../core/classify/type-model.js';
import { crossValidateRows } from './cross-validate-rows.js';
import { evaluateRows } from './evaluate-rows.js';
import { trainFromRows } from './train-from-rows.js';
import type { LabelledRow } from './labelled-rows.js';

// Labels as a GitHub or Zendesk export writes them: the mapping turns them into model types.
const rows: LabelledRow[] = [
  ...['crashes on save', 'error when exporting', 'login page crashes', 'sync fails with an error', 'report crashes'].map(
    (d) => ({ subject: 'Problem', description: `The app ${d}`, type: 'Bug' }),
  ),
  ...['invite a user', 'change my password', 'find the API key', 'rename a team', 'merge contacts'].map((d) => ({
    subject: 'Question',
    description: `How do I ${d}?`,
    type: 'question',
  })),
];

test('trains on mapped labels and returns storable JSON', () => {
  const r = trainFromRows(rows, { model: { minDf: 1 } });
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.value.counts).toEqual({ bug: 5, help: 5 });
  expect(JSON.parse(r.value.json)).toEqual(r.value.model);
  expect(predictType(r.value.model, 'How do I add a user?').type).toBe('help');
});

test('refuses unknown labels with their row numbers, and a single type', () => {
  const bad = trainFromRows([...rows, { subject: 'x', description: 'y', type: 'spam' }]);
  expect(bad.ok ? [] : bad.issues.map((i) => i.path)).toEqual(['row 11: type']);
  const one = trainFromRows(rows.slice(0, 5));
  expect(one.ok ? [] : one.issues.map((i) => i.path)).toEqual(['type']);
});

test('evaluates a model on labelled rows in the documented shape', () => {
  const trained = trainFromRows(rows, { model: { minDf: 1 } });
  if (!trained.ok) throw new Error('training failed');
  const e = evaluateRows(trained.value.model, [
    { subject: null, description: 'The dashboard crashes with an error', type: 'bug' },
    { subject: null, description: 'How do I change my email?', type: 'help' },
  ]);
  expect(e.ok && Object.keys(e.value).sort()).toEqual(['accuracy', 'confusion', 'macroF1', 'perClass']);
  expect(e.ok && e.value.accuracy).toBe(1);
});

test('cross-validates the model and the rules on the same folds', () => {
  const r = crossValidateRows(rows, { folds: 5, seed: 1, model: { minDf: 1 } });
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.value.rows).toBe(10);
  expect(r.value.model.accuracy).toBe(1);
  // Rules: "crashes"/"error"/"fails" → bug and "how do" → help on every row.
  expect(r.value.rules.accuracy).toBe(1);
  const tooMany = crossValidateRows(rows, { folds: 11, seed: 1 });
  expect(tooMany.ok ? [] : tooMany.issues.map((i) => i.path)).toEqual(['folds']);
});
