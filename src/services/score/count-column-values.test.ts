import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, expect, test } from 'vitest';
import { readCsv } from '../../sources/csv/csv-scanner.js';
import { countColumnValues } from './count-column-values.js';

const dir = mkdtempSync(join(tmpdir(), 'count-column-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const file = (text: string | Buffer): string => {
  const path = join(dir, `f${files++}.csv`);
  writeFileSync(path, text);
  return path;
};

const asObject = (m: Map<string, number>) => Object.fromEntries(m);

test('counts rows per value of one column, the header not counted', async () => {
  const path = file('id,account_id,subject\n1,A,x\n2,B,y\n3,A,z\n');
  expect(asObject(await countColumnValues(path, 1))).toEqual({ A: 2, B: 1 });
});

test('a quoted field with commas, doubled quotes and line breaks is one field of one row', async () => {
  const text = 'id,description,account_id\r\n1,"a, ""b""\nsecond line\r\nthird",A\r\n\r\n2,plain,"B"\n3,"x",A';
  // Rows 1 and 3 belong to A, row 2 to B (quoted); the blank CRLF line is no row; no final newline.
  for (const chunk of [1, 2, 3, 5, 7, 64]) {
    expect(asObject(await countColumnValues(file(text), 2, chunk))).toEqual({ A: 2, B: 1 });
  }
});

test('the value is trimmed, a missing column counts as blank, and a byte-order mark is skipped', async () => {
  const path = file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('id,account_id\n1, A \n2\n3,"A"\n')]));
  expect(asObject(await countColumnValues(path, 1, 4))).toEqual({ A: 2, '': 1 });
});

test('text after a closing quote belongs to the field, as spreadsheets read it', async () => {
  const path = file('account_id,x\n"A"B,1\nAB,2\n');
  expect(asObject(await countColumnValues(path, 0, 3))).toEqual({ AB: 2 });
});

test('counts exactly what readCsv reads, whatever the text and the chunk size', async () => {
  const cell = fc.oneof(
    fc.constantFrom('', 'A', 'B', ' A', 'A,B', 'x"y', 'multi\nline', 'cr\r\nlf', 'é', '""'),
    fc.string({ maxLength: 4 }),
  );
  const quoted = (s: string) => (/[",\r\n]/.test(s) || s === '' ? `"${s.replaceAll('"', '""')}"` : s);
  const row = fc.array(cell, { minLength: 1, maxLength: 4 });
  await fc.assert(
    fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.integer({ min: 1, max: 9 }), async (rows, eol, chunk) => {
      const text = rows.map((r) => r.map(quoted).join(',')).join(eol) + eol;
      const path = file(text);
      const expected = new Map<string, number>();
      let header = true;
      for await (const batch of readCsv(path)) {
        for (const record of batch) {
          if (header) header = false;
          else expected.set((record[1] ?? '').trim(), (expected.get((record[1] ?? '').trim()) ?? 0) + 1);
        }
      }
      expect(asObject(await countColumnValues(path, 1, chunk))).toEqual(asObject(expected));
    }),
    { numRuns: 200 },
  );
});
