import fc from 'fast-check';
import { expect, test } from 'vitest';
import { planUpserts } from './plan-upserts.js';

// Rows here are [key, value, hash]: one key column, the hash last, as withRowHash leaves them.
test('a new key is inserted, an equal hash is unchanged, a different hash is updated', () => {
  const stored = new Map([
    ['b', 'hb'],
    ['c', 'hc'],
  ]);
  const plan = planUpserts(
    [
      ['a', 1, 'ha'],
      ['b', 2, 'hb'],
      ['c', 3, 'hc2'],
    ],
    1,
    stored,
  );
  expect(plan).toEqual({
    inserted: 1,
    updated: 1,
    unchanged: 1,
    inserts: [['a', 1, 'ha']],
    updates: [['c', 3, 'hc2']],
  });
});

test('a key repeated in the batch counts against its previous occurrence and is written once', () => {
  const plan = planUpserts(
    [
      ['a', 1, 'h1'],
      ['a', 1, 'h1'],
      ['a', 2, 'h2'],
      ['b', 1, 'h1'],
      ['b', 0, 'h0'],
    ],
    1,
    new Map([['b', 'h0']]),
  );
  // a: inserted, unchanged, updated (still one insert, of the last version);
  // b: updated to h1, then updated back to h0 (one update, of the last version).
  expect(plan).toEqual({
    inserted: 1,
    updated: 3,
    unchanged: 1,
    inserts: [['a', 2, 'h2']],
    updates: [['b', 0, 'h0']],
  });
});

test('every row is counted once, and replanning the written rows finds them all unchanged', () => {
  const row = fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.constantFrom('h1', 'h2', 'h3'));
  fc.assert(
    fc.property(fc.array(row, { maxLength: 30 }), fc.array(row, { maxLength: 4 }), (batch, stored) => {
      const existing = new Map<string, string>(stored.map(([k, h]) => [k, h]));
      const rows = batch.map(([k, h]) => [k, h]);
      const plan = planUpserts(rows, 1, existing);
      expect(plan.inserted + plan.updated + plan.unchanged).toBe(rows.length);
      const after = new Map<string, string>(existing);
      for (const r of [...plan.inserts, ...plan.updates]) after.set(String(r[0]), String(r[1]));
      const last = new Map(rows.map((r) => [String(r[0]), String(r[1])]));
      for (const [k, h] of last) expect(after.get(k)).toBe(h);
      const again = planUpserts([...last].map(([k, h]) => [k, h]), 1, after);
      expect(again.unchanged).toBe(last.size);
    }),
  );
});
