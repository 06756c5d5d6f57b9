/**
 * Business minutes between two instants, exact across nights, weekends, holidays and DST changes.
 * @module
 */
import type { Instant } from '../model.js';
import { type BusinessCalendar, DAY_MS } from './compile-calendar.js';

/** Time zones reach UTC−12 … UTC+14: a local day lies within this margin of its UTC day. */
const MARGIN_MS = 15 * 3_600_000;

/**
 * Minutes of business time in `[from, to)`; 0 when `to <= from`. Walks the local days the span
 * touches (plus one on each side, for the zone offset), never single minutes.
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
  let ms = 0;
  for (let day = firstDay; day <= lastDay; day++) {
    const w = calendar.windowsOfDay(day);
    for (let i = 0; i + 1 < w.length; i += 2) {
      const start = Math.max(w[i] ?? 0, from);
      const end = Math.min(w[i + 1] ?? 0, to);
      if (end > start) ms += end - start;
    }
  }
  return ms / 60_000;
};
