/**
 * Accounts with their tickets, facts and events, in groups of about `batchSize` tickets: the unit
 * scoring works in. Each group costs a handful of range queries (accounts by id, ticket counts per
 * account, tickets with their facts by account range, events by ticket key), never one per ticket.
 * @module
 */
import type { Kysely } from 'kysely';
import type { Account, Instant, TicketEvent } from '../../core/model.js';
import type { AccountTickets, TicketKey } from '../store.js';
import { ticketKeyString } from '../store.js';
import { LOOKUP_CHUNK, chunks } from './chunks.js';
import { compareText, toIso } from './codec.js';
import type { Database } from './database.js';
import { accountSpec, ticketSpec } from './specs/index.js';
import { joinedFacts } from './facts-rows.js';
import { ticketsWithFacts } from './tickets-with-facts.js';

/** Tickets per group when the caller does not say: with their events, some tens of MB at most. */
const DEFAULT_GROUP = 2_000;
/** Accounts read per page while forming groups. */
const ACCOUNT_PAGE = 1_000;

export interface AccountTicketsOptions {
  readonly accountIds?: readonly string[];
  readonly createdBefore?: Instant;
  readonly batchSize?: number;
}

type EventsFor = (keys: readonly TicketKey[]) => Promise<readonly TicketEvent[]>;

/** An account on its way into a group: how many tickets it brings, not yet the tickets. */
interface Pending {
  readonly account: Account;
  readonly revision: number;
  readonly tickets: number;
}

/** Which accounts a query covers: an id range of the full list, or the ids asked for. */
export type Scope = { readonly from: string; readonly to: string } | { readonly ids: readonly string[] };

/** One ticket of a group with its stored facts, and the account it belongs to. */
export interface GroupTicket extends AccountTicketsEntry {
  readonly accountId: string;
}

type AccountTicketsEntry = AccountTickets['tickets'][number];

/**
 * Reads a scope's tickets with their facts, ordered by (account_id, source, external_id). SQLite
 * has its own on better-sqlite3 (see `sqlite-ticket-reader.ts`); the default goes through Kysely.
 */
export interface GroupTicketReader {
  groupTickets(scope: Scope, createdBefore: string | null): Promise<readonly GroupTicket[]>;
}

/** The portable read: one Kysely query per scope, rows decoded by name. */
export const kyselyTicketReader = (db: Kysely<Database>): GroupTicketReader => ({
  groupTickets: async (scope, createdBefore) =>
    (await groupTickets(db, scope, createdBefore)).map((r) => ({
      accountId: r.account_id,
      ticket: ticketSpec.fromRow(r),
      facts: joinedFacts(r.source, r.external_id, r),
    })),
});

/** Accounts in id order, grouped so that no group holds much more than `batchSize` tickets. */
export async function* accountTicketGroups(
  db: Kysely<Database>,
  eventsFor: EventsFor,
  options: AccountTicketsOptions,
  reader: GroupTicketReader = kyselyTicketReader(db),
): AsyncIterable<readonly AccountTickets[]> {
  const batchSize = options.batchSize ?? DEFAULT_GROUP;
  const createdBefore = options.createdBefore === undefined ? null : toIso(options.createdBefore);
  const filtered = options.accountIds !== undefined;
  let group: Pending[] = [];
  let groupTickets = 0;
  for await (const page of accountPages(db, options.accountIds, createdBefore)) {
    for (const entry of page) {
      // An account is never split: one bigger than a group makes a group of its own.
      if (group.length > 0 && groupTickets + entry.tickets > batchSize) {
        yield await loadGroup(reader, eventsFor, group, filtered, createdBefore);
        group = [];
        groupTickets = 0;
      }
      group.push(entry);
      groupTickets += entry.tickets;
    }
  }
  if (group.length > 0) yield await loadGroup(reader, eventsFor, group, filtered, createdBefore);
}

const scopeOf = (group: readonly Pending[], filtered: boolean): Scope => {
  const ids = group.map((p) => p.account.id);
  // Without a filter a group is a contiguous run of all accounts, so an id range is exact.
  return filtered ? { ids } : { from: ids[0] ?? '', to: ids[ids.length - 1] ?? '' };
};

/** Pages of accounts (with revision and ticket count), all of them or the ids asked for. */
async function* accountPages(
  db: Kysely<Database>,
  accountIds: readonly string[] | undefined,
  createdBefore: string | null,
): AsyncIterable<readonly Pending[]> {
  const pages = accountIds === undefined ? allAccounts(db) : chosenAccounts(db, accountIds);
  for await (const rows of pages) {
    const scope: Scope =
      accountIds === undefined
        ? { from: rows[0]?.id ?? '', to: rows[rows.length - 1]?.id ?? '' }
        : { ids: rows.map((r) => r.id) };
    const counts = await ticketCounts(db, scope, createdBefore);
    yield rows.map((r) => ({
      account: accountSpec.fromRow(r),
      revision: r.revision ?? 0,
      tickets: counts.get(r.id) ?? 0,
    }));
  }
}

