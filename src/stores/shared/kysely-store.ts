/**
 * Everything both stores do the same way, written once with Kysely: reads, import bookkeeping,
 * quality queries and models. Subclasses add only what differs per database: the batch writer (the
 * hot path, on the raw driver), migration and closing.
 * @module
 */
import type { Expression, Kysely, SqlBool } from 'kysely';
import type {
  Account,
  ImportKind,
  Instant,
  Launch,
  Outcome,
  Ticket,
  TicketEvent,
  UsageRecord,
} from '../../core/model.js';
import {
  type AccountTickets,
  type BatchResult,
  type ChangedTicket,
  type FactsStatus,
  type Dialect,
  type EventsForOptions,
  type ImportBatch,
  type ImportRun,
  type ImportRunStart,
  type RejectedRow,
  type RollupLinesPart,
  type ScoreSnapshot,
  type SourceFieldGaps,
  type Store,
  type StoredRollup,
  type StoredTicketFacts,
  type TicketKey,
  type TicketNeedingFacts,
  type TicketPage,
  type TicketPageOptions,
  ticketKeyString,
} from '../store.js';
import { type AccountTicketsOptions, accountTicketGroups } from './account-tickets.js';
import { LOOKUP_CHUNK, chunks } from './chunks.js';
import { compareText, toIso } from './codec.js';
import type { Database } from './database.js';
import * as facts from './facts-queries.js';
import { importRunFromRow, newImportId, rejectFromRow } from './import-rows.js';
import type { PairIn } from './pair-in.js';
import { accountGaps, ticketFieldGaps } from './quality-queries.js';
import { ticketsByKey } from './tickets-by-key.js';
import { kyselyPageReader, ticketPages } from './ticket-pages.js';
import * as history from './score-history.js';
import { accountSpec, eventSpec, launchSpec, outcomeSpec, ticketSpec, usageSpec } from './specs/index.js';

/** Tickets per page when the caller does not say: a few MB of rows at most. */
const DEFAULT_PAGE = 1_000;

export abstract class KyselyStore implements Store {
  abstract readonly dialect: Dialect;
  abstract migrate(): Promise<void>;
  abstract writeBatch<K extends ImportKind>(batch: ImportBatch<K>): Promise<BatchResult>;
  /**
   * The condition "these two columns equal one of these pairs", written so that the dialect's planner
   * probes the primary key. (A portable `(a, b) IN ((x, y), ...)` list becomes an OR chain that
   * PostgreSQL takes most of a second to plan for 1,000 pairs.)
   */
  protected abstract pairIn(
    columns: readonly [string, string],
    pairs: readonly (readonly [string, string])[],
  ): Expression<SqlBool>;

  abstract readonly location: string | null;

  constructor(protected readonly db: Kysely<Database>) {}

  async close(): Promise<void> {
    await this.db.destroy();
  }

