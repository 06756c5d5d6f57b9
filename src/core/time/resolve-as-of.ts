/**
 * The as-of moment: the one point in time a score is computed for. Nothing after it counts.
 * @module
 */
import { DateTime } from 'luxon';
import type { Instant } from '../model.js';
import { plainDayNumber } from './iso-date.js';
import { isValidZone, offsetsOf, startOfLocalDay, wallInstant } from './zone-offsets.js';
import { fail, ok, type Result } from '../result.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** An ISO timestamp that names its own offset (`Z`, `+02:00`, `-0500`). */
const HAS_OFFSET = /(?:[zZ]|[+-]\d{2}:?\d{2})$/;

/**
 * Turns `--as-of` text into an instant. A date `D` means the end of day D in `timezone`: the last
 * millisecond before D+1 00:00 there, so that "at or before as-of" (how metrics are cut) covers the
 * whole day and nothing of the next. A full timestamp is taken as given; one without an offset is
 * read in `timezone`, like every other zone-less timestamp.
 * @example
 * resolveAsOf('2025-06-30', 'UTC') // ok(Date.parse('2025-07-01T00:00:00Z') - 1)
 */
export const resolveAsOf = (input: string, timezone: string): Result<Instant> => {
  const text = input.trim();
  const bad = (message: string): Result<Instant> =>
    fail([{ code: 'bad_date', path: 'asOf', message }]);
  if (!isValidZone(timezone)) return bad(`unknown time zone "${timezone}"`);
  if (DATE_ONLY.test(text)) {
    const day = plainDayNumber(text);
    if (day === null || Number.isNaN(day)) return bad(`"${text}" is not a calendar date`);
    // The next day's first instant (see `startOfLocalDay`: the same whatever season this runs in).
    return ok(startOfLocalDay(day + 1, timezone) - 1);
  }
  // A timestamp without an offset is a wall time: read as if UTC, then placed in the zone the way
  // every wall time is (a repeated one is its earlier instant, whatever the season this runs in).
  const own = HAS_OFFSET.test(text);
  const moment = DateTime.fromISO(text, own ? { setZone: true } : { zone: 'UTC' });
  if (!moment.isValid) return bad(`"${text}" is neither a date (YYYY-MM-DD) nor an ISO timestamp`);
  return ok(own ? moment.toMillis() : wallInstant(offsetsOf(timezone), moment.toMillis()));
};
