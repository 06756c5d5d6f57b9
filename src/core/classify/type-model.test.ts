import { expect, test } from 'vitest';
import type { TicketType } from '../model.js';
import { predictType, trainTypeModel, type TypeExample } from './type-model.js';

const corpus: Record<string, readonly string[]> = {
  bug: [
    'The app crashes when I open the report',
    'Export button throws an error and nothing downloads',
    'Login page is broken after the update',
    'Dashboard crashes every time I filter by date',
    'Error 500 when saving the invoice settings',
    'Charts are broken and show an error on load',
    'Sync fails with an error since this morning',
    'The mobile app crashes on startup',
  ],
  feature_request: [
    'It would be great to have dark mode',
    'Please add an option to schedule reports weekly',
    'Would love a Slack integration for alerts',
    'Feature idea: let us export to Google Sheets',
    'It would be nice to add custom fields to contacts',
    'Please add support for multiple currencies',
    'Would be great to have keyboard shortcuts',
    'Suggestion: add an option to bulk edit tags',
  ],
  help: [
    'How do I invite a new user to my team?',
    'How can I change my password?',
    'Where do I find the API key?',
    'How do I connect my calendar?',
    'How can I merge two contacts?',
    'Where can I see my usage history?',
    'How do I set up two factor login?',
    'How can I rename a workspace?',
  ],
};

const examples: TypeExample[] = Object.entries(corpus).flatMap(([type, texts]) =>
  texts.map((text) => ({ text, type: type as TicketType })),
);

test('learns a small corpus and labels obvious unseen tickets', () => {
  const model = trainTypeModel(examples, { minDf: 1 });
  expect(model.labels).toEqual(['bug', 'feature_request', 'help']);
  expect(predictType(model, 'The settings page crashes with an error').type).toBe('bug');
  expect(predictType(model, 'It would be great to add an option for dark charts').type).toBe('feature_request');
  expect(predictType(model, 'How do I invite my manager?').type).toBe('help');
});

test('scores are probabilities over the labels it was trained on', () => {
  const model = trainTypeModel(examples, { minDf: 1 });
  const p = predictType(model, 'How can I export my contacts?');
  expect(Object.keys(p.scores).sort()).toEqual(['bug', 'feature_request', 'help']);
  const sum = Object.values(p.scores).reduce((a, b) => a + b, 0);
  expect(sum).toBeCloseTo(1, 10);
  expect(p.confidence).toBe(Math.max(...Object.values(p.scores)));
});

test('reads subject and description of a ticket', () => {
  const model = trainTypeModel(examples, { minDf: 1 });
  expect(predictType(model, { subject: 'Report crashes', description: 'with an error on load' }).type).toBe('bug');
  expect(predictType(model, { subject: null, description: 'How do I rename my team?' }).type).toBe('help');
});

test('training is deterministic', () => {
  expect(trainTypeModel(examples, { minDf: 1 })).toEqual(trainTypeModel(examples, { minDf: 1 }));
});

test('a model serialised to JSON and parsed back predicts exactly the same', () => {
  const model = trainTypeModel(examples, { minDf: 1 });
  const copy = JSON.parse(JSON.stringify(model)) as typeof model;
  for (const text of ['Export crashes', 'add a dark theme please', 'where is the API key?', '']) {
    expect(predictType(copy, text)).toEqual(predictType(model, text));
  }
});

test('a label set of two types is enough; one type is refused', () => {
  const two = examples.filter((e) => e.type !== 'help');
  expect(trainTypeModel(two, { minDf: 1 }).labels).toEqual(['bug', 'feature_request']);
  expect(() => trainTypeModel(examples.filter((e) => e.type === 'bug'))).toThrow(/two types/);
});
