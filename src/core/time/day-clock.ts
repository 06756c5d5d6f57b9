/**
 * Day clocks: when, inside an unsolved span, each "day open" completes. The seed costs −1 Success
 * Point per day a ticket waits; dating each day lets "points earned in the window" be exact.
 * @module
 */
import { DateTime } from 'luxon';
import type { Instant } from '../model.js';

const DAY_MS = 86_400_000;

/** Returns the moments, in order, at which each whole day of `[from, to]` completes. */
export type DayClock = (from: Instant, to: Instant) => readonly Instant[];

/**
 * Calendar days: `floor(hours unsolved / 24)` days, the k-th completing at `from + k·24h`.
 * @example
 * calendarDays(0, 5 * DAY_MS + 1) // [1d, 2d, 3d, 4d, 5d] in ms
 */
export const calendarDays: DayClock = (from, to) => {
  const out: Instant[] = [];
  for (let at = from + DAY_MS; at <= to; at += DAY_MS) out.push(at);
  return out;
};

/**
 * Business days: the calendar days whose completion falls on a weekday in `timezone`. A ticket
 * opened Friday 10:00 and solved Monday 10:00 has waited one business day, not three.
 */
export const weekdayDays =
  (timezone = 'UTC'): DayClock =>
  (from, to) =>
    calendarDays(from, to).filter(
      (at) => DateTime.fromMillis(at, { zone: timezone }).weekday <= 5,
    );
