import { expect, test } from 'vitest';
import { successPointsSection } from '../../config/sections/scoring.js';
import { weekdayDays } from '../time/day-clock.js';
import { windowOf } from '../time/window.js';
import { DAY, HOUR, T0, endOfDay, scored } from './fixtures.js';
import { ticketSuccessPoints } from './success-points.js';

const seed = successPointsSection.parse({});

test("the seed's worked example: a bug solved in 5 days with one interaction nets exactly 0", () => {
  const solvedAt = T0 + 9 * HOUR + 5 * DAY;
  const bug = scored({
    id: '1',
    type: 'bug',
    createdAt: T0 + 9 * HOUR,
    unsolved: [[T0 + 9 * HOUR, solvedAt]],
    finalSolvedAt: solvedAt,
    interactionTimes: [T0 + DAY],
  });
  const points = ticketSuccessPoints(bug, windowOf(endOfDay(30), 90), seed);
  // Bug reported −10, waiting 5 days −5, problem solved +10, engagement +5.
  expect(points.lifetime).toEqual({ opened: -10, waiting: -5, solved: 10, interactions: 5, total: 0 });
  expect(points.window).toEqual(points.lifetime);
  expect(points.daysOpen).toBe(5);
});

test('a reopened ticket loses points again in each unsolved span and is paid once at its final solve', () => {
  // Open 3.5 days, solved, reopened on day 10, solved again 2.5 days later: floor(84h/24) + floor(60h/24)
  // = 3 + 2 = 5 days (not floor(144h/24) = 6: each span is floored on its own).
  const bug = scored({
    id: '2',
    type: 'bug',
    createdAt: T0,
    unsolved: [
      [T0, T0 + 3.5 * DAY],
      [T0 + 10 * DAY, T0 + 12.5 * DAY],
    ],
    finalSolvedAt: T0 + 12.5 * DAY,
    reopens: 1,
    interactionTimes: [T0 + DAY, T0 + 11 * DAY],
  });
  const points = ticketSuccessPoints(bug, windowOf(endOfDay(30), 90), seed);
  expect(points.lifetime).toEqual({ opened: -10, waiting: -5, solved: 10, interactions: 10, total: 5 });
});

test('a ticket still open at the as-of time has no solve points and loses a point per completed day', () => {
  // A missing feature opened at 1 Jan 00:00, as of the end of 10 Jan: 9 whole days and 23:59:59.999.
  const asOf = endOfDay(9);
  const feature = scored({
    id: '3',
    type: 'missing_feature',
    createdAt: T0,
    unsolved: [[T0, asOf]],
    // Facts computed later would know of a solve and a reply after the as-of time: both are unseen.
    finalSolvedAt: T0 + 20 * DAY,
    interactionTimes: [T0 + 2 * DAY, T0 + 12 * DAY],
  });
  const points = ticketSuccessPoints(feature, windowOf(asOf, 90), seed);
  expect(points.lifetime).toEqual({ opened: -50, waiting: -9, solved: 0, interactions: 5, total: -54 });
});

test('window points count only what is dated inside the window', () => {
  const bug = scored({
    id: '4',
    type: 'bug',
    createdAt: T0,
    unsolved: [[T0, T0 + 5 * DAY]],
    finalSolvedAt: T0 + 5 * DAY,
    interactionTimes: [T0 + DAY],
  });
  // A 3-day window ending 6 Jan holds 4, 5 and 6 Jan: days 3, 4 and 5 complete in it, and the solve.
  const points = ticketSuccessPoints(bug, windowOf(endOfDay(5), 3), seed);
  expect(points.window).toEqual({ opened: 0, waiting: -3, solved: 10, interactions: 0, total: 7 });
  expect(points.lifetime.total).toBe(0);
});

test('business days skip a weekend that calendar days count', () => {
  const fri = Date.parse('2025-01-03T10:00:00Z');
  const mon = Date.parse('2025-01-06T10:00:00Z');
  const help = scored({ id: '5', type: 'help', createdAt: fri, unsolved: [[fri, mon]], finalSolvedAt: mon });
  const w = windowOf(endOfDay(30), 90);
  expect(ticketSuccessPoints(help, w, seed).lifetime.waiting).toBe(-3);
  expect(ticketSuccessPoints(help, w, seed, weekdayDays('UTC')).lifetime.waiting).toBe(-1);
});

test('interactions known only by count are dated at the first reply', () => {
  const help = scored({
    id: '6',
    createdAt: T0,
    unsolved: [[T0, T0 + 2 * HOUR]],
    finalSolvedAt: T0 + 2 * HOUR,
    firstReplyAt: T0 + HOUR,
    interactions: 2,
  });
  // Window of 1 day ending 1 Jan: reply at 01:00 is inside, so both +5s are.
  expect(ticketSuccessPoints(help, windowOf(endOfDay(0), 1), seed).window.interactions).toBe(10);
  // Window ending 3 Jan (2–3 Jan): the reply on 1 Jan is outside.
  expect(ticketSuccessPoints(help, windowOf(endOfDay(2), 2), seed).window.interactions).toBe(0);
});

test('every number comes from the config', () => {
  const custom = successPointsSection.parse({ opened: { bug: -20 }, perDayOpen: -2, perInteraction: 1 });
  const bug = scored({
    id: '7',
    type: 'bug',
    createdAt: T0,
    unsolved: [[T0, T0 + 2 * DAY]],
    finalSolvedAt: T0 + 2 * DAY,
    interactionTimes: [T0 + HOUR],
  });
  // −20 opened, 2 days × −2, +10 solved (default), 1 × +1.
  expect(ticketSuccessPoints(bug, windowOf(endOfDay(30), 90), custom).lifetime.total).toBe(-13);
});
