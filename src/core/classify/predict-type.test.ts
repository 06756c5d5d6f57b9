import { expect, test } from 'vitest';
import { softmaxScores } from './softmax-regression.js';
import { extractFeatures } from './text-features.js';
import { columnIndex, vectorize } from './tfidf.js';
import { predictType, trainTypeModel } from './type-model.js';

const model = trainTypeModel(
  [
    { text: { subject: 'Export crashes', description: 'The export crashes with an error' }, type: 'bug' },
    { text: { subject: 'Login broken', description: 'Login fails with an error' }, type: 'bug' },
    { text: { subject: 'Dark mode', description: 'It would be great to have dark mode' }, type: 'feature_request' },
    { text: { subject: 'Bulk edit', description: 'Please add bulk edit of tags' }, type: 'feature_request' },
    { text: { subject: 'Invite', description: 'How do I invite a user?' }, type: 'help' },
    { text: { subject: 'Password', description: 'How do I reset my password?' }, type: 'help' },
  ],
  { minDf: 1 },
);

test('the streaming predictor scores exactly what training computes for a text', () => {
  // The training path: counts → tf-idf rows with per-block scaling → softmax.
  const o = model.options;
  const columns = columnIndex({ features: model.features, idf: model.idf });
  const weights = { weights: model.weights.map((w) => Float64Array.from(w)), bias: model.bias };
  for (const text of [
    { subject: 'Export fails', description: 'error on export, how do I fix it? please add a retry' },
    { subject: null, description: 'How do I export?' },
    'nothing known here',
  ]) {
    const row = vectorize(extractFeatures(text, o), columns, model.idf, o.blockWeights, o.hashBits);
    const expected = softmaxScores(weights, row);
    const got = predictType(model, text).scores;
    model.labels.forEach((label, k) => expect(got[label]).toBeCloseTo(expected[k] as number, 12));
  }
});

test('repeated calls give the same answer (scratch space is reset)', () => {
  const first = predictType(model, 'The export crashes');
  predictType(model, 'How do I invite a user? How do I invite a user?');
  expect(predictType(model, 'The export crashes')).toEqual(first);
});
