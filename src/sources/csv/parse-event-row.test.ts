import { expect, test } from 'vitest';
import { createDateReader } from './dates.js';
import type { RowContext } from './field-reader.js';
import { parseEventRow } from './parse-event-row.js';

const ctx: RowContext = {
  sourceName: 'zendesk',
  dates: createDateReader({ timezone: 'UTC' }),
  csatScale: { min: 1, max: 5 },
};

test('a comment by an end-user reads as a public customer comment with the row as seq', () => {
  const r = parseEventRow(
    { ticket_id: '7', at: '2024-01-01T10:00:00Z', kind: 'comment', author_role: 'end-user', public: 'yes', body: ' Hi\n' },
    ctx,
    12,
  );
  expect(r).toEqual({
    ok: true,
    value: {
      source: 'zendesk', ticketId: '7', at: Date.UTC(2024, 0, 1, 10), seq: 12, kind: 'comment',
      authorRole: 'customer', author: null, public: true, fromStatus: null, toStatus: null,
      body: ' Hi\n',
    },
  });
});

test('status, automation, requester and 0/no are accepted synonyms', () => {
  const r = parseEventRow(
    { ticket_id: '7', at: '2024-01-01T10:00:00Z', kind: 'Status', author_role: 'automation', from_status: 'new', to_status: 'Open' },
    ctx,
    1,
  );
  expect(r.ok && [r.value.kind, r.value.authorRole, r.value.fromStatus, r.value.toStatus]).toEqual([
    'status_change', 'bot', 'new', 'open',
  ]);
  const c = parseEventRow({ ticket_id: '7', at: '2024-01-01T10:00:00Z', kind: 'comment', author_role: 'requester', public: '0' }, ctx, 2);
  expect(c.ok && [c.value.authorRole, c.value.public]).toEqual(['customer', false]);
});

test('a bad time, unknown kind, role, status and yes/no value are each reported', () => {
  const r = parseEventRow(
    { ticket_id: '', at: 'later', kind: 'reply', author_role: 'robot', public: 'maybe', to_status: 'resolved' },
    ctx,
    3,
  );
  expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
    ['missing', 'ticket_id'],
    ['bad_date', 'at'],
    ['unknown_value', 'kind'],
    ['unknown_value', 'author_role'],
    ['unknown_value', 'public'],
    ['unknown_value', 'to_status'],
  ]);
  expect(r.ok ? '' : r.issues[4]?.message).toBe(
    'unknown yes/no value "maybe" (expected true, false); a mapping\'s "values" can translate it',
  );
});
