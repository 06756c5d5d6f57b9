/**
 * The scoring window: the N days before the as-of moment, `(start, asOf]`.
 * @module
 */
import { DateTime } from 'luxon';
import type { Instant } from '../model.js';

/**
 * The exclusive start of the window of `days` days ending at `asOf`, counted in calendar days of
 * `timezone` so that a window across a DST change still covers whole local days.
 * With `asOf` at the end of day D, the window holds days D−N+1 … D exactly.
 * @example
 * windowStart(Date.parse('2025-07-01T00:00:00Z') - 1, 90) // 2025-04-02T00:00Z minus 1 ms
 */
export const windowStart = (asOf: Instant, days: number, timezone = 'UTC'): Instant =>
  DateTime.fromMillis(asOf, { zone: timezone }).minus({ days }).toMillis();

/** A window: everything strictly after `start` and at or before `end`. */
export interface Window {
  readonly start: Instant;
  readonly end: Instant;
}

/** Builds the window of `days` days ending at `asOf`. */
export const windowOf = (asOf: Instant, days: number, timezone = 'UTC'): Window => ({
  start: windowStart(asOf, days, timezone),
  end: asOf,
});

/** True when `at` falls inside the window; a null time is never inside. */
export const inWindow = (at: Instant | null, window: Window): boolean =>
  at !== null && at > window.start && at <= window.end;
