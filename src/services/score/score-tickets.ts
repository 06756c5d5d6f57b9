/**
 * One store group (an account with its tickets, stored facts and events) as the tickets scoring
 * reads: metrics and SLA computed as of the as-of time, the time-independent facts taken from the
 * store when they are current, else derived on the spot with the same functions the import uses.
 * @module
 */
import type { Config } from '../../config/schema.js';
import type { BusinessCalendar } from '../../core/calendar/compile-calendar.js';
import type { TicketFacts } from '../../core/derived.js';
import { computeTicketMetrics } from '../../core/metrics/compute-ticket-metrics.js';
import type { Account, Instant, Ticket, TicketEvent } from '../../core/model.js';
import type { ScoredTicket } from '../../core/scoring/scored-ticket.js';
import { evaluateSla } from '../../core/sla/evaluate-sla.js';
import { type AccountTickets, type StoredTicketFacts, ticketKeyString } from '../../stores/store.js';
import { type DerivedFacts, type FactsInputs, deriveFacts } from '../facts/derive-facts.js';
import { groupEventsByTicket } from '../facts/group-events.js';

export interface TicketScoringContext {
  readonly config: Config;
  readonly facts: FactsInputs;
  readonly calendarFor: (account: Account | null) => BusinessCalendar;
  readonly asOf: Instant;
}

export const NO_EVENTS: readonly TicketEvent[] = [];

/** Stored facts count only when derived under the facts version in use (a replayed config may differ). */
const currentFacts = (stored: StoredTicketFacts | null, inputs: FactsInputs): DerivedFacts | null =>
  stored !== null && stored.configVersion === inputs.version ? stored : null;

/**
 * One ticket with its facts as of the as-of time (the caller skips tickets created after it).
 * @returns the scored ticket, and whether its facts had to be derived (no current ones stored)
 */
export const scoreTicket = (
  ticket: Ticket,
  stored: StoredTicketFacts | null,
  events: readonly TicketEvent[],
  account: Account,
  calendar: BusinessCalendar,
  ctx: TicketScoringContext,
): { readonly scored: ScoredTicket; readonly derived: boolean } => {
  const { asOf, config } = ctx;
  const current = currentFacts(stored, ctx.facts);
  const known = current ?? deriveFacts(ticket, events, ctx.facts);
  const metrics = computeTicketMetrics(ticket, events, asOf, calendar);
  const sla = evaluateSla(metrics, known.severity.severity, account.tier, calendar, config.sla, asOf);
  const facts: TicketFacts = {
    metrics,
    sla,
    severity: known.severity,
    type: known.type,
    sentiment: known.sentiment,
    theme: known.theme,
  };
  return { scored: { ticket, facts }, derived: current === null };
};

/**
 * The account's tickets created at or before the as-of time, with their facts as of then.
 * @returns the tickets, and how many had to be derived because no current facts were stored
 * @example scoreGroupTickets(group, { config, facts, calendarFor, asOf }).tickets.length
 */
export const scoreGroupTickets = (
  group: AccountTickets,
  ctx: TicketScoringContext,
): { readonly tickets: ScoredTicket[]; readonly derived: number } => {
  const calendar = ctx.calendarFor(group.account);
  const eventsOf = groupEventsByTicket(group.events);
  const tickets: ScoredTicket[] = [];
  let derived = 0;
  for (const { ticket, facts: stored } of group.tickets) {
    if (ticket.createdAt > ctx.asOf) continue;
    const events = eventsOf.get(ticketKeyString({ source: ticket.source, externalId: ticket.externalId })) ?? NO_EVENTS;
    const one = scoreTicket(ticket, stored, events, group.account, calendar, ctx);
    if (one.derived) derived += 1;
    tickets.push(one.scored);
  }
  return { tickets, derived };
};
