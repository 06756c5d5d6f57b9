/**
 * Derived ticket facts: which tickets need them, writing them, reading them back.
 * @module
 */
import { type Kysely, type SqlBool, sql } from 'kysely';
import type { ChangedTicket, FactsStatus, StoredTicketFacts, TicketKey, TicketNeedingFacts } from '../store.js';
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
 * The tickets needing facts. While every ticket's facts are known to be current under this version
 * but for the pending ones (`facts_state.version`), only the pending keys are read; otherwise every
 * ticket is compared with its facts, and once that pass is through, the version is recorded.
 */
export async function* ticketsNeedingFacts(
  db: Kysely<Database>,
  configVersion: string,
  batchSize: number,
): AsyncIterable<readonly TicketNeedingFacts[]> {
  const state = await db.selectFrom('facts_state').select('version').where('id', '=', 1).executeTakeFirst();
  yield* state?.version === configVersion
    ? pages((after) => pendingPage(db, batchSize, after), batchSize)
    : pages((after) => needingPage(db, configVersion, batchSize, after), batchSize);
  // Reached only when the caller went through every page, writing their facts: what is left pending
  // are keys of events whose ticket is not there yet (its insert will add the key again).
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('facts_state').set({ version: configVersion }).where('id', '=', 1).execute();
    await trx
      .deleteFrom('facts_pending')
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('tickets as t')
              .select('t.source')
              .whereRef('t.source', '=', 'facts_pending.source')
              .whereRef('t.external_id', '=', 'facts_pending.external_id'),
          ),
        ),
      )
      .execute();
  });
}

/**
 * Keyset pages over the tickets' primary key. A page holds only tickets that need facts, so pages
 * are full until the end; paging by "key after the last one" stays correct while the caller writes
 * facts for a page (those rows leave the set, and no row after the cursor is skipped).
 */
async function* pages(
  page: (after: Cursor | null) => Promise<TicketsTable[]>,
  batchSize: number,
): AsyncIterable<readonly TicketNeedingFacts[]> {
  let after: Cursor | null = null;
  for (;;) {
    const rows = await page(after);
    const last = rows[rows.length - 1];
    if (last === undefined) return;
    yield rows.map((r) => ({ ticket: ticketSpec.fromRow(r), ticketHash: r.row_hash }));
    if (rows.length < batchSize) return;
    after = [last.source, last.external_id];
  }
}

/** The pending tickets after the cursor, by key: the set is small after an import of changes. */
const pendingPage = (db: Kysely<Database>, size: number, from: Cursor | null): Promise<TicketsTable[]> => {
  let query = db
    .selectFrom('facts_pending as p')
    .innerJoin('tickets as t', (j) => j.onRef('t.source', '=', 'p.source').onRef('t.external_id', '=', 'p.external_id'))
    .selectAll('t')
    .orderBy('p.source')
    .orderBy('p.external_id')
    .limit(size);
  if (from !== null) {
    query = query.where(({ eb, refTuple, tuple }) => eb(refTuple('p.source', 'p.external_id'), '>', tuple(from[0], from[1])));
  }
  return query.execute();
};

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

/**
 * Inserts or replaces the facts of each ticket, all in one transaction, as the next facts write
 * (`seq`); their tickets leave the pending set. Facts of another version than the one a refresh last
 * completed under make that record void: the next refresh compares every ticket again.
 */
export const writeFacts = async (
  db: Kysely<Database>,
  pairIn: PairIn,
  facts: readonly StoredTicketFacts[],
): Promise<void> => {
  if (facts.length === 0) return;
  await db.transaction().execute(async (trx) => {
    const state = await trx.selectFrom('facts_state').select(['seq', 'version']).where('id', '=', 1).executeTakeFirstOrThrow();
    const seq = state.seq + 1;
    const foreign = facts.some((f) => f.configVersion !== state.version);
    await trx.updateTable('facts_state').set({ seq, ...(foreign ? { version: null } : {}) }).where('id', '=', 1).execute();
    const unique = lastByKey(facts, (f) => `${f.source}\u0000${f.externalId}`);
    for (const chunk of chunks(unique, LOOKUP_CHUNK)) {
      await trx
        .deleteFrom('facts_pending')
        .where(pairIn(['source', 'external_id'], chunk.map((f) => [f.source, f.externalId])))
        .execute();
    }
    for (const chunk of chunks(unique, WRITE_CHUNK)) {
      await trx
        .insertInto('ticket_facts')
        .values(chunk.map((f) => factsToRow(f, seq)))
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
            seq: eb.ref('excluded.seq'),
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

/** Whether every ticket's stored facts are current (none pending), and the last facts write. */
export const factsStatus = async (db: Kysely<Database>): Promise<FactsStatus> => {
  const state = await db.selectFrom('facts_state').select('seq').where('id', '=', 1).executeTakeFirstOrThrow();
  // As `exists`, not a join: SQLite planned the join as a scan of every ticket probing the (mostly
  // empty) pending set, 80 ms on a 1M-ticket store instead of a few µs.
  const pending = await db
    .selectFrom('facts_pending as p')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('tickets as t')
          .select(sql.lit(1).as('one'))
          .whereRef('t.source', '=', 'p.source')
          .whereRef('t.external_id', '=', 'p.external_id'),
      ),
    )
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return { pending: Number(pending.n), seq: state.seq };
};

/** Tickets whose facts were written after facts write `seq`, with their account now, by key. */
export const ticketsChangedSince = async (db: Kysely<Database>, seq: number): Promise<readonly ChangedTicket[]> => {
  const rows = await db
    .selectFrom('ticket_facts as f')
    .innerJoin('tickets as t', (j) => j.onRef('t.source', '=', 'f.source').onRef('t.external_id', '=', 'f.external_id'))
    .select(['f.source', 'f.external_id', 'f.seq', 't.account_id'])
    .where('f.seq', '>', seq)
    .execute();
  // Sorted here: asked to order by key, SQLite walked the whole facts key index instead of the seq
  // index's short range (135 ms vs 7 ms for 1,000 changed tickets of a million).
  return rows
    .map((r) => ({ source: r.source, externalId: r.external_id, accountId: r.account_id, seq: r.seq }))
    .sort((a, b) => compareText(a.source, b.source) || compareText(a.externalId, b.externalId));
};
