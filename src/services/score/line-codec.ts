/**
 * An account's ticket lines as stored beside its rollup, in numbered parts; a rescore after an
 * import appends a small part (the changed tickets' new lines, the keys of their old ones) instead
 * of writing the account's every line again. A part is bytes: a little JSON (the keys, each line's
 * type and severity as two digits, the keys of earlier parts' lines it drops), then the lines'
 * numbers (see `line-numbers.ts`) as binary, exact (as decimal text they were most of a patch's
 * cost; as base64 inside JSON, a quarter more bytes and a decoding on every read). As float64 rows
 * they were ~186 bytes a line, and a full rescore writes every account's lines and a patch reads
 * them; most of a line's numbers are small integers, so they are kept column by column, each
 * column in the narrowest type exact for its values in the part (see `column-codec.ts`): ~78 bytes
 * a line, the types chosen in one pass over the numbers already gathered. Lines keep the order they
 * were added in (ticket order), and each carries its source's length so that the order can be kept
 * when lines are patched. A stored line has no subject (it reads back as null): the figures rolled
 * up from stored lines never read one, and the explanation names its tickets from the tickets
 * themselves.
 * @module
 */
import { SEVERITIES, type Severity, TICKET_TYPES, type TicketType } from '../../core/model.js';
import type { TicketLine } from '../../core/scoring/ticket-line.js';
import { columnTypes, columnsSize, readColumns, writeColumns } from './column-codec.js';
import { LINE_NUMBERS, putLineNumbers, readLineNumbers } from './line-numbers.js';

/** One of each for every part: making a decoder per part was a third of decoding the words. */
const UTF8_IN = new TextDecoder();
const UTF8_OUT = new TextEncoder();

/** A line with the ticket's source and external id apart, as ticket order compares them. */
export interface KeyedLine {
  readonly source: string;
  readonly externalId: string;
  readonly line: TicketLine;
}

/** What a part keeps as text, as JSON before its numbers. */
interface PartWords {
  /** Ticket keys. */
  readonly k: readonly string[];
  /** Each line's type and severity as one digit each: indexes into TICKET_TYPES and SEVERITIES. */
  readonly c: string;
  /** Keys of tickets whose lines in the earlier parts are gone (changed or moved away): a patch. */
  readonly x: readonly string[];
}

/** One stored part of an account's lines. */
export interface LinesPart {
  readonly lines: KeyedLine[];
  /** Keys whose lines in the earlier parts this part drops. */
  readonly dropped: readonly string[];
}

/** Numbers per line: the length of its source (to split its key again), then the line's. */
const WIDTH = 1 + LINE_NUMBERS;

/**
 * Byte 0: the layout's version; bytes 4–7: the words' JSON length (little-endian); in version 6,
 * bytes 8–28: each number's column type (see `column-codec.ts`); then the JSON; then, from the next
 * multiple of 8, the numbers: as columns in version 6, as rows of little-endian float64 in version 5
 * (still read: parts stored before are read until the account's lines are written again).
 */
const VERSION = 6;
const V5 = 5;
const HEAD = 8;
const HEAD_V6 = HEAD + WIDTH;
const align8 = (n: number): number => (n + 7) & ~7;

const TYPE_CODE: ReadonlyMap<TicketType, number> = new Map(TICKET_TYPES.map((t, i) => [t, i]));
const SEVERITY_CODE: ReadonlyMap<Severity, number> = new Map(SEVERITIES.map((s, i) => [s, i]));

/** Lines gathered column by column as they come, to be stored as one part. */
export class LineColumns {
  readonly #k: string[] = [];
  #c = '';
  #n = new Float64Array(WIDTH * 8);

  get size(): number {
    return this.#k.length;
  }

