import fc from 'fast-check';
import { expect, test } from 'vitest';
import { OrderedSum } from './ordered-sum.js';

const sumOf = (values: readonly number[], keep: boolean): OrderedSum => {
  const s = new OrderedSum(keep);
  for (const v of values) s.add(v);
  return s;
};

test('a later part’s addends continue the sum exactly where adding its sum would round differently', () => {
  // 1e16 + 1 + 1 is 1e16 one step at a time, but 1e16 + 2 is not.
  const first = sumOf([1e16], false);
  first.merge(sumOf([1, 1], true).state());
  expect(first.value).toBe(1e16 + 1 + 1);
  expect(first.value).not.toBe(1e16 + 2);
});

test('merged equals one pass over both parts, bit for bit, for any finite values', () => {
  const value = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -50, max: 50 }), fc.constant(-0));
  fc.assert(
    fc.property(fc.array(value, { maxLength: 30 }), fc.array(value, { maxLength: 30 }), fc.boolean(), (a, b, keepFirst) => {
      const merged = sumOf(a, keepFirst);
      merged.merge(sumOf(b, true).state());
      const one = sumOf([...a, ...b], keepFirst);
      expect(Object.is(merged.value, one.value)).toBe(true);
      expect(merged.state()).toEqual(one.state());
    }),
  );
});

test('an empty sum takes a later one kept without addends as is; a non-empty one refuses it', () => {
  const empty = new OrderedSum(false);
  empty.merge(sumOf([0.1, 0.2], false).state());
  expect(empty.value).toBe(0.1 + 0.2);
  expect(() => sumOf([1], false).merge(sumOf([2], false).state())).toThrow(/without its addends/);
});
