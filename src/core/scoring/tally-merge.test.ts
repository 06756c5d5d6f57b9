/**
 * A tally of lines A then B equals the tally of A merged with the state of B's tally, for every
 * component, the KPIs and the account: the two-thread file pass relies on it to give the one-thread
 * result exactly.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { validateConfig } from '../../config/load-config.js';
import { SEVERITIES, TICKET_TYPES } from '../model.js';
import { windowOf } from '../time/window.js';
import { KpiTally } from './account-kpis.js';
import { AccountTally, type TallySettings } from './account-tally.js';
import { COMPONENTS } from './components/index.js';
import { DAY, endOfDay, makeAccount, T0 } from './fixtures.js';
import { COMPONENT_NAMES, type Statistic } from './scoring-config.js';
import type { TicketLine } from './ticket-line.js';

const loaded = validateConfig({});
if (!loaded.ok) throw new Error('default config does not validate');
const config = loaded.config;
const asOf = endOfDay(120);
const window = windowOf(asOf, 90);
const STATISTICS: readonly Statistic[] = ['median', 'p90', 'mean', 'max'];

/** Small integers tie often (movers' order shows); fractions make float sums order-sensitive. */
const number = fc.oneof(fc.integer({ min: -3, max: 6 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(0.1));
const minutes = fc.option(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.double({ min: 0, max: 1e5, noNaN: true })));
const breakdown = fc.record({ opened: number, waiting: number, solved: number, interactions: number, total: number });

const lineAt = (i: number) =>
  fc.record({
    subject: fc.option(fc.constantFrom('Export fails', '')),
    type: fc.constantFrom(...TICKET_TYPES),
    severity: fc.constantFrom(...SEVERITIES),
    createdAt: fc.integer({ min: T0, max: asOf }),
    created: fc.boolean(),
    solved: fc.boolean(),
    replied: fc.boolean(),
    open: fc.boolean(),
    reopens: fc.integer({ min: 0, max: 3 }),
    firstReplyMinutes: minutes,
    resolutionMinutes: minutes,
    resolutionCalendarMinutes: minutes,
    sentiment: fc.option(fc.oneof(fc.constantFrom(-0.5, 0.1, 0.2), fc.double({ min: -1, max: 1, noNaN: true }))),
    sla: fc.constantFrom('not_evaluated', 'met', 'breached'),
    slaOverrun: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 }), fc.double({ min: 0, max: 1e4, noNaN: true })),
    window: breakdown,
    lifetime: breakdown,
    daysOpen: fc.integer({ min: 0, max: 100 }),
  }).map(({ window: w, lifetime, daysOpen, ...rest }): TicketLine => {
    const key = `t:${i}`;
    return { key, ...rest, points: { key, window: w, lifetime, daysOpen } };
  });

/** Lines with distinct keys, and where to cut them in two. */
const split = fc
  .integer({ min: 0, max: 40 })
  .chain((n) => fc.tuple(fc.tuple(...Array.from({ length: n }, (_, i) => lineAt(i))), fc.integer({ min: 0, max: n })))
  .map(([lines, at]) => ({ first: lines.slice(0, at), later: lines.slice(at) }));

const ctx = (keepAddends: boolean) => ({ window, windowDays: 90, topTickets: 3, keepAddends });

describe('merging the tally of later lines equals one tally over all of them', () => {
  test('each component: value, n, hits and movers (ties in order) under every statistic', () => {
    fc.assert(
      fc.property(split, fc.option(fc.integer({ min: 0, max: 500 })), ({ first, later }, seats) => {
        for (const name of COMPONENT_NAMES) {
          const one = COMPONENTS[name](ctx(false));
          const head = COMPONENTS[name](ctx(false));
          const tail = COMPONENTS[name](ctx(true));
          for (const l of first) { one.add(l); head.add(l); }
          for (const l of later) { one.add(l); tail.add(l); }
          head.merge(tail.state());
          expect(head.kept(), name).toEqual(one.kept());
          for (const statistic of STATISTICS) {
            const finish = { statistic, seats, activeUsers: null };
            expect(head.finish(finish), `${name} ${statistic}`).toEqual(one.finish(finish));
          }
        }
      }),
    );
  });

  test('KPIs', () => {
    fc.assert(
      fc.property(split, ({ first, later }) => {
        const one = new KpiTally(config.scoring.kpis);
        const head = new KpiTally(config.scoring.kpis);
        const tail = new KpiTally(config.scoring.kpis);
        for (const l of first) { one.add(l); head.add(l); }
        for (const l of later) { one.add(l); tail.add(l); }
        head.merge(tail.state());
        const account = makeAccount('a', { goLiveDate: '2025-01-10', seats: 40 });
        expect(head.finish(account, 10, asOf)).toEqual(one.finish(account, 10, asOf));
        expect(head.state()).toEqual(one.state());
      }),
    );
  });

  test('the account: rollup deep-equal, Success Points to the bit, with and without kept ticket points', () => {
    fc.assert(
      fc.property(split, fc.boolean(), ({ first, later }, keepTicketPoints) => {
        const settings: TallySettings = { window, windowDays: 90, scoring: config.scoring, segments: config.segments, keepTicketPoints, keepMovers: true };
        const one = new AccountTally(settings);
        const head = new AccountTally(settings);
        const tail = new AccountTally({ ...settings, keepAddends: true });
        for (const l of first) { one.add(l); head.add(l); }
        for (const l of later) { one.add(l); tail.add(l); }
        head.merge(tail.state());
        expect(head.size).toBe(one.size);
        const account = makeAccount('a', { seats: 25 });
        const merged = head.finish(account, 7);
        const whole = one.finish(account, 7);
        expect(merged).toEqual(whole);
        expect(Object.is(merged.successPoints.window, whole.successPoints.window)).toBe(true);
        expect(Object.is(merged.successPoints.lifetime, whole.successPoints.lifetime)).toBe(true);
      }),
    );
  });

  test('an account seen only in the later part: the merge into an empty tally is that part’s tally', () => {
    const l = (i: number, points: number): TicketLine => ({
      key: `t:${i}`, subject: null, type: 'bug', severity: 'high', createdAt: asOf - DAY, created: true, solved: false,
      replied: false, open: true, reopens: 0, firstReplyMinutes: null, resolutionMinutes: null,
      resolutionCalendarMinutes: null, sentiment: 0.1, sla: 'not_evaluated', slaOverrun: 0,
      points: { key: `t:${i}`, daysOpen: 1, window: { opened: points, waiting: 0, solved: 0, interactions: 0, total: points }, lifetime: { opened: points, waiting: 0, solved: 0, interactions: 0, total: points } },
    });
    const settings: TallySettings = { window, windowDays: 90, scoring: config.scoring, segments: config.segments, keepMovers: true };
    const one = new AccountTally(settings);
    const empty = new AccountTally(settings);
    const tail = new AccountTally({ ...settings, keepAddends: true });
    for (const line of [l(1, 0.1), l(2, 0.2), l(3, 0.3)]) { one.add(line); tail.add(line); }
    empty.merge(tail.state());
    const account = makeAccount('a');
    expect(empty.finish(account, null)).toEqual(one.finish(account, null));
    expect(empty.finish(account, null).successPoints.window).toBe(0.1 + 0.2 + 0.3);
  });
});
