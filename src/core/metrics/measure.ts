import { businessMinutesBetween } from '../calendar/business-minutes.js';
import type { BusinessCalendar } from '../calendar/compile-calendar.js';
import type { Duration, Interval } from '../derived.js';
import type { Instant } from '../model.js';

/** `from` → `to` in calendar and business minutes; never negative (a reversed span is 0). */
export const measure = (calendar: BusinessCalendar, from: Instant, to: Instant): Duration => ({
  calendarMinutes: Math.max(0, to - from) / 60_000,
  businessMinutes: businessMinutesBetween(calendar, from, to),
});

/** The summed length of several spans, both ways. */
export const measureAll = (calendar: BusinessCalendar, spans: readonly Interval[]): Duration => {
  let calendarMinutes = 0;
  let businessMinutes = 0;
  for (const s of spans) {
    const d = measure(calendar, s.from, s.to);
    calendarMinutes += d.calendarMinutes;
    businessMinutes += d.businessMinutes;
  }
  return { calendarMinutes, businessMinutes };
};
