/**
 * The contract every risk component implements: a tally that is shown an account's ticket lines one
 * at a time and then gives one raw value with its unit, sample size and the tickets that moved it
 * most. Risk, shrinkage and the minimum count are applied later, at ranking, because they need the
 * segment. Tallies keep counts, the few numbers a statistic needs and their top movers, never the
 * tickets, so an account can be rolled up while its tickets stream past.
 * @module
 */
import type { Window } from '../../time/window.js';
import type { ComponentName, Statistic } from '../scoring-config.js';
import type { SumState } from '../ordered-sum.js';
import type { TicketLine } from '../ticket-line.js';
import { TopK } from '../top-k.js';

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

/** What every tally of an account shares. */
export interface TallyContext {
  readonly window: Window;
  readonly windowDays: number;
  /** Movers kept per component. */
  readonly topTickets: number;
  /**
   * This tally takes a later part of the lines and will be merged after another's: its
   * floating-point sums keep their addends (see `ordered-sum.ts`).
   */
  readonly keepAddends?: boolean;
}

/**
 * What a tally holds, as plain data that can cross threads: one shape for every component, each
 * saying which slots it uses. Merging it into the tally of the lines before gives that tally what
 * one pass over both parts would have.
 */
export interface ComponentState {
  /** Counts (tickets counted, hits, ...). */
  readonly counts: ArrayLike<number>;
  /** The durations a statistic needs, in arrival order. */
  readonly values: ArrayLike<number>;
  /** Floating-point sums, each with the addends a merge after another part needs. */
  readonly sums: readonly SumState[];
  /** The kept movers' lines, largest first (ties in arrival order). */
  readonly movers: readonly TicketLine[];
}

/** What is known of the account only once all its lines are in. */
export interface FinishContext {
  readonly statistic: Statistic;
  readonly seats: number | null;
  readonly activeUsers: number | null;
}

export interface ComponentTally {
  add(line: TicketLine): void;
  /** The lines that may become movers (for the explanation's ticket briefs). */
  kept(): readonly TicketLine[];
  /** What it holds (for a merge into the tally of the lines before these). */
  state(): ComponentState;
  /** Takes a later part's state, as if its lines had been added after this tally's. */
  merge(later: ComponentState): void;
  finish(ctx: FinishContext): ComponentValue;
}

export type Component = (ctx: TallyContext) => ComponentTally;

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
 * Movers by the Success Points they cost in the window, most first: what both the points and the
 * volume components name.
 */
export const pointsMovers = (limit: number): Movers =>
  moverTally(
    limit,
    (l) => -l.points.window.total,
    (l) => ({ key: l.key, value: l.points.window.total, unit: 'Success Points' }),
  );

/** A component's movers: the lines that moved it most, kept only when an explanation asks (`topTickets`). */
export interface Movers {
  offer(line: TicketLine): void;
  /** The kept lines, most first. */
  lines(): readonly TicketLine[];
  /** Offers a later part's kept lines in order: see {@link TopK.merge} (a line's score is its own). */
  merge(later: readonly TicketLine[]): void;
  movers(): Mover[];
}

/**
 * Movers of one component: the lines with the largest `score` (ties keep arrival order), turned into
 * movers only at the end, so a large account's thousands of tickets are scored, not copied.
 */
class MoverTally implements Movers {
  readonly #top: TopK<TicketLine>;
  readonly #score: (line: TicketLine) => number;
  readonly #toMover: (line: TicketLine) => Mover;

  constructor(limit: number, score: (line: TicketLine) => number, toMover: (line: TicketLine) => Mover) {
    this.#top = new TopK(limit);
    this.#score = score;
    this.#toMover = toMover;
  }

  offer(line: TicketLine): void {
    this.#top.offer(line, this.#score(line));
  }

  lines(): readonly TicketLine[] {
    return this.#top.items();
  }

  merge(later: readonly TicketLine[]): void {
    for (const line of later) this.offer(line);
  }

  movers(): Mover[] {
    return this.#top.items().map(this.#toMover);
  }
}

const NO_LINES: readonly TicketLine[] = Object.freeze([]);

/** Keeps nothing, for every account at once: a limit of 0 keeps no line, whatever is offered or merged. */
const NO_MOVERS: Movers = Object.freeze({
  offer: (): void => undefined,
  lines: (): readonly TicketLine[] => NO_LINES,
  merge: (): void => undefined,
  movers: (): Mover[] => [],
});

/**
 * A component's movers: a tally keeping the `limit` largest by `score`, or, for a limit of 0 (every
 * pass but an explanation's, see `keepMovers`), one shared tally that keeps none. A tally and its
 * top-k per component and account were a fifth of a file pass's live heap (1M tickets: 8.9 of 74 MB,
 * with their arrays more) though they never kept a line.
 */
export const moverTally = (limit: number, score: (line: TicketLine) => number, toMover: (line: TicketLine) => Mover): Movers =>
  limit > 0 ? new MoverTally(limit, score, toMover) : NO_MOVERS;

/** Appends a later part's values, in order. */
export const appendValues = (values: number[], later: ArrayLike<number>): void => {
  for (let i = 0; i < later.length; i++) values.push(later[i] as number);
};

/** A state slot a component wrote; a missing one is a bug (a state from another component). */
export const slot = <T>(items: ArrayLike<T>, i: number): T => {
  const item = items[i];
  if (item === undefined) throw new Error(`component state has no slot ${i}`);
  return item;
};

/**
 * The `limit` items with the largest `score`, as movers, largest first; ties keep item order.
 * @example topMovers(lines, 3, (l) => l.reopens, (l) => ({ key: l.key, value: l.reopens, unit: 'reopens' }))
 */
export const topMovers = <T>(items: Iterable<T>, limit: number, score: (item: T) => number, toMover: (item: T) => Mover): Mover[] => {
  const top = new TopK<T>(limit);
  for (const item of items) top.offer(item, score(item));
  return top.items().map(toMover);
};
