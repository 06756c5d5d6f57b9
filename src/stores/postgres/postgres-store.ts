/**
 * The production store: PostgreSQL through pg. Reads and bookkeeping go through Kysely (shared with
 * SQLite); batch writes use multi-row `unnest` statements on the raw pool.
 * @module
 */
import { type Expression, Kysely, PostgresDialect, type SqlBool, sql } from 'kysely';
import type pg from 'pg';
import type { ImportKind } from '../../core/model.js';
import { runMigrations } from '../migrations/run-migrations.js';
import type { BatchResult, ImportBatch } from '../store.js';
import type { Database } from '../shared/database.js';
import { KyselyStore } from '../shared/kysely-store.js';
import { createPool, type PostgresOptions } from './create-pool.js';
import { writePostgresBatch } from './postgres-batch-writer.js';

export class PostgresStore extends KyselyStore {
  readonly dialect = 'postgres';
  readonly #pool: pg.Pool;

  readonly location: string | null;

  /** @param location the URL another connection opens the same store with (null: none can) */
  constructor(pool: pg.Pool, location: string | null = null) {
    super(new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }));
    this.#pool = pool;
    this.location = location;
  }

  async migrate(): Promise<void> {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(this.db);
    const schema = rows[0]?.schema;
    if (schema === undefined) throw new Error('PostgreSQL has no current schema: check the search_path');
    await runMigrations(this.db as unknown as Kysely<unknown>, 'postgres', schema);
  }

  /**
   * `(a, b) IN (SELECT * FROM unnest($1::text[], $2::text[]))`: two array parameters whatever the
   * number of pairs, planned in microseconds as a semi-join that probes the primary key.
   */
  protected pairIn(
    [a, b]: readonly [string, string],
    pairs: readonly (readonly [string, string])[],
  ): Expression<SqlBool> {
    const xs = pairs.map((p) => p[0]);
    const ys = pairs.map((p) => p[1]);
    return sql<SqlBool>`(${sql.ref(a)}, ${sql.ref(b)})
      in (select * from unnest(${xs}::text[], ${ys}::text[]))`;
  }

  writeBatch<K extends ImportKind>(batch: ImportBatch<K>): Promise<BatchResult> {
    return writePostgresBatch(this.#pool, batch);
  }
}

/**
 * Connects lazily (the first query opens the first connection). Call `migrate()` before use, or use
 * `openStore`, which does.
 * @example const store = openPostgresStore({ connectionString: 'postgres://app@db/health' });
 */
export const openPostgresStore = (options: PostgresOptions): PostgresStore =>
  // A schema given apart from the URL is not in it: no other connection could find the tables.
  new PostgresStore(createPool(options), options.schema === undefined ? options.connectionString : null);
