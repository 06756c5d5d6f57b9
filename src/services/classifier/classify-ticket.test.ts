import { expect, test } from 'vitest';
import { buildTypeMapping } from '../../core/classify/type-mapping.js';
import { trainTypeModel } from '../../core/classify/type-model.js';
import { classifyTicket, type ClassifiableTicket } from './classify-ticket.js';

const ticket = (over: Partial<ClassifiableTicket>): ClassifiableTicket => ({
  type: null,
  category: null,
  tags: [],
  subject: 'The app crashes on login',
  description: null,
  ...over,
});

const mapping = buildTypeMapping();
// A model that only knows help vs feature_request: whatever it says differs from the rules' "bug".
const model = trainTypeModel(
  [
    { text: 'how do I invite users', type: 'help' },
    { text: 'how do I log in', type: 'help' },
    { text: 'please add dark mode', type: 'feature_request' },
    { text: 'please add an export', type: 'feature_request' },
  ],
  { minDf: 1 },
);

test('a type given by the source wins, with confidence 1', () => {
  expect(classifyTicket(ticket({ type: 'help', category: 'Bug' }), { mapping, model })).toEqual({
    type: 'help',
    source: 'source',
    confidence: 1,
  });
});

test('then the mapping of category or tags', () => {
  expect(classifyTicket(ticket({ category: 'Billing' }), { mapping, model })).toEqual({
    type: 'other',
    source: 'mapped',
    confidence: 1,
  });
  expect(classifyTicket(ticket({ tags: ['vip', 'feature-request'] }), { mapping, model }).source).toBe('mapped');
});

test('then the trained model, when there is one', () => {
  const d = classifyTicket(ticket({}), { mapping, model });
  expect(d.source).toBe('model');
  expect(['help', 'feature_request']).toContain(d.type);
  expect(d.confidence).toBeGreaterThan(0.5);
});

test('else the keyword rules, with their fallback when nothing matches', () => {
  // The crash rule (strength 2) matched in the subject: 2 × 1.5 = 3, confidence 3 / (3 + 1).
  expect(classifyTicket(ticket({}), { mapping, model: null })).toEqual({ type: 'bug', source: 'rules', confidence: 0.75 });
  expect(classifyTicket(ticket({ subject: 'Acme QBR' }), { mapping, model: null, rulesFallback: 'help' })).toEqual({
    type: 'help',
    source: 'rules',
    confidence: 0,
  });
});
