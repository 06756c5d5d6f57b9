import { DateTime, IANAZone } from 'luxon';
import { expect, test } from 'vitest';
import { compileCalendar, DAY_MS } from './compile-calendar.js';
import { WEEKDAYS, type WeeklyHours } from './schedule.js';

/**
 * Zones with DST at 02:00 or at midnight, half-hour DST, odd offsets, +14 h, Ramadan suspensions,
 * DST below standard time (Dublin), a two-hour change (Troll), a new standard offset (Nuuk, 2023).
 */
const ZONES = [
  'UTC', 'Europe/Berlin', 'America/New_York', 'America/Sao_Paulo', 'America/Havana', 'America/St_Johns',
  'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Kiritimati', 'Pacific/Chatham', 'Africa/Casablanca', 'Asia/Tehran',
  'America/Santiago', 'Antarctica/Troll', 'Asia/Gaza', 'Europe/Dublin', 'America/Nuuk',
];

/** Every edge a schedule can have: midnight, the small hours DST changes at, office hours, 24:00. */
const EDGES: readonly (readonly [string, string])[] = [['00:00', '00:30'], ['01:30', '03:00'], ['09:00', '17:00'], ['23:30', '24:00']];
const EVERY_DAY = Object.fromEntries(WEEKDAYS.map((d) => [d, EDGES])) as unknown as WeeklyHours;

/**
 * The instant of a local wall time: Luxon's, except for a time an autumn change repeats, which is
 * its earlier instant (Luxon's pick there follows the zone's offset on the day the test runs).
 */
const wall = (zone: string, day: number, minute: number): number => {
  const date = new Date((day + Math.floor(minute / 1440)) * DAY_MS);
  const m = minute % 1440;
  const luxon = DateTime.fromObject(
    { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: Math.floor(m / 60), minute: m % 60 },
    { zone },
  ).toMillis();
  const tz = IANAZone.create(zone);
  const near = [tz.offset(luxon - DAY_MS), tz.offset(luxon + DAY_MS)];
  if (near[0] === near[1]) return luxon;
  const local = day * DAY_MS + minute * 60_000;
  const readings = near
    .map((minutes) => local - minutes * 60_000)
    .filter((at) => local - tz.offset(at) * 60_000 === at);
  return readings.length === 2 ? Math.min(...readings) : luxon;
};

const toMinute = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

test('every day’s windows are the instants of their wall times (Luxon’s; the earlier of a repeated time’s), across years of DST changes in odd zones', () => {
  const first = Math.round(Date.UTC(2019, 0, 1) / DAY_MS);
  const last = Math.round(Date.UTC(2027, 0, 1) / DAY_MS);
  for (const timezone of ZONES) {
    const cal = compileCalendar({ name: timezone, timezone, weekly: EVERY_DAY, holidays: [] });
    for (let day = first; day < last; day++) {
      const expected = EDGES.flatMap(([a, b]) => [wall(timezone, day, toMinute(a)), wall(timezone, day, toMinute(b))]);
      const got = cal.windowsOfDay(day);
      if (got.length !== expected.length || got.some((v, i) => v !== expected[i])) {
        expect({ timezone, day: new Date(day * DAY_MS).toISOString().slice(0, 10), got }).toEqual({ timezone, day: new Date(day * DAY_MS).toISOString().slice(0, 10), got: expected });
      }
    }
  }
});

test('a time a change skips moves forward by the gap; a time it repeats is its earlier instant, whatever the season', () => {
  const edges = (zone: string, iso: string, from: string, to: string) => {
    const cal = compileCalendar({ name: zone, timezone: zone, weekly: Object.fromEntries(WEEKDAYS.map((d) => [d, [[from, to]]])) as unknown as WeeklyHours, holidays: [] });
    return cal.windowsOfDay(Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS)).map((at) => new Date(at).toISOString());
  };
  // New York falls back at 06:00Z on 3 November 2024: 01:30 happens at 05:30Z (EDT) and at 06:30Z (EST).
  expect(edges('America/New_York', '2024-11-03', '01:30', '03:00')).toEqual(['2024-11-03T05:30:00.000Z', '2024-11-03T08:00:00.000Z']);
  // It springs forward at 07:00Z on 10 March 2024: 02:30 does not happen, and is read as 03:30 EDT.
  expect(edges('America/New_York', '2024-03-10', '02:30', '09:00')).toEqual(['2024-03-10T07:30:00.000Z', '2024-03-10T13:00:00.000Z']);
  // Berlin falls back at 01:00Z on 27 October 2024: 02:30 is first 00:30Z (CEST).
  expect(edges('Europe/Berlin', '2024-10-27', '02:30', '17:00')).toEqual(['2024-10-27T00:30:00.000Z', '2024-10-27T16:00:00.000Z']);
  // Lord Howe falls back half an hour at 02:00 +11:00 (15:00Z) on 7 April 2024: 01:45 is first 14:45Z
  // (+11:00), then 15:15Z (+10:30).
  expect(edges('Australia/Lord_Howe', '2024-04-07', '01:45', '09:00')).toEqual(['2024-04-06T14:45:00.000Z', '2024-04-06T22:30:00.000Z']);
});
