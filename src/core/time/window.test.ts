import { expect, test } from 'vitest';
import { calendarDays, weekdayDays } from './day-clock.js';
import { inWindow, windowOf, windowStart } from './window.js';

const asOf = Date.parse('2025-07-01T00:00:00Z') - 1; // end of 30 June

test('a 30-day window ending on 30 June holds 1 June through 30 June', () => {
  const w = windowOf(asOf, 30);
  expect(w.start).toBe(Date.parse('2025-06-01T00:00:00Z') - 1);
  expect(inWindow(Date.parse('2025-06-01T00:00:00Z'), w)).toBe(true);
  expect(inWindow(Date.parse('2025-05-31T23:59:59.999Z'), w)).toBe(false);
  expect(inWindow(Date.parse('2025-06-30T23:59:59.999Z'), w)).toBe(true);
  expect(inWindow(Date.parse('2025-07-01T00:00:00Z'), w)).toBe(false);
  expect(inWindow(null, w)).toBe(false);
});

test('a window across the spring DST change still starts at local midnight', () => {
  // End of 31 March in Berlin (CEST, UTC+2) is 31 March 22:00 UTC. The 30 days are 2–31 March, so
  // the start is 2 March 00:00 CET (UTC+1) = 1 March 23:00 UTC; 24h steps would be an hour off.
  const berlinEnd = Date.parse('2025-03-31T22:00:00Z') - 1;
  expect(windowStart(berlinEnd, 30, 'Europe/Berlin')).toBe(Date.parse('2025-03-01T23:00:00Z') - 1);
});

test('a window whose first day ends in an hour a midnight fall-back repeats starts at that day’s real end', () => {
  // Santiago falls back at midnight on 7 April 2024: 6 April's 23:00–24:00 happens twice (−03 then
  // −04), and the day ends at the second 24:00, 7 April 04:00 UTC. A 30-day window ending on 6 May
  // holds 7 April … 6 May, so it starts 1 ms before that: the earlier of the repeated 23:59:59.999
  // (02:59:59.999 UTC) would let an hour of 6 April in.
  const santiagoEnd = Date.parse('2024-05-07T04:00:00Z') - 1; // end of 6 May, −04
  expect(windowStart(santiagoEnd, 30, 'America/Santiago')).toBe(Date.parse('2024-04-07T04:00:00Z') - 1);
});

test('calendar days complete every 24 hours; a partial day does not count', () => {
  const h = 3_600_000;
  expect(calendarDays(0, 23 * h)).toEqual([]);
  expect(calendarDays(0, 24 * h)).toEqual([24 * h]);
  expect(calendarDays(0, 71 * h)).toEqual([24 * h, 48 * h]);
});

test('business days skip days completing on the weekend', () => {
  // Friday 3 Jan 2025 10:00 to Monday 6 Jan 10:00: Sat and Sun completions are skipped.
  const fri = Date.parse('2025-01-03T10:00:00Z');
  const mon = Date.parse('2025-01-06T10:00:00Z');
  expect(weekdayDays('UTC')(fri, mon)).toEqual([mon]);
  // A full week, Friday to Friday, is five business days.
  expect(weekdayDays('UTC')(fri, fri + 7 * 86_400_000)).toHaveLength(5);
});
