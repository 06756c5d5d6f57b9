import { DateTime } from 'luxon';
import type { Instant, IsoDate } from '../model.js';
import { isValidZone, startOfLocalDay } from './zone-offsets.js';

/**
 * The calendar date an instant falls on in `timezone`: how usage days (dates without a zone) are
 * compared with the as-of time.
 * @example toIsoDate(Date.parse('2025-06-30T23:30:00Z'), 'Europe/Berlin') // '2025-07-01'
 */
export const toIsoDate = (at: Instant, timezone = 'UTC'): IsoDate =>
  DateTime.fromMillis(at, { zone: timezone }).toISODate() ?? new Date(at).toISOString().slice(0, 10);

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * The day number (days since 1970-01-01) of a `YYYY-MM-DD` date from year 100 on; NaN for a date
 * that does not exist (30 February), null for other text (Date.UTC maps years 0–99 to 1900–1999,
 * so those are other text here too).
 */
export const plainDayNumber = (date: string): number | null => {
  const m = PLAIN_DATE.exec(date);
  if (m === null) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 100) return null;
  const at = Date.UTC(y, mo - 1, d);
  const back = new Date(at);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? at / DAY_MS : Number.NaN;
};

/**
 * The first instant of a calendar date in `timezone` (NaN for a date that does not exist): its
 * midnight, or the first instant after it when a change skips midnight; a repeated midnight is its
 * earlier instant (see `wallInstant`; Luxon's pick would follow the season the process runs in).
 * Read by hand: rolling up every account asks for its go-live day, and Luxon's parse was ~70 ms of
 * 10k accounts' finish. Other ISO forms go through Luxon.
 * @example startOfIsoDate('2025-06-30', 'UTC') // Date.parse('2025-06-30T00:00:00Z')
 */
export const startOfIsoDate = (date: string, timezone = 'UTC'): Instant => {
  const day = plainDayNumber(date);
  if (day === null || !isValidZone(timezone)) return DateTime.fromISO(date, { zone: timezone }).toMillis();
  return Number.isNaN(day) ? Number.NaN : startOfLocalDay(day, timezone);
};
