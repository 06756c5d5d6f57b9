/**
 * Every ticket with its facts and events in pages, in key order: what a full rescore reads. Key
 * order is (mostly) the order rows were written in, so the pages walk the table front to back,
 * where reading account by account jumps across the whole file for every account.
 * @module
 */
import type { Kysely } from 'kysely';
import type { Instant, TicketEvent } from '../../core/model.js';
import type { TicketKey, TicketPage } from '../store.js';
import { toIso } from './codec.js';
import type { Database } from './database.js';
import { joinedFacts } from './facts-rows.js';
import { ticketSpec } from './specs/index.js';
import type { GroupTicket } from './account-tickets.js';
import { ticketsWithFacts } from './tickets-with-facts.js';

/** Reads one page of tickets with facts after a key, in key order. */
export type PageReader = (after: TicketKey | null, createdBefore: string | null, limit: number) => Promise<readonly GroupTicket[]>;

/** Events of the tickets of one page, given the page's keys (in key order). */
export type PageEvents = (keys: readonly TicketKey[]) => Promise<readonly TicketEvent[]>;

/** The portable page read, through Kysely. */
export const kyselyPageReader =
  (db: Kysely<Database>): PageReader =>
  async (after, createdBefore, limit) => {
    let query = ticketsWithFacts(db)
      .orderBy('t.source')
      .orderBy('t.external_id')
      .limit(limit);
    if (after !== null) {
      query = query.where(({ eb, refTuple, tuple }) => eb(refTuple('t.source', 't.external_id'), '>', tuple(after.source, after.externalId)));
    }
    if (createdBefore !== null) query = query.where('t.created_at', '<', createdBefore);
    return (await query.execute()).map((r) => ({
      accountId: r.account_id,
      ticket: ticketSpec.fromRow(r),
      facts: joinedFacts(r.source, r.external_id, r),
    }));
  };

/** Pages of about `batchSize` tickets with their events (ordered by ticket key, at, seq). */
export async function* ticketPages(
  read: PageReader,
  eventsFor: PageEvents,
  options: { readonly createdBefore?: Instant; readonly batchSize?: number },
): AsyncIterable<TicketPage> {
  const limit = options.batchSize ?? 5_000;
  const before = options.createdBefore === undefined ? null : toIso(options.createdBefore);
  let after: TicketKey | null = null;
  for (;;) {
    const tickets = await read(after, before, limit);
    const last = tickets[tickets.length - 1];
    if (last === undefined) return;
    const keys = tickets.map((t) => ({ source: t.ticket.source, externalId: t.ticket.externalId }));
    yield { tickets, events: await eventsFor(keys) };
    if (tickets.length < limit) return;
    after = { source: last.ticket.source, externalId: last.ticket.externalId };
  }
}
