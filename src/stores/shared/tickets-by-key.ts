/**
 * Chosen tickets with their facts and events, grouped by the account each belongs to now: what a
 * rescore reads to patch kept rollups with the tickets that changed (a thousand keys, not the
 * accounts' hundred thousand tickets).
 * @module
 */
import type { Kysely } from 'kysely';
import type { Instant, TicketEvent } from '../../core/model.js';
import { type AccountTickets, type TicketKey, ticketKeyString } from '../store.js';
import { LOOKUP_CHUNK, chunks } from './chunks.js';
import { compareText, toIso } from './codec.js';
import type { Database } from './database.js';
import { joinedFacts } from './facts-rows.js';
import type { PairIn } from './pair-in.js';
import { accountSpec, ticketSpec } from './specs/index.js';
import { ticketsWithFacts } from './tickets-with-facts.js';

type Entry = AccountTickets['tickets'][number];

/** Ordered by account id; each account's tickets by (source, externalId), events as `eventsFor` orders them. */
export const ticketsByKey = async (
  db: Kysely<Database>,
  pairIn: PairIn,
  eventsFor: (keys: readonly TicketKey[]) => Promise<readonly TicketEvent[]>,
  keys: readonly TicketKey[],
  createdBefore?: Instant,
): Promise<readonly AccountTickets[]> => {
  const byAccount = new Map<string, { tickets: Entry[]; events: TicketEvent[] }>();
  const accountOf = new Map<string, string>();
  for (const chunk of chunks(keys, LOOKUP_CHUNK)) {
    let query = ticketsWithFacts(db)
      .where(pairIn(['t.source', 't.external_id'], chunk.map((k) => [k.source, k.externalId])));
    if (createdBefore !== undefined) query = query.where('t.created_at', '<', toIso(createdBefore));
    for (const r of await query.execute()) {
      const entry = { ticket: ticketSpec.fromRow(r), facts: joinedFacts(r.source, r.external_id, r) };
      let group = byAccount.get(r.account_id);
      if (group === undefined) byAccount.set(r.account_id, (group = { tickets: [], events: [] }));
      group.tickets.push(entry);
      accountOf.set(ticketKeyString({ source: r.source, externalId: r.external_id }), r.account_id);
    }
  }
  const found = [...accountOf.keys()].map((k) => {
    const at = k.indexOf('\u0000');
    return { source: k.slice(0, at), externalId: k.slice(at + 1) };
  });
  for (const event of await eventsFor(found)) {
    const account = accountOf.get(ticketKeyString({ source: event.source, externalId: event.ticketId }));
    if (account !== undefined) byAccount.get(account)?.events.push(event);
  }
  const ids = [...byAccount.keys()].sort(compareText);
  const accounts = new Map<string, { row: Parameters<typeof accountSpec.fromRow>[0]; revision: number }>();
  for (const chunk of chunks(ids, LOOKUP_CHUNK)) {
    const rows = await db
      .selectFrom('accounts as a')
      .leftJoin('account_revisions as r', 'r.account_id', 'a.id')
      .selectAll('a')
      .select('r.revision')
      .where('a.id', 'in', chunk)
      .execute();
    for (const r of rows) accounts.set(r.id, { row: r, revision: r.revision ?? 0 });
  }
  return ids.flatMap((id): AccountTickets[] => {
    const account = accounts.get(id);
    const group = byAccount.get(id);
    if (account === undefined || group === undefined) return [];
    group.tickets.sort(
      (a, b) => compareText(a.ticket.source, b.ticket.source) || compareText(a.ticket.externalId, b.ticket.externalId),
    );
    return [{ account: accountSpec.fromRow(account.row), revision: account.revision, tickets: group.tickets, events: group.events }];
  });
};
