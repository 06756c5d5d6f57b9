/**
 * Derived ticket facts: which tickets need them, writing them, reading them back.
 * @module
 */
import { type Kysely, type SqlBool, sql } from 'kysely';
import type { StoredTicketFacts, TicketKey, TicketNeedingFacts } from '../store.js';
import { LOOKUP_CHUNK, chunks } from './chunks.js';
import { compareText } from './codec.js';
import type { Database, TicketsTable } from './database.js';
import { factsFromRow, factsToRow } from './facts-rows.js';
import { lastByKey } from './last-by-key.js';
import type { PairIn } from './pair-in.js';
import { ticketSpec } from './specs/index.js';

/** Rows per INSERT: 13 parameters each, far below every driver's limit. */
const WRITE_CHUNK = 500;

/**
 * Keyset pages over the tickets' primary key, each one range scan joined to its facts row. A page
 * holds only tickets that need facts, so pages are full until the end; paging by "key after the
 * last one" stays correct while the caller writes facts for a page (those rows leave the set, and
 * no row after the cursor is skipped).
 */
export async function* ticketsNeedingFacts(
  db: Kysely<Database>,
  configVersion: string,
  batchSize: number,
): AsyncIterable<readonly TicketNeedingFacts[]> {
  let after: Cursor | null = null;
  for (;;) {
    const rows = await needingPage(db, configVersion, batchSize, after);
    const last = rows[rows.length - 1];
    if (last === undefined) return;
    yield rows.map((r) => ({ ticket: ticketSpec.fromRow(r), ticketHash: r.row_hash }));
    if (rows.length < batchSize) return;
    after = [last.source, last.external_id];
  }
}

/** The last ticket key of the previous page. */
type Cursor = readonly [string, string];

const needingPage = (
  db: Kysely<Database>,
  configVersion: string,
  size: number,
  from: Cursor | null,
): Promise<TicketsTable[]> => {
  let query = db
    .selectFrom('tickets as t')
    .leftJoin('ticket_facts as f', (j) =>
      j
        .onRef('f.source', '=', 't.source')
        .onRef('f.external_id', '=', 't.external_id')
        // Redundant for the result, but it lets PostgreSQL's merge join start the facts index at
        // the cursor: without it every page re-read the facts of all earlier pages (O(n²)).
        .on(from === null ? sql<SqlBool>`true` : sql<SqlBool>`(f.source, f.external_id) > (${from[0]}, ${from[1]})`),
    )
    .selectAll('t')
    .where((eb) =>
      eb.or([
        eb('f.source', 'is', null),
        eb('f.ticket_hash', '<>', eb.ref('t.row_hash')),
        eb('f.config_version', '<>', configVersion),
        eb('f.stale', '=', 1),
      ]),
    )
    .orderBy('t.source')
    .orderBy('t.external_id')
    .limit(size);
  if (from !== null) {
    query = query.where(({ eb, refTuple, tuple }) =>
      eb(refTuple('t.source', 't.external_id'), '>', tuple(from[0], from[1])),
    );
  }
  return query.execute();
};

/** Inserts or replaces the facts of each ticket, all in one transaction. */
export const writeFacts = async (db: Kysely<Database>, facts: readonly StoredTicketFacts[]): Promise<void> => {
  if (facts.length === 0) return;
  await db.transaction().execute(async (trx) => {
    const unique = lastByKey(facts, (f) => `${f.source}\u0000${f.externalId}`);
    for (const chunk of chunks(unique, WRITE_CHUNK)) {
      await trx
        .insertInto('ticket_facts')
        .values(chunk.map(factsToRow))
        .onConflict((oc) =>
          oc.columns(['source', 'external_id']).doUpdateSet((eb) => ({
            type: eb.ref('excluded.type'),
            type_source: eb.ref('excluded.type_source'),
            type_confidence: eb.ref('excluded.type_confidence'),
            severity: eb.ref('excluded.severity'),
            severity_rule: eb.ref('excluded.severity_rule'),
            sentiment: eb.ref('excluded.sentiment'),
            theme: eb.ref('excluded.theme'),
            ticket_hash: eb.ref('excluded.ticket_hash'),
            config_version: eb.ref('excluded.config_version'),
            computed_at: eb.ref('excluded.computed_at'),
            stale: eb.ref('excluded.stale'),
          })),
        )
        .execute();
    }
  });
};

/** Stored facts of the given tickets, ordered by (source, externalId). */
export const factsFor = async (
  db: Kysely<Database>,
  pairIn: PairIn,
  keys: readonly TicketKey[],
): Promise<readonly StoredTicketFacts[]> => {
  const found: StoredTicketFacts[] = [];
  for (const chunk of chunks(keys, LOOKUP_CHUNK)) {
    const rows = await db
      .selectFrom('ticket_facts')
      .selectAll()
      .where(pairIn(['source', 'external_id'], chunk.map((k) => [k.source, k.externalId])))
      .execute();
    for (const r of rows) found.push(factsFromRow(r));
  }
  return found.sort((a, b) => compareText(a.source, b.source) || compareText(a.externalId, b.externalId));
};
