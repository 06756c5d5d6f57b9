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

/** The first value stored under the key path, else `make()` stored there. */
const shared = <K1, K2, K3, V>(m: Map<K1, Map<K2, Map<K3, V>>>, a: K1, b: K2, c: K3, make: () => V): V => {
  let m2 = m.get(a);
  if (m2 === undefined) m.set(a, (m2 = new Map()));
  let m3 = m2.get(b);
  if (m3 === undefined) m2.set(b, (m3 = new Map()));
  let v = m3.get(c);
  if (v === undefined) m3.set(c, (v = make()));
  return v;
};

/**
 * One object per distinct decision: a million tickets share a few dozen. Looked up by its fields
 * in nested maps, so no key text is built per ticket.
 */
export const createInterner = () => {
  const types = new Map<string, Map<string, Map<number, TypeDecision>>>();
  const severities = new Map<string, Map<string, Map<null, SeverityDecision>>>();
  return {
    type: (d: TypeDecision): TypeDecision => shared(types, d.type, d.source, d.confidence, () => d),
    severity: (d: SeverityDecision): SeverityDecision => shared(severities, d.severity, d.rule, null, () => d),
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
