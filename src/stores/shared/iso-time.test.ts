import fc from 'fast-check';
import { expect, test } from 'vitest';
import { formatIsoUtc, parseIsoUtc } from './iso-time.js';

const FIRST = -62_167_219_200_000; // 0000-01-01T00:00:00.000Z
const LAST = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z

test('formats the times the store writes exactly as toISOString does', () => {
  expect(formatIsoUtc(Date.UTC(2024, 2, 1, 9, 0, 0, 0))).toBe('2024-03-01T09:00:00.000Z');
  expect(formatIsoUtc(Date.UTC(2024, 1, 29, 23, 59, 59, 999))).toBe('2024-02-29T23:59:59.999Z');
  expect(formatIsoUtc(0)).toBe('1970-01-01T00:00:00.000Z');
  expect(formatIsoUtc(-1)).toBe('1969-12-31T23:59:59.999Z');
  expect(formatIsoUtc(LAST)).toBe('9999-12-31T23:59:59.999Z');
  expect(formatIsoUtc(FIRST)).toBe('0000-01-01T00:00:00.000Z');
});

test('any millisecond of years 0000 to 9999, and beyond them, formats as toISOString', () => {
  fc.assert(
    fc.property(fc.integer({ min: FIRST - 1e12, max: LAST + 1e12 }), (at) => {
      expect(formatIsoUtc(at)).toBe(new Date(at).toISOString());
    }),
    { numRuns: 20_000 },
  );
  // Around the day, month, year and century edges, where the calendar arithmetic could slip.
  const edges = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: -1, max: 1 }));
  fc.assert(
    fc.property(edges, ([y, m, ms]) => {
      const d = new Date(0);
      d.setUTCFullYear(y, m, 1);
      const at = d.getTime() + ms;
      expect(formatIsoUtc(at)).toBe(new Date(at).toISOString());
    }),
  );
});

test('a value that is not a time throws as toISOString does; fractions are cut as Date cuts them', () => {
  expect(() => formatIsoUtc(Number.NaN)).toThrow(RangeError);
  expect(formatIsoUtc(1.7)).toBe('1970-01-01T00:00:00.001Z');
  expect(formatIsoUtc(-0.5)).toBe('1970-01-01T00:00:00.000Z');
});

test('reads back every time it formats', () => {
  fc.assert(
    fc.property(fc.integer({ min: FIRST, max: LAST }), (at) => {
      expect(parseIsoUtc(formatIsoUtc(at))).toBe(at);
    }),
    { numRuns: 20_000 },
  );
});

test('reads any text of the stored shape, valid or not, exactly as Date.parse does', () => {
  const digit = fc.integer({ min: 0, max: 9 }).map(String);
  const n = (len: number) => fc.array(digit, { minLength: len, maxLength: len }).map((a) => a.join(''));
  const shaped = fc
    .tuple(n(4), n(2), n(2), n(2), n(2), n(2), n(3))
    .map(([y, mo, d, h, mi, s, ms]) => `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
  fc.assert(
    fc.property(shaped, (text) => {
      expect(Object.is(parseIsoUtc(text), Date.parse(text))).toBe(true);
    }),
    { numRuns: 20_000 },
  );
  for (const text of ['2023-02-29T00:00:00.000Z', '2024-02-29T00:00:00.000Z', '2024-01-01T24:00:00.000Z', '2024-04-31T00:00:00.000Z']) {
    expect(Object.is(parseIsoUtc(text), Date.parse(text))).toBe(true);
  }
});

test('other time texts are read by Date.parse', () => {
  expect(parseIsoUtc('2024-03-01T10:00:00+01:00')).toBe(Date.UTC(2024, 2, 1, 9));
  expect(parseIsoUtc('2024-03-01')).toBe(Date.UTC(2024, 2, 1));
  expect(parseIsoUtc('not a time')).toBeNaN();
});
