/**
 * An account's ticket lines as stored beside its rollup, in numbered parts. Each part is column
 * arrays in one JSON text (keys, types, severities), the numbers of each line (see
 * `line-numbers.ts`) as the base64 of their float64 bytes, and the keys of earlier parts' lines it
 * drops: a rescore after an import appends a small part (the changed tickets' new lines, the keys of
 * their old ones) instead of writing the account's every line again. Writing a million lines' 21
 * million numbers as decimal text was most of their cost (measured: 323 ms of a 829-account patch);
 * their bytes are copied, exact, in a few ms. Lines keep the order they were added in (ticket
 * order), and each carries its source's length so that the order can be kept when lines are patched.
 * A stored line has no subject (it reads back as null): the figures rolled up from stored lines
 * never read one, and the explanation names its tickets from the tickets themselves.
 * @module
 */
import { Buffer } from 'node:buffer';
import type { Severity, TicketType } from '../../core/model.js';
import type { TicketLine } from '../../core/scoring/ticket-line.js';
import { LINE_NUMBERS, putLineNumbers, readLineNumbers } from './line-numbers.js';

/** A line with the ticket's source and external id apart, as ticket order compares them. */
export interface KeyedLine {
  readonly source: string;
  readonly externalId: string;
  readonly line: TicketLine;
}

interface LinesBody {
  readonly v: 4;
  readonly k: readonly string[];
  readonly t: readonly TicketType[];
  readonly e: readonly Severity[];
  /** base64 of WIDTH float64 per line, NaN for null. */
  readonly n: string;
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

/** Lines gathered column by column as they come, to be stored as one text. */
export class LineColumns {
  readonly #k: string[] = [];
  readonly #t: TicketType[] = [];
  readonly #e: Severity[] = [];
  #n = new Float64Array(WIDTH * 8);

  get size(): number {
    return this.#k.length;
  }

  push(source: string, l: TicketLine): void {
    const at = this.#k.length * WIDTH;
    this.#k.push(l.key);
    this.#t.push(l.type);
    this.#e.push(l.severity);
    if (at + WIDTH > this.#n.length) {
      const grown = new Float64Array(this.#n.length * 2);
      grown.set(this.#n);
      this.#n = grown;
    }
    this.#n[at] = source.length;
    putLineNumbers(this.#n, at + 1, l);
  }

  /** @param dropped keys whose lines in the account's earlier parts this part replaces or removes */
  encode(dropped: readonly string[] = []): string {
    const bytes = Buffer.from(this.#n.buffer, this.#n.byteOffset, this.#k.length * WIDTH * 8);
    const body: LinesBody = { v: 4, k: this.#k, t: this.#t, e: this.#e, n: bytes.toString('base64'), x: dropped };
    return JSON.stringify(body);
  }
}

/** @example decodeLines(encodeLines(lines)) // { lines, dropped: [] }, the same lines, deep-equal */
export const encodeLines = (lines: readonly KeyedLine[], dropped: readonly string[] = []): string => {
  const columns = new LineColumns();
  for (const { source, line } of lines) columns.push(source, line);
  return columns.encode(dropped);
};

/** Null when the text is not a lines body of this version: the account is then read again. */
export const decodeLines = (text: string): LinesPart | null => {
  let body: LinesBody;
  try {
    body = JSON.parse(text) as LinesBody;
  } catch {
    return null;
  }
  if (body?.v !== 4 || !Array.isArray(body.k) || typeof body.n !== 'string' || !Array.isArray(body.x)) return null;
  const { k, t, e } = body;
  const bytes = Buffer.from(body.n, 'base64');
  if (bytes.length !== k.length * WIDTH * 8) return null;
  // Copied into an aligned array: a decoded buffer may start at any offset of Node's pool.
  const n = new Float64Array(k.length * WIDTH);
  new Uint8Array(n.buffer).set(bytes);
  const out: KeyedLine[] = [];
  for (let i = 0; i < k.length; i++) {
    const at = i * WIDTH;
    const key = k[i] as string;
    const sourceLength = n[at] as number;
    out.push({
      source: key.slice(0, sourceLength),
      externalId: key.slice(sourceLength + 1),
      line: readLineNumbers(n, at + 1, { key, subject: null, type: t[i] as TicketType, severity: e[i] as Severity }),
    });
  }
  return { lines: out, dropped: body.x };
};
