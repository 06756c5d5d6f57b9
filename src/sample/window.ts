/**
 * The stretch of time the sample company covers, derived from the `end` date: tickets and usage for
 * 30 months, renewal outcomes for the last 24, so the earliest outcome has half a year of tickets
 * before it.
 * @module
 */
import { DAY_MS, addMonths, addYears, dateToMs } from './calendar.js';

export interface SampleWindow {
  /** Midnight UTC of the first day with tickets and usage. */
  readonly start: number;
  /** Outcomes are recorded on days at or after this one. */
  readonly outcomesStart: number;
  /** Midnight UTC of the `end` date: its last day. */
  readonly lastDay: number;
  /** Nothing happens at or after this instant (the day after `end`). */
  readonly endExclusive: number;
}

/** Number of days in the window. */
export const windowDays = (w: SampleWindow): number => Math.round((w.endExclusive - w.start) / DAY_MS);

/**
 * The window ending on `end` (YYYY-MM-DD); throws on a malformed date, which options validation rules out.
 * @example sampleWindow('2025-06-30').outcomesStart // 2023-07-01
 */
export function sampleWindow(end: string): SampleWindow {
  const lastDay = dateToMs(end);
  if (Number.isNaN(lastDay)) throw new RangeError(`not a date: ${end}`);
  const endExclusive = lastDay + DAY_MS;
  return {
    start: addMonths(endExclusive, -30),
    outcomesStart: addYears(endExclusive, -2),
    lastDay,
    endExclusive,
  };
}
