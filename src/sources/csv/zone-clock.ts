/**
 * Converts between wall-clock times in one IANA zone and UTC, fast enough for millions of values:
 * the zone's offsets are looked up a few times a week of time and kept (see `zone-offsets.ts`), and
 * a wall time is read the way business calendars read it (`wallInstant`).
 * @module
 */
import { isValidZone, offsetsOf, wallInstant } from '../../core/time/zone-offsets.js';

export interface ZoneClock {
  /** The zone's offset from UTC (ms, east positive) at a UTC instant. */
  offsetAt(utcMs: number): number;
  /**
   * The UTC instant of a wall-clock time, given as if it were UTC (`Date.UTC(y, m, d, h, mi, s)`).
   * A time skipped by a DST change moves forward by the gap; a repeated one takes the earlier
   * instant (Temporal's `compatible` choice).
   */
  toUtc(localMs: number): number;
}

/**
 * Builds a clock for a zone; throws on an unknown zone (config validation catches that first).
 * @example createZoneClock('Europe/Berlin').toUtc(Date.UTC(2024, 6, 1, 12)) // 10:00Z
 */
export function createZoneClock(zone: string): ZoneClock {
  if (zone === 'UTC' || zone === 'Etc/UTC' || zone === 'Z') {
    return { offsetAt: () => 0, toUtc: (local) => local };
  }
  if (!isValidZone(zone)) throw new RangeError(`unknown time zone "${zone}"`);
  const offsets = offsetsOf(zone);
  return { offsetAt: (utc) => offsets.offsetAt(utc), toUtc: (local) => wallInstant(offsets, local) };
}
