/**
 * What scoring from files holds of a ticket until its account's last row has been read: the few
 * fields metrics are computed from, and its decided type and severity (shared objects, interned).
 * Metrics, SLA and the full `ScoredTicket` are built only at the account's rollup, then dropped,
 * so an unsorted million-ticket file costs a few hundred bytes per ticket, not kilobytes.
 * @module
 */
import type { SeverityDecision, TypeDecision } from '../../core/derived.js';
import type { Instant, Status, Ticket, TicketEvent } from '../../core/model.js';
import type { DerivedFacts } from '../facts/derive-facts.js';

export interface HeldTicket {
  readonly externalId: string;
  readonly subject: string | null;
  readonly status: Status;
  readonly createdAt: Instant;
  readonly firstResponseAt: Instant | null;
  readonly firstSolvedAt: Instant | null;
  readonly solvedAt: Instant | null;
  readonly closedAt: Instant | null;
  readonly reopens: number | null;
  readonly interactions: number | null;
  readonly type: TypeDecision;
  readonly severity: SeverityDecision;
  readonly sentiment: number | null;
  readonly events: readonly TicketEvent[] | null;
}

/** One object per distinct decision: a million tickets share a few dozen. */
export const createInterner = () => {
  const types = new Map<string, TypeDecision>();
  const severities = new Map<string, SeverityDecision>();
  return {
    type: (d: TypeDecision): TypeDecision => {
      const key = `${d.type}\u0000${d.source}\u0000${d.confidence}`;
      const known = types.get(key);
      if (known) return known;
      types.set(key, d);
      return d;
    },
    severity: (d: SeverityDecision): SeverityDecision => {
      const key = `${d.severity}\u0000${d.rule}`;
      const known = severities.get(key);
      if (known) return known;
      severities.set(key, d);
      return d;
    },
  };
};

/** @example holdTicket(ticket, facts, events, interner) */
export const holdTicket = (
  t: Ticket,
  facts: DerivedFacts,
  events: readonly TicketEvent[] | null,
  intern: ReturnType<typeof createInterner>,
): HeldTicket => ({
  externalId: t.externalId,
  subject: t.subject,
  status: t.status,
  createdAt: t.createdAt,
  firstResponseAt: t.firstResponseAt,
  firstSolvedAt: t.firstSolvedAt,
  solvedAt: t.solvedAt,
  closedAt: t.closedAt,
  reopens: t.reopens,
  interactions: t.interactions,
  type: intern.type(facts.type),
  severity: intern.severity(facts.severity),
  sentiment: facts.sentiment,
  events: events !== null && events.length > 0 ? events : null,
});

const NO_TAGS: readonly string[] = Object.freeze([]);

/** The ticket again, with what scoring does not read left empty. */
export const heldToTicket = (h: HeldTicket, source: string, accountId: string): Ticket => ({
  source, externalId: h.externalId, accountId, requester: null, subject: h.subject, description: null,
  type: h.type.source === 'source' ? h.type.type : null, category: null, productArea: null, priority: null,
  severity: h.severity.rule === 'source' ? h.severity.severity : null, impact: null, usersAffected: null,
  customerEffort: null, status: h.status, channel: null, team: null, createdAt: h.createdAt,
  firstResponseAt: h.firstResponseAt, firstSolvedAt: h.firstSolvedAt, solvedAt: h.solvedAt, closedAt: h.closedAt,
  reopens: h.reopens, interactions: h.interactions, csat: null, tags: NO_TAGS,
});
