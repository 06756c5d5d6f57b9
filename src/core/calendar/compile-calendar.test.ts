import { DateTime } from 'luxon';
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

/** The instant of a local wall time, straight from Luxon. */
const wall = (zone: string, day: number, minute: number): number => {
  const date = new Date((day + Math.floor(minute / 1440)) * DAY_MS);
  const m = minute % 1440;
  return DateTime.fromObject(
    { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: Math.floor(m / 60), minute: m % 60 },
    { zone },
  ).toMillis();
};

const toMinute = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

test('every day’s windows are the instants Luxon gives for their wall times, across years of DST changes in odd zones', () => {
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