/** Accounts with their revision (null when never bumped), in id order. */
const accountRows = (db: Kysely<Database>) =>
  db
    .selectFrom('accounts as a')
    .leftJoin('account_revisions as r', 'r.account_id', 'a.id')
    .selectAll('a')
    .select('r.revision')
    .orderBy('a.id');

type AccountRow = Awaited<ReturnType<ReturnType<typeof accountRows>['execute']>>[number];

/** Every account, keyset-paged on the primary key. */
async function* allAccounts(db: Kysely<Database>): AsyncIterable<readonly AccountRow[]> {
  let after: string | null = null;
  for (;;) {
    let query = accountRows(db).limit(ACCOUNT_PAGE);
    if (after !== null) query = query.where('a.id', '>', after);
    const rows = await query.execute();
    const last = rows[rows.length - 1];
    if (last === undefined) return;
    yield rows;
    if (rows.length < ACCOUNT_PAGE) return;
    after = last.id;
  }
}

/** The accounts asked for that exist, in id order, each once. */
async function* chosenAccounts(
  db: Kysely<Database>,
  accountIds: readonly string[],
): AsyncIterable<readonly AccountRow[]> {
  const wanted = [...new Set(accountIds)].sort(compareText);
  for (const ids of chunks(wanted, ACCOUNT_PAGE)) {
    const rows = await accountRows(db).where('a.id', 'in', ids).execute();
    if (rows.length > 0) yield rows;
  }
}

/** Tickets per account in the scope, counted on the account_id index. */
const ticketCounts = async (
  db: Kysely<Database>,
  scope: Scope,
  createdBefore: string | null,
): Promise<Map<string, number>> => {
  const counts = new Map<string, number>();
  for (const part of scopeParts(scope)) {
    let query = db
      .selectFrom('tickets')
      .select((eb) => ['account_id', eb.fn.countAll<number | string>().as('n')])
      .groupBy('account_id');
    query = 'ids' in part
      ? query.where('account_id', 'in', part.ids)
      : query.where('account_id', '>=', part.from).where('account_id', '<=', part.to);
    if (createdBefore !== null) query = query.where('created_at', '<', createdBefore);
    for (const r of await query.execute()) counts.set(r.account_id, Number(r.n));
  }
  return counts;
};

/** A scope of many ids is queried in chunks, to keep each statement's parameters bounded. */
const scopeParts = (scope: Scope): readonly Scope[] =>
  'ids' in scope ? [...chunks(scope.ids, LOOKUP_CHUNK)].map((ids) => ({ ids })) : [scope];

interface Collected {
  readonly tickets: AccountTicketsEntry[];
  readonly events: TicketEvent[];
}

/** The group's tickets with their facts (one range query), then their events (by ticket key). */
const loadGroup = async (
  reader: GroupTicketReader,
  eventsFor: EventsFor,
  group: readonly Pending[],
  filtered: boolean,
  createdBefore: string | null,
): Promise<readonly AccountTickets[]> => {
  const byAccount = new Map<string, Collected>(group.map((p) => [p.account.id, { tickets: [], events: [] }]));
  const accountOfTicket = new Map<string, Collected>();
  const keys: TicketKey[] = [];
  if (group.some((p) => p.tickets > 0)) {
    for (const part of scopeParts(scopeOf(group, filtered))) {
      for (const r of await reader.groupTickets(part, createdBefore)) {
        const collected = byAccount.get(r.accountId);
        if (collected === undefined) continue;
        collected.tickets.push({ ticket: r.ticket, facts: r.facts });
        const key = { source: r.ticket.source, externalId: r.ticket.externalId };
        keys.push(key);
        accountOfTicket.set(ticketKeyString(key), collected);
      }
    }
  }
  // Sorted by (source, ticketId, at, seq) across the group, so each account's share stays sorted.
  for (const event of await eventsFor(keys)) {
    accountOfTicket.get(ticketKeyString({ source: event.source, externalId: event.ticketId }))?.events.push(event);
  }
  return group.map((p) => {
    const collected = byAccount.get(p.account.id);
    return {
      account: p.account,
      revision: p.revision,
      tickets: collected?.tickets ?? [],
      events: collected?.events ?? [],
    };
  });
};

/** One range scan on the account_id index, each ticket joined to its facts row by primary key. */
const groupTickets = (db: Kysely<Database>, scope: Scope, createdBefore: string | null) => {
  let query = ticketsWithFacts(db)
    .orderBy('t.account_id')
    .orderBy('t.source')
    .orderBy('t.external_id');
  query = 'ids' in scope
    ? query.where('t.account_id', 'in', scope.ids)
    : query.where('t.account_id', '>=', scope.from).where('t.account_id', '<=', scope.to);
  if (createdBefore !== null) query = query.where('t.created_at', '<', createdBefore);
  return query.execute();
};
