/**
 * Turns a schedule into a `BusinessCalendar`: each local day's opening windows as UTC instants,
 * computed once per day and cached, so that measuring millions of intervals costs a few array
 * reads per day crossed instead of a time-zone conversion per minute.
 * @module
 */
import type { Instant } from '../model.js';
import { type ResolvedSchedule, WEEKDAYS } from './schedule.js';
import { plainDayNumber } from '../time/iso-date.js';
import { isValidZone, wallInstant, type ZoneOffsets, zoneOffsets } from '../time/zone-offsets.js';

export const DAY_MS = 86_400_000;

export interface BusinessCalendar {
  readonly name: string;
  readonly timezone: string;
  /** Every minute is business time (all days 00:00–24:00, no holidays): business = calendar. */
  readonly always: boolean;
  /**
   * Opening windows of local day `day` (days since 1970-01-01 in the calendar's zone) as flat
   * `[start, end, start, end, ...]` instants, end exclusive, in order.
   */
  readonly windowsOfDay: (day: number) => readonly Instant[];
  /** Business milliseconds in local days `fromDay` … `toDay - 1`, from cached running totals. */
  readonly msOfDays: (fromDay: number, toDay: number) => number;
}

export { isValidZone };

const toMinute = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** Sorted, merged `[startMinute, endMinute]` pairs for one weekday. */
const mergeWindows = (windows: readonly (readonly [string, string])[]): number[] => {
  const spans = windows
    .map(([a, b]) => [toMinute(a), toMinute(b)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const out: number[] = [];
  for (const [a, b] of spans) {
    const last = out.length - 1;
    if (last > 0 && a <= (out[last] ?? 0)) out[last] = Math.max(out[last] ?? 0, b);
    else out.push(a, b);
  }
  return out;
};


/** How far from a wall time its instant can be, and a change that moves it (see `wallInstant`). */
const REACH_MS = DAY_MS;

/** The day's window edges (local minutes) as instants. */
const dayWindows = (offsets: ZoneOffsets, day: number, minutes: readonly number[]): Instant[] => {
  const midnight = day * DAY_MS;
  const steady = offsets.steadyOffset(midnight - REACH_MS, midnight + DAY_MS + REACH_MS);
  if (steady !== null) return minutes.map((m) => midnight + m * 60_000 - steady);
  return minutes.map((m) => {
    const wall = midnight + m * 60_000;
    const offset = offsets.steadyOffset(wall - REACH_MS, wall + REACH_MS);
    return offset === null ? wallInstant(offsets, wall) : wall - offset;
  });
};

/**
 * Compiles a schedule. Throws on an unknown time zone: config validation rejects those first,
 * so reaching it here is a bug.
 * @example
 * const cal = compileCalendar({ ...ALWAYS_SCHEDULE, name: 'eu', timezone: 'Europe/Berlin', weekly: OFFICE_HOURS });
 */
export const compileCalendar = (schedule: ResolvedSchedule): BusinessCalendar => {
  const zone = schedule.timezone;
  if (!isValidZone(zone)) throw new Error(`schedule ${schedule.name}: unknown time zone ${zone}`);
  const weekly = WEEKDAYS.map((d) => mergeWindows(schedule.weekly[d] ?? []));
  // Config validation admits real YYYY-MM-DD dates only.
  const holidays = new Set(schedule.holidays.map((d) => plainDayNumber(d) ?? Number.NaN));
  const always =
    holidays.size === 0 && weekly.every((w) => w.length === 2 && w[0] === 0 && w[1] === 1440);
  const cache = new Map<number, readonly Instant[]>();
  const offsets = zoneOffsets(zone);
  const none: readonly Instant[] = [];
  const windowsOfDay = (day: number): readonly Instant[] => {
    const hit = cache.get(day);
    if (hit) return hit;
    // 1970-01-01 (day 0) was a Thursday, index 4.
    const minutes = holidays.has(day) ? [] : (weekly[(((day + 4) % 7) + 7) % 7] ?? []);
    const windows = minutes.length === 0 ? none : dayWindows(offsets, day, minutes);
    cache.set(day, windows);
    return windows;
  };
  return { name: schedule.name, timezone: zone, always, windowsOfDay, msOfDays: runningTotals(windowsOfDay) };
};

const windowMs = (w: readonly Instant[]): number => {
  let ms = 0;
  for (let i = 0; i + 1 < w.length; i += 2) ms += (w[i + 1] ?? 0) - (w[i] ?? 0);
  return ms;
};

/**
 * Running totals of business time per day, grown on demand in either direction, so that a span of
 * two years costs two array reads instead of 730 day visits.
 */
const runningTotals = (windowsOfDay: (day: number) => readonly Instant[]) => {
  let origin = 0;
  // totals[k] = business ms in days origin … origin + k - 1
  let totals: number[] | null = null;
  return (fromDay: number, toDay: number): number => {
    if (toDay <= fromDay) return 0;
    if (totals === null) {
      origin = fromDay;
      totals = [0];
    }
    if (fromDay < origin) {
      const before: number[] = [];
      let acc = 0;
      for (let d = fromDay; d < origin; d++) {
        before.push(acc);
        acc += windowMs(windowsOfDay(d));
      }
      totals = [...before, ...totals.map((t) => t + acc)];
      origin = fromDay;
    }
    while (origin + totals.length - 1 < toDay) {
      const last = totals.length - 1;
      totals.push((totals[last] ?? 0) + windowMs(windowsOfDay(origin + last)));
    }
    return (totals[toDay - origin] ?? 0) - (totals[fromDay - origin] ?? 0);
  };
};
