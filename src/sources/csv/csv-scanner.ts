/**
 * A byte-level streaming RFC 4180 reader. csv-parse reads about 11 MB/s; scanning Buffers directly
 * and decoding only finished fields reads a 341 MB export in a few seconds (see STACK.md).
 *
 * Fields are decoded from bytes only once they are complete, so a multi-byte UTF-8 character split
 * across two chunks is never cut. Only the unfinished field is carried to the next chunk, so memory
 * stays bounded by the chunk size plus the longest field.
 * @module
 */
import { open } from 'node:fs/promises';

/**
 * Node's own slice decoders, which `buf.toString(enc, start, end)` wraps with argument checks that
 * cost as much as the decoding itself at 25 fields a row. They have been on Buffer.prototype since
 * Node 0.x; the public call is the fallback.
 */
interface SliceDecoders {
  latin1Slice?(start: number, end: number): string;
  utf8Slice?(start: number, end: number): string;
}
const proto = Buffer.prototype as unknown as SliceDecoders;
const FAST = typeof proto.latin1Slice === 'function' && typeof proto.utf8Slice === 'function';
/** Decodes bytes known to be ASCII (latin1 of ASCII is the same text, and much cheaper). */
const ascii = (b: Buffer, start: number, end: number): string =>
  FAST
    ? (b as unknown as Required<SliceDecoders>).latin1Slice(start, end)
    : b.toString('latin1', start, end);
const utf8 = (b: Buffer, start: number, end: number): string =>
  FAST
    ? (b as unknown as Required<SliceDecoders>).utf8Slice(start, end)
    : b.toString('utf8', start, end);

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/** Why a file cannot be read as CSV at all. */
export type CsvReadFailure = 'empty' | 'binary' | 'utf16' | 'field_too_long';

/** Thrown by {@link readCsv} for input that is not a CSV text file. */
export class CsvReadError extends Error {
  constructor(
    readonly reason: CsvReadFailure,
    message: string,
  ) {
    super(message);
    this.name = 'CsvReadError';
  }
}

/** Bytes read so far and the file's size: pass one in and read it while batches arrive. */
export interface CsvProgress {
  bytesRead: number;
  totalBytes: number;
}

export interface ReadCsvOptions {
  /** Bytes per read; a batch holds the records completed by one chunk. Default 1 MiB. */
  readonly chunkSize?: number;
  /** Updated in place after every chunk (for a progress bar). */
  readonly progress?: CsvProgress;
  /** A field longer than this means a runaway quote, not data. Default 64 MiB. */
  readonly maxFieldBytes?: number;
  /**
   * Where to start: a byte offset the caller knows to be a record boundary (a second reader's part
   * of the file). No byte-order mark or text check is done there, and an empty part is no error.
   */
  readonly start?: number;
  /** Stop at a byte offset if a record ends exactly there (see {@link CsvSplit}). */
  readonly split?: CsvSplit;
  /**
   * Columns not to decode (true at their index): they read as ''. Each yielded batch's record bytes
   * are then put in `spans`, so a caller can decode a whole record after all ({@link parseCsvRecord}).
   */
  readonly skip?: { readonly columns: readonly boolean[]; readonly spans: CsvSpans };
}

/** Where each record of the batch just yielded lies: `buffer.subarray(starts[k], ends[k])`. */
export interface CsvSpans {
  buffer: Buffer;
  starts: number[];
  ends: number[];
}

/**
 * A byte offset where another reader takes over, if a record ends there. The reader stops at `at`
 * and sets `atBoundary` true when a record ends there; when `at` falls inside a record (a quoted
 * line break), it sets `atBoundary` false and reads on to the end of the file.
 */
export interface CsvSplit {
  readonly at: number;
  atBoundary: boolean | null;
}

/**
 * The scanner's state between chunks: finished records, the fields of the unfinished record, and
 * the bytes of the unfinished field.
 */
class CsvScanner {
  private fields: string[] = [];
  private carry: Buffer | null = null;
  /** The last byte consumed was a comma: another field follows, even if it is empty. */
  private afterComma = false;

  constructor(
    private readonly maxFieldBytes: number,
    private readonly skip: { readonly columns: readonly boolean[]; readonly spans: CsvSpans } | null = null,
  ) {}

