import { expect, test } from 'vitest';
import { computeTicketMetrics } from './compute-ticket-metrics.js';
import { at, comment, makeTicket, officeUtc, statusChange } from './fixtures.js';

// Every ticket is created Monday 6 Jan 2025 09:00 UTC; the calendar is Mon–Fri 09–17 UTC.
const created = '2025-01-06T09:00Z';
const mins = (calendarMinutes: number, businessMinutes: number) => ({ calendarMinutes, businessMinutes });
const metrics = (events: Parameters<typeof computeTicketMetrics>[1], asOf: string, over = {}) =>
  computeTicketMetrics(makeTicket(over), events, at(asOf), officeUtc);

// A plain ticket: the customer writes, an agent replies at 10:30 and solves at 15:00 the same day.
const plain = [
  comment(created, 'customer', true, 1),
  statusChange('2025-01-06T10:30Z', 'new', 'open', 2),
  comment('2025-01-06T10:30Z', 'agent', true, 3),
  statusChange('2025-01-06T15:00Z', 'open', 'solved', 4),
];

test('a plain ticket: reply after 90 minutes, solved after 6 hours, all in business time', () => {
  const m = metrics(plain, '2025-01-07T12:00Z');
  expect(m).toMatchObject({
    basis: 'events',
    open: false,
    firstReplyAt: at('2025-01-06T10:30Z'),
    firstReply: mins(90, 90),
    firstResolution: mins(360, 360),
    fullResolution: mins(360, 360),
    reopens: 0,
    interactions: 1,
    interactionTimes: [at('2025-01-06T10:30Z')],
    // new 09:00–10:30 and open 10:30–15:00
    requesterWait: mins(360, 360),
    unsolvedIntervals: [{ from: at(created), to: at('2025-01-06T15:00Z') }],
  });
});

test('a ticket solved after the as-of time is open at it', () => {
  const m = metrics(plain, '2025-01-06T14:00Z');
  expect(m).toMatchObject({ open: true, firstSolvedAt: null, firstResolution: null, fullResolution: null });
  expect(m.firstReply).toEqual(mins(90, 90));
  expect(m.unsolvedIntervals).toEqual([{ from: at(created), to: at('2025-01-06T14:00Z') }]);
  // A reply after the as-of time does not count either.
  expect(metrics(plain, '2025-01-06T10:00Z')).toMatchObject({ firstReplyAt: null, interactions: 0 });
});

test("an agent's opening comment is the request, so the first reply is the next one", () => {
  const m = metrics(
    [comment(created, 'agent', true, 1), comment('2025-01-07T10:00Z', 'agent', true, 2)],
    '2025-01-08T00:00Z',
  );
  // Mon 09:00 → Tue 10:00 = 25 h; business 480 (Mon) + 60 (Tue)
  expect(m).toMatchObject({ firstReply: mins(1500, 540), interactions: 1 });
});

test('private notes and bot or system comments are not replies', () => {
  const m = metrics(
    [
      comment('2025-01-06T09:01Z', 'bot', true, 1),
      comment('2025-01-06T09:02Z', 'system', true, 2),
      comment('2025-01-06T09:10Z', 'agent', false, 3),
      comment('2025-01-06T13:00Z', 'agent', true, 4),
      comment('2025-01-06T13:30Z', 'agent', false, 5),
    ],
    '2025-01-06T16:00Z',
  );
  expect(m).toMatchObject({ firstReply: mins(240, 240), interactions: 1 });
});

test('a solved ticket that the customer reopens counts one reopen and two unsolved spans', () => {
  const m = metrics(
    [
      statusChange('2025-01-06T10:00Z', 'new', 'open', 1),
      statusChange('2025-01-06T12:00Z', 'open', 'solved', 2),
      statusChange('2025-01-07T09:00Z', 'solved', 'open', 3),
      statusChange('2025-01-07T10:00Z', 'open', 'pending', 4),
      statusChange('2025-01-07T11:00Z', 'pending', 'solved', 5),
    ],
    '2025-01-08T00:00Z',
  );
  expect(m).toMatchObject({
    open: false,
    reopens: 1,
    firstResolution: mins(180, 180),
    // Mon 09:00 → Tue 11:00 = 26 h; business 480 + 120
    fullResolution: mins(1560, 600),
    // new 60 + open 120 on Monday, open 60 on Tuesday; pending waits on the customer
    requesterWait: mins(240, 240),
    unsolvedIntervals: [
      { from: at(created), to: at('2025-01-06T12:00Z') },
      { from: at('2025-01-07T09:00Z'), to: at('2025-01-07T11:00Z') },
    ],
  });
});

