/**
 * A scored ticket cut down to what scoring reads, for holding many of them at once (scoring a CSV
 * that is not grouped by account holds every ticket until the file ends). Text, requester, tags and
 * the metrics scoring never reads are dropped; shared empty values are used wherever possible.
 * @module
 */
import type { TicketFacts, TicketMetrics } from '../../core/derived.js';
import type { Instant, Ticket } from '../../core/model.js';
import type { ScoredTicket } from '../../core/scoring/scored-ticket.js';

const NO_TAGS: readonly string[] = Object.freeze([]);
const NO_TIMES: readonly Instant[] = Object.freeze([]);

/** Scoring reads a ticket's key, account, creation time and subject (for the explanation). */
const compactTicket = (t: Ticket): Ticket => ({
  source: t.source,
  externalId: t.externalId,
  accountId: t.accountId,
  requester: null,
  subject: t.subject,
  description: null,
  type: t.type,
  category: null,
  productArea: null,
  priority: null,
  severity: t.severity,
  impact: null,
  usersAffected: null,
  customerEffort: null,
  status: t.status,
  channel: null,
  team: null,
  createdAt: t.createdAt,
  firstResponseAt: null,
  firstSolvedAt: null,
  solvedAt: null,
  closedAt: null,
  reopens: null,
  interactions: null,
  csat: null,
  tags: NO_TAGS,
});

/** First resolution and requester wait feed no component or KPI. */
const compactMetrics = (m: TicketMetrics): TicketMetrics => ({
  ...m,
  firstResolution: null,
  requesterWait: null,
  interactionTimes: m.interactionTimes.length === 0 ? NO_TIMES : m.interactionTimes,
});

/** @example compactScoredTicket({ ticket, facts }).ticket.description // null */
export const compactScoredTicket = ({ ticket, facts }: ScoredTicket): ScoredTicket => {
  const slim: TicketFacts = { ...facts, metrics: compactMetrics(facts.metrics) };
  return { ticket: compactTicket(ticket), facts: slim };
};
