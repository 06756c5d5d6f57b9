/**
 * Hand-built tickets and facts for the scoring tests: every field a plain default, so a test states
 * only what it is about. Kept out of `*.test.ts` so every scoring test shares one setup.
 * @module
 */
import type { SlaState, TicketFacts, TicketMetrics } from '../derived.js';
import type { Account, Instant, Severity, Ticket, TicketType } from '../model.js';
import type { ScoredTicket } from './scored-ticket.js';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** 1 Jan 2025 00:00 UTC: the fixtures' day zero. */
export const T0: Instant = Date.parse('2025-01-01T00:00:00Z');
/** The end of day `n` after T0 (day 0 = 1 Jan), as `resolveAsOf` gives for a date. */
export const endOfDay = (n: number): Instant => T0 + (n + 1) * DAY - 1;

const noSla: SlaState = {
  kind: 'no_target',
  targetMinutes: null,
  usedMinutes: null,
  leftMinutes: null,
  clock: 'business',
};

export const makeAccount = (id: string, over: Partial<Account> = {}): Account => ({
  id,
  name: id.toUpperCase(),
  tier: 'enterprise',
  lifecycleStage: 'adopted',
  adoption: 'high',
  seats: null,
  owner: null,
  region: null,
  timezone: null,
  goLiveDate: null,
  renewalDate: null,
  arr: null,
  attributes: {},
  stub: false,
  ...over,
});

export interface TicketSpec {
  readonly id: string;
  readonly account?: string;
  readonly type?: TicketType;
  readonly severity?: Severity;
  readonly createdAt: Instant;
  /** Unsolved spans; the last one may run to `asOf` for a ticket still open. */
  readonly unsolved?: readonly (readonly [Instant, Instant])[];
  readonly open?: boolean;
  readonly finalSolvedAt?: Instant | null;
  readonly firstReplyAt?: Instant | null;
  readonly firstReplyMinutes?: number | null;
  readonly resolutionMinutes?: number | null;
  readonly reopens?: number;
  readonly interactionTimes?: readonly Instant[];
  readonly interactions?: number;
  readonly sentiment?: number | null;
  readonly sla?: { readonly firstReply?: SlaState; readonly resolution?: SlaState };
  readonly subject?: string;
  readonly asOf?: Instant;
}

/** An SLA state with a target and minutes used. */
export const sla = (kind: SlaState['kind'], target: number, used: number): SlaState => ({
  kind,
  targetMinutes: target,
  usedMinutes: used,
  leftMinutes: target - used,
  clock: 'business',
});

const duration = (m: number | null | undefined) =>
  m === null || m === undefined ? null : { calendarMinutes: m, businessMinutes: m };

/** One ticket and its facts, from the few fields a test cares about. */
export const scored = (s: TicketSpec): ScoredTicket => {
  const finalSolvedAt = s.finalSolvedAt ?? null;
  const interactionTimes = s.interactionTimes ?? [];
  const metrics: TicketMetrics = {
    asOf: s.asOf ?? endOfDay(365),
    basis: 'events',
    open: s.open ?? finalSolvedAt === null,
    firstReplyAt: s.firstReplyAt ?? null,
    firstReply: duration(s.firstReplyMinutes),
    firstSolvedAt: finalSolvedAt,
    firstResolution: duration(s.resolutionMinutes),
    finalSolvedAt,
    fullResolution: duration(s.resolutionMinutes),
    reopens: s.reopens ?? 0,
    interactions: s.interactions ?? interactionTimes.length,
    interactionTimes,
    requesterWait: null,
    unsolvedIntervals: (s.unsolved ?? []).map(([from, to]) => ({ from, to })),
  };
  const ticket: Ticket = {
    source: 'test',
    externalId: s.id,
    accountId: s.account ?? 'acme',
    requester: null,
    subject: s.subject ?? `ticket ${s.id}`,
    description: null,
    type: s.type ?? 'help',
    category: null,
    productArea: null,
    priority: null,
    severity: s.severity ?? 'medium',
    impact: null,
    usersAffected: null,
    customerEffort: null,
    status: metrics.open ? 'open' : 'solved',
    channel: null,
    team: null,
    createdAt: s.createdAt,
    firstResponseAt: metrics.firstReplyAt,
    firstSolvedAt: finalSolvedAt,
    solvedAt: finalSolvedAt,
    closedAt: null,
    reopens: null,
    interactions: null,
    csat: null,
    tags: [],
  };
  const facts: TicketFacts = {
    metrics,
    sla: { firstReply: s.sla?.firstReply ?? noSla, resolution: s.sla?.resolution ?? noSla },
    severity: { severity: s.severity ?? 'medium', rule: 'source' },
    type: { type: s.type ?? 'help', source: 'source', confidence: 1 },
    sentiment: s.sentiment ?? null,
    theme: 'general',
  };
  return { ticket, facts };
};
