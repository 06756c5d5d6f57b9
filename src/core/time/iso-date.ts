import { DateTime } from 'luxon';
import type { Instant, IsoDate } from '../model.js';

/**
 * The calendar date an instant falls on in `timezone`: how usage days (dates without a zone) are
 * compared with the as-of time.
 * @example toIsoDate(Date.parse('2025-06-30T23:30:00Z'), 'Europe/Berlin') // '2025-07-01'
 */
export const toIsoDate = (at: Instant, timezone = 'UTC'): IsoDate =>
  DateTime.fromMillis(at, { zone: timezone }).toISODate() ?? new Date(at).toISOString().slice(0, 10);
