import fc from 'fast-check';
import { expect, test } from 'vitest';
import { compileCalendar } from '../calendar/compile-calendar.js';
import { OFFICE_HOURS } from '../calendar/schedule.js';
import type { Duration, TicketMetrics } from '../derived.js';
import type { AuthorRole, Instant, Status, Ticket, TicketEvent } from '../model.js';
import { computeTicketMetrics } from './compute-ticket-metrics.js';
import { makeTicket } from './fixtures.js';

const berlin = compileCalendar({
  name: 'berlin',
  timezone: 'Europe/Berlin',
  weekly: OFFICE_HOURS,
  holidays: ['2025-12-25'],
});
const MINUTE = 60_000;
const UNSOLVED: readonly Status[] = ['new', 'open', 'pending', 'hold'];
const unsolved = (s: Status) => UNSOLVED.includes(s);

/** One generated step: wait `gap` minutes, then change status or comment. */
type Step =
  | { gap: number; kind: 'status'; to: Status }
  | { gap: number; kind: 'comment'; role: AuthorRole; isPublic: boolean };
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    gap: fc.integer({ min: 1, max: 5 * 24 * 60 }),
    kind: fc.constant('status' as const),
    to: fc.constantFrom<Status>('open', 'pending', 'hold', 'solved', 'closed', 'new'),
  }),
  fc.record({
    gap: fc.integer({ min: 1, max: 3 * 24 * 60 }),
    kind: fc.constant('comment' as const),
    role: fc.constantFrom<AuthorRole>('customer', 'agent', 'agent', 'bot', 'system'),
    isPublic: fc.boolean(),
  }),
);

interface History {
  readonly createdAt: Instant;
  readonly events: TicketEvent[];
}

/**
 * A consistent history: status changes follow the current status, nothing changes status after
 * close, and (when `noReopen`) nothing leaves solved except to close. Times are all distinct.
 */
const history = (noReopen: boolean): fc.Arbitrary<History> =>
  fc
    .record({
      createdAt: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2025, 11, 1) }),
      agentOpens: fc.boolean(),
      steps: fc.array(step, { maxLength: 14 }),
    })
    .map(({ createdAt, agentOpens, steps }) => {
      const events: TicketEvent[] = [];
      const base = { source: 't', ticketId: 'T1', author: null, body: null };
      if (agentOpens) {
        events.push({ ...base, at: createdAt, seq: 0, kind: 'comment', authorRole: 'agent', public: true, fromStatus: null, toStatus: null });
      }
      let status: Status = 'new';
      let t = createdAt;
      for (const s of steps) {
        t += s.gap * MINUTE;
        const seq = events.length;
        if (s.kind === 'comment') {
          events.push({ ...base, at: t, seq, kind: 'comment', authorRole: s.role, public: s.isPublic, fromStatus: null, toStatus: null });
          continue;
        }
        const blocked = status === 'closed' || s.to === status || (noReopen && status === 'solved' && unsolved(s.to));
        if (blocked) continue;
        events.push({ ...base, at: t, seq, kind: 'status_change', authorRole: null, public: null, fromStatus: status, toStatus: s.to });
        status = s.to;
      }
      return { createdAt, events };
    });

/** What a helpdesk export would hold for this history, worked out independently of the code. */
const columnsOf = ({ createdAt, events }: History): Ticket => {
  const changes = events.filter((e) => e.kind === 'status_change');
  const solves = changes.filter((e) => unsolved(e.fromStatus ?? 'new') && !unsolved(e.toStatus ?? 'new'));
  const closedAt = changes.find((e) => e.toStatus === 'closed')?.at ?? null;
  const comments = events.filter((e) => e.kind === 'comment');
  const replies = comments.filter(
    (e, i) =>
      e.authorRole === 'agent' &&
      e.public === true &&
      !(i === 0 && e.at === createdAt) &&
      (closedAt === null || e.at <= closedAt),
  );
  return makeTicket({
    createdAt,
    status: changes.at(-1)?.toStatus ?? 'new',
    firstResponseAt: replies[0]?.at ?? null,
    firstSolvedAt: solves[0]?.at ?? null,
    solvedAt: solves.at(-1)?.at ?? null,
    closedAt,
    reopens: changes.filter((e) => e.fromStatus === 'solved' && unsolved(e.toStatus ?? 'new')).length,
    interactions: replies.length,
  });
};

