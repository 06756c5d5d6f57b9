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

export interface ComponentContext {
  /** Tickets created at or before the as-of time. */
  readonly tickets: readonly ScoredTicket[];
  readonly window: Window;
  readonly windowDays: number;
  readonly config: ComponentConfig;
  readonly seats: number | null;
  readonly activeUsers: number | null;
  readonly points: ReadonlyMap<string, TicketPoints>;
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

/** The `limit` entries with the largest `score`, as movers; ties keep ticket order. */
export const topMovers = <T>(
  items: readonly T[],
  limit: number,
  toMover: (item: T) => Mover,
  score: (m: Mover) => number = (m) => m.value,
): Mover[] =>
  items
    .map(toMover)
    .sort((a, b) => score(b) - score(a))
    .slice(0, limit);

/** True when `at` is inside the window. */
export const within = (at: Instant | null, w: Window): at is Instant =>
  at !== null && at > w.start && at <= w.end;
