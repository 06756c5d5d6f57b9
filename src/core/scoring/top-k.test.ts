import fc from 'fast-check';
import { expect, test } from 'vitest';
import { TopK } from './top-k.js';

test('keeps the largest scores, largest first, ties in arrival order', () => {
  const top = new TopK<string>(3);
  for (const [item, score] of [['a', 1], ['b', 5], ['c', 3], ['d', 5], ['e', 3], ['f', 0]] as const) top.offer(item, score);
  // b and d tie at 5 (b came first); c and e tie at 3: only c, the earlier, fits.
  expect(top.items()).toEqual(['b', 'd', 'c']);
  expect(top.admits(3)).toBe(false);
  expect(top.admits(4)).toBe(true);
});

test('a limit of zero keeps nothing', () => {
  const top = new TopK<string>(0);
  top.offer('a', 10);
  expect(top.items()).toEqual([]);
});

test('equals a stable sort by score, cut at the limit', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 60 }), fc.integer({ min: 0, max: 8 }), (scores, limit) => {
      const top = new TopK<number>(limit);
      scores.forEach((s, i) => top.offer(i, s));
      const expected = scores
        .map((s, i) => ({ s, i }))
        .sort((a, b) => b.s - a.s || a.i - b.i)
        .slice(0, limit)
        .map((x) => x.i);
      expect(top.items()).toEqual(expected);
    }),
  );
});

test('merging a later stream’s top equals one top over both streams, ties in arrival order', () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 40 }),
      fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 40 }),
      fc.integer({ min: 0, max: 8 }),
      (first, later, limit) => {
        const all = new TopK<string>(limit);
        const a = new TopK<string>(limit);
        const b = new TopK<string>(limit);
        first.forEach((s, i) => { all.offer(`a${i}`, s); a.offer(`a${i}`, s); });
        later.forEach((s, i) => { all.offer(`b${i}`, s); b.offer(`b${i}`, s); });
        a.merge(b);
        expect(a.items()).toEqual(all.items());
        expect(a.scores()).toEqual(all.scores());
      },
    ),
  );
});
