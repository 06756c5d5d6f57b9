import { expect, test } from 'vitest';
import { windowOf } from '../time/window.js';
import { DAY, HOUR, T0, endOfDay, makeAccount, scored } from './fixtures.js';
import { KpiTally, timeToValue } from './account-kpis.js';
import { calendarDays } from '../time/day-clock.js';
import { successPointsSection } from '../../config/sections/scoring.js';
import { ticketLine } from './ticket-line.js';
import type { ScoredTicket } from './scored-ticket.js';

/** Creation times of the quiet-breaking tickets, as the KPI tally collects them. */
const createdAt = (ts: readonly ScoredTicket[]) =>
  ts.filter((t) => t.facts.severity.severity === 'critical' || t.facts.severity.severity === 'high').map((t) => t.ticket.createdAt);

const kpi = { quietDays: 30, quietSeverities: ['critical', 'high'] as const };
const at = (day: number) => T0 + day * DAY;
const critical = (id: string, day: number) => scored({ id, severity: 'critical', createdAt: at(day) });

test('time to value runs from go-live to the first 30 days without a high or critical ticket', () => {
  const account = makeAccount('a', { goLiveDate: '2025-01-01' });
  // Serious tickets on days 5 and 20, then nothing: the quiet stretch starts on day 20.
  const tickets = [critical('1', 5), critical('2', 20), scored({ id: '3', severity: 'low', createdAt: at(30) })];
  expect(timeToValue(account, createdAt(tickets), endOfDay(60), kpi)).toBe(20);
  // At the end of day 48 the stretch from day 20 has run only 29 days: no value yet.
  expect(timeToValue(account, createdAt(tickets), endOfDay(48), kpi)).toBeNull();
  // No serious ticket at all: value from day 0, once 30 days have passed.
  expect(timeToValue(account, [], endOfDay(30), kpi)).toBe(0);
  expect(timeToValue(makeAccount('b'), createdAt(tickets), endOfDay(60), kpi)).toBeNull();
});

test('account KPIs from the window: critical MTTR, median first response, reopen rate, adoption', () => {
  const w = windowOf(endOfDay(89), 90);
  const tickets = [
    scored({ id: '1', severity: 'critical', createdAt: at(10), finalSolvedAt: at(10) + 4 * HOUR, resolutionMinutes: 240, firstReplyAt: at(10) + HOUR, firstReplyMinutes: 60 }),
    scored({ id: '2', severity: 'critical', createdAt: at(20), finalSolvedAt: at(21), resolutionMinutes: 1440, reopens: 1, firstReplyAt: at(20) + HOUR, firstReplyMinutes: 30 }),
    scored({ id: '3', severity: 'low', createdAt: at(30), firstReplyAt: at(30) + HOUR, firstReplyMinutes: 600 }),
  ];
  const tally = new KpiTally(kpi);
  for (const t of tickets) tally.add(ticketLine(t, w, successPointsSection.parse({}), calendarDays));
  expect(tally.finish(makeAccount('a', { seats: 40 }), 30, w.end)).toEqual({
    timeToValueDays: null,
    criticalMttrHours: 14, // (4h + 24h) / 2
    firstResponseMinutes: 60, // median of 30, 60, 600
    reopenRate: 0.5,
    adoptionScore: 75, // 30 of 40 seats
  });
});
