/**
 * Business minutes between two instants, exact across nights, weekends, holidays and DST changes.
 * @module
 */
import type { Instant } from '../model.js';
import { type BusinessCalendar, DAY_MS } from './compile-calendar.js';

/** Time zones reach UTC−12 … UTC+14: a local day lies within this margin of its UTC day. */
const MARGIN_MS = 15 * 3_600_000;

/**
 * Minutes of business time in `[from, to)`; 0 when `to <= from`. Visits the few local days at each
 * end of the span (a margin for the zone offset) and takes whole days between from running totals.
 * @example
 * businessMinutesBetween(cal, Date.parse('2025-03-28T15:00Z'), Date.parse('2025-03-31T08:00Z'));
 * // Berlin 9–17: Friday 16:00 → Monday 10:00 = 60 + 60 = 120
 */
export const businessMinutesBetween = (
  calendar: BusinessCalendar,
  from: Instant,
  to: Instant,
): number => {
  if (!(to > from)) return 0;
  if (calendar.always) return (to - from) / 60_000;
  const firstDay = Math.floor((from - MARGIN_MS) / DAY_MS);
  const lastDay = Math.floor((to + MARGIN_MS) / DAY_MS);
  // Days from firstDay + 3 to lastDay - 3 lie wholly inside [from, to) in any zone: take them from
  // the running totals and visit only the edge days.
  const innerFrom = firstDay + 3;
  const innerTo = lastDay - 2;
  if (innerTo - innerFrom < 4) return overlapMs(calendar, from, to, firstDay, lastDay) / 60_000;
  const ms =
    overlapMs(calendar, from, to, firstDay, innerFrom - 1) +
    calendar.msOfDays(innerFrom, innerTo) +
    overlapMs(calendar, from, to, innerTo, lastDay);
  return ms / 60_000;
};

/** Business ms of days `firstDay` … `lastDay` (inclusive) that fall inside `[from, to)`. */
const overlapMs = (
  calendar: BusinessCalendar,
  from: Instant,
  to: Instant,
  firstDay: number,
  lastDay: number,
): number => {
  let ms = 0;
  for (let day = firstDay; day <= lastDay; day++) {
    const w = calendar.windowsOfDay(day);
    for (let i = 0; i + 1 < w.length; i += 2) {
      const start = Math.max(w[i] ?? 0, from);
      const end = Math.min(w[i + 1] ?? 0, to);
      if (end > start) ms += end - start;
    }
  }
  return ms;
};
