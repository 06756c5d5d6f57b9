/**
 * The signal matrix's primary KPIs per account (the first seed): time to value, critical MTTR, first
 * response time, reopen rate and adoption score. Tracked beside the health score, not part of it.
 * @module
 */
import type { Account, Instant } from '../model.js';
import { startOfIsoDate } from '../time/iso-date.js';
import type { KpiConfig } from './scoring-config.js';
import { mean, quantile } from './stats.js';
import type { TicketLine } from './ticket-line.js';

const DAY_MS = 86_400_000;

export interface AccountKpis {
  /** Days from go-live to the start of the first quiet stretch; null before one has completed. */
  readonly timeToValueDays: number | null;
  /** Mean calendar hours to the final solve of critical tickets solved in the window. */
  readonly criticalMttrHours: number | null;
  /** Median business minutes to the first reply, of tickets first replied to in the window. */
  readonly firstResponseMinutes: number | null;
  /** Reopened among tickets solved in the window (no shrinkage: this is the plain KPI). */
  readonly reopenRate: number | null;
  /** Active users as a percent of seats, capped at 100; null without both. */
  readonly adoptionScore: number | null;
}

/**
 * Time to value: from go-live (start of that day in `timezone`) to the start of the first run of
 * `quietDays` days with no ticket of a quiet-breaking severity, counted only once the run has
 * completed by the as-of time.
 * @param seriousAt creation times of the account's tickets of a quiet-breaking severity, any order
 */
export const timeToValue = (
  account: Pick<Account, 'goLiveDate'>,
  seriousAt: readonly Instant[],
  asOf: Instant,
  config: KpiConfig,
  timezone = 'UTC',
): number | null => {
  if (account.goLiveDate === null) return null;
  const goLive = startOfIsoDate(account.goLiveDate, timezone);
  if (Number.isNaN(goLive) || goLive > asOf) return null;
  const quiet = config.quietDays * DAY_MS;
  const serious = seriousAt.filter((at) => at >= goLive && at <= asOf).sort((a, b) => a - b);
  let start = goLive;
  for (const at of serious) {
    if (at - start >= quiet) break;
    start = at;
  }
  return asOf - start >= quiet ? (start - goLive) / DAY_MS : null;
};

/** What a {@link KpiTally} holds, as plain data (for a merge into the tally of the lines before). */
export interface KpiState {
  readonly seriousAt: ArrayLike<number>;
  readonly criticalHours: ArrayLike<number>;
  readonly replies: ArrayLike<number>;
  readonly solved: number;
  readonly reopened: number;
}

const append = (values: number[], later: ArrayLike<number>): void => {
  for (let i = 0; i < later.length; i++) values.push(later[i] as number);
};

/** Collects an account's KPIs from its ticket lines, one at a time. */
export class KpiTally {
  readonly #config: KpiConfig;
  readonly #seriousAt: Instant[] = [];
  readonly #criticalHours: number[] = [];
  readonly #replies: number[] = [];
  #solved = 0;
  #reopened = 0;

  constructor(config: KpiConfig) {
    this.#config = config;
  }

  add(line: TicketLine): void {
    if (this.#config.quietSeverities.includes(line.severity)) this.#seriousAt.push(line.createdAt);
    if (line.solved) {
      this.#solved += 1;
      if (line.reopens > 0) this.#reopened += 1;
      if (line.severity === 'critical' && line.resolutionCalendarMinutes !== null) {
        this.#criticalHours.push(line.resolutionCalendarMinutes / 60);
      }
    }
    if (line.replied && line.firstReplyMinutes !== null) this.#replies.push(line.firstReplyMinutes);
  }

  /** What it holds: views of its own lists, valid until it takes more lines. */
  state(): KpiState {
    return {
      seriousAt: this.#seriousAt,
      criticalHours: this.#criticalHours,
      replies: this.#replies,
      solved: this.#solved,
      reopened: this.#reopened,
    };
  }

  /**
   * Takes a later part's state, as if its lines had been added after this tally's: lists are
   * appended in order (the critical MTTR's mean sums them in that order), counts added.
   */
  merge(later: KpiState): void {
    append(this.#seriousAt, later.seriousAt);
    append(this.#criticalHours, later.criticalHours);
    append(this.#replies, later.replies);
    this.#solved += later.solved;
    this.#reopened += later.reopened;
  }

  /** The KPIs as of `asOf`, the window's end. */
  finish(account: Account, activeUsers: number | null, asOf: Instant, timezone = 'UTC'): AccountKpis {
    const seats = account.seats;
    return {
      timeToValueDays: timeToValue(account, this.#seriousAt, asOf, this.#config, timezone),
      criticalMttrHours: mean(this.#criticalHours),
      firstResponseMinutes: quantile(this.#replies, 0.5),
      reopenRate: this.#solved === 0 ? null : this.#reopened / this.#solved,
      adoptionScore:
        seats === null || seats <= 0 || activeUsers === null ? null : Math.min(100, (100 * activeUsers) / seats),
    };
  }
}
