/**
 * An account's ticket lines as stored beside its rollup: column arrays in one JSON text (keys,
 * subjects, types, severities), the 21 numbers of each line as the base64 of their float64 bytes.
 * Writing a million lines' 21 million numbers as decimal text was most of their cost (measured:
 * 323 ms of a 829-account patch); their bytes are copied, exact, in a few ms. Lines keep the order they were added in (ticket
 * order), and each carries its source's length so that the order can be kept when lines are patched.
 * @module
 */
import { Buffer } from 'node:buffer';
import type { Severity, TicketType } from '../../core/model.js';
import type { PointsBreakdown } from '../../core/scoring/success-points.js';
import type { SlaMark, TicketLine } from '../../core/scoring/ticket-line.js';

/** A line with the ticket's source and external id apart, as ticket order compares them. */
export interface KeyedLine {
  readonly source: string;
  readonly externalId: string;
  readonly line: TicketLine;
}

interface LinesBody {
  readonly v: 2;
  readonly k: readonly string[];
  readonly s: readonly (string | null)[];
  readonly t: readonly TicketType[];
  readonly e: readonly Severity[];
  /** base64 of WIDTH float64 per line, NaN for null. */
  readonly n: string;
}

const WIDTH = 21;
const SLA: readonly SlaMark[] = ['not_evaluated', 'met', 'breached'];

const points = (n: Float64Array, at: number): PointsBreakdown => ({
  opened: n[at] as number,
  waiting: n[at + 1] as number,
  solved: n[at + 2] as number,
  interactions: n[at + 3] as number,
  total: n[at + 4] as number,
});

const orNull = (x: number | undefined): number | null => (x === undefined || Number.isNaN(x) ? null : x);

/** Lines gathered column by column as they come, to be stored as one text. */
export class LineColumns {
  readonly #k: string[] = [];
  readonly #s: (string | null)[] = [];
  readonly #t: TicketType[] = [];
  readonly #e: Severity[] = [];
  #n = new Float64Array(WIDTH * 8);

  get size(): number {
    return this.#k.length;
  }

  push(source: string, l: TicketLine): void {
    const at = this.#k.length * WIDTH;
    this.#k.push(l.key);
    this.#s.push(l.subject);
    this.#t.push(l.type);
    this.#e.push(l.severity);
    if (at + WIDTH > this.#n.length) {
      const grown = new Float64Array(this.#n.length * 2);
      grown.set(this.#n);
      this.#n = grown;
    }
    const n = this.#n;
    const w = l.points.window;
    const f = l.points.lifetime;
    n[at] = source.length;
    n[at + 1] = l.createdAt;
    n[at + 2] = (l.created ? 1 : 0) | (l.solved ? 2 : 0) | (l.replied ? 4 : 0) | (l.open ? 8 : 0);
    n[at + 3] = l.reopens;
    n[at + 4] = l.firstReplyMinutes ?? NaN;
    n[at + 5] = l.resolutionMinutes ?? NaN;
    n[at + 6] = l.resolutionCalendarMinutes ?? NaN;
    n[at + 7] = l.sentiment ?? NaN;
    n[at + 8] = l.sla === 'not_evaluated' ? 0 : l.sla === 'met' ? 1 : 2;
    n[at + 9] = l.slaOverrun;
    n[at + 10] = w.opened;
    n[at + 11] = w.waiting;
    n[at + 12] = w.solved;
    n[at + 13] = w.interactions;
    n[at + 14] = w.total;
    n[at + 15] = f.opened;
    n[at + 16] = f.waiting;
    n[at + 17] = f.solved;
    n[at + 18] = f.interactions;
    n[at + 19] = f.total;
    n[at + 20] = l.points.daysOpen;
  }

  encode(): string {
    const bytes = Buffer.from(this.#n.buffer, this.#n.byteOffset, this.#k.length * WIDTH * 8);
    const body: LinesBody = { v: 2, k: this.#k, s: this.#s, t: this.#t, e: this.#e, n: bytes.toString('base64') };
    return JSON.stringify(body);
  }
}

/** @example decodeLines(encodeLines(lines)) // the same lines, deep-equal */
export const encodeLines = (lines: readonly KeyedLine[]): string => {
  const columns = new LineColumns();
  for (const { source, line } of lines) columns.push(source, line);
  return columns.encode();
};

/** Null when the text is not a lines body of this version: the account is then read again. */
export const decodeLines = (text: string): KeyedLine[] | null => {
  let body: LinesBody;
  try {
    body = JSON.parse(text) as LinesBody;
  } catch {
    return null;
  }
  if (body?.v !== 2 || !Array.isArray(body.k) || typeof body.n !== 'string') return null;
  const { k, s, t, e } = body;
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
    const flags = n[at + 2] as number;
    out.push({
      source: key.slice(0, sourceLength),
      externalId: key.slice(sourceLength + 1),
      line: {
        key,
        subject: s[i] ?? null,
        type: t[i] as TicketType,
        severity: e[i] as Severity,
        createdAt: n[at + 1] as number,
        created: (flags & 1) !== 0,
        solved: (flags & 2) !== 0,
        replied: (flags & 4) !== 0,
        open: (flags & 8) !== 0,
        reopens: n[at + 3] as number,
        firstReplyMinutes: orNull(n[at + 4]),
        resolutionMinutes: orNull(n[at + 5]),
        resolutionCalendarMinutes: orNull(n[at + 6]),
        sentiment: orNull(n[at + 7]),
        sla: SLA[n[at + 8] as number] ?? 'not_evaluated',
        slaOverrun: n[at + 9] as number,
        points: { key, window: points(n, at + 10), lifetime: points(n, at + 15), daysOpen: n[at + 20] as number },
      },
    });
  }
  return out;
};