test('a comment after close is a follow-up: no reopen, no interaction', () => {
  const m = metrics(
    [
      comment('2025-01-06T10:00Z', 'agent', true, 1),
      statusChange('2025-01-06T12:00Z', 'open', 'solved', 2),
      statusChange('2025-01-10T12:00Z', 'solved', 'closed', 3),
      comment('2025-01-11T08:00Z', 'customer', true, 4),
      statusChange('2025-01-13T09:00Z', 'closed', 'open', 5),
      comment('2025-01-13T10:00Z', 'agent', true, 6),
    ],
    '2025-01-20T00:00Z',
  );
  expect(m).toMatchObject({ open: false, reopens: 0, interactions: 1, fullResolution: mins(180, 180) });
});

test('events at the same time keep their input order, not their array order', () => {
  const opened = statusChange('2025-01-06T10:00Z', 'new', 'open', 1);
  const solve = (seq: number) => statusChange('2025-01-06T12:00Z', 'open', 'solved', seq);
  const reopen = (seq: number) => statusChange('2025-01-06T12:00Z', 'solved', 'open', seq);
  // Solve then reopen (seq 2, 3), given in reverse: open at 13:00 with one reopen.
  expect(metrics([reopen(3), solve(2), opened], '2025-01-06T13:00Z')).toMatchObject({
    open: true,
    reopens: 1,
  });
  // Reopen then solve: the ticket is open when "solved → open" arrives, so it changes nothing.
  expect(metrics([solve(3), reopen(2), opened], '2025-01-06T13:00Z')).toMatchObject({
    open: false,
    reopens: 0,
  });
});

test('a weekend counts in calendar time but not in business time', () => {
  // Fri 10 Jan 16:00 → Mon 13 Jan 10:00: 66 h on the clock, 60 + 60 business minutes
  const m = metrics([comment('2025-01-13T10:00Z', 'agent', true)], '2025-01-14T00:00Z', {
    createdAt: at('2025-01-10T16:00Z'),
  });
  expect(m.firstReply).toEqual(mins(3960, 120));
});

test('timestamp columns: a solve after the as-of time leaves the ticket open and its reopens uncounted', () => {
  const columns = {
    status: 'solved' as const,
    firstResponseAt: at('2025-01-06T10:30Z'),
    firstSolvedAt: at('2025-01-06T15:00Z'),
    solvedAt: at('2025-01-07T11:00Z'),
    reopens: 2,
    interactions: 4,
  };
  const before = metrics([], '2025-01-06T14:00Z', columns);
  expect(before).toMatchObject({ basis: 'timestamps', open: true, reopens: 0, interactions: 1 });
  expect(before.unsolvedIntervals).toEqual([{ from: at(created), to: at('2025-01-06T14:00Z') }]);
  const after = metrics([], '2025-01-08T00:00Z', columns);
  expect(after).toMatchObject({
    open: false,
    reopens: 2,
    interactions: 4,
    interactionTimes: [],
    requesterWait: null,
    firstReply: mins(90, 90),
    firstResolution: mins(360, 360),
    fullResolution: mins(1560, 600),
    // Reopen times are unknown: only creation → first solve can be placed.
    unsolvedIntervals: [{ from: at(created), to: at('2025-01-06T15:00Z') }],
  });
});

test('timestamp columns: unsolved now after a solve means at least one reopen since', () => {
  const m = metrics([], '2025-01-08T09:00Z', { status: 'open', solvedAt: at('2025-01-07T09:00Z') });
  expect(m).toMatchObject({ open: true, reopens: 1, firstResolution: mins(1440, 480) });
  expect(m.unsolvedIntervals).toEqual([
    { from: at(created), to: at('2025-01-07T09:00Z') },
    { from: at('2025-01-07T09:00Z'), to: at('2025-01-08T09:00Z') },
  ]);
});

test('a ticket created after the as-of time has no metrics yet', () => {
  expect(metrics(plain, '2025-01-05T00:00Z')).toMatchObject({
    open: false,
    firstReply: null,
    unsolvedIntervals: [],
  });
});
