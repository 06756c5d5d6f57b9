/**
 * The embedded default store: one SQLite file through better-sqlite3. Reads and bookkeeping go
 * through Kysely (shared with PostgreSQL); batch writes use prepared statements directly.
 * @module
 */
import { resolve } from 'node:path';
import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import { type Expression, Kysely, type SqlBool, SqliteDialect, sql } from 'kysely';
import type { ImportKind, Instant, TicketEvent } from '../../core/model.js';
import { toIso } from '../shared/codec.js';
import { runMigrations } from '../migrations/run-migrations.js';
import type { AccountTickets, BatchResult, EventsForOptions, ImportBatch, RollupLinesPart, ScoreSnapshot, StoredRollup, TicketKey, TicketNeedingFacts, TicketPage, TicketPageOptions } from '../store.js';
import { ticketPages } from '../shared/ticket-pages.js';
import { type AccountTicketsOptions, accountTicketGroups } from '../shared/account-tickets.js';
import type { Database } from '../shared/database.js';
import { KyselyStore } from '../shared/kysely-store.js';
import { isMemory, openSqliteDatabase } from './open-sqlite-database.js';
import { SqliteBatchWriter } from './sqlite-batch-writer.js';
import { SqliteEventReader } from './sqlite-event-reader.js';
import { SqliteTicketReader } from './sqlite-ticket-reader.js';

export class SqliteStore extends KyselyStore {
  readonly dialect = 'sqlite';
  readonly #sqlite: SqliteDatabase;
  #writer: SqliteBatchWriter | null = null;
  #events: SqliteEventReader | null = null;
  #tickets: SqliteTicketReader | null = null;

  readonly location: string | null;

