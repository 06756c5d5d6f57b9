import fc from 'fast-check';
import { DateTime } from 'luxon';
import { expect, test } from 'vitest';
import { startOfIsoDate } from './iso-date.js';

const luxon = (date: string, zone: string) => DateTime.fromISO(date, { zone }).toMillis();

test('the start of a date is what Luxon says where its midnight is unambiguous, in UTC and elsewhere', () => {
  expect(startOfIsoDate('2025-06-30')).toBe(Date.parse('2025-06-30T00:00:00Z'));
  expect(startOfIsoDate('2024-02-29', 'UTC')).toBe(Date.parse('2024-02-29T00:00:00Z'));
  expect(startOfIsoDate('2025-06-30', 'Europe/Berlin')).toBe(Date.parse('2025-06-29T22:00:00Z'));
  // Dates that do not exist, and text that is not a date.
  for (const bad of ['2023-02-29', '2025-13-01', '2025-04-31', '2025-00-10', 'soon']) {
    expect(startOfIsoDate(bad)).toBeNaN();
    expect(luxon(bad, 'UTC')).toBeNaN();
  }
  // Forms Luxon reads that the hand-read path leaves to it: years before 100, week dates, times.
  for (const other of ['0050-03-01', '2025-W27-1', '2025-06-30T12:00']) expect(startOfIsoDate(other)).toBe(luxon(other, 'UTC'));
});

test('property: any YYYY-MM-DD text starts where Luxon says it does (NaN alike)', () => {
  const two = fc.integer({ min: 0, max: 39 }).map((n) => String(n).padStart(2, '0'));
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 9999 }), two, two, (y, m, d) => {
      const date = `${String(y).padStart(4, '0')}-${m}-${d}`;
      expect(Object.is(startOfIsoDate(date), luxon(date, 'UTC'))).toBe(true);
    }),
    { numRuns: 2000 },
  );
});

test('a day’s first instant is the same whatever season the process runs in, where a change skips or repeats its midnight', () => {
  // Santiago springs forward at midnight on 8 September 2024: the day starts at 01:00 -03 (04:00Z).
  expect(startOfIsoDate('2024-09-08', 'America/Santiago')).toBe(Date.parse('2024-09-08T04:00:00Z'));
  // Havana falls back from 01:00 to 00:00 on 3 November 2024: midnight happens twice, first at -04 (04:00Z).
  // (Luxon says 05:00Z when run in a month when Havana is on -05.)
  expect(startOfIsoDate('2024-11-03', 'America/Havana')).toBe(Date.parse('2024-11-03T04:00:00Z'));
  // Havana springs forward from 00:00 to 01:00 on 10 March 2024: the day starts at 01:00 -04 (05:00Z).
  expect(startOfIsoDate('2024-03-10', 'America/Havana')).toBe(Date.parse('2024-03-10T05:00:00Z'));
  expect(startOfIsoDate('2023-02-29', 'Europe/Berlin')).toBeNaN();
});
