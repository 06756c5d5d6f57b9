import { expect, test } from 'vitest';
import type { SampleEvent } from './ticket-lifecycle.js';
import { summarizeEvents } from './ticket-summary.js';

const H = 3_600_000;
const status = (at: number, from: SampleEvent['fromStatus'], to: SampleEvent['toStatus']): SampleEvent => ({
  at, kind: 'status_change', authorRole: 'agent', author: 'a', public: null, fromStatus: from, toStatus: to, body: null,
});
const comment = (at: number, role: SampleEvent['authorRole'], isPublic: boolean): SampleEvent => ({
  at, kind: 'comment', authorRole: role, author: 'x', public: isPublic, fromStatus: null, toStatus: null, body: 'hi',
});

test('a solved, reopened and solved-again ticket counts one reopen and keeps the latest solve', () => {
  const s = summarizeEvents([
    status(0, null, 'new'),
    comment(0, 'customer', true),
    comment(1 * H, 'bot', true), // a bot is no first response
    comment(2 * H, 'agent', false), // nor is a private note
    comment(3 * H, 'agent', true),
    status(3 * H, 'new', 'solved'),
    status(10 * H, 'solved', 'open'),
    comment(11 * H, 'agent', true),
    status(11 * H, 'open', 'solved'),
  ]);
  expect(s).toEqual({
    status: 'solved', firstResponseAt: 3 * H, firstSolvedAt: 3 * H, solvedAt: 11 * H, closedAt: null,
    reopens: 1, interactions: 2,
  });
});

test('a ticket reopened and still open has no solved time but keeps its first solve', () => {
  const s = summarizeEvents([status(0, null, 'new'), status(H, 'new', 'solved'), status(2 * H, 'solved', 'open')]);
  expect(s.status).toBe('open');
  expect(s.firstSolvedAt).toBe(H);
  expect(s.solvedAt).toBeNull();
  expect(s.firstResponseAt).toBeNull();
});
