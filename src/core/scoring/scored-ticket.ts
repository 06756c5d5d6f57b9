/**
 * A ticket together with the facts derived for it as of the scoring moment: the unit scoring reads.
 * @module
 */
import type { TicketFacts } from '../derived.js';
import type { Ticket } from '../model.js';

export interface ScoredTicket {
  readonly ticket: Ticket;
  readonly facts: TicketFacts;
}

/** A ticket's key across sources: `source:externalId`. */
export const ticketKey = (ticket: Ticket): string => `${ticket.source}:${ticket.externalId}`;