const lastTime = (h: History) => Math.max(h.createdAt, ...h.events.map((e) => e.at));
const asOfWithin = (h: History, offset: number) => h.createdAt + offset * MINUTE;
const durations = (m: TicketMetrics): Duration[] =>
  [m.firstReply, m.firstResolution, m.fullResolution, m.requesterWait].filter((d) => d !== null);
const compared = (m: TicketMetrics) => ({
  open: m.open,
  firstReplyAt: m.firstReplyAt,
  firstReply: m.firstReply,
  firstSolvedAt: m.firstSolvedAt,
  firstResolution: m.firstResolution,
  finalSolvedAt: m.finalSolvedAt,
  fullResolution: m.fullResolution,
  reopens: m.reopens,
});
const offset = fc.integer({ min: 0, max: 60 * 24 * 60 });

test('no duration is negative and business time never exceeds calendar time', () => {
  fc.assert(
    fc.property(history(false), offset, (h, off) => {
      const m = computeTicketMetrics(columnsOf(h), h.events, asOfWithin(h, off), berlin);
      for (const d of durations(m)) {
        expect(d.calendarMinutes).toBeGreaterThanOrEqual(0);
        expect(d.businessMinutes).toBeGreaterThanOrEqual(0);
        expect(d.businessMinutes).toBeLessThanOrEqual(d.calendarMinutes + 1e-9);
      }
      for (const span of m.unsolvedIntervals) expect(span.to).toBeGreaterThanOrEqual(span.from);
    }),
  );
});

test('reopens equal the solved → unsolved changes up to the as-of time', () => {
  fc.assert(
    fc.property(history(false), offset, (h, off) => {
      const asOf = asOfWithin(h, off);
      const expected = h.events.filter(
        (e) => e.at <= asOf && e.fromStatus === 'solved' && unsolved(e.toStatus ?? 'new'),
      ).length;
      expect(computeTicketMetrics(columnsOf(h), h.events, asOf, berlin).reopens).toBe(expected);
    }),
  );
});

test('shuffling events with distinct times changes no metric', () => {
  const shuffled = history(false).chain((h) =>
    fc.tuple(fc.constant(h), fc.shuffledSubarray(h.events, { minLength: h.events.length }), offset),
  );
  fc.assert(
    fc.property(shuffled, ([h, mixed, off]) => {
      const asOf = asOfWithin(h, off);
      const renumbered = mixed.map((e, seq) => ({ ...e, seq }));
      expect(computeTicketMetrics(columnsOf(h), renumbered, asOf, berlin)).toEqual(
        computeTicketMetrics(columnsOf(h), h.events, asOf, berlin),
      );
    }),
  );
});

test('a ticket given as events and as its export columns gets the same metrics once all is past', () => {
  fc.assert(
    fc.property(history(false), offset, (h, off) => {
      const asOf = lastTime(h) + off * MINUTE;
      const ticket = columnsOf(h);
      const fromEvents = computeTicketMetrics(ticket, h.events, asOf, berlin);
      const fromColumns = computeTicketMetrics(ticket, [], asOf, berlin);
      expect(fromColumns.basis).toBe('timestamps');
      expect(compared(fromColumns)).toEqual(compared(fromEvents));
      expect(fromColumns.interactions).toBe(fromEvents.interactions);
      if (fromEvents.reopens === 0) expect(fromColumns.unsolvedIntervals).toEqual(fromEvents.unsolvedIntervals);
    }),
  );
});

test('without reopens, events and columns agree at any as-of time', () => {
  fc.assert(
    fc.property(history(true), offset, (h, off) => {
      const asOf = asOfWithin(h, off);
      const ticket = columnsOf(h);
      const fromEvents = computeTicketMetrics(ticket, h.events, asOf, berlin);
      const fromColumns = computeTicketMetrics(ticket, [], asOf, berlin);
      expect(compared(fromColumns)).toEqual(compared(fromEvents));
      expect(fromColumns.unsolvedIntervals).toEqual(fromEvents.unsolvedIntervals);
    }),
  );
});
