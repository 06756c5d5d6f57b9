import { expect, test } from 'vitest';
import { SEVERITIES, STATUSES, TICKET_TYPES, UNSOLVED_STATUSES } from './model.js';

test('the five seed ticket types are the model vocabulary', () => {
  expect(TICKET_TYPES).toEqual(['missing_feature', 'feature_request', 'bug', 'help', 'other']);
});

test('severities run highest first and unsolved statuses exclude solved and closed', () => {
  expect(SEVERITIES[0]).toBe('critical');
  expect(STATUSES.filter((s) => !UNSOLVED_STATUSES.includes(s))).toEqual(['solved', 'closed']);
});
