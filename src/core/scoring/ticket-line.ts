/**
 * What scoring keeps of one ticket as of the as-of time: which window buckets it falls in, the few
 * numbers the components read, its Success Points and what an explanation names it by. An account
 * is rolled up from its lines one at a time (see `account-tally.ts`), so a scoring pass never has to
 * hold an account's tickets, and a changed ticket's line can replace the old one in a kept rollup.
 * @module
 */
import type { SlaState } from '../derived.js';
import type { Instant, Severity, TicketType } from '../model.js';
import type { DayClock } from '../time/day-clock.js';
import type { Window } from '../time/window.js';
import { inWindow as within } from '../time/window.js';
import type { SuccessPointsConfig } from './scoring-config.js';
import { type ScoredTicket, ticketKey } from './scored-ticket.js';
import { type TicketPoints, ticketSuccessPoints } from './success-points.js';

/** How a ticket counts for the SLA miss rate in the window. */
export type SlaMark = 'not_evaluated' | 'met' | 'breached';

export interface TicketLine {
  /** `source:externalId`. */
  readonly key: string;
  readonly subject: string | null;
  readonly type: TicketType;
  readonly severity: Severity;
  readonly createdAt: Instant;
  /** Created in the window (volume, severity share, sentiment). */
  readonly created: boolean;
  /** Finally solved in the window (reopen rate, resolution time). */
  readonly solved: boolean;
  /** First replied to in the window (first reply time). */
  readonly replied: boolean;
  /** Unsolved at the as-of time (backlog age). */
  readonly open: boolean;
  readonly reopens: number;
  /** Business minutes to the first reply; null when not replied to. */
  readonly firstReplyMinutes: number | null;
  /** Business and calendar minutes from creation to the final solve; null while unsolved. */
  readonly resolutionMinutes: number | null;
  readonly resolutionCalendarMinutes: number | null;
  readonly sentiment: number | null;
  readonly sla: SlaMark;
  /** Minutes past the furthest-overrun SLA target (0 when none is overrun). */
  readonly slaOverrun: number;
  readonly points: TicketPoints;
}

const decided = (s: SlaState) => s.kind === 'met' || s.kind === 'breached';

/**
 * A ticket is SLA-evaluated in the window when one of its targets was decided (met or breached) and
 * the event that decides it — the first reply, the final solve — fell in the window; a ticket still
 * waiting past its target at the as-of time counts too, since the breach is known now.
 */
const slaMark = ({ facts }: ScoredTicket, window: Window): SlaMark => {
  const { firstReply, resolution } = facts.sla;
  const m = facts.metrics;
  const evaluated =
    (decided(firstReply) && (within(m.firstReplyAt, window) || (m.firstReplyAt === null && firstReply.kind === 'breached'))) ||
    (decided(resolution) && (within(m.finalSolvedAt, window) || (m.open && resolution.kind === 'breached')));
  if (!evaluated) return 'not_evaluated';
  return firstReply.kind === 'breached' || resolution.kind === 'breached' ? 'breached' : 'met';
};

/**
 * The line of a ticket created at or before the window's end (the as-of time).
 * @example ticketLine(scored, windowOf(asOf, 90), config.scoring.successPoints, calendarDays).points.window.total
 */
export const ticketLine = (item: ScoredTicket, window: Window, points: SuccessPointsConfig, clock: DayClock): TicketLine => {
  const { ticket, facts } = item;
  const m = facts.metrics;
  const { firstReply, resolution } = facts.sla;
  return {
    key: ticketKey(ticket),
    subject: ticket.subject,
    type: facts.type.type,
    severity: facts.severity.severity,
    createdAt: ticket.createdAt,
    created: ticket.createdAt > window.start,
    solved: within(m.finalSolvedAt, window),
    replied: within(m.firstReplyAt, window),
    open: m.open,
    reopens: m.reopens,
    firstReplyMinutes: m.firstReply?.businessMinutes ?? null,
    resolutionMinutes: m.fullResolution?.businessMinutes ?? null,
    resolutionCalendarMinutes: m.fullResolution?.calendarMinutes ?? null,
    sentiment: facts.sentiment,
    sla: slaMark(item, window),
    slaOverrun: Math.max(-(firstReply.leftMinutes ?? 0), -(resolution.leftMinutes ?? 0), 0),
    points: ticketSuccessPoints(item, window, points, clock),
  };
};
