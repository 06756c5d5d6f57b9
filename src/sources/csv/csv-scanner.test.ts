import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { type CsvProgress, CsvReadError, type CsvSpans, type CsvSplit, parseCsvRecord, parseCsvText, readCsv } from './csv-scanner.js';

const dir = mkdtempSync(join(tmpdir(), 'csv-scanner-'));
let fileNo = 0;
const writeTemp = (content: string | Buffer): string => {
  const path = join(dir, `f${fileNo++}.csv`);
  writeFileSync(path, content);
  return path;
};

const readAll = async (path: string, chunkSize?: number): Promise<string[][]> => {
  const out: string[][] = [];
  const options = chunkSize === undefined ? {} : { chunkSize };
  for await (const batch of readCsv(path, options)) out.push(...batch);
  return out;
};

test('quoted fields keep commas, doubled quotes and line breaks', () => {
  const text = 'id,body\n1,"a, b"\n2,"say ""hi"""\n3,"line one\r\nline two"\n';
  expect(parseCsvText(text)).toEqual([
    ['id', 'body'],
    ['1', 'a, b'],
    ['2', 'say "hi"'],
    ['3', 'line one\r\nline two'],
  ]);
});

test('CRLF and LF line ends, a missing final newline and trailing blank lines read the same', () => {
  const expected = [
    ['a', 'b'],
    ['1', '2'],
  ];
  expect(parseCsvText('a,b\r\n1,2\r\n')).toEqual(expected);
  expect(parseCsvText('a,b\n1,2')).toEqual(expected);
  expect(parseCsvText('a,b\n1,2\n\n\r\n\n')).toEqual(expected);
});

test('empty fields, including a trailing comma at the very end, are kept', () => {
  expect(parseCsvText('a,b,c\n,,\n1,,')).toEqual([
    ['a', 'b', 'c'],
    ['', '', ''],
    ['1', '', ''],
  ]);
});

test('a UTF-8 byte-order mark is not part of the first header', async () => {
  expect(parseCsvText('\uFEFFid,name\n1,x\n')[0]).toEqual(['id', 'name']);
  const path = writeTemp(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('id\n1\n')]));
  expect(await readAll(path, 1)).toEqual([['id'], ['1']]);
});

test('text after a closing quote is kept rather than failing the file', () => {
  expect(parseCsvText('"ab"c,d\n')).toEqual([['abc', 'd']]);
});

test('multi-byte characters split across chunk boundaries decode whole', async () => {
  const text = 'name,city\n"Zoë ☃",Düsseldorf 😀\nÅse,"Malmö\n✓"\n';
  const path = writeTemp(text);
  for (const size of [4, 5, 6, 7, 11]) {
    expect(await readAll(path, size)).toEqual([
      ['name', 'city'],
      ['Zoë ☃', 'Düsseldorf 😀'],
      ['Åse', 'Malmö\n✓'],
    ]);
  }
});

test('a CRLF split between two chunks does not make an extra record', async () => {
  const path = writeTemp('ab\r\ncd\r\n');
  expect(await readAll(path, 4)).toEqual([['ab'], ['cd']]);
});

test('a comma that ends the last chunk still adds an empty last field', async () => {
  const path = writeTemp('abcd,');
  expect(await readAll(path, 5)).toEqual([['abcd', '']]);
});

test('the header is the first record of the first batch and batches follow the chunks', async () => {
  const path = writeTemp('h1,h2\n' + 'xx,yy\n'.repeat(100));
  const batches: (readonly string[][])[] = [];
  for await (const batch of readCsv(path, { chunkSize: 60 })) batches.push(batch);
  expect(batches[0]?.[0]).toEqual(['h1', 'h2']);
  expect(batches.length).toBeGreaterThan(5);
  expect(batches.reduce((n, b) => n + b.length, 0)).toBe(101);
});

test('progress reports bytes read against the file size', async () => {
  const content = 'a\n' + '1\n'.repeat(500);
  const path = writeTemp(content);
  const progress: CsvProgress = { bytesRead: 0, totalBytes: 0 };
  const seen: number[] = [];
  for await (const _ of readCsv(path, { chunkSize: 100, progress })) seen.push(progress.bytesRead);
  expect(progress.totalBytes).toBe(1002);
  expect(progress.bytesRead).toBe(1002);
  expect(seen[0]).toBe(100);
});

const failureOf = async (path: string): Promise<string> => {
  try {
    await readAll(path);
  } catch (e) {
    if (e instanceof CsvReadError) return e.reason;
    throw e;
  }
  return 'no error';
};

