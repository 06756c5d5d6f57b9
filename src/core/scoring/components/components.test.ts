import { expect, test } from 'vitest';
import { componentsSection } from '../../../config/sections/scoring.js';
import { windowOf } from '../../time/window.js';
import { DAY, T0, endOfDay, scored, sla } from '../fixtures.js';
import type { ComponentName } from '../scoring-config.js';
import { calendarDays } from '../../time/day-clock.js';
import { successPointsSection } from '../../../config/sections/scoring.js';
import { ticketLine } from '../ticket-line.js';
import { type ComponentValue, COMPONENTS } from './index.js';

const asOf = endOfDay(59);
const at = (day: number) => T0 + day * DAY;
// A: created before the window, solved in it after a reopen. B, C, D: created in the window.
const tickets = [
  scored({ id: 'A', severity: 'critical', createdAt: at(10), firstReplyAt: at(10), firstReplyMinutes: 30, finalSolvedAt: at(35), resolutionMinutes: 1000, reopens: 1 }),
  scored({ id: 'B', severity: 'high', createdAt: at(40), firstReplyAt: at(40), firstReplyMinutes: 60, finalSolvedAt: at(41), resolutionMinutes: 600, sentiment: -0.5, sla: { firstReply: sla('met', 240, 60) } }),
  scored({ id: 'C', severity: 'medium', createdAt: at(45), firstReplyAt: at(46), firstReplyMinutes: 300, open: true, sentiment: 0.1, sla: { resolution: sla('breached', 480, 600) } }),
  scored({ id: 'D', severity: 'low', createdAt: at(50), open: true }),
];
const config = componentsSection.parse({});
const window = windowOf(asOf, 30);
/** Runs one component's tally over the tickets, as an account rollup does. */
const ctx = (name: ComponentName, seats: number | null = 50) => ({ name, seats });
const run = ({ name, seats }: { name: ComponentName; seats: number | null }): ComponentValue => {
  const tally = COMPONENTS[name]({ window, windowDays: 30, topTickets: 3 });
  for (const t of tickets) tally.add(ticketLine(t, window, successPointsSection.parse({}), calendarDays));
  return tally.finish({ statistic: config[name].statistic, seats, activeUsers: null });
};

test('volume counts tickets created in the window, per 100 seats per 30 days', () => {
  // B, C, D in 30 days for 50 seats: 3 × 100 / 50 = 6.
  expect(run(ctx('volume'))).toMatchObject({ value: 6, n: 3, unit: 'tickets per 100 seats per 30 days' });
  expect(run(ctx('volume', null))).toMatchObject({ value: 3, unit: 'tickets per 30 days' });
});

test('severity share looks at tickets created in the window only', () => {
  // A is critical but was created before the window: 1 high of B, C, D.
  const v = run(ctx('severity_share'));
  expect(v).toMatchObject({ n: 3, hits: 1 });
  expect(v.value).toBeCloseTo(1 / 3, 12);
  expect(v.movers.map((m) => [m.key, m.label])).toEqual([['test:B', 'high']]);
});

test('reopen rate looks at tickets solved in the window, whenever created', () => {
  const v = run(ctx('reopen_rate'));
  expect(v).toMatchObject({ value: 0.5, n: 2, hits: 1 });
  expect(v.movers).toEqual([{ key: 'test:A', value: 1, unit: 'reopens', label: 'critical' }]);
});

test('SLA miss rate counts met and breached targets decided in the window, and open breaches', () => {
  const v = run(ctx('sla_miss_rate'));
  expect(v).toMatchObject({ value: 0.5, n: 2, hits: 1 });
  expect(v.movers).toEqual([{ key: 'test:C', value: 120, unit: 'minutes over target', label: 'breached' }]);
});

test('first reply time is the p90 of tickets first replied to in the window', () => {
  // B 60, C 300 (A was replied to before the window): 60 + 0.9 × 240 = 276.
  const v = run(ctx('first_reply_time'));
  expect(v).toMatchObject({ n: 2, statistic: 'p90', unit: 'business minutes' });
  expect(v.value).toBeCloseTo(276, 9);
  expect(v.movers[0]).toMatchObject({ key: 'test:C', value: 300 });
});

test('resolution time is the median of tickets solved in the window', () => {
  expect(run(ctx('resolution_time'))).toMatchObject({ value: 800, n: 2, statistic: 'median' });
});

test('backlog age is the mean age of tickets open at the as-of time', () => {
  // C opened on day 45, D on day 50; the as-of time is the end of day 59: ages 15 and 10 days (less 1 ms).
  const v = run(ctx('backlog_age'));
  expect(v.n).toBe(2);
  expect(v.value).toBeCloseTo(12.5, 6);
  expect(v.movers.map((m) => m.key)).toEqual(['test:C', 'test:D']);
});

test('sentiment is the mean over new tickets with customer text', () => {
  const v = run(ctx('sentiment'));
  expect(v.n).toBe(2);
  expect(v.value).toBeCloseTo(-0.2, 12);
  expect(v.movers[0]).toMatchObject({ key: 'test:B', value: -0.5 });
});
