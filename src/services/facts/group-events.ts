import type { TicketEvent } from '../../core/model.js';
import { ticketKeyString } from '../../stores/store.js';

/**
 * Events by ticket key (`ticketKeyString`), each ticket's in the order given: `eventsFor` returns
 * a page's events in one list, and each ticket needs only its own.
 */
export const groupEventsByTicket = (events: readonly TicketEvent[]): Map<string, TicketEvent[]> => {
  const byTicket = new Map<string, TicketEvent[]>();
  for (const e of events) {
    const key = ticketKeyString({ source: e.source, externalId: e.ticketId });
    const list = byTicket.get(key);
    if (list) list.push(e);
    else byTicket.set(key, [e]);
  }
  return byTicket;
};
