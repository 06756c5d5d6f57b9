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
import { LINE_NUMBERS, putLineNumbers, readLine, readLineNumbers } from './line-numbers.js';
import { compareKeys } from './ticket-order.js';

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

/** Where a part's numbers are, after its words (checked). */
interface PartHead {
  readonly words: PartWords;
  readonly version: number;
  /** Offset of the numbers. */
  readonly start: number;
}

/** A part's words, checked; null when the bytes are not a part. */
const readHead = (bytes: Uint8Array): PartHead | null => {
  if (!(bytes instanceof Uint8Array) || bytes.length < HEAD) return null;
  const version = bytes[0] as number;
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
  return isWords(words) ? { words, version, start } : null;
};

/** Null when the bytes are not a lines part of either layout (or are damaged): the account is then read again. */
export const decodeLines = (bytes: Uint8Array): LinesPart | null => {
  const head = readHead(bytes);
  if (head === null) return null;
  const { words, version, start } = head;
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

const COLON = 58;

/**
 * An account's lines read from its parts into columns, without a line object or two substrings per
 * line (those, and sorting them, were about half a patch): a line's source is one string shared by
 * the lines of that source, and `line(i)` builds a line object only as the tally takes it.
 * Reads the same lines as `decodeLines` part after part, each part first dropping the earlier lines
 * it names. Dropping and sorting lines moves their row numbers, not the rows.
 */
export class LineRows {
  // Each row read: its key, source, type, severity and (in `#n`) WIDTH numbers. Written by index up
  // to `#rows` and never cut short: an array cut to length 0 lets its storage go, and every account
  // grew it again.
  readonly #keys: string[] = [];
  readonly #sources: string[] = [];
  readonly #types: TicketType[] = [];
  readonly #severities: Severity[] = [];
  #rows = 0;
  /** Kept from account to account (grown, never shrunk). */
  #n = new Float64Array(WIDTH * 1024);
  /** The lines, as rows: the first `#size`. */
  #order = new Int32Array(1024);
  #size = 0;
  /** Where a sort merges `#order` to. */
  #spare = new Int32Array(1024);

  /** Lines. */
  get size(): number {
    return this.#size;
  }

  /** Line `i`'s ticket key (`ticketKey`). */
  key(i: number): string {
    return this.#keys[this.#order[i] as number] as string;
  }

  /** Line `i`'s source: one string for the lines of one source, so that `===` finds most equal ones. */
  source(i: number): string {
    return this.#sources[this.#order[i] as number] as string;
  }

  /** Forgets every line, keeping the arrays for the next account. */
  clear(): void {
    this.#rows = 0;
    this.#size = 0;
  }

  /**
   * Reads a part's lines after those read so far, having dropped the earlier lines it names. False
   * when the bytes are not a part, or when a key is not its source, a colon and its id as the line's
   * source length says (as `ticketKey` makes them): ticket order is found by comparing keys, which
   * needs that.
   */
  read(bytes: Uint8Array): boolean {
    const head = readHead(bytes);
    if (head === null) return false;
    const { words, version, start } = head;
    if (words.x.length > 0) this.drop(new Set(words.x));
    const { k, c } = words;
    const at = this.#rows;
    const rows = k.length;
    if ((at + rows) * WIDTH > this.#n.length) this.#grow(at + rows);
    const n = this.#n;
    if (version === VERSION) {
      if (!readColumns(bytes, start, rows, bytes.subarray(HEAD, HEAD_V6), n.subarray(at * WIDTH))) return false;
    } else {
      const v5 = v5Numbers(bytes, start, rows);
      if (v5 === null) return false;
      n.set(v5, at * WIDTH);
    }
    const keys = this.#keys;
    const sources = this.#sources;
    const order = this.#order;
    let source = at === 0 ? '' : (sources[at - 1] as string);
    let size = this.#size;
    for (let i = 0; i < rows; i++) {
      const key = k[i] as string;
      const row = at + i;
      const length = n[row * WIDTH] as number;
      if (!(Number.isInteger(length) && length >= 0 && key.charCodeAt(length) === COLON)) return false;
      if (source.length !== length || !key.startsWith(source)) source = key.slice(0, length);
      const type = TICKET_TYPES[c.charCodeAt(2 * i) - 48];
      const severity = SEVERITIES[c.charCodeAt(2 * i + 1) - 48];
      if (type === undefined || severity === undefined) return false;
      keys[row] = key;
      sources[row] = source;
      this.#types[row] = type;
      this.#severities[row] = severity;
      order[size++] = row;
    }
    this.#rows = at + rows;
    this.#size = size;
    return true;
  }

  /** Drops the lines whose key is in `keys`, keeping the others' order; returns the dropped lines' keys, in order. */
  drop(keys: { has(key: string): boolean }): string[] {
    const dropped: string[] = [];
    const order = this.#order;
    const size = this.#size;
    let to = 0;
    for (let from = 0; from < size; from++) {
      const row = order[from] as number;
      const key = this.#keys[row] as string;
      if (keys.has(key)) dropped.push(key);
      else order[to++] = row;
    }
    this.#size = to;
    return dropped;
  }

  /**
   * Sorts the lines in ticket order (`byTicketOrder`), ties in their order now, as a stable sort
   * does. Lines come in a few runs already in order (each part is, and a patch's lines are placed
   * again): the runs are found and merged.
   */
  sortInTicketOrder(): void {
    let from = this.#order;
    const size = this.#size;
    let starts: number[] = [0];
    for (let i = 1; i < size; i++) if (this.#compare(from[i - 1] as number, from[i] as number) > 0) starts.push(i);
    if (starts.length === 1) return;
    let to = this.#spare;
    while (starts.length > 1) {
      const merged: number[] = [];
      for (let r = 0; r < starts.length; r += 2) {
        const lo = starts[r] as number;
        const mid = starts[r + 1] ?? size;
        const hi = starts[r + 2] ?? size;
        merged.push(lo);
        let i = lo;
        let j = mid;
        let o = lo;
        // The earlier run's line first on a tie.
        while (i < mid && j < hi) to[o++] = this.#compare(from[i] as number, from[j] as number) <= 0 ? (from[i++] as number) : (from[j++] as number);
        while (i < mid) to[o++] = from[i++] as number;
        while (j < hi) to[o++] = from[j++] as number;
      }
      [from, to] = [to, from];
      starts = merged;
    }
    this.#order = from;
    this.#spare = to;
  }

  /** Line `i` as `decodeLines` reads it (no subject). */
  line(i: number): TicketLine {
    const row = this.#order[i] as number;
    return readLine(this.#n, row * WIDTH + 1, this.#keys[row] as string, null, this.#types[row] as TicketType, this.#severities[row] as Severity);
  }

  #compare(a: number, b: number): number {
    return compareKeys(this.#sources[a] as string, this.#keys[a] as string, this.#sources[b] as string, this.#keys[b] as string);
  }

  /** Room for `rows` rows. */
  #grow(rows: number): void {
    const capacity = Math.max(rows, 2 * (this.#n.length / WIDTH));
    const n = new Float64Array(capacity * WIDTH);
    n.set(this.#n);
    this.#n = n;
    const order = new Int32Array(capacity);
    order.set(this.#order);
    this.#order = order;
    this.#spare = new Int32Array(capacity);
  }
}

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
