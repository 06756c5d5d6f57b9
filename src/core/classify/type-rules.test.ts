import { expect, test } from 'vitest';
import { classifyByRules } from './type-rules.js';

test.each([
  ['The dashboard crashes when I open the Q3 report', 'bug'],
  ['Export fails with error 500 since yesterday', 'bug'],
  ['It would be great if we could schedule reports weekly', 'feature_request'],
  ['Feature request: dark mode', 'feature_request'],
  ['The API does not support bulk updates, we need it for our rollout', 'missing_feature'],
  ['How do I add a new user to my team?', 'help'],
  ['Please send a copy of last month invoice', 'other'],
  ['We want to renew our contract for two more years', 'other'],
] as const)('%s → %s', (text, type) => {
  expect(classifyByRules(text).type).toBe(type);
});

test('one strong phrase gives confidence 2/3; in the subject it counts 1.5× more', () => {
  // Only the crash rule (strength 2) matches: share 1 × 2 / (2 + 1).
  expect(classifyByRules('The app crashes on start').confidence).toBeCloseTo(2 / 3, 10);
  // In the subject: score 3, confidence 3 / 4.
  expect(classifyByRules({ subject: 'App crashes on start', description: null }).confidence).toBeCloseTo(0.75, 10);
});

test('competing types lower the confidence by the winner share', () => {
  // crash (bug, 2) and "how do" (help, 2) tie: bug is listed first and wins, share 1/2 × 2/3.
  const d = classifyByRules('How do I stop the app crashes');
  expect(d.type).toBe('bug');
  expect(d.confidence).toBeCloseTo(1 / 3, 10);
  expect(d.scores).toEqual({ bug: 2, help: 2 });
});

test('no matching rule gives the fallback type with confidence 0', () => {
  expect(classifyByRules('Acme Corp onboarding call notes')).toEqual({ type: 'other', confidence: 0, scores: {} });
  expect(classifyByRules('Acme Corp', undefined, 'help').type).toBe('help');
});