  async beginImport(run: ImportRunStart): Promise<string> {
    const id = newImportId(run.startedAt);
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('imports')
        .set({ status: 'superseded' })
        .where('fingerprint', '=', run.fingerprint)
        .where('status', '=', 'running')
        .execute();
      await trx
        .insertInto('imports')
        .values({
          id,
          kind: run.kind,
          file: run.file,
          source: run.source,
          fingerprint: run.fingerprint,
          started_at: toIso(run.startedAt),
          status: 'running',
          finished_at: null,
          inserted: 0,
          updated: 0,
          unchanged: 0,
          rejected: 0,
          rows_done: 0,
        })
        .execute();
    });
    return id;
  }

  async finishImport(importId: string, status: 'completed' | 'failed', finishedAt: Instant): Promise<void> {
    await this.db
      .updateTable('imports')
      .set({ status, finished_at: toIso(finishedAt) })
      .where('id', '=', importId)
      .execute();
  }

  async listImports(): Promise<readonly ImportRun[]> {
    const rows = await this.db.selectFrom('imports').selectAll().orderBy('started_at').orderBy('id').execute();
    return rows.map(importRunFromRow);
  }

  async listRejects(importId: string): Promise<readonly RejectedRow[]> {
    const rows = await this.db
      .selectFrom('rejects')
      .selectAll()
      .where('import_id', '=', importId)
      .orderBy('row')
      .orderBy('field')
      .orderBy('reason')
      .execute();
    return rows.map(rejectFromRow);
  }

  async existingAccountIds(ids: readonly string[]): Promise<ReadonlySet<string>> {
    const found = new Set<string>();
    for (const chunk of chunks(ids, LOOKUP_CHUNK)) {
      const rows = await this.db.selectFrom('accounts').select('id').where('id', 'in', chunk).execute();
      for (const r of rows) found.add(r.id);
    }
    return found;
  }

  async existingTicketKeys(keys: readonly TicketKey[]): Promise<ReadonlySet<string>> {
    const found = new Set<string>();
    for (const chunk of chunks(keys, LOOKUP_CHUNK)) {
      const rows = await this.db
        .selectFrom('tickets')
        .select(['source', 'external_id'])
        .where(this.pairIn(['source', 'external_id'], chunk.map((k) => [k.source, k.externalId])))
        .execute();
      for (const r of rows) found.add(ticketKeyString({ source: r.source, externalId: r.external_id }));
    }
    return found;
  }

  async listAccounts(): Promise<readonly Account[]> {
    const rows = await this.db.selectFrom('accounts').selectAll().orderBy('id').execute();
    return rows.map(accountSpec.fromRow);
  }

  async getAccount(id: string): Promise<Account | null> {
    const row = await this.db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? null : accountSpec.fromRow(row);
  }

  async countTickets(): Promise<number> {
    const row = await this.db
      .selectFrom('tickets')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Keyset pagination on the primary key: each page is one indexed range scan, memory stays flat. */
  async *iterateTickets(
    options: { readonly batchSize?: number; readonly accountId?: string } = {},
  ): AsyncIterable<readonly Ticket[]> {
    const size = options.batchSize ?? DEFAULT_PAGE;
    let after: readonly [string, string] | null = null;
    for (;;) {
      let query = this.db
        .selectFrom('tickets')
        .selectAll()
        .orderBy('source')
        .orderBy('external_id')
        .limit(size);
      if (options.accountId !== undefined) query = query.where('account_id', '=', options.accountId);
      const from = after;
      if (from !== null) {
        query = query.where(({ eb, refTuple, tuple }) =>
          eb(refTuple('source', 'external_id'), '>', tuple(from[0], from[1])),
        );
      }
      const rows = await query.execute();
      const last = rows[rows.length - 1];
      if (last === undefined) return;
      yield rows.map(ticketSpec.fromRow);
      if (rows.length < size) return;
      after = [last.source, last.external_id];
    }
  }

  async eventsFor(keys: readonly TicketKey[], options: EventsForOptions = {}): Promise<readonly TicketEvent[]> {
    const events: TicketEvent[] = [];
    const { kinds } = options;
    if (kinds !== undefined && kinds.length === 0) return events;
    for (const chunk of chunks(keys, LOOKUP_CHUNK)) {
      let query = this.db
        .selectFrom('ticket_events')
        .selectAll()
        .where(this.pairIn(['source', 'ticket_id'], chunk.map((k) => [k.source, k.externalId])));
      if (kinds !== undefined) query = query.where('kind', 'in', kinds);
      const rows = await query.execute();
      for (const r of rows) events.push(eventSpec.fromRow(r));
    }
    // Sorted here rather than in SQL: chunks would otherwise each be sorted only among themselves.
    return events.sort(
      (a, b) =>
        compareText(a.source, b.source) ||
        compareText(a.ticketId, b.ticketId) ||
        a.at - b.at ||
        a.seq - b.seq,
    );
  }

  async listUsage(accountId?: string): Promise<readonly UsageRecord[]> {
    let query = this.db
      .selectFrom('usage')
      .selectAll()
      .orderBy('account_id')
      .orderBy('date')
      .orderBy('metric');
    if (accountId !== undefined) query = query.where('account_id', '=', accountId);
    return (await query.execute()).map(usageSpec.fromRow);
  }

  async listOutcomes(): Promise<readonly Outcome[]> {
    const rows = await this.db
      .selectFrom('outcomes')
      .selectAll()
      .orderBy('account_id')
      .orderBy('date')
      .orderBy('outcome')
      .execute();
    return rows.map(outcomeSpec.fromRow);
  }

  async listLaunches(): Promise<readonly Launch[]> {
    const rows = await this.db.selectFrom('launches').selectAll().orderBy('date').orderBy('name').execute();
    return rows.map(launchSpec.fromRow);
  }

  ticketFieldGaps(): Promise<readonly SourceFieldGaps[]> {
    return ticketFieldGaps(this.db);
  }

  accountGaps(): Promise<{ readonly stubs: readonly string[]; readonly withoutTickets: readonly string[] }> {
    return accountGaps(this.db);
  }

  async saveModel(name: string, body: string, savedAt: Instant): Promise<void> {
    const saved_at = toIso(savedAt);
    await this.db
      .insertInto('models')
      .values({ name, body, saved_at })
      .onConflict((oc) => oc.column('name').doUpdateSet({ body, saved_at }))
      .execute();
  }

  iterateTicketsNeedingFacts(
    configVersion: string,
    options: { readonly batchSize?: number } = {},
  ): AsyncIterable<readonly TicketNeedingFacts[]> {
    return facts.ticketsNeedingFacts(this.db, configVersion, options.batchSize ?? DEFAULT_PAGE);
  }

  writeFacts(stored: readonly StoredTicketFacts[]): Promise<void> {
    return facts.writeFacts(this.db, (columns, pairs) => this.pairIn(columns, pairs), stored);
  }

  factsStatus(): Promise<FactsStatus> {
    return facts.factsStatus(this.db);
  }

  ticketsChangedSince(seq: number): Promise<readonly ChangedTicket[]> {
    return facts.ticketsChangedSince(this.db, seq);
  }

  iterateTicketPages(options: TicketPageOptions = {}): AsyncIterable<TicketPage> {
    return ticketPages(kyselyPageReader(this.db), (keys) => this.eventsFor(keys), options);
  }

  async ticketKeyAt(position: number): Promise<TicketKey | null> {
    const row = await this.db
      .selectFrom('tickets')
      .select(['source', 'external_id'])
      .orderBy('source')
      .orderBy('external_id')
      .limit(1)
      .offset(position)
      .executeTakeFirst();
    return row === undefined ? null : { source: row.source, externalId: row.external_id };
  }

  ticketsByKey(keys: readonly TicketKey[], createdBefore?: Instant): Promise<readonly AccountTickets[]> {
    const pairIn: PairIn = (columns, pairs) => this.pairIn(columns, pairs);
    return ticketsByKey(this.db, pairIn, (k) => this.eventsFor(k), keys, createdBefore);
  }

  factsFor(keys: readonly TicketKey[]): Promise<readonly StoredTicketFacts[]> {
    return facts.factsFor(this.db, (columns, pairs) => this.pairIn(columns, pairs), keys);
  }

  iterateAccountTickets(options: AccountTicketsOptions = {}): AsyncIterable<readonly AccountTickets[]> {
    return accountTicketGroups(this.db, (keys) => this.eventsFor(keys), options);
  }

  accountRevisions(): Promise<ReadonlyMap<string, number>> {
    return history.accountRevisions(this.db);
  }

  saveConfigVersion(version: string, body: string, savedAt: Instant): Promise<void> {
    return history.saveConfigVersion(this.db, version, body, savedAt);
  }

  loadConfigVersion(version: string): Promise<string | null> {
    return history.loadConfigVersion(this.db, version);
  }

  saveSnapshots(snapshots: readonly ScoreSnapshot[]): Promise<void> {
    return history.saveSnapshots(this.db, snapshots);
  }

  listSnapshots(filter: { readonly accountId?: string; readonly asOf?: Instant }): Promise<readonly ScoreSnapshot[]> {
    return history.listSnapshots(this.db, filter);
  }

  saveRollups(asOf: Instant, configVersion: string, rollups: readonly StoredRollup[]): Promise<void> {
    return history.saveRollups(this.db, asOf, configVersion, rollups);
  }

  loadRollups(asOf: Instant, configVersion: string): Promise<readonly StoredRollup[]> {
    return history.loadRollups(this.db, asOf, configVersion);
  }

  appendRollupLines(asOf: Instant, configVersion: string, parts: readonly RollupLinesPart[]): Promise<void> {
    return history.appendRollupLines(this.db, asOf, configVersion, parts);
  }

  loadRollupLines(asOf: Instant, configVersion: string, accountIds: readonly string[]): Promise<ReadonlyMap<string, readonly Uint8Array[]>> {
    return history.loadRollupLines(this.db, asOf, configVersion, accountIds);
  }

  async loadModel(name: string): Promise<string | null> {
    const row = await this.db.selectFrom('models').select('body').where('name', '=', name).executeTakeFirst();
    return row?.body ?? null;
  }
}