  /** Scans `chunk` (after any carried bytes) and returns the records it completed. */
  feed(chunk: Buffer, final: boolean): string[][] {
    if (this.skip !== null) return this.feedSkipping(chunk, final, this.skip.columns, this.skip.spans);
    const buf = this.carry === null ? chunk : Buffer.concat([this.carry, chunk]);
    this.carry = null;
    const records: string[][] = [];
    const n = buf.length;
    let fields = this.fields;
    let i = 0;
    while (i < n) {
      const c = buf[i];
      // A line break where a record would start is a blank line: skip it (also the LF of a CRLF
      // whose CR ended the previous chunk).
      if (fields.length === 0 && (c === LF || c === CR)) {
        i++;
        continue;
      }
      let end: number; // index of the delimiter after the field, or n
      if (c === QUOTE) {
        const r = scanQuoted(buf, i, final);
        if (r === null) break;
        fields.push(r.value);
        this.afterComma = false;
        end = r.end;
      } else {
        end = i;
        let high = 0; // OR of all bytes: below 0x80 means plain ASCII
        while (end < n) {
          const b = buf[end] as number;
          if (b === COMMA || b === LF || b === CR) break;
          high |= b;
          end++;
        }
        if (end === n && !final) break;
        fields.push(plainField(buf, i, end, high));
        this.afterComma = false;
      }
      if (end >= n) {
        i = n;
        break;
      }
      const d = buf[end];
      if (d === COMMA) {
        i = end + 1;
        this.afterComma = true;
        continue;
      }
      records.push(fields);
      fields = [];
      i = d === CR && buf[end + 1] === LF ? end + 2 : end + 1;
    }
    if (i < n) {
      if (n - i > this.maxFieldBytes) {
        throw new CsvReadError(
          'field_too_long',
          `a field is longer than ${this.maxFieldBytes} bytes: probably a quote that is never closed`,
        );
      }
      this.carry = Buffer.from(buf.subarray(i));
    }
    if (final && fields.length > 0) {
      // A comma as the very last byte of the input ends the record with an empty field.
      if (this.afterComma) fields.push('');
      this.afterComma = false;
      records.push(fields);
      fields = [];
    }
    this.fields = fields;
    return records;
  }

  /**
   * {@link feed}, leaving skipped columns undecoded and noting each record's bytes. An unfinished
   * record is carried whole (and scanned again), so every record lies in one buffer.
   */
  private feedSkipping(chunk: Buffer, final: boolean, skip: readonly boolean[], spans: CsvSpans): string[][] {
    const buf = this.carry === null ? chunk : Buffer.concat([this.carry, chunk]);
    this.carry = null;
    spans.buffer = buf;
    spans.starts = [];
    spans.ends = [];
    const records: string[][] = [];
    const n = buf.length;
    let fields: string[] = [];
    let afterComma = false;
    let start = 0;
    let i = 0;
    while (i < n) {
      const c = buf[i];
      if (fields.length === 0) {
        if (c === LF || c === CR) {
          i++;
          continue;
        }
        start = i;
      }
      let end: number;
      if (skip[fields.length] === true) {
        end = c === QUOTE ? quotedEnd(buf, i, final) : i;
        if (end === -1) break;
        while (end < n) {
          const b = buf[end];
          if (b === COMMA || b === LF || b === CR) break;
          end++;
        }
        if (end === n && !final) break;
        fields.push('');
      } else if (c === QUOTE) {
        const r = scanQuoted(buf, i, final);
        if (r === null) break;
        fields.push(r.value);
        end = r.end;
      } else {
        end = i;
        let high = 0;
        while (end < n) {
          const b = buf[end] as number;
          if (b === COMMA || b === LF || b === CR) break;
          high |= b;
          end++;
        }
        if (end === n && !final) break;
        fields.push(plainField(buf, i, end, high));
      }
      afterComma = false;
      if (end >= n) {
        i = n;
        break;
      }
      const d = buf[end];
      if (d === COMMA) {
        i = end + 1;
        afterComma = true;
        continue;
      }
      i = d === CR && buf[end + 1] === LF ? end + 2 : end + 1;
      records.push(fields);
      spans.starts.push(start);
      spans.ends.push(i);
      fields = [];
    }
    if (final && fields.length > 0) {
      if (afterComma) fields.push('');
      records.push(fields);
      spans.starts.push(start);
      spans.ends.push(n);
    } else if (i < n || fields.length > 0) {
      const from = fields.length > 0 ? start : i;
      if (n - from > this.maxFieldBytes) {
        throw new CsvReadError(
          'field_too_long',
          `a field is longer than ${this.maxFieldBytes} bytes: probably a quote that is never closed`,
        );
      }
      this.carry = Buffer.from(buf.subarray(from));
    }
    return records;
  }

  /** Nothing carried: the bytes fed so far ended with a whole record. */
  get atRecordStart(): boolean {
    return this.carry === null && this.fields.length === 0;
  }
}

/**
 * An unquoted field's text; `high` is the OR of its bytes (below 0x80: plain ASCII). Empty and
 * one-byte fields (blank columns, small counts) are common, so they need no decoder call.
 */
const plainField = (buf: Buffer, start: number, end: number, high: number): string => {
  const len = end - start;
  if (len === 0) return '';
  if (len === 1 && high < 0x80) return String.fromCharCode(high);
  return high < 0x80 ? ascii(buf, start, end) : utf8(buf, start, end);
};

/**
 * Reads a quoted field starting at `start` (the opening quote). Returns null when the chunk ends
 * before the field does. Text between the closing quote and the next delimiter is kept, as
 * spreadsheets do, rather than failing the whole file; an unclosed quote at the end of the input
 * takes the rest of it.
 */
