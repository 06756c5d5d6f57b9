/**
 * The rows of a canonical tickets CSV for scoring: each good row as a Ticket together with its CSV
 * fields (so optional columns are read by index, with no raw-row object per row), each bad row
 * counted as a rejection. Header checks, field-count checks and row parsing are the import's own
 * (`planColumns`, `canonicalRow`, `parseTicketRow`), so a row is refused here exactly when, and
 * with the message with which, `import tickets` would refuse it.
 * @module
 */
import type { Config } from '../../../config/schema.js';
import type { Ticket } from '../../../core/model.js';
import { normalizeHeader } from '../../../sources/csv/canonical-headers.js';
import { canonicalRow, planColumns } from '../../../sources/csv/column-plan.js';
import { CsvReadError, type CsvSpans, type CsvSplit, parseCsvRecord, type ReadCsvOptions, readCsv } from '../../../sources/csv/csv-scanner.js';
import { createDateReader } from '../../../sources/csv/dates.js';
import type { RowContext } from '../../../sources/csv/field-reader.js';
import { parseTicketRow } from '../../../sources/csv/parse-ticket-row.js';
import { SourceFormatError } from '../../../sources/source.js';
import { type Rejections, reject } from '../read-file-records.js';
import { leanTicketReader } from './lean-ticket-row.js';

/** Called with the header once; returns what takes each good row. */
export type TicketRowsStart = (header: readonly string[]) => (ticket: Ticket, fields: readonly string[]) => void;

/**
 * Which rows: the whole file; its head, up to a split offset when a record ends there (else the
 * whole file); or its tail from a record boundary, with the header the head read.
 */
export type RowRange =
  | { readonly kind: 'all' }
  | { readonly kind: 'head'; readonly split: CsvSplit }
  | { readonly kind: 'tail'; readonly from: number; readonly header: readonly string[] };

/**
 * Returns the number of data rows read; a tail numbers its rows from 1 (the caller shifts them).
 * @example await readTicketRows('tickets.csv', config, rejections, (header) => (ticket, fields) => use(ticket));
 */
export const readTicketRows = async (
  path: string,
  config: Config,
  rejections: Rejections,
  start: TicketRowsStart,
  range: RowRange = { kind: 'all' },
): Promise<number> => {
  const ctx: RowContext = {
    sourceName: 'csv',
    dates: createDateReader({ timezone: config.timezone }),
    csatScale: config.csat,
  };
  const header = range.kind === 'tail' ? range.header : await readHeader(path);
  const plan = planColumns('tickets', header, null);
  if (typeof plan === 'string') throw new SourceFormatError(path, plan);
  const width = header.length;
  const column = sentimentColumn(header);
  // Without a sentiment column it is derived from the description, which a lean row leaves out.
  const lean = column === -1 ? null : leanTicketReader(plan, ctx);
  const each = start(header);
  // A lean read decodes only its columns; a row it leaves to the full parse is decoded again whole.
  const spans: CsvSpans = { buffer: Buffer.alloc(0), starts: [], ends: [] };
  const skip = lean === null ? undefined : { columns: header.map((_, i) => i !== column && !lean.columns.includes(i)), spans };
  const options: ReadCsvOptions = {
    ...(range.kind === 'tail' ? { start: range.from } : range.kind === 'head' ? { split: range.split } : {}),
    ...(skip === undefined ? {} : { skip }),
  };
  const whole = (k: number, fields: readonly string[]): readonly string[] =>
    skip === undefined ? fields : parseCsvRecord(spans.buffer.subarray(spans.starts[k], spans.ends[k]));
  let row = 0;
  let first = range.kind !== 'tail';
  try {
    for await (const records of readCsv(path, options)) {
      // The header row, read above.
      const from = first ? 1 : 0;
      first = false;
      for (let i = from; i < records.length; i++) {
        const fields = records[i] ?? [];
        row += 1;
        if (fields.length !== width) {
          reject(rejections, 'tickets', row, '', `has ${fields.length} fields, the header has ${width}`);
          continue;
        }
        const ticket = lean === null ? null : lean.read(fields);
        if (ticket !== null) {
          each(ticket, fields);
          continue;
        }
        const all = whole(i, fields);
        const result = parseTicketRow(canonicalRow(plan, all), ctx);
        if (result.ok) each(result.value, all);
        else reject(rejections, 'tickets', row, result.issues[0]?.path ?? '', result.issues[0]?.message ?? 'unreadable row');
      }
    }
  } catch (e) {
    if (e instanceof CsvReadError) throw new SourceFormatError(path, e.message);
    throw e;
  }
  return row;
};

/** The header row (read apart, so the pass knows its columns before it starts). */
const readHeader = async (path: string): Promise<readonly string[]> => {
  try {
    for await (const records of readCsv(path, { chunkSize: 1 << 16 })) return records[0] ?? [];
  } catch (e) {
    if (e instanceof CsvReadError) throw new SourceFormatError(path, e.message);
    throw e;
  }
  return [];
};

/** The first column named `sentiment` (as a raw row would give it), or -1. */
export const sentimentColumn = (header: readonly string[]): number => header.findIndex((h) => normalizeHeader(h) === 'sentiment');
