import fc from 'fast-check';
import { expect, test } from 'vitest';
import { createRng, deriveSeed } from './prng.js';

test('the same seed replays the same sequence and another seed does not', () => {
  const draw = (seed: number): number[] => {
    const rng = createRng(seed);
    return Array.from({ length: 5 }, () => rng.next());
  };
  expect(draw(42)).toEqual(draw(42));
  expect(draw(42)).not.toEqual(draw(43));
});

test('int stays inside its bounds and next inside [0, 1)', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: -50, max: 50 }), fc.nat(20), (seed, lo, span) => {
      const rng = createRng(seed);
      for (let i = 0; i < 20; i++) {
        const n = rng.int(lo, lo + span);
        expect(n >= lo && n <= lo + span && Number.isInteger(n)).toBe(true);
        const x = rng.next();
        expect(x >= 0 && x < 1).toBe(true);
      }
    }),
  );
});

test('weightedIndex never picks a zero weight and follows the weights', () => {
  const rng = createRng(1);
  const counts = [0, 0, 0];
  for (let i = 0; i < 10_000; i++) counts[rng.weightedIndex([1, 0, 3])]!++;
  expect(counts[1]).toBe(0);
  // Expected 2,500 and 7,500; the binomial sd is about 43.
  expect(Math.abs(counts[0]! - 2500)).toBeLessThan(250);
});

test('normal draws have mean about 0 and variance about 1', () => {
  const rng = createRng(9);
  const xs = Array.from({ length: 20_000 }, () => rng.normal());
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
  expect(Math.abs(mean)).toBeLessThan(0.03);
  expect(Math.abs(variance - 1)).toBeLessThan(0.05);
});

test('named streams of one seed are distinct', () => {
  expect(deriveSeed(42, 'tickets')).not.toBe(deriveSeed(42, 'accounts'));
  expect(deriveSeed(42, 'tickets')).toBe(deriveSeed(42, 'tickets'));
});
