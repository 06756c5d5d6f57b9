import fc from 'fast-check';
import { expect, test } from 'vitest';
import { KeySet } from './key-set.js';

test('a KeySet holds exactly the keys a Set of them holds, short and long keys alike', () => {
  const key = fc.string({ unit: fc.constantFrom('a', 'b', ':', '1', '2', 'é', '\u{1F600}'), maxLength: 6 });
  fc.assert(
    fc.property(fc.array(key, { maxLength: 40 }), fc.array(key, { maxLength: 40 }), (keys, asked) => {
      const set = new Set(keys);
      const keySet = new KeySet(keys);
      for (const k of [...keys, ...asked]) expect(keySet.has(k)).toBe(set.has(k));
    }),
    { numRuns: 1000 },
  );
});
