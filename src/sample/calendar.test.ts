import fc from 'fast-check';
import { expect, test } from 'vitest';
import { addYears, dateToMs, isoTime, seasonality } from './calendar.js';

test('isoTime formats exactly like toISOString', () => {
  fc.assert(
    fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }), (ms) => {
      expect(isoTime(ms)).toBe(new Date(ms).toISOString());
    }),
    { numRuns: 2000 },
  );
  expect(isoTime(Date.UTC(2025, 2, 1, 9, 0, 0, 5))).toBe('2025-03-01T09:00:00.005Z');
});

test('dateToMs reads real dates only', () => {
  expect(dateToMs('2025-06-30')).toBe(Date.UTC(2025, 5, 30));
  expect(dateToMs('2025-02-30')).toBeNaN();
  expect(dateToMs('2025-6-30')).toBeNaN();
});

test('a leap-day anniversary falls on 28 February', () => {
  expect(addYears(Date.UTC(2024, 1, 29), 1)).toBe(Date.UTC(2025, 1, 28));
  expect(addYears(Date.UTC(2023, 6, 1), 2)).toBe(Date.UTC(2025, 6, 1));
});

test('weekends, Christmas and August are quieter than an ordinary weekday', () => {
  const thursday = seasonality(Date.UTC(2024, 9, 10)); // Thu 10 Oct 2024: factor 1.0
  expect(thursday).toBe(1);
  expect(seasonality(Date.UTC(2024, 9, 12))).toBeCloseTo(0.26); // Saturday
  expect(seasonality(Date.UTC(2024, 11, 25))).toBeCloseTo(1.04 * 0.2); // Christmas, a Wednesday
  expect(seasonality(Date.UTC(2024, 7, 8))).toBeCloseTo(0.85); // a Thursday in August
  expect(seasonality(Date.UTC(2024, 9, 7))).toBeCloseTo(1.18); // Monday backlog
});
