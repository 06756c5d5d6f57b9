import { expect, test } from 'vitest';
import { parseTypeModel, serializeTypeModel } from './type-model-json.js';
import { predictType, trainTypeModel } from './type-model.js';

const model = trainTypeModel(
  [
    { text: 'app crashes with an error', type: 'bug' },
    { text: 'report page crashes', type: 'bug' },
    { text: 'how do I invite a user?', type: 'help' },
    { text: 'how do I reset my password?', type: 'help' },
  ],
  { minDf: 1 },
);

test('a serialised model parses back to one that predicts identically', () => {
  const parsed = parseTypeModel(serializeTypeModel(model));
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  expect(parsed.value).toEqual(model);
  expect(predictType(parsed.value, 'the export crashes')).toEqual(predictType(model, 'the export crashes'));
});

test('refuses text that is not a type model, naming the field', () => {
  const bad = (json: string) => {
    const r = parseTypeModel(json);
    return r.ok ? null : r.issues[0]?.path;
  };
  expect(bad('{')).toBe('');
  expect(bad('{"kind":"other"}')).toBe('kind');
  expect(bad(JSON.stringify({ ...model, labels: ['bug'] }))).toBe('labels');
  expect(bad(JSON.stringify({ ...model, labels: ['bug', 'spam'] }))).toBe('labels');
  expect(bad(JSON.stringify({ ...model, idf: [1] }))).toBe('features');
  expect(bad(JSON.stringify({ ...model, weights: [model.weights[0]] }))).toBe('weights');
  expect(bad(JSON.stringify({ ...model, bias: [0] }))).toBe('bias');
});
