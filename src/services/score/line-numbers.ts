/**
 * A ticket line's numbers in a Float64Array, one layout for both places lines travel as numbers:
 * between threads (`line-pack.ts`) and into the store beside a rollup (`line-codec.ts`). Each
 * adds its own slots before these and keeps the words (key, subject, type, severity) its own way.
 * Null numbers are NaN.
 * @module
 */
import type { Severity, TicketType } from '../../core/model.js';
import type { PointsBreakdown } from '../../core/scoring/success-points.js';
import type { SlaMark, TicketLine } from '../../core/scoring/ticket-line.js';

/** Numbers a line takes: created at, bucket flags, SLA mark, reopens, four measures, overrun, days open, two breakdowns. */
export const LINE_NUMBERS = 20;

const SLA_MARKS: readonly SlaMark[] = ['not_evaluated', 'met', 'breached'];

const orNaN = (v: number | null): number => (v === null ? Number.NaN : v);

const putBreakdown = (n: Float64Array, o: number, b: PointsBreakdown): void => {
  n[o] = b.opened;
  n[o + 1] = b.waiting;
  n[o + 2] = b.solved;
  n[o + 3] = b.interactions;
  n[o + 4] = b.total;
};


/** Writes the line's {@link LINE_NUMBERS} numbers at `o`. */
export const putLineNumbers = (n: Float64Array, o: number, l: TicketLine): void => {
  n[o] = l.createdAt;
  n[o + 1] = (l.created ? 1 : 0) | (l.solved ? 2 : 0) | (l.replied ? 4 : 0) | (l.open ? 8 : 0);
  n[o + 2] = SLA_MARKS.indexOf(l.sla);
  n[o + 3] = l.reopens;
  n[o + 4] = orNaN(l.firstReplyMinutes);
  n[o + 5] = orNaN(l.resolutionMinutes);
  n[o + 6] = orNaN(l.resolutionCalendarMinutes);
  n[o + 7] = orNaN(l.sentiment);
  n[o + 8] = l.slaOverrun;
  n[o + 9] = l.points.daysOpen;
  putBreakdown(n, o + 10, l.points.window);
  putBreakdown(n, o + 15, l.points.lifetime);
};

/** What a line keeps as words, beside its numbers. */
export interface LineWords {
  readonly key: string;
  readonly subject: string | null;
  readonly type: TicketType;
  readonly severity: Severity;
}

/** The line whose numbers start at `o`, with its words. */
export const readLineNumbers = (n: Float64Array, o: number, w: LineWords): TicketLine => readLine(n, o, w.key, w.subject, w.type, w.severity);

/**
 * {@link readLineNumbers} with the words apart, in one object literal: a patch reads every kept line
 * of its accounts, and while its code is still cold each helper called and words object made per line
 * counted.
 */
export const readLine = (n: Float64Array, o: number, key: string, subject: string | null, type: TicketType, severity: Severity): TicketLine => {
  const flags = n[o + 1] as number;
  const firstReply = n[o + 4] as number;
  const resolution = n[o + 5] as number;
  const resolutionCalendar = n[o + 6] as number;
  const sentiment = n[o + 7] as number;
  return {
    key,
    subject,
    type,
    severity,
    createdAt: n[o] as number,
    created: (flags & 1) !== 0,
    solved: (flags & 2) !== 0,
    replied: (flags & 4) !== 0,
    open: (flags & 8) !== 0,
    sla: SLA_MARKS[n[o + 2] as number] ?? 'not_evaluated',
    reopens: n[o + 3] as number,
    // Null numbers are NaN, found as `v !== v` without a call.
    firstReplyMinutes: firstReply !== firstReply ? null : firstReply,
    resolutionMinutes: resolution !== resolution ? null : resolution,
    resolutionCalendarMinutes: resolutionCalendar !== resolutionCalendar ? null : resolutionCalendar,
    sentiment: sentiment !== sentiment ? null : sentiment,
    slaOverrun: n[o + 8] as number,
    points: {
      key,
      daysOpen: n[o + 9] as number,
      window: { opened: n[o + 10] as number, waiting: n[o + 11] as number, solved: n[o + 12] as number, interactions: n[o + 13] as number, total: n[o + 14] as number },
      lifetime: { opened: n[o + 15] as number, waiting: n[o + 16] as number, solved: n[o + 17] as number, interactions: n[o + 18] as number, total: n[o + 19] as number },
    },
  };
};
