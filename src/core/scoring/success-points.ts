/**
 * Success Points, the second seed's ticket scoring: points by type when opened, −1 per day open,
 * points once at the final solve, +5 per interaction. Every point is dated, so "points earned in the
 * window" is well defined: opening at `createdAt`, the solve at `finalSolvedAt`, each interaction at
 * its time, each day-open penalty at the moment that day completes.
 * @module
 */
import { calendarDays, type DayClock } from '../time/day-clock.js';
import type { Window } from '../time/window.js';
import type { Instant } from '../model.js';
import type { SuccessPointsConfig } from './scoring-config.js';
import { type ScoredTicket, ticketKey } from './scored-ticket.js';

export interface PointsBreakdown {
  readonly opened: number;
  readonly waiting: number;
  readonly solved: number;
  readonly interactions: number;
  readonly total: number;
}

export interface TicketPoints {
  readonly key: string;
  /** Points dated inside the window. */
  readonly window: PointsBreakdown;
  /** Every point up to the as-of time. */
  readonly lifetime: PointsBreakdown;
  /** Whole days the ticket has waited unsolved, over all its unsolved spans. */
  readonly daysOpen: number;
}

const DAY_MS = 86_400_000;

const breakdown = (opened: number, waiting: number, solved: number, interactions: number) => ({
  opened,
  waiting,
  solved,
  interactions,
  total: opened + waiting + solved + interactions,
});

/** Days completing in `(from, to]`, and how many of those complete after `after`. */
const countDays = (clock: DayClock, from: Instant, to: Instant, after: Instant) => {
  if (clock === calendarDays) {
    // Arithmetic instead of listing: a 1M-ticket rescore should not allocate one number per day.
    const total = Math.max(0, Math.floor((to - from) / DAY_MS));
    const before = Math.min(total, Math.max(0, Math.floor((after - from) / DAY_MS)));
    return { total, inWindow: total - before };
  }
  const days = clock(from, to);
  return { total: days.length, inWindow: days.filter((at) => at > after).length };
};

/**
 * Counts interactions up to the as-of time, and those in the window. Interactions known only by count
 * (no times) are dated at the first reply, else at creation.
 */
const countInteractions = ({ ticket, facts }: ScoredTicket, window: Window) => {
  const { interactions, interactionTimes, firstReplyAt } = facts.metrics;
  let total = 0;
  let inWindow = 0;
  const add = (at: Instant, times: number) => {
    if (at > window.end) return;
    total += times;
    if (at > window.start) inWindow += times;
  };
  for (const at of interactionTimes) add(at, 1);
  const undated = interactions - interactionTimes.length;
  if (undated > 0) add(firstReplyAt ?? ticket.createdAt, undated);
  return { total, inWindow };
};

/**
 * Scores one ticket. Nothing after `window.end` (the as-of time) counts.
 * @example
 * // The seed: a bug solved in 5 days with one interaction: −10 −5 +10 +5 = 0.
 * ticketSuccessPoints(bug, windowOf(asOf, 90), config.scoring.successPoints).lifetime.total // 0
 */
export const ticketSuccessPoints = (
  item: ScoredTicket,
  window: Window,
  config: SuccessPointsConfig,
  clock: DayClock = calendarDays,
): TicketPoints => {
  const { ticket, facts } = item;
  const asOf = window.end;
  const inside = (at: Instant) => at > window.start && at <= asOf;
  const type = facts.type.type;
  const opened = ticket.createdAt <= asOf ? config.opened[type] : 0;

  let days = 0;
  let daysInWindow = 0;
  for (const span of facts.metrics.unsolvedIntervals) {
    const to = Math.min(span.to, asOf);
    if (to <= span.from) continue;
    const counted = countDays(clock, span.from, to, window.start);
    days += counted.total;
    daysInWindow += counted.inWindow;
  }

  const solvedAt = facts.metrics.finalSolvedAt;
  const solved = solvedAt !== null && solvedAt <= asOf ? config.solved[type] : 0;
  const talked = countInteractions(item, window);
  const talks = talked.total * config.perInteraction;
  const talksInWindow = talked.inWindow * config.perInteraction;

  return {
    key: ticketKey(ticket),
    daysOpen: days,
    lifetime: breakdown(opened, days * config.perDayOpen, solved, talks),
    window: breakdown(
      inside(ticket.createdAt) ? opened : 0,
      daysInWindow * config.perDayOpen,
      solvedAt !== null && inside(solvedAt) ? solved : 0,
      talksInWindow,
    ),
  };
};
