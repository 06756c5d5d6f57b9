/**
 * Ticket lines packed for a trip between threads (the movers a tail's tallies keep): the numbers in
 * one Float64Array (moved, not copied), key and subject in one string, type and severity as codes,
 * so a hundred thousand lines cost two transfers instead of a structured clone of half a million
 * small objects. Unpacking gives lines equal to those packed.
 * @module
 */
import { SEVERITIES, TICKET_TYPES } from '../../core/model.js';
import type { TicketLine } from '../../core/scoring/ticket-line.js';
import { LINE_NUMBERS, putLineNumbers, readLineNumbers } from './line-numbers.js';

/** Numbers per line: type code, severity code, a subject-is-null flag, then the line's. */
const WIDTH = 3 + LINE_NUMBERS;
/** Strings per line: key, subject. */
const WORDS = 2;
/** Between packed words: a character no CSV field of ours carries unescaped. */
const SEP = '\u0000';

/** Packed lines, ready to post: `numbers.buffer` goes in the transfer list. */
export interface PackedLines {
  readonly count: number;
  readonly numbers: Float64Array;
  readonly words: string;
}

const code = (words: readonly string[], word: string): number => {
  const i = words.indexOf(word);
  if (i === -1) throw new Error(`no code for "${word}"`);
  return i;
};

/** @example unpackLines(packLines(lines)) // equal to lines */
export const packLines = (lines: readonly TicketLine[]): PackedLines => {
  const n = new Float64Array(lines.length * WIDTH);
  const words: string[] = [];
  lines.forEach((l, i) => {
    const o = i * WIDTH;
    n[o] = code(TICKET_TYPES, l.type);
    n[o + 1] = code(SEVERITIES, l.severity);
    n[o + 2] = l.subject === null ? 1 : 0;
    putLineNumbers(n, o + 3, l);
    words.push(l.key, l.subject ?? '');
  });
  return { count: lines.length, numbers: n, words: words.join(SEP) };
};

/** The packed lines, in the order packed. */
export const unpackLines = (packed: PackedLines): TicketLine[] => {
  const n = packed.numbers;
  const words = packed.words.split(SEP);
  const lines: TicketLine[] = [];
  for (let i = 0; i < packed.count; i++) {
    const o = i * WIDTH;
    const w = i * WORDS;
    lines.push(
      readLineNumbers(n, o + 3, {
        key: words[w] as string,
        subject: n[o + 2] === 1 ? null : (words[w + 1] as string),
        type: TICKET_TYPES[n[o] as number] as TicketLine['type'],
        severity: SEVERITIES[n[o + 1] as number] as TicketLine['severity'],
      }),
    );
  }
  return lines;
};
