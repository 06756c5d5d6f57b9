/**
 * Every ticket with its facts and events in pages, in key order: what a full rescore reads. Key
 * order is (mostly) the order rows were written in, so the pages walk the table front to back,
 * where reading account by account jumps across the whole file for every account.
 * @module
 */
import type { Kysely } from 'kysely';
import type { TicketEvent } from '../../core/model.js';
import type { TicketKey, TicketPage, TicketPageOptions } from '../store.js';
import { compareText, toIso } from './codec.js';
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
  options: Pick<TicketPageOptions, 'createdBefore' | 'batchSize' | 'after' | 'through'>,
): AsyncIterable<TicketPage> {
  const limit = options.batchSize ?? 5_000;
  const before = options.createdBefore === undefined ? null : toIso(options.createdBefore);
  const through = options.through;
  let after: TicketKey | null = options.after ?? null;
  for (;;) {
    const page = await read(after, before, limit);
    const last = page[page.length - 1];
    if (last === undefined) return;
    const tickets = through === undefined ? page : upTo(page, through);
    if (tickets.length > 0) {
      const keys = tickets.map((t) => ({ source: t.ticket.source, externalId: t.ticket.externalId }));
      yield { tickets, events: await eventsFor(keys) };
    }
    if (page.length < limit || tickets.length < page.length) return;
    after = { source: last.ticket.source, externalId: last.ticket.externalId };
  }
}

/**
 * The page's tickets up to and including key `k`. The page is in the store's order; `k` is a key
 * the store gave (`ticketKeyAt`), so finding it ends the part exactly as the store orders keys; the
 * text comparison only ends it should that ticket have gone since.
 */
const upTo = (page: readonly GroupTicket[], k: TicketKey): readonly GroupTicket[] => {
  for (const [i, t] of page.entries()) {
    const { source, externalId } = t.ticket;
    if (source === k.source && externalId === k.externalId) return page.slice(0, i + 1);
    if ((compareText(source, k.source) || compareText(externalId, k.externalId)) > 0) return page.slice(0, i);
  }
  return page;
};
