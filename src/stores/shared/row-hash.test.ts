import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { SqlValue } from './codec.js';
import { rowHash } from './row-hash.js';

test('tells apart values that would collide if simply joined', () => {
  const rows: SqlValue[][] = [
    [null, 'a'],
    ['', 'a'],
    ['null', 'a'],
    ['1', 'a'],
    [1, 'a'],
    ['a', null],
    ['a', ''],
    ['ab', ''],
    ['a', 'b'],
    ['a'],
    ['a', null, null],
    [null],
    [],
  ];
  const hashes = rows.map(rowHash);
  expect(new Set(hashes).size).toBe(rows.length);
});

test('is 16 hex digits and the same for the same values', () => {
  const row = ['csv', 'T-1', 'Export fails ✓ 😀', 3, 0.5, null];
  expect(rowHash(row)).toMatch(/^[0-9a-f]{16}$/);
  expect(rowHash(row)).toBe(rowHash([...row]));
});

test('changing any one value changes the hash', () => {
  const value = fc.oneof(fc.constant(null), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.double({ noNaN: true }));
  const rows = fc.array(value, { minLength: 1, maxLength: 12 });
  fc.assert(
    fc.property(rows, fc.nat(), value, (row, at, replacement) => {
      const i = at % row.length;
      // A value stored the same way (-0 and 0 are both written as 0) is no change.
      fc.pre(typeof row[i] !== typeof replacement || String(row[i]) !== String(replacement));
      const changed = row.slice();
      changed[i] = replacement;
      expect(rowHash(changed)).not.toBe(rowHash(row));
    }),
    { numRuns: 5_000 },
  );
});

test('a one-character change anywhere in a long text changes the hash', () => {
  const base = 'x'.repeat(501);
  const hashes = new Set<string>([rowHash([base])]);
  for (let i = 0; i < base.length; i++) hashes.add(rowHash([`${base.slice(0, i)}y${base.slice(i + 1)}`]));
  expect(hashes.size).toBe(base.length + 1);
});
