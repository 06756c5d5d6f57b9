import { expect, test } from 'vitest';
import { businessMinutesBetween } from './business-minutes.js';
import { compileCalendar } from './compile-calendar.js';
import { ALWAYS_SCHEDULE, OFFICE_HOURS, type WeeklyHours } from './schedule.js';

const at = Date.parse;
const office = (timezone: string, holidays: string[] = []) =>
  compileCalendar({ name: 'office', timezone, weekly: OFFICE_HOURS, holidays });
const weekly = (timezone: string, hours: WeeklyHours) =>
  compileCalendar({ name: 'custom', timezone, weekly: hours, holidays: [] });
const calendarMinutes = (from: string, to: string) => (at(to) - at(from)) / 60_000;

const berlin = office('Europe/Berlin');
const newYork = office('America/New_York');

// Each row: local times in the comment, UTC instants in the row, minutes counted by hand.
test.each([
  // Wed 2025-01-15 10:00–15:30 CET, all inside 09–17
  ['same day', berlin, '2025-01-15T09:00Z', '2025-01-15T14:30Z', 330, 330],
  // Wed 16:00 CET → Thu 10:00 CET: 60 on Wed + 60 on Thu; 18 h on the clock
  ['overnight', berlin, '2025-01-15T15:00Z', '2025-01-16T09:00Z', 120, 1080],
  // Fri 16:00 → Mon 10:00 CET: 60 + 60, the weekend counts nothing; 66 h on the clock
  ['weekend', berlin, '2025-01-17T15:00Z', '2025-01-20T09:00Z', 120, 3960],
  // Fri 28 Mar 16:00 CET → Mon 31 Mar 10:00 CEST: clocks jump on Sunday, so 65 h not 66
  ['Berlin March DST', berlin, '2025-03-28T15:00Z', '2025-03-31T08:00Z', 120, 3900],
  // Fri 28 Mar 09:00 CET → Mon 31 Mar 17:00 CEST: two full 8 h days; 08:00Z → 15:00Z three days on = 79 h
  ['Berlin March DST full days', berlin, '2025-03-28T08:00Z', '2025-03-31T15:00Z', 960, 4740],
  // Fri 24 Oct 16:00 CEST → Mon 27 Oct 10:00 CET: clocks fall back on Sunday, 67 h
  ['Berlin October DST', berlin, '2025-10-24T14:00Z', '2025-10-27T09:00Z', 120, 4020],
  // Fri 7 Mar 16:00 EST → Mon 10 Mar 10:00 EDT: US clocks jump on 9 Mar, 65 h
  ['New York March DST', newYork, '2025-03-07T21:00Z', '2025-03-10T14:00Z', 120, 3900],
  // Fri 24 Oct 16:00 EDT → Mon 27 Oct 10:00 EDT: no US change in October, 66 h
  ['New York October, no change', newYork, '2025-10-24T20:00Z', '2025-10-27T14:00Z', 120, 3960],
  // Fri 31 Oct 16:00 EDT → Mon 3 Nov 10:00 EST: US clocks fall back on 2 Nov, 67 h
  ['New York November DST', newYork, '2025-10-31T20:00Z', '2025-11-03T15:00Z', 120, 4020],
  // Tokyo is UTC+9: Mon 20 Jan 08:00 → 19:00 JST holds the whole 09–17 day (00:00Z–08:00Z)
  ['zone ahead of UTC', office('Asia/Tokyo'), '2025-01-19T23:00Z', '2025-01-20T10:00Z', 480, 660],
])('%s', (_name, cal, from, to, business, calendar) => {
  expect(calendarMinutes(from, to)).toBe(calendar);
  expect(businessMinutesBetween(cal, at(from), at(to))).toBe(business);
});

test('holidays count no business time', () => {
  // Wed 24 Dec 16:00 CET → Mon 29 Dec 10:00 CET. With 25 and 26 Dec off: Wed 60 + Mon 60.
  // Without them: Wed 60 + Thu 480 + Fri 480 + Mon 60 = 1080.
  const from = at('2025-12-24T15:00Z');
  const to = at('2025-12-29T09:00Z');
  expect(businessMinutesBetween(office('Europe/Berlin', ['2025-12-25', '2025-12-26']), from, to)).toBe(120);
  expect(businessMinutesBetween(berlin, from, to)).toBe(1080);
});

test('a whole year is counted exactly, both DST changes and a holiday included', () => {
  // Mon 6 Jan 09:00 CET → Wed 31 Dec 17:00 CET 2025. 2025 has 261 weekdays (52 weeks and one extra
  // Wednesday); 1–3 Jan fall before the start, 25 Dec is a holiday: 257 days × 480 minutes.
  const cal = office('Europe/Berlin', ['2025-12-25']);
  expect(businessMinutesBetween(cal, at('2025-01-06T08:00Z'), at('2025-12-31T16:00Z'))).toBe(257 * 480);
});

test('a local day is 23 hours on the spring change and 25 on the autumn change', () => {
  const sundays = (zone: string) => weekly(zone, { sun: [['00:00', '24:00']] });
  // The whole Sunday lies inside each span; no other day has hours.
  expect(businessMinutesBetween(sundays('Europe/Berlin'), at('2025-03-29T00:00Z'), at('2025-04-01T00:00Z'))).toBe(23 * 60);
  expect(businessMinutesBetween(sundays('Europe/Berlin'), at('2025-10-25T00:00Z'), at('2025-10-28T00:00Z'))).toBe(25 * 60);
  expect(businessMinutesBetween(sundays('America/New_York'), at('2025-03-08T00:00Z'), at('2025-03-11T00:00Z'))).toBe(23 * 60);
  expect(businessMinutesBetween(sundays('America/New_York'), at('2025-11-01T00:00Z'), at('2025-11-04T00:00Z'))).toBe(25 * 60);
});

test('hours that span the skipped hour count only the real time', () => {
  // Sun 30 Mar, 01:00 CET (00:00Z) → 04:00 CEST (02:00Z): three hours on the wall, two in reality.
  const cal = weekly('Europe/Berlin', { sun: [['01:00', '04:00']] });
  expect(businessMinutesBetween(cal, at('2025-03-29T12:00Z'), at('2025-03-30T12:00Z'))).toBe(120);
});

test('a lunch break splits the day', () => {
  const cal = weekly('UTC', { mon: [['09:00', '12:00'], ['13:00', '17:00']] });
  // Mon 20 Jan 11:00 → 14:00: 11–12 and 13–14
  expect(businessMinutesBetween(cal, at('2025-01-20T11:00Z'), at('2025-01-20T14:00Z'))).toBe(120);
});

test('24x7 counts every minute and an empty or reversed span counts none', () => {
  const always = compileCalendar(ALWAYS_SCHEDULE);
  expect(always.always).toBe(true);
  expect(businessMinutesBetween(always, at('2025-03-28T15:00Z'), at('2025-03-31T08:00Z'))).toBe(3900);
  expect(businessMinutesBetween(berlin, at('2025-01-15T14:00Z'), at('2025-01-15T10:00Z'))).toBe(0);
  expect(businessMinutesBetween(berlin, at('2025-01-15T10:00Z'), at('2025-01-15T10:00Z'))).toBe(0);
});

test('an unknown time zone is refused when the schedule is compiled', () => {
  expect(() => office('Mars/Olympus')).toThrow(/unknown time zone/);
});
