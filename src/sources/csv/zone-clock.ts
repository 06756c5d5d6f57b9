/**
 * Converts between wall-clock times in one IANA zone and UTC, fast enough for millions of values.
 * Asking Intl (through luxon) costs microseconds, so offsets are cached per UTC hour: zones change
 * offset at most once within an hour, and an hour whose two ends disagree is computed exactly.
 * @module
 */
import { IANAZone } from 'luxon';

const HOUR = 3_600_000;
const DAY = 86_400_000;

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
  const iana = IANAZone.create(zone);
  if (!iana.isValid) throw new RangeError(`unknown time zone "${zone}"`);
  const exact = (utc: number): number => iana.offset(utc) * 60_000;
  // hour number → offset for the whole hour, or NaN when it changes inside the hour
  const hours = new Map<number, number>();
  const offsetAt = (utc: number): number => {
    const h = Math.floor(utc / HOUR);
    let o = hours.get(h);
    if (o === undefined) {
      const start = exact(h * HOUR);
      o = start === exact(h * HOUR + HOUR - 1) ? start : Number.NaN;
      hours.set(h, o);
    }
    return Number.isNaN(o) ? exact(utc) : o;
  };
  const toUtc = (local: number): number => {
    // A day either side is far enough to see both offsets around any DST change.
    const before = offsetAt(local - DAY);
    const after = offsetAt(local + DAY);
    if (before === after) return local - before;
    const early = local - before;
    const late = local - after;
    const earlyValid = offsetAt(early) === before;
    const lateValid = offsetAt(late) === after;
    if (earlyValid && lateValid) return Math.min(early, late);
    if (earlyValid) return early;
    if (lateValid) return late;
    return local - before; // in the gap: as if the clock had not yet moved
  };
  return { offsetAt, toUtc };
}
