import fc from 'fast-check';
import { expect, test } from 'vitest';
import { daysFromCivil, isIsoDay, readIsoInstant } from './iso-8601.js';

const asUtc = (t: number): number => t;

test('any instant written as ISO with Z or an offset reads back as Date.parse reads it', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }),
      fc.integer({ min: -14 * 60, max: 14 * 60 }),
      (at, offsetMinutes) => {
        const z = new Date(at).toISOString();
        expect(readIsoInstant(z, asUtc)).toBe(Date.parse(z));
        const sign = offsetMinutes < 0 ? '-' : '+';
        const abs = Math.abs(offsetMinutes);
        const off = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        const local = new Date(at + offsetMinutes * 60_000).toISOString().slice(0, 23);
        expect(readIsoInstant(local + off, asUtc)).toBe(Date.parse(local + off));
      },
    ),
  );
});

test('day numbers agree with Date.UTC across leap years and centuries', () => {
  fc.assert(
    fc.property(fc.integer({ min: Date.UTC(1600, 0, 1), max: Date.UTC(2400, 0, 1) }), (at) => {
      const d = new Date(at);
      expect(daysFromCivil(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(
        Math.floor(at / 86_400_000),
      );
    }),
  );
});

test('only real YYYY-MM-DD days are calendar days', () => {
  expect(isIsoDay('2024-02-29')).toBe(true);
  expect(isIsoDay('2100-02-29')).toBe(false);
  expect(isIsoDay('2024-04-31')).toBe(false);
  expect(isIsoDay('2024-4-30')).toBe(false);
});