  /** @param location the file's path, null for an in-memory database */
  constructor(sqlite: SqliteDatabase, location: string | null = null) {
    super(new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }));
    this.#sqlite = sqlite;
    this.location = location;
  }

  async migrate(): Promise<void> {
    await runMigrations(this.db as unknown as Kysely<unknown>, 'sqlite');
  }

  /** `(a, b) IN (VALUES (?, ?), ...)`: SQLite searches the primary key once per pair. */
  protected pairIn(
    [a, b]: readonly [string, string],
    pairs: readonly (readonly [string, string])[],
  ): Expression<SqlBool> {
    const rows = pairs.map(([x, y]) => sql`(${x}, ${y})`);
    return sql<SqlBool>`(${sql.ref(a)}, ${sql.ref(b)}) in (values ${sql.join(rows)})`;
  }

  /** On better-sqlite3 directly (see `sqlite-event-reader.ts`): the hot read of scoring and facts. */
  override eventsFor(keys: readonly TicketKey[], options?: EventsForOptions): Promise<readonly TicketEvent[]> {
    try {
      // Prepared on first use, after migrate() has created the tables.
      this.#events ??= new SqliteEventReader(this.#sqlite);
      return Promise.resolve(this.#events.eventsFor(keys, options));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /**
   * Groups as the shared code forms them, their tickets read on better-sqlite3 directly. Between
   * groups the file's memory map is dropped and made again: a group's tickets lie scattered over
   * the file, so a rescore touches every page of it, and each touched page stays in the process's
   * resident memory while mapped (the whole 840 MB file of a 1M-ticket store: peak RSS 1.5 GB).
   * Mapped afresh, only the next group's pages come back, from the OS page cache, without disk
   * reads: peak RSS 650 MB, for about 5 s more of page faults on that store (reads without a map at
   * all cost as much, measured).
   */
  override async *iterateAccountTickets(options: AccountTicketsOptions = {}): AsyncIterable<readonly AccountTickets[]> {
    this.#tickets ??= new SqliteTicketReader(this.#sqlite);
    for await (const group of accountTicketGroups(this.db, (keys) => this.eventsFor(keys), options, this.#tickets)) {
      yield group;
      this.#remap();
    }
  }

  /**
   * Without the memory map: with no facts to derive, the first page's query scans every ticket and
   * returns none, and through the map all 840 MB of a 1M-ticket store would stay resident, more
   * than the rescore after it needs. A sequential scan loses nothing by reading pages instead.
   */
  override async *iterateTicketsNeedingFacts(
    configVersion: string,
    options: { readonly batchSize?: number } = {},
  ): AsyncIterable<readonly TicketNeedingFacts[]> {
    const limit = this.#mmapLimit();
    if (limit > 0) this.#sqlite.pragma('mmap_size = 0');
    try {
      yield* super.iterateTicketsNeedingFacts(configVersion, options);
    } finally {
      if (limit > 0) this.#sqlite.pragma(`mmap_size = ${limit}`);
    }
  }

  /**
   * In key order, the table front to back, without the memory map (as the facts refresh's scan,
   * and for the same reason: through the map every page read would stay resident).
   */
  override async *iterateTicketPages(
    options: TicketPageOptions = {},
  ): AsyncIterable<TicketPage> {
    const reader = (this.#tickets ??= new SqliteTicketReader(this.#sqlite));
    const limit = this.#mmapLimit();
    if (limit > 0) this.#sqlite.pragma('mmap_size = 0');
    try {
      this.#events ??= new SqliteEventReader(this.#sqlite);
      const events = this.#events;
      const between = (keys: readonly TicketKey[]) => {
        const [first, last] = [keys[0], keys[keys.length - 1]];
        return Promise.resolve(first === undefined || last === undefined ? [] : events.eventsBetween(first, last));
      };
      const factsVersion = options.factsVersion ?? null;
      yield* ticketPages((after, before, n) => reader.page(after, before, n, factsVersion), between, options);
    } finally {
      if (limit > 0) this.#sqlite.pragma(`mmap_size = ${limit}`);
    }
  }

  /**
   * Without the memory map as well: replacing a run's snapshots frees the old bodies' overflow
   * pages, which SQLite reads to free them (some 270 MB for 10k accounts), and through the map
   * they would all stay resident.
   */
  override saveSnapshots(snapshots: readonly ScoreSnapshot[]): Promise<void> {
    const limit = this.#mmapLimit();
    if (limit > 0) this.#sqlite.pragma('mmap_size = 0');
    try {
      // One prepared upsert run per snapshot: 10k of them through Kysely's multi-row statements
      // cost a second of building and binding (profiled) where the rows cost a fraction.
      this.#upsertSnapshot ??= this.#sqlite.prepare(
        `INSERT INTO snapshots (account_id, as_of, config_version, health, grade, success_points, segment, percentile, body, computed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (account_id, as_of) DO UPDATE SET config_version = excluded.config_version, health = excluded.health,
           grade = excluded.grade, success_points = excluded.success_points, segment = excluded.segment,
           percentile = excluded.percentile, body = excluded.body, computed_at = excluded.computed_at`,
      );
      const upsert = this.#upsertSnapshot;
      this.#sqlite.transaction(() => {
        for (const x of snapshots) {
          upsert.run(x.accountId, toIso(x.asOf), x.configVersion, x.health, x.grade, x.successPoints, x.segment, x.percentile, x.body, toIso(x.computedAt));
        }
      })();
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    } finally {
      if (limit > 0) this.#sqlite.pragma(`mmap_size = ${limit}`);
    }
  }

  #upsertSnapshot: Statement | null = null;

  /**
   * On better-sqlite3 directly, in one transaction, through the memory map: replacing lines frees
   * their overflow pages, which SQLite reads to free them, and read() calls instead of the map made
   * a patch of 829 accounts' lines 6× slower (629 vs 92 ms). The pages read stay mapped (file
   * pages, not the process's own memory).
   */
  override saveRollups(asOf: Instant, configVersion: string, rollups: readonly StoredRollup[]): Promise<void> {
    if (rollups.length === 0) return Promise.resolve();
    try {
      this.#rollupWrites ??= {
        rollup: this.#sqlite.prepare(
          `INSERT INTO rollups (as_of, config_version, account_id, revision, body, facts_seq) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (as_of, config_version, account_id) DO UPDATE SET revision = excluded.revision,
             body = excluded.body, facts_seq = excluded.facts_seq`,
        ),
        dropLines: this.#sqlite.prepare('DELETE FROM rollup_lines WHERE as_of = ? AND config_version = ? AND account_id = ? AND part >= ?'),
        lines: this.#sqlite.prepare('INSERT INTO rollup_lines (as_of, config_version, account_id, part, body) VALUES (?, ?, ?, ?, ?)'),
      };
      const w = this.#rollupWrites;
      const at = toIso(asOf);
      this.#sqlite.transaction(() => {
        for (const r of rollups) {
          w.rollup.run(at, configVersion, r.accountId, r.revision, r.body, r.factsSeq ?? null);
          w.dropLines.run(at, configVersion, r.accountId, r.linesPart ?? 0);
          if (r.lines !== undefined) w.lines.run(at, configVersion, r.accountId, r.linesPart ?? 0, r.lines);
        }
      })();
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  #rollupWrites: { readonly rollup: Statement; readonly dropLines: Statement; readonly lines: Statement } | null = null;

  /**
   * On better-sqlite3 directly, one prepared upsert per part in one transaction: a full rescore
   * spills every account's lines a few times, and Kysely's multi-row statements spent more time
   * being built and bound than SQLite spent storing the rows (profiled).
   */
  override appendRollupLines(asOf: Instant, configVersion: string, parts: readonly RollupLinesPart[]): Promise<void> {
    if (parts.length === 0) return Promise.resolve();
    try {
      this.#appendLines ??= this.#sqlite.prepare(
        `INSERT INTO rollup_lines (as_of, config_version, account_id, part, body) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (as_of, config_version, account_id, part) DO UPDATE SET body = excluded.body`,
      );
      const append = this.#appendLines;
      const at = toIso(asOf);
      this.#sqlite.transaction(() => {
        for (const p of parts) append.run(at, configVersion, p.accountId, p.part, p.lines);
      })();
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  #appendLines: Statement | null = null;

  /** On better-sqlite3 directly, the ids as one JSON parameter: a patch reads some 800 accounts' lines. */
  override loadRollupLines(asOf: Instant, configVersion: string, accountIds: readonly string[]): Promise<ReadonlyMap<string, readonly Uint8Array[]>> {
    try {
      this.#loadLines ??= this.#sqlite
        .prepare<[string, string, string], [string, Uint8Array]>(
          `SELECT account_id, body FROM rollup_lines
           WHERE as_of = ? AND config_version = ? AND account_id IN (SELECT value FROM json_each(?))
           ORDER BY account_id, part`,
        )
        .raw(true);
      const out = new Map<string, Uint8Array[]>();
      for (const [id, body] of this.#loadLines.all(toIso(asOf), configVersion, JSON.stringify(accountIds))) {
        const parts = out.get(id);
        if (parts === undefined) out.set(id, [body]);
        else parts.push(body);
      }
      return Promise.resolve(out);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  #loadLines: Statement<[string, string, string], [string, Uint8Array]> | null = null;

  /** On better-sqlite3 directly: a rescore loads every account's rollup (some 14 MB for 10k accounts). */
  override loadRollups(asOf: Instant, configVersion: string): Promise<readonly StoredRollup[]> {
    try {
      const rows = this.#sqlite
        .prepare<[string, string], [string, number, string, number | null]>(
          'SELECT account_id, revision, body, facts_seq FROM rollups WHERE as_of = ? AND config_version = ? ORDER BY account_id',
        )
        .raw(true)
        .all(toIso(asOf), configVersion);
      return Promise.resolve(
        rows.map(([accountId, revision, body, factsSeq]) => ({ accountId, revision, body, ...(factsSeq === null ? {} : { factsSeq }) })),
      );
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  #mmapLimit(): number {
    return Number(this.#sqlite.pragma('mmap_size', { simple: true }));
  }

  /** SQLite unmaps the file when the limit changes and maps it again, untouched, when it changes back. */
  #remap(): void {
    const limit = this.#mmapLimit();
    if (limit <= 0) return;
    this.#sqlite.pragma('mmap_size = 0');
    this.#sqlite.pragma(`mmap_size = ${limit}`);
  }

  writeBatch<K extends ImportKind>(batch: ImportBatch<K>): Promise<BatchResult> {
    try {
      // Statements are prepared on first use, after migrate() has created the tables.
      this.#writer ??= new SqliteBatchWriter(this.#sqlite);
      return Promise.resolve(this.#writer.write(batch));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

/**
 * Opens a SQLite store at a file path (parent directories created). Call `migrate()` before use, or
 * use `openStore`, which does.
 * @example const store = openSqliteStore('./ticket-health.db');
 */
export const openSqliteStore = (path: string): SqliteStore =>
  new SqliteStore(openSqliteDatabase(path), isMemory(path) ? null : resolve(path));
