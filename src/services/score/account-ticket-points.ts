/**
 * One account's tickets as of one moment, for `explain`: every ticket's Success Points, so that the
 * account's total can be followed ticket by ticket, and the account rolled up again to name the
 * tickets that moved it. Scoring itself keeps only the figures (a rollup holding every ticket's
 * points, or its movers' briefs, would be read by every rescore for nothing).
 * @module
 */
import type { Account, Instant, TicketType } from '../../core/model.js';
import { type AccountRollup, pointsClock, rollupAccount } from '../../core/scoring/rollup-account.js';
import type { ScoredTicket } from '../../core/scoring/scored-ticket.js';
import { type PointsBreakdown, ticketSuccessPoints } from '../../core/scoring/success-points.js';
import { windowOf } from '../../core/time/window.js';
import type { Store } from '../../stores/store.js';
import type { RankContext } from './rank-at.js';
import { scoreGroupTickets } from './score-tickets.js';

export interface TicketPointsRow {
  readonly source: string;
  readonly id: string;
  readonly type: TicketType;
  readonly createdAt: Instant;
  /** The final solve at the as-of time; null while unsolved. */
  readonly solvedAt: Instant | null;
  readonly daysOpen: number;
  /** Points dated inside the window: these add up to the account's Success Points. */
  readonly window: PointsBreakdown;
  readonly lifetime: PointsBreakdown;
}

/** One account's tickets as the explanation lists them. */
export interface AccountTickets {
  /** Every ticket's points, most negative window points first. */
  readonly points: TicketPointsRow[];
  /** The account rolled up from its tickets, with the movers and ticket briefs ranking does without. */
  readonly rollup: AccountRollup;
}

/**
 * @example (await accountTickets(store, ctx, account, asOf)).points.reduce((s, t) => s + t.window.total, 0) // = successPoints
 */
export const accountTickets = async (store: Store, ctx: RankContext, account: Account, asOf: Instant): Promise<AccountTickets> => {
  const { config } = ctx;
  const zone = config.timezone;
  const window = windowOf(asOf, config.scoring.windowDays, zone);
  const points = config.scoring.successPoints;
  const clock = pointsClock(config.scoring, zone);
  const tickets: ScoredTicket[] = [];
  for await (const group of store.iterateAccountTickets({ accountIds: [account.id], createdBefore: asOf + 1 })) {
    for (const item of group) {
      tickets.push(...scoreGroupTickets(item, { config, facts: ctx.facts, calendarFor: ctx.calendarFor, asOf }).tickets);
    }
  }
  const rows = tickets.map((t): TicketPointsRow => {
    const p = ticketSuccessPoints(t, window, points, clock);
    return {
      source: t.ticket.source,
      id: t.ticket.externalId,
      type: t.facts.type.type,
      createdAt: t.ticket.createdAt,
      solvedAt: t.facts.metrics.finalSolvedAt,
      daysOpen: p.daysOpen,
      window: p.window,
      lifetime: p.lifetime,
    };
  });
  // In ticket order, as every rescore rolls the account up, so that movers tied on their value come
  // in the same order.
  const rollup = rollupAccount({
    account,
    tickets,
    usage: await store.listUsage(account.id),
    asOf,
    windowDays: config.scoring.windowDays,
    window,
    scoring: config.scoring,
    segments: config.segments,
    timezone: zone,
  });
  return { points: rows.sort((a, b) => a.window.total - b.window.total || a.id.localeCompare(b.id)), rollup };
};
