import { expect, test } from 'vitest';
import { createDateReader } from './dates.js';
import type { RowContext } from './field-reader.js';
import { parseTicketRow } from './parse-ticket-row.js';

const ctx: RowContext = {
  sourceName: 'csv',
  dates: createDateReader({ timezone: 'UTC' }),
  csatScale: { min: 1, max: 5 },
};
const base = { id: 'T1', account_id: 'A1', created_at: '2024-01-02T03:04:05Z' };

test('a minimal row reads with nulls, no tags and a derived open status', () => {
  const r = parseTicketRow(base, ctx);
  expect(r).toEqual({
    ok: true,
    value: {
      source: 'csv', externalId: 'T1', accountId: 'A1', requester: null, subject: null,
      description: null, type: null, category: null, productArea: null, priority: null,
      severity: null, impact: null, usersAffected: null, customerEffort: null, status: 'open',
      channel: null, team: null, createdAt: Date.UTC(2024, 0, 2, 3, 4, 5), firstResponseAt: null,
      firstSolvedAt: null, solvedAt: null, closedAt: null, reopens: null, interactions: null,
      csat: null, tags: [],
    },
  });
});

test('without a status, a solve time means solved and a close time means closed', () => {
  const solved = parseTicketRow({ ...base, solved_at: '2024-01-03T00:00:00Z' }, ctx);
  const closed = parseTicketRow(
    { ...base, solved_at: '2024-01-03T00:00:00Z', closed_at: '2024-01-07T00:00:00Z', status: '' },
    ctx,
  );
  expect(solved.ok && solved.value.status).toBe('solved');
  expect(closed.ok && closed.value.status).toBe('closed');
});

test('enum words are read regardless of case, spaces and hyphens', () => {
  const r = parseTicketRow({ ...base, type: ' Feature Request', status: 'Solved', severity: 'HIGH' }, ctx);
  expect(r.ok && [r.value.type, r.value.status, r.value.severity]).toEqual([
    'feature_request',
    'solved',
    'high',
  ]);
});

test('tags split on semicolons, trimmed, blanks dropped; counts and CSAT are read', () => {
  const r = parseTicketRow(
    { ...base, tags: ' a; b ;;c;', reopens: '2', interactions: '0', users_affected: '15', csat: '4' },
    ctx,
  );
  expect(r.ok && r.value.tags).toEqual(['a', 'b', 'c']);
  expect(r.ok && [r.value.reopens, r.value.interactions, r.value.usersAffected]).toEqual([2, 0, 15]);
  expect(r.ok && r.value.csat).toEqual({ raw: '4', score: 0.75 });
});

test('every problem in a row is reported under its canonical field', () => {
  const r = parseTicketRow(
    {
      id: ' ', account_id: '', created_at: 'soon', type: 'Story', status: 'done',
      reopens: '-1', interactions: '1.5', users_affected: 'many', csat: '9',
      first_response_at: '2024-02-30T00:00:00Z',
    },
    ctx,
  );
  expect(r).toEqual({
    ok: false,
    issues: [
      { code: 'missing', path: 'id', message: 'required, but empty' },
      { code: 'missing', path: 'account_id', message: 'required, but empty' },
      { code: 'bad_date', path: 'created_at', message: 'not a date (expected ISO 8601): "soon"' },
      {
        code: 'unknown_value',
        path: 'type',
        message:
          'unknown ticket type "Story" (expected missing_feature, feature_request, bug, help, other); a mapping\'s "values" can translate it',
      },
      { code: 'bad_number', path: 'users_affected', message: 'not a number: "many"' },
      {
        code: 'unknown_value',
        path: 'status',
        message:
          'unknown status "done" (expected new, open, pending, hold, solved, closed); a mapping\'s "values" can translate it',
      },
      {
        code: 'bad_date',
        path: 'first_response_at',
        message: 'not a date (expected ISO 8601): "2024-02-30T00:00:00Z"',
      },
      { code: 'negative', path: 'reopens', message: 'must not be negative: "-1"' },
      { code: 'bad_number', path: 'interactions', message: 'not a whole number: "1.5"' },
      {
        code: 'invalid',
        path: 'csat',
        message: '9 is outside the CSAT scale 1–5 (set csat.min/max, or map the values)',
      },
    ],
  });
});