  push(source: string, l: TicketLine): void {
    const at = this.#k.length * WIDTH;
    this.#k.push(l.key);
    this.#c += `${TYPE_CODE.get(l.type) ?? 0}${SEVERITY_CODE.get(l.severity) ?? 0}`;
    if (at + WIDTH > this.#n.length) {
      const grown = new Float64Array(this.#n.length * 2);
      grown.set(this.#n);
      this.#n = grown;
    }
    this.#n[at] = source.length;
    putLineNumbers(this.#n, at + 1, l);
  }

  /**
   * The part's bytes, in an array of its own (the thread that spills lines hands the buffer over).
   * @param dropped keys whose lines in the account's earlier parts this part replaces or removes
   */
  encode(dropped: readonly string[] = []): Uint8Array {
    const words: PartWords = { k: this.#k, c: this.#c, x: dropped };
    const json = UTF8_OUT.encode(JSON.stringify(words));
    const rows = this.#k.length;
    const types = columnTypes(this.#n, rows, WIDTH);
    const start = align8(HEAD_V6 + json.length);
    const out = new Uint8Array(start + columnsSize(types, rows));
    out[0] = VERSION;
    new DataView(out.buffer).setUint32(4, json.length, true);
    out.set(types, HEAD);
    out.set(json, HEAD_V6);
    writeColumns(this.#n, rows, types, out, start);
    return out;
  }
}

/** @example decodeLines(encodeLines(lines)) // { lines, dropped: [] }, the same lines (without subjects) */
export const encodeLines = (lines: readonly KeyedLine[], dropped: readonly string[] = []): Uint8Array => {
  const columns = new LineColumns();
  for (const { source, line } of lines) columns.push(source, line);
  return columns.encode(dropped);
};

const isWords = (w: unknown): w is PartWords => {
  const p = w as Partial<PartWords> | null;
  return Array.isArray(p?.k) && typeof p?.c === 'string' && Array.isArray(p?.x) && p.c.length === p.k.length * 2;
};

/** Null when the bytes are not a lines part of either layout (or are damaged): the account is then read again. */
export const decodeLines = (bytes: Uint8Array): LinesPart | null => {
  if (!(bytes instanceof Uint8Array) || bytes.length < HEAD) return null;
  const version = bytes[0];
  const head = version === VERSION ? HEAD_V6 : HEAD;
  if ((version !== VERSION && version !== V5) || bytes.length < head) return null;
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  const start = align8(head + length);
  if (start > bytes.length) return null;
  let words: unknown;
  try {
    words = JSON.parse(UTF8_IN.decode(bytes.subarray(head, head + length)));
  } catch {
    return null;
  }
  if (!isWords(words)) return null;
  const { k, c } = words;
  const n = version === VERSION ? v6Numbers(bytes, start, k.length) : v5Numbers(bytes, start, k.length);
  if (n === null) return null;
  const out: KeyedLine[] = [];
  for (let i = 0; i < k.length; i++) {
    const at = i * WIDTH;
    const key = k[i] as string;
    const sourceLength = n[at] as number;
    const type = TICKET_TYPES[c.charCodeAt(2 * i) - 48];
    const severity = SEVERITIES[c.charCodeAt(2 * i + 1) - 48];
    if (type === undefined || severity === undefined) return null;
    out.push({
      source: key.slice(0, sourceLength),
      externalId: key.slice(sourceLength + 1),
      line: readLineNumbers(n, at + 1, { key, subject: null, type, severity }),
    });
  }
  return { lines: out, dropped: words.x };
};

/**
 * Numbers are read into one array from part to part (a part's lines are built before the next part
 * is read): a new array for each part was half the time of reading its columns. Large parts get their
 * own array, so that the one kept stays small.
 */
let kept = new Float64Array(WIDTH * 256);
const KEEP_AT_MOST = WIDTH * 4096;

const v6Numbers = (bytes: Uint8Array, start: number, rows: number): Float64Array | null => {
  const length = rows * WIDTH;
  if (length > kept.length && length <= KEEP_AT_MOST) kept = new Float64Array(Math.min(KEEP_AT_MOST, Math.max(length, kept.length * 2)));
  const n = length <= kept.length ? kept : new Float64Array(length);
  return readColumns(bytes, start, rows, bytes.subarray(HEAD, HEAD_V6), n) ? n : null;
};

/** A version 5 part's numbers: a view where the bytes are aligned for float64, else a copy. */
const v5Numbers = (bytes: Uint8Array, start: number, rows: number): Float64Array | null => {
  if (bytes.length - start !== rows * WIDTH * 8) return null;
  return (bytes.byteOffset + start) % 8 === 0
    ? new Float64Array(bytes.buffer, bytes.byteOffset + start, rows * WIDTH)
    : new Float64Array(bytes.slice(start).buffer);
};
