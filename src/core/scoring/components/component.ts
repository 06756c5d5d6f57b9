/**
 * The contract every risk component implements: from an account's visible tickets, one raw value
 * with its unit, sample size and the tickets that moved it most. Risk, shrinkage and the minimum count
 * are applied later, at ranking, because they need the segment.
 * @module
 */
import type { Instant } from '../../model.js';
import type { Window } from '../../time/window.js';
import type { ComponentConfig, ComponentName } from '../scoring-config.js';
import type { ScoredTicket } from '../scored-ticket.js';
import type { TicketPoints } from '../success-points.js';

/** A ticket that moved a component, with its value of the component's metric. */
export interface Mover {
  readonly key: string;
  readonly value: number;
  readonly unit: string;
  /** A word for the value where a number alone says little (`critical`, `breached`). */
  readonly label?: string;
}

/** Why a component has no value for an account. */
export type MissingReason = 'no_tickets' | 'below_minimum';

export interface ComponentValue {
  readonly name: ComponentName;
  /** Raw value before shrinkage; null when there is nothing to measure. */
  readonly value: number | null;
  readonly unit: string;
  /** Observations behind the value (tickets counted, replied to, solved, ...). */
  readonly n: number;
  /** Rate components only: how many of the `n` were hits (reopened, breached, ...). */
  readonly hits?: number;
  readonly movers: readonly Mover[];
  /** `p90`, `median`, ... for distributions: what `value` is. */
  readonly statistic?: string;
}

/**
 * The account's visible tickets sorted once by what the window rules ask for, so each component reads
 * its slice instead of filtering every ticket again.
 */
export interface TicketBuckets {
  /** Created at or before the as-of time. */
  readonly all: readonly ScoredTicket[];
  /** Created in the window (volume, severity share, sentiment). */
  readonly created: readonly ScoredTicket[];
  /** Finally solved in the window (reopen rate, resolution time). */
  readonly solved: readonly ScoredTicket[];
  /** First replied to in the window (first reply time). */
  readonly replied: readonly ScoredTicket[];
  /** Unsolved at the as-of time (backlog age). */
  readonly open: readonly ScoredTicket[];
}

export interface ComponentContext {
  /** Tickets created at or before the as-of time. */
  readonly tickets: readonly ScoredTicket[];
  readonly buckets: TicketBuckets;
  readonly window: Window;
  readonly windowDays: number;
  readonly config: ComponentConfig;
  readonly seats: number | null;
  readonly activeUsers: number | null;
  /** Each visible ticket's Success Points. */
  readonly points: ReadonlyMap<ScoredTicket, TicketPoints>;
  readonly topTickets: number;
}

export type Component = (ctx: ComponentContext) => ComponentValue;

/** Larger raw values are worse for every component except these two. */
export const HIGHER_IS_WORSE: Readonly<Record<ComponentName, boolean>> = {
  volume: true,
  severity_share: true,
  reopen_rate: true,
  sla_miss_rate: true,
  first_reply_time: true,
  resolution_time: true,
  backlog_age: true,
  sentiment: false,
  success_points: false,
};

/**
 * The `limit` items with the largest `score`, as movers, largest first; ties keep item order. Only the
 * chosen few are turned into movers: a large account's thousands of tickets are scored, not copied.
 */
export const topMovers = <T>(
  items: readonly T[],
  limit: number,
  score: (item: T) => number,
  toMover: (item: T) => Mover,
): Mover[] => {
  if (limit <= 0) return [];
  const best: { item: T; s: number }[] = [];
  for (const item of items) {
    const s = score(item);
    if (best.length === limit && s <= (best[limit - 1] as { s: number }).s) continue;
    let i = best.length;
    while (i > 0 && (best[i - 1] as { s: number }).s < s) i -= 1;
    best.splice(i, 0, { item, s });
    if (best.length > limit) best.pop();
  }
  return best.map((b) => toMover(b.item));
};

/** True when `at` is inside the window. */
export const within = (at: Instant | null, w: Window): at is Instant =>
  at !== null && at > w.start && at <= w.end;

/** Sorts an account's tickets into the window buckets in one pass; tickets after `w.end` are dropped. */
export const bucketTickets = (tickets: readonly ScoredTicket[], w: Window): TicketBuckets => {
  const all: ScoredTicket[] = [];
  const created: ScoredTicket[] = [];
  const solved: ScoredTicket[] = [];
  const replied: ScoredTicket[] = [];
  const open: ScoredTicket[] = [];
  for (const t of tickets) {
    if (t.ticket.createdAt > w.end) continue;
    all.push(t);
    const m = t.facts.metrics;
    if (t.ticket.createdAt > w.start) created.push(t);
    if (within(m.finalSolvedAt, w)) solved.push(t);
    if (within(m.firstReplyAt, w)) replied.push(t);
    if (m.open) open.push(t);
  }
  return { all, created, solved, replied, open };
};
