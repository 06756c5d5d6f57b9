/**
 * Ticket lines packed for a trip between threads: the numbers in one Float64Array (moved, not
 * copied) and the words in one string, so half a million lines cost two transfers instead of a
 * structured clone of two million small objects. Unpacking gives lines equal to those packed.
 * @module
 */
import type { Severity, TicketType } from '../../../core/model.js';
import type { SlaMark, TicketLine } from '../../../core/scoring/ticket-line.js';
import type { PointsBreakdown } from '../../../core/scoring/success-points.js';

/** Numbers per line; see {@link LinePacker.add} for their order. */
const WIDTH = 20;
/** Strings per line: account id, key, subject, type, severity. */
const WORDS = 5;
/** Between packed words: a character no CSV field of ours carries unescaped. */
const SEP = '\u0000';
const SLA_MARKS: readonly SlaMark[] = ['not_evaluated', 'met', 'breached'];

/** The lines of one batch, ready to post: `numbers.buffer` goes in the transfer list. */
export interface PackedLines {
  readonly count: number;
  readonly numbers: Float64Array;
  readonly words: string;
}

const orNaN = (v: number | null): number => (v === null ? Number.NaN : v);
const orNull = (v: number): number | null => (Number.isNaN(v) ? null : v);

/** Collects lines, with the account each belongs to, into batches of `size`. */
export class LinePacker {
  readonly #size: number;
  #numbers: Float64Array;
  #words: string[] = [];
  #count = 0;

  constructor(size = 8192) {
    this.#size = size;
    this.#numbers = new Float64Array(size * WIDTH);
  }

  get count(): number {
    return this.#count;
  }

  /** Adds a line; returns true when the batch is full (take it with {@link take}). */
  add(accountId: string, l: TicketLine): boolean {
    const n = this.#numbers;
    let o = this.#count * WIDTH;
    const flags = (l.created ? 1 : 0) | (l.solved ? 2 : 0) | (l.replied ? 4 : 0) | (l.open ? 8 : 0) | (l.subject === null ? 16 : 0);
    n[o++] = l.createdAt;
    n[o++] = flags;
    n[o++] = SLA_MARKS.indexOf(l.sla);
    n[o++] = l.reopens;
    n[o++] = orNaN(l.firstReplyMinutes);
    n[o++] = orNaN(l.resolutionMinutes);
    n[o++] = orNaN(l.resolutionCalendarMinutes);
    n[o++] = orNaN(l.sentiment);
    n[o++] = l.slaOverrun;
    n[o++] = l.points.daysOpen;
    for (const b of [l.points.window, l.points.lifetime]) {
      n[o++] = b.opened;
      n[o++] = b.waiting;
      n[o++] = b.solved;
      n[o++] = b.interactions;
      n[o++] = b.total;
    }
    this.#words.push(accountId, l.key, l.subject ?? '', l.type, l.severity);
    this.#count += 1;
    return this.#count === this.#size;
  }

  /** The batch so far; the packer starts a new one. */
  take(): PackedLines {
    const out = { count: this.#count, numbers: this.#numbers.subarray(0, this.#count * WIDTH), words: this.#words.join(SEP) };
    this.#numbers = new Float64Array(this.#size * WIDTH);
    this.#words = [];
    this.#count = 0;
    return out;
  }
}

const breakdown = (n: Float64Array, o: number): PointsBreakdown => ({
  opened: n[o] as number,
  waiting: n[o + 1] as number,
  solved: n[o + 2] as number,
  interactions: n[o + 3] as number,
  total: n[o + 4] as number,
});

/**
 * Calls `each` with every packed line, in the order packed.
 * @example unpackLines(batch, (accountId, line) => tallyOf(accountId).add(line));
 */
export const unpackLines = (batch: PackedLines, each: (accountId: string, line: TicketLine) => void): void => {
  const n = batch.numbers;
  const words = batch.words.split(SEP);
  for (let i = 0; i < batch.count; i++) {
    const o = i * WIDTH;
    const w = i * WORDS;
    const key = words[w + 1] as string;
    const flags = n[o + 1] as number;
    each(words[w] as string, {
      key,
      subject: (flags & 16) !== 0 ? null : (words[w + 2] as string),
      type: words[w + 3] as TicketType,
      severity: words[w + 4] as Severity,
      createdAt: n[o] as number,
      created: (flags & 1) !== 0,
      solved: (flags & 2) !== 0,
      replied: (flags & 4) !== 0,
      open: (flags & 8) !== 0,
      reopens: n[o + 3] as number,
      firstReplyMinutes: orNull(n[o + 4] as number),
      resolutionMinutes: orNull(n[o + 5] as number),
      resolutionCalendarMinutes: orNull(n[o + 6] as number),
      sentiment: orNull(n[o + 7] as number),
      sla: SLA_MARKS[n[o + 2] as number] as SlaMark,
      slaOverrun: n[o + 8] as number,
      points: { key, daysOpen: n[o + 9] as number, window: breakdown(n, o + 10), lifetime: breakdown(n, o + 15) },
    });
  }
};
