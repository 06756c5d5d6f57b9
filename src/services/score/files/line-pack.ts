/**
 * Ticket lines packed for a trip between threads: the numbers in one Float64Array (moved, not
 * copied), key and subject in one string, type and severity as codes, and the account as a number
 * (each account's id sent once, in the batch where it first appears), so half a million lines cost
 * two transfers instead of a structured clone of two million small objects, and the receiver finds
 * a line's account by index rather than by hashing its id. Unpacking gives lines equal to those packed.
 * @module
 */
import { SEVERITIES, TICKET_TYPES } from '../../../core/model.js';
import type { TicketLine } from '../../../core/scoring/ticket-line.js';
import { LINE_NUMBERS, putLineNumbers, readLineNumbers } from '../line-numbers.js';

/** Numbers per line: account number, type code, severity code, a subject-is-null flag, then the line's. */
const WIDTH = 4 + LINE_NUMBERS;
/** Strings per line: key, subject. */
const WORDS = 2;
/** Between packed words: a character no CSV field of ours carries unescaped. */
const SEP = '\u0000';

/** The lines of one batch, ready to post: `numbers.buffer` goes in the transfer list. */
export interface PackedLines {
  readonly count: number;
  /** Ids of the accounts first seen in this batch: they take the next account numbers, in order. */
  readonly accounts: readonly string[];
  readonly numbers: Float64Array;
  readonly words: string;
}

const code = (words: readonly string[], word: string): number => {
  const i = words.indexOf(word);
  if (i === -1) throw new Error(`no code for "${word}"`);
  return i;
};

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
    const o = this.#count * WIDTH;
    n[o] = account;
    n[o + 1] = code(TICKET_TYPES, l.type);
    n[o + 2] = code(SEVERITIES, l.severity);
    n[o + 3] = l.subject === null ? 1 : 0;
    putLineNumbers(n, o + 4, l);
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
    each(
      n[o] as number,
      readLineNumbers(n, o + 4, {
        key: words[w] as string,
        subject: n[o + 3] === 1 ? null : (words[w + 1] as string),
        type: TICKET_TYPES[n[o + 1] as number] as TicketLine['type'],
        severity: SEVERITIES[n[o + 2] as number] as TicketLine['severity'],
      }),
    );
  }
};
