import fc from 'fast-check';
import { DateTime } from 'luxon';
import { expect, test } from 'vitest';
import { startOfIsoDate } from './iso-date.js';

const luxon = (date: string, zone: string) => DateTime.fromISO(date, { zone }).toMillis();

test('the start of a date is what Luxon says, by hand in UTC and through Luxon elsewhere', () => {
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
