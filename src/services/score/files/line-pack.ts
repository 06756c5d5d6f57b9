/**
 * Ticket lines packed for a trip between threads: the numbers in one Float64Array (moved, not
 * copied), key and subject in one string, type and severity as codes, and the account as a number
 * (each account's id sent once, in the batch where it first appears), so half a million lines cost
 * two transfers instead of a structured clone of two million small objects, and the receiver finds
 * a line's account by index rather than by hashing its id. Unpacking gives lines equal to those packed.
 * @module
 */
import { SEVERITIES, TICKET_TYPES } from '../../../core/model.js';
import type { SlaMark, TicketLine } from '../../../core/scoring/ticket-line.js';
import type { PointsBreakdown } from '../../../core/scoring/success-points.js';

/** Numbers per line; see {@link LinePacker.add} for their order. */
const WIDTH = 23;
/** Strings per line: key, subject. */
const WORDS = 2;
/** Between packed words: a character no CSV field of ours carries unescaped. */
const SEP = '\u0000';
const SLA_MARKS: readonly SlaMark[] = ['not_evaluated', 'met', 'breached'];

/** The lines of one batch, ready to post: `numbers.buffer` goes in the transfer list. */
export interface PackedLines {
  readonly count: number;
  /** Ids of the accounts first seen in this batch: they take the next account numbers, in order. */
  readonly accounts: readonly string[];
  readonly numbers: Float64Array;
  readonly words: string;
}

const orNaN = (v: number | null): number => (v === null ? Number.NaN : v);

const code = (words: readonly string[], word: string): number => {
  const i = words.indexOf(word);
  if (i === -1) throw new Error(`no code for "${word}"`);
  return i;
};
const orNull = (v: number): number | null => (Number.isNaN(v) ? null : v);

/** Lines a batch holds by default: about 2 MB packed, few enough messages to cost nothing. */
export const BATCH_LINES = 8192;

/** Collects lines, with the account each belongs to, into batches of `size`. */
export class LinePacker {
  readonly #size: number;
  #numbers: Float64Array;
  #words: string[] = [];
  #accounts: string[] = [];
  readonly #accountNumbers = new Map<string, number>();
  #count = 0;

  constructor(size = BATCH_LINES) {
    this.#size = size;
    this.#numbers = new Float64Array(size * WIDTH);
  }

  get count(): number {
    return this.#count;
  }

  /** The account's number, given on first sight. */
  account(id: string): number {
    let k = this.#accountNumbers.get(id);
    if (k === undefined) {
      k = this.#accountNumbers.size;
      this.#accountNumbers.set(id, k);
      this.#accounts.push(id);
    }
    return k;
  }

  /** Adds a line of account number `account`; returns true when the batch is full (take it with {@link take}). */
  add(account: number, l: TicketLine): boolean {
    const n = this.#numbers;
    let o = this.#count * WIDTH;
    const flags = (l.created ? 1 : 0) | (l.solved ? 2 : 0) | (l.replied ? 4 : 0) | (l.open ? 8 : 0) | (l.subject === null ? 16 : 0);
    n[o++] = account;
    n[o++] = code(TICKET_TYPES, l.type);
    n[o++] = code(SEVERITIES, l.severity);
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
    putBreakdown(n, o, l.points.window);
    putBreakdown(n, o + 5, l.points.lifetime);
    this.#words.push(l.key, l.subject ?? '');
    this.#count += 1;
    return this.#count === this.#size;
  }

  /** The batch so far; the packer starts a new one. */
  take(): PackedLines {
    const numbers = this.#numbers.subarray(0, this.#count * WIDTH);
    const out = { count: this.#count, accounts: this.#accounts, numbers, words: this.#words.join(SEP) };
    this.#numbers = new Float64Array(this.#size * WIDTH);
    this.#words = [];
    this.#accounts = [];
    this.#count = 0;
    return out;
  }
}

const putBreakdown = (n: Float64Array, o: number, b: PointsBreakdown): void => {
  n[o] = b.opened;
  n[o + 1] = b.waiting;
  n[o + 2] = b.solved;
  n[o + 3] = b.interactions;
  n[o + 4] = b.total;
};

const breakdown = (n: Float64Array, o: number): PointsBreakdown => ({
  opened: n[o] as number,
  waiting: n[o + 1] as number,
  solved: n[o + 2] as number,
  interactions: n[o + 3] as number,
  total: n[o + 4] as number,
});

/**
 * Calls `each` with every packed line and its account number, in the order packed; `accounts` with
 * each account id as it is first numbered.
 * @example unpackLines(batch, (id) => entries.push(tallies.entry(id)), (k, line) => tallies.addTo(entries[k], line));
 */
export const unpackLines = (
  batch: PackedLines,
  accounts: (id: string) => void,
  each: (account: number, line: TicketLine) => void,
): void => {
  for (const id of batch.accounts) accounts(id);
  const n = batch.numbers;
  const words = batch.words.split(SEP);
  for (let i = 0; i < batch.count; i++) {
    const o = i * WIDTH;
    const w = i * WORDS;
    const key = words[w] as string;
    const flags = n[o + 4] as number;
    each(n[o] as number, {
      key,
      subject: (flags & 16) !== 0 ? null : (words[w + 1] as string),
      type: TICKET_TYPES[n[o + 1] as number] as TicketLine['type'],
      severity: SEVERITIES[n[o + 2] as number] as TicketLine['severity'],
      createdAt: n[o + 3] as number,
      created: (flags & 1) !== 0,
      solved: (flags & 2) !== 0,
      replied: (flags & 4) !== 0,
      open: (flags & 8) !== 0,
      sla: SLA_MARKS[n[o + 5] as number] as SlaMark,
      reopens: n[o + 6] as number,
      firstReplyMinutes: orNull(n[o + 7] as number),
      resolutionMinutes: orNull(n[o + 8] as number),
      resolutionCalendarMinutes: orNull(n[o + 9] as number),
      sentiment: orNull(n[o + 10] as number),
      slaOverrun: n[o + 11] as number,
      points: { key, daysOpen: n[o + 12] as number, window: breakdown(n, o + 13), lifetime: breakdown(n, o + 18) },
    });
  }
};