function scanQuoted(
  buf: Buffer,
  start: number,
  final: boolean,
): { value: string; end: number } | null {
  const n = buf.length;
  let j = start + 1;
  let escaped = false;
  for (;;) {
    const q = buf.indexOf(QUOTE, j);
    if (q === -1) {
      if (!final) return null;
      return { value: unescape(utf8(buf, start + 1, n), escaped), end: n };
    }
    if (q + 1 >= n && !final) return null;
    if (buf[q + 1] === QUOTE) {
      escaped = true;
      j = q + 2;
      continue;
    }
    let value = unescape(utf8(buf, start + 1, q), escaped);
    let end = q + 1;
    while (end < n) {
      const b = buf[end];
      if (b === COMMA || b === LF || b === CR) break;
      end++;
    }
    if (end === n && !final) return null;
    if (end > q + 1) value += utf8(buf, q + 1, end);
    return { value, end };
  }
}

/**
 * The index after the closing quote of the quoted field at `start` (text up to the delimiter is the
 * caller's); the end of the input for an unclosed quote when `final`, else -1 when the chunk ends first.
 */
function quotedEnd(buf: Buffer, start: number, final: boolean): number {
  const n = buf.length;
  let j = start + 1;
  for (;;) {
    const q = buf.indexOf(QUOTE, j);
    if (q === -1) return final ? n : -1;
    if (q + 1 >= n && !final) return -1;
    if (buf[q + 1] === QUOTE) {
      j = q + 2;
      continue;
    }
    return q + 1;
  }
}

const unescape = (s: string, escaped: boolean): string => (escaped ? s.replaceAll('""', '"') : s);

const hasBom = (b: Buffer): boolean => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;

/** Refuses input that is not UTF-8 text, judged on the first chunk. */
function checkText(first: Buffer): void {
  if ((first[0] === 0xff && first[1] === 0xfe) || (first[0] === 0xfe && first[1] === 0xff)) {
    throw new CsvReadError('utf16', 'the file is UTF-16 text; save it as UTF-8 CSV');
  }
  if (first.includes(0)) {
    throw new CsvReadError('binary', 'the file is binary (it contains NUL bytes), not a CSV');
  }
}

/**
 * Parses a whole CSV text at once: for small inputs and tests.
 * @example parseCsvText('a,b\n1,"x,y"\n') // [['a','b'],['1','x,y']]
 */
export function parseCsvText(text: string): string[][] {
  let buf = Buffer.from(text, 'utf8');
  if (hasBom(buf)) buf = buf.subarray(3);
  return new CsvScanner(Number.MAX_SAFE_INTEGER).feed(buf, true);
}

/**
 * The fields of one record's bytes (from a {@link CsvSpans}), every column decoded.
 * @example parseCsvRecord(spans.buffer.subarray(spans.starts[0], spans.ends[0]))
 */
export function parseCsvRecord(bytes: Buffer): string[] {
  return new CsvScanner(Number.MAX_SAFE_INTEGER).feed(bytes, true)[0] ?? [];
}

/**
 * Streams a CSV file as batches of records (arrays of fields); the header is the first record of
 * the first batch. Blank lines are skipped. Throws {@link CsvReadError} for an empty, binary or
 * UTF-16 file.
 * @example
 * for await (const batch of readCsv('tickets.csv')) for (const record of batch) use(record);
 */
export async function* readCsv(
  path: string,
  options: ReadCsvOptions = {},
): AsyncGenerator<readonly string[][]> {
  // At least 4 bytes, so that the first chunk holds a whole byte-order mark.
  const chunkSize = Math.max(4, options.chunkSize ?? 1 << 20);
  const progress = options.progress ?? { bytesRead: 0, totalBytes: 0 };
  const scanner = new CsvScanner(options.maxFieldBytes ?? 64 << 20, options.skip ?? null);
  const split = options.split ?? null;
  const handle = await open(path, 'r');
  try {
    progress.totalBytes = (await handle.stat()).size;
    progress.bytesRead = 0;
    let position = options.start ?? 0;
    let first = position === 0;
    let any = position > 0;
    for (;;) {
      if (split !== null && split.atBoundary === null && position >= split.at) {
        split.atBoundary = scanner.atRecordStart;
        if (split.atBoundary) break;
      }
      // Reads end at the split offset, so the scanner's state there can be asked.
      const size = split !== null && split.atBoundary === null ? Math.min(chunkSize, split.at - position) : chunkSize;
      // A fresh buffer per read: the scanner may keep a view of the previous one.
      const chunk = Buffer.allocUnsafe(size);
      const { bytesRead } = await handle.read(chunk, 0, size, position);
      position += bytesRead;
      progress.bytesRead += bytesRead;
      let data = chunk.subarray(0, bytesRead);
      if (first) {
        checkText(data);
        if (hasBom(data)) data = data.subarray(3);
        first = false;
      }
      const records = scanner.feed(data, bytesRead === 0);
      if (records.length > 0) {
        any = true;
        yield records;
      }
      if (bytesRead === 0) break;
    }
    if (!any) throw new CsvReadError('empty', 'the file is empty');
  } finally {
    await handle.close();
  }
}
