import { expect, test } from 'vitest';
import type { Outcome } from '../model.js';
import { churnedBy } from './churned-accounts.js';

const o = (accountId: string, date: string, outcome: Outcome['outcome']): Outcome => ({ accountId, date, outcome, amount: null });

test('an account whose latest outcome by the as-of day is a churn has left', () => {
  const outcomes = [o('a', '2024-06-01', 'renewed'), o('a', '2025-03-01', 'churned'), o('b', '2025-03-01', 'renewed')];
  expect([...churnedBy(outcomes, '2025-06-30')]).toEqual(['a']);
});

test('a churn after the as-of day is not known yet', () => {
  expect(churnedBy([o('a', '2025-07-01', 'churned')], '2025-06-30').size).toBe(0);
  expect(churnedBy([o('a', '2025-06-30', 'churned')], '2025-06-30').has('a')).toBe(true);
});

test('a later renewal brings a churned account back', () => {
  expect(churnedBy([o('a', '2024-01-01', 'churned'), o('a', '2025-01-01', 'expanded')], '2025-06-30').size).toBe(0);
});
