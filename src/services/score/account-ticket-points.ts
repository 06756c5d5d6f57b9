/**
 * Every ticket's Success Points for one account as of one moment: what `explain` lists so that the
 * account's total can be followed ticket by ticket. Scoring itself keeps only the totals (a rollup
 * holding every ticket's points would grow with the data).
 * @module
 */
import type { Instant, TicketType } from '../../core/model.js';
import { type PointsBreakdown, ticketSuccessPoints } from '../../core/scoring/success-points.js';
import { calendarDays, weekdayDays } from '../../core/time/day-clock.js';
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

/**
 * Most negative window points first.
 * @example (await accountTicketPoints(store, ctx, 'acme', asOf)).reduce((s, t) => s + t.window.total, 0) // = successPoints
 */
export const accountTicketPoints = async (
  store: Store,
  ctx: RankContext,
  accountId: string,
  asOf: Instant,
): Promise<TicketPointsRow[]> => {
  const { config } = ctx;
  const zone = config.timezone;
  const window = windowOf(asOf, config.scoring.windowDays, zone);
  const points = config.scoring.successPoints;
  const clock = points.dayClock === 'business' ? weekdayDays(zone) : calendarDays;
  const rows: TicketPointsRow[] = [];
  for await (const group of store.iterateAccountTickets({ accountIds: [accountId], createdBefore: asOf + 1 })) {
    for (const item of group) {
      const scored = scoreGroupTickets(item, { config, facts: ctx.facts, calendarFor: ctx.calendarFor, asOf });
      for (const t of scored.tickets) {
        const p = ticketSuccessPoints(t, window, points, clock);
        rows.push({
          source: t.ticket.source,
          id: t.ticket.externalId,
          type: t.facts.type.type,
          createdAt: t.ticket.createdAt,
          solvedAt: t.facts.metrics.finalSolvedAt,
          daysOpen: p.daysOpen,
          window: p.window,
          lifetime: p.lifetime,
        });
      }
    }
  }
  return rows.sort((a, b) => a.window.total - b.window.total || a.id.localeCompare(b.id));
};