test('empty, blank-only, binary and UTF-16 files are refused with a reason', async () => {
  expect(await failureOf(writeTemp(''))).toBe('empty');
  expect(await failureOf(writeTemp('\uFEFF\n\r\n\n'))).toBe('empty');
  expect(await failureOf(writeTemp(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])))).toBe(
    'binary',
  );
  expect(await failureOf(writeTemp(Buffer.from('\uFEFFid\n', 'utf16le')))).toBe('utf16');
});

test('a quote that never closes fails once the field outgrows the limit', async () => {
  const path = writeTemp('id,body\n1,"' + 'x'.repeat(5000));
  await expect(async () => {
    for await (const _ of readCsv(path, { chunkSize: 256, maxFieldBytes: 1000 })) void _;
  }).rejects.toThrow(/never closed/);
});

/** Writes a table as RFC 4180 CSV: quote a field only when it needs it. */
const toCsv = (rows: string[][], eol: string): string =>
  rows
    .map((r) =>
      r.map((f) => (/[",\r\n]/.test(f) || f === '' ? `"${f.replaceAll('"', '""')}"` : f)).join(','),
    )
    .join(eol) + eol;

test('any table of strings written as CSV reads back identically, whatever the chunk size', async () => {
  const field = fc.string({ unit: fc.constantFrom('a', 'é', '😀', ',', '"', '\n', '\r', ' ', 'x') });
  const table = fc
    .integer({ min: 1, max: 4 })
    .chain((width) =>
      fc.array(fc.array(field, { minLength: width, maxLength: width }), {
        minLength: 1,
        maxLength: 8,
      }),
    );
  await fc.assert(
    fc.asyncProperty(
      table,
      fc.integer({ min: 4, max: 40 }),
      fc.constantFrom('\n', '\r\n'),
      async (rows, chunkSize, eol) => {
        const path = writeTemp(toCsv(rows, eol));
        expect(await readAll(path, chunkSize)).toEqual(rows);
      },
    ),
    { numRuns: 300 },
  );
});

test('skipped columns read as empty, and each record\'s bytes decode to the whole record, whatever the chunk size', async () => {
  const field = fc.string({ unit: fc.constantFrom('a', 'é', ',', '"', '\n', '\r', 'x') });
  const table = fc
    .integer({ min: 1, max: 4 })
    .chain((width) =>
      fc.tuple(
        fc.array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: width, maxLength: width }),
      ),
    );
  await fc.assert(
    fc.asyncProperty(table, fc.integer({ min: 4, max: 40 }), fc.constantFrom('\n', '\r\n'), async ([rows, columns], chunkSize, eol) => {
      const path = writeTemp(toCsv(rows, eol));
      const spans: CsvSpans = { buffer: Buffer.alloc(0), starts: [], ends: [] };
      const read: string[][] = [];
      const whole: string[][] = [];
      for await (const batch of readCsv(path, { chunkSize, skip: { columns, spans } })) {
        batch.forEach((record, k) => {
          read.push(record);
          whole.push(parseCsvRecord(spans.buffer.subarray(spans.starts[k], spans.ends[k])));
        });
      }
      expect(read).toEqual(rows.map((r) => r.map((f, i) => (columns[i] === true ? '' : f))));
      expect(whole).toEqual(rows);
    }),
    { numRuns: 300 },
  );
});

test('a split offset where a record ends stops the read there; one inside a quoted field reads on to the end', async () => {
  const text = 'id,body\n1,"a\nb"\n2,c\n';
  const path = writeTemp(text);
  const read = async (split: CsvSplit) => {
    const out: string[][] = [];
    for await (const batch of readCsv(path, { chunkSize: 4, split })) out.push(...batch);
    return out;
  };
  const atEnd: CsvSplit = { at: text.indexOf('2,c'), atBoundary: null };
  expect(await read(atEnd)).toEqual([['id', 'body'], ['1', 'a\nb']]);
  expect(atEnd.atBoundary).toBe(true);
  const inside: CsvSplit = { at: text.indexOf('b"'), atBoundary: null };
  expect(await read(inside)).toEqual([['id', 'body'], ['1', 'a\nb'], ['2', 'c']]);
  expect(inside.atBoundary).toBe(false);
});

test('a read from a record boundary gives the records after it, with no header check', async () => {
  const text = 'id,body\n1,"a\nb"\n2,c\n';
  const out: string[][] = [];
  for await (const batch of readCsv(writeTemp(text), { start: text.indexOf('2,c') })) out.push(...batch);
  expect(out).toEqual([['2', 'c']]);
});
