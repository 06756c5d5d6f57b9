import fc from 'fast-check';
import { DateTime } from 'luxon';
import { expect, test } from 'vitest';
import { businessMinutesBetween } from './business-minutes.js';
import { compileCalendar } from './compile-calendar.js';
import { OFFICE_HOURS } from './schedule.js';

const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Pacific/Auckland'];
const calendars = zones.map((timezone) =>
  compileCalendar({ name: timezone, timezone, weekly: OFFICE_HOURS, holidays: ['2025-12-25'] }),
);
const instant = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 0, 1) });
const calendar = fc.constantFrom(...calendars);

test('business minutes are never negative and never exceed calendar minutes', () => {
  fc.assert(
    fc.property(calendar, instant, instant, (cal, a, b) => {
      const minutes = businessMinutesBetween(cal, a, b);
      expect(minutes).toBeGreaterThanOrEqual(0);
      expect(minutes).toBeLessThanOrEqual(Math.max(0, (b - a) / 60_000));
    }),
  );
});

test('business minutes add up across any split point', () => {
  fc.assert(
    fc.property(calendar, fc.array(instant, { minLength: 3, maxLength: 3 }), (cal, points) => {
      const [a, b, c] = [...points].sort((x, y) => x - y) as [number, number, number];
      const whole = businessMinutesBetween(cal, a, c);
      const parts = businessMinutesBetween(cal, a, b) + businessMinutesBetween(cal, b, c);
      expect(whole).toBeCloseTo(parts, 6);
    }),
  );
});

test('a local week (Monday 00:00 to Monday 00:00) holds 40 office hours in every zone', () => {
  fc.assert(
    fc.property(calendar, instant, (cal, t) => {
      // Local midnights from luxon, so that weeks with a DST change are 167 or 169 real hours.
      const monday = DateTime.fromMillis(t, { zone: cal.timezone }).startOf('week');
      const from = monday.toMillis();
      const to = monday.plus({ weeks: 1 }).toMillis();
      const holidayInside = from <= Date.UTC(2025, 11, 25, 12) && Date.UTC(2025, 11, 25, 12) < to;
      expect(businessMinutesBetween(cal, from, to)).toBe(holidayInside ? 32 * 60 : 40 * 60);
    }),
  );
});
