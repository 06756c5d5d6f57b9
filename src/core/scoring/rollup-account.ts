/**
 * Per-account aggregation: everything about one account that does not depend on the other accounts.
 * After an import only the accounts whose tickets changed are rolled up again; `rankSegments` then
 * re-ranks everyone (percentiles move for all).
 * @module
 */
import type { Account, Instant, UsageRecord } from '../model.js';
import { latestUsage } from '../segments/adoption-band.js';
import { calendarDays, type DayClock, weekdayDays } from '../time/day-clock.js';
import { toIsoDate } from '../time/iso-date.js';
import { type Window, windowOf } from '../time/window.js';
import { type AccountRollup, AccountTally } from './account-tally.js';
import type { ScoringConfig, SegmentsConfig } from './scoring-config.js';
import type { ScoredTicket } from './scored-ticket.js';
import { ticketLine } from './ticket-line.js';

export type { AccountRollup, TicketBrief } from './account-tally.js';

export interface RollupInput {
  readonly account: Account;
  readonly tickets: readonly ScoredTicket[];
  readonly usage: readonly UsageRecord[];
  readonly asOf: Instant;
  readonly windowDays: number;
  readonly scoring: ScoringConfig;
  readonly segments: SegmentsConfig;
  /** The configured zone: where windows start and usage dates fall. Default UTC. */
  readonly timezone?: string;
  /** A business-day clock to use when `successPoints.dayClock` is `business` (default: weekdays). */
  readonly businessDays?: DayClock;
  /** The window, when the caller already computed it for many accounts (it is the same for all). */
  readonly window?: Window;
}

/** The day clock Success Points count days open with. */
export const pointsClock = (scoring: ScoringConfig, timezone: string, businessDays?: DayClock): DayClock =>
  scoring.successPoints.dayClock === 'business' ? (businessDays ?? weekdayDays(timezone)) : calendarDays;

/**
 * Rolls one account up as of `asOf`, keeping every ticket's Success Points. Tickets created after
 * `asOf` are invisible.
 * @example rollupAccount({ account, tickets, usage: [], asOf, windowDays: 90, scoring, segments })
 */
export const rollupAccount = (input: RollupInput): AccountRollup => {
  const { account, asOf, scoring } = input;
  const zone = input.timezone ?? 'UTC';
  const window = input.window ?? windowOf(asOf, input.windowDays, zone);
  const tally = new AccountTally({
    window,
    windowDays: input.windowDays,
    scoring,
    segments: input.segments,
    timezone: zone,
    keepTicketPoints: true,
    keepMovers: true,
  });
  const clock = pointsClock(scoring, zone, input.businessDays);
  for (const t of input.tickets) {
    if (t.ticket.createdAt <= window.end) tally.add(ticketLine(t, window, scoring.successPoints, clock));
  }
  const activeUsers = latestUsage(input.usage, input.segments.adoption.usageMetric, toIsoDate(asOf, zone));
  return tally.finish(account, activeUsers);
};
