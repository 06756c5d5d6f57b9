/**
 * The signal matrix's primary KPIs per account (the first seed): time to value, critical MTTR, first
 * response time, reopen rate and adoption score. Tracked beside the health score, not part of it.
 * @module
 */
import { DateTime } from 'luxon';
import type { Account, Instant } from '../model.js';
import type { Window } from '../time/window.js';
import type { TicketBuckets } from './components/component.js';
import type { KpiConfig } from './scoring-config.js';
import type { ScoredTicket } from './scored-ticket.js';
import { mean, quantile } from './stats.js';

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
 */
export const timeToValue = (
  account: Pick<Account, 'goLiveDate'>,
  tickets: readonly ScoredTicket[],
  asOf: Instant,
  config: KpiConfig,
  timezone = 'UTC',
): number | null => {
  if (account.goLiveDate === null) return null;
  const goLive = DateTime.fromISO(account.goLiveDate, { zone: timezone }).toMillis();
  if (Number.isNaN(goLive) || goLive > asOf) return null;
  const quiet = config.quietDays * DAY_MS;
  const serious = tickets
    .filter((t) => config.quietSeverities.includes(t.facts.severity.severity))
    .map((t) => t.ticket.createdAt)
    .filter((at) => at >= goLive && at <= asOf)
    .sort((a, b) => a - b);
  let start = goLive;
  for (const at of serious) {
    if (at - start >= quiet) break;
    start = at;
  }
  return asOf - start >= quiet ? (start - goLive) / DAY_MS : null;
};

/** Computes the KPIs of one account as of the window's end, from its bucketed tickets. */
export const accountKpis = (
  account: Account,
  buckets: TicketBuckets,
  activeUsers: number | null,
  window: Window,
  config: KpiConfig,
  timezone = 'UTC',
): AccountKpis => {
  const critical: number[] = [];
  let reopened = 0;
  for (const t of buckets.solved) {
    const m = t.facts.metrics;
    if (m.reopens > 0) reopened += 1;
    if (t.facts.severity.severity === 'critical' && m.fullResolution !== null) {
      critical.push(m.fullResolution.calendarMinutes / 60);
    }
  }
  const replies = buckets.replied.flatMap((t) => t.facts.metrics.firstReply?.businessMinutes ?? []);
  const seats = account.seats;
  const solved = buckets.solved.length;
  return {
    timeToValueDays: timeToValue(account, buckets.all, window.end, config, timezone),
    criticalMttrHours: mean(critical),
    firstResponseMinutes: quantile(replies, 0.5),
    reopenRate: solved === 0 ? null : reopened / solved,
    adoptionScore:
      seats === null || seats <= 0 || activeUsers === null ? null : Math.min(100, (100 * activeUsers) / seats),
  };
};
