/**
 * The status history as far as timestamp columns tell it, as of `asOf`. Columns describe the ticket
 * at export time, so some things before it are unknowable; the rules below say what we assume.
 *
 * - No solve at or before `asOf`: open, one unsolved span creation → `asOf`.
 * - Solved or closed now, latest solve at or before `asOf`: solved; reopens = the source's count.
 *   Without reopens the span is creation → solve. With reopens their times are unknown, so the span
 *   is creation → first solve only (the later unsolved spans cannot be placed).
 * - Solved once by `asOf`, but solved again later or unsolved now: open at `asOf` (it needed another
 *   solve). Reopen times are unknown; when the latest solve is at or before `asOf` and the ticket is
 *   unsolved now, it reopened at least once, after that solve: spans creation → first solve and
 *   latest solve → `asOf`.
 * @module
 */
import type { Interval } from '../derived.js';
import type { Instant, Ticket } from '../model.js';
import { isUnsolved, type StatusTimeline } from './timeline.js';

export type StatusColumns = Pick<
  Ticket,
  'createdAt' | 'status' | 'firstSolvedAt' | 'solvedAt' | 'closedAt' | 'reopens'
>;

const upTo = (t: Instant | null, asOf: Instant): Instant | null => (t !== null && t <= asOf ? t : null);

/**
 * @example
 * statusFromColumns({ createdAt, status: 'solved', firstSolvedAt: null, solvedAt, closedAt: null, reopens: null }, asOf)
 */
export const statusFromColumns = (ticket: StatusColumns, asOf: Instant): StatusTimeline => {
  const created = ticket.createdAt;
  // A ticket closed without a recorded solve was solved when it closed.
  const latest = ticket.solvedAt ?? ticket.closedAt;
  const first = ticket.firstSolvedAt ?? latest;
  const closedAt = upTo(ticket.closedAt, asOf);
  const firstSolvedAt = upTo(first === null ? null : Math.max(first, created), asOf);
  if (firstSolvedAt === null) {
    return timeline(true, null, null, null, 0, [{ from: created, to: asOf }]);
  }
  const latestSolve = Math.max(latest ?? firstSolvedAt, firstSolvedAt);
  if (!isUnsolved(ticket.status) && latestSolve <= asOf) {
    const reopens = ticket.reopens ?? 0;
    const span = { from: created, to: reopens === 0 ? latestSolve : firstSolvedAt };
    return timeline(false, firstSolvedAt, latestSolve, closedAt, reopens, [span]);
  }
  const spans: Interval[] = [{ from: created, to: firstSolvedAt }];
  if (latestSolve <= asOf) {
    spans.push({ from: latestSolve, to: asOf });
    return timeline(true, firstSolvedAt, null, null, Math.max(ticket.reopens ?? 0, 1), spans);
  }
  return timeline(true, firstSolvedAt, null, null, 0, spans);
};

const timeline = (
  open: boolean,
  firstSolvedAt: Instant | null,
  finalSolvedAt: Instant | null,
  closedAt: Instant | null,
  reopens: number,
  unsolvedIntervals: readonly Interval[],
): StatusTimeline => ({
  open,
  firstSolvedAt,
  finalSolvedAt,
  closedAt,
  reopens,
  unsolvedIntervals,
  waitSpans: null,
});
