/**
 * Which texts of a ticket the customer wrote: what sentiment is read from. Agent replies, private
 * notes and bot messages are the support team's voice, not the customer's mood.
 * @module
 */
import type { Ticket, TicketEvent } from '../../core/model.js';

/**
 * Subject, description and the customer's own comments (a comment whose visibility the source did
 * not say counts: a customer cannot write a private note).
 * @param events this ticket's events, any order; other tickets' events must not be passed
 * @example customerTexts(ticket, events) // ['Export fails', 'It stops at 10k rows', 'Still broken :(']
 */
export const customerTexts = (ticket: Ticket, events: readonly TicketEvent[]): (string | null)[] => {
  const texts: (string | null)[] = [ticket.subject, ticket.description];
  for (const e of events) {
    if (e.kind === 'comment' && e.authorRole === 'customer' && e.public !== false) texts.push(e.body);
  }
  return texts;
};
