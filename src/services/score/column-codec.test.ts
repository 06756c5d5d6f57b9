import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  F32,
  F64,
  I8,
  I16,
  I32,
  NEG_U8,
  NEG_U16,
  SAME,
  U8,
  U16,
  columnTypes,
  columnsSize,
  readColumns,
  writeColumns,
} from './column-codec.js';

/** Rows of `width` numbers from columns given as arrays of the same length. */
const rowsOf = (columns: readonly (readonly number[])[]): { n: Float64Array; rows: number; width: number } => {
  const width = columns.length;
  const rows = columns[0]?.length ?? 0;
  const n = new Float64Array(rows * width);
  columns.forEach((col, c) => col.forEach((v, r) => (n[r * width + c] = v)));
  return { n, rows, width };
};

/** The columns written and read back (from a buffer at byte offset `shift`), or null. */
const roundTrip = (n: Float64Array, rows: number, width: number, shift = 0): Float64Array | null => {
  const types = columnTypes(n, rows, width);
  const size = columnsSize(types, rows);
  const out = new Uint8Array(size);
  writeColumns(n, rows, types, out, 0);
  const shifted = new Uint8Array(size + shift + 5);
  shifted.set(out, shift);
  const back = new Float64Array(rows * width);
  return readColumns(shifted.subarray(0, shift + size), shift, rows, types, back) ? back : null;
};

/** Same bits, but that any NaN is the same NaN (the store's null). */
const sameNumbers = (a: Float64Array, b: Float64Array): boolean => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

test('each column takes the narrowest type that holds all its values exactly, zero signs and nulls included', () => {
  const cases: [number, readonly number[]][] = [
    [U8, [0, 255, 3]],
    [U16, [0, 256]],
    [U16, [1, 65535]],
    [I32, [0, 65536]],
    [I8, [-128, 127]],
    [I16, [-129, 5]],
    [I16, [-32768, 32767]],
    [I32, [-32769, 0]],
    [I32, [-(2 ** 31), 2 ** 31 - 1]],
    // -0 with negative integers: kept negated, so that a zero reads back as -0.
    [NEG_U8, [-0, -255, -3]],
    [NEG_U16, [-0, -256]],
    // Zeros of both signs, or -0 beside a positive, are not one integer type's.
    [F32, [-0, 0]],
    [F32, [-0, 1]],
    [F32, [-0, -65536]],
    [SAME, [7, 7, 7]],
    [SAME, [-0, -0]],
    [SAME, [Number.NaN, Number.NaN]],
    [F32, [Number.NaN, 1]],
    [F32, [0.5, -1.25, 2 ** 31]],
    [F32, [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0]],
    [F32, [2 ** 24, 0.5]],
    // Past 2^24 an integer may have more digits than float32 keeps.
    [F64, [2 ** 24 + 1, 0.5]],
    [F64, [2 ** 24 + 1, -0]],
    [F64, [0.1, 1]],
    [F64, [Date.parse('2025-05-01T09:00:00.123Z'), 0]],
    [F64, [Number.MAX_VALUE, Number.MIN_VALUE]],
  ];
  // Three rows each: a column's first value again where it has two.
  const { n, rows, width } = rowsOf(cases.map(([, col]) => [...col, ...col].slice(0, 3)));
  expect([...columnTypes(n, rows, width)]).toEqual(cases.map(([t]) => t));
  const back = roundTrip(n, rows, width);
  expect(back !== null && sameNumbers(back, n)).toBe(true);
  // Read from any byte offset, as a database driver hands bytes over.
  const odd = roundTrip(n, rows, width, 3);
  expect(odd !== null && sameNumbers(odd, n)).toBe(true);
  // Narrow types are what make the columns small.
  expect(columnsSize(columnTypes(n, rows, width), rows)).toBeLessThan(n.byteLength / 2);
});

test('no rows take no bytes', () => {
  const types = columnTypes(new Float64Array(0), 0, 4);
  expect(columnsSize(types, 0)).toBe(0);
  expect(readColumns(new Uint8Array(0), 0, 0, types, new Float64Array(0))).toBe(true);
});

test('columns that do not fill the bytes exactly, or of an unknown type, are not read', () => {
  const { n, rows, width } = rowsOf([
    [1, 2],
    [0.5, Number.NaN],
  ]);
  const types = columnTypes(n, rows, width);
  const out = new Uint8Array(columnsSize(types, rows));
  writeColumns(n, rows, types, out, 0);
  const into = new Float64Array(rows * width);
  expect(readColumns(out, 0, rows, types, into)).toBe(true);
  expect(readColumns(out.subarray(0, out.length - 1), 0, rows, types, into)).toBe(false);
  expect(readColumns(out, 0, rows + 1, types, into)).toBe(false);
  expect(readColumns(out, 0, rows, Uint8Array.of(types[0] as number, 200), into)).toBe(false);
  expect(readColumns(out, 0, rows, Uint8Array.of(types[0] as number, F64), into)).toBe(false);
});

test('any numbers come back bit for bit (any NaN as NaN)', () => {
  const number = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: -300, max: 300 }) },
    { weight: 2, arbitrary: fc.constantFrom(-0, 0, Number.NaN, 255, 256, -128, -129, 65535, 65536, -32768, -32769, 2 ** 24 + 1) },
    { weight: 1, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.float() },
    { weight: 1, arbitrary: fc.double() },
  );
  // Breakdowns' waiting points: zeros are -0.
  const noPositiveZero = (min: number) => fc.integer({ min, max: 0 }).map((v) => (v === 0 ? -0 : v));
  // Columns of one kind of number each, as a part's columns mostly are, and of any number.
  const column = (rows: number) =>
    fc.oneof(
      fc.array(number, { minLength: rows, maxLength: rows }),
      fc.array(noPositiveZero(-255), { minLength: rows, maxLength: rows }),
      fc.array(noPositiveZero(-70000), { minLength: rows, maxLength: rows }),
      fc.array(fc.integer({ min: -40000, max: 40000 }), { minLength: rows, maxLength: rows }),
    );
  const part = fc
    .record({ rows: fc.nat({ max: 20 }), width: fc.integer({ min: 1, max: 8 }) })
    .chain(({ rows, width }) => fc.array(column(rows), { minLength: width, maxLength: width }));
  fc.assert(
    fc.property(part, fc.nat({ max: 7 }), (columns, shift) => {
      const { n, rows, width } = rowsOf(columns);
      const back = roundTrip(n, rows, width, shift);
      expect(back !== null && sameNumbers(back, n)).toBe(true);
    }),
  );
});
