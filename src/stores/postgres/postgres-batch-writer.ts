/**
 * The PostgreSQL import hot path: per batch, one lookup of the stored row hashes (an `unnest` join),
 * then one `INSERT ... ON CONFLICT DO UPDATE` carrying every new and changed row, all on one
 * connection in one transaction.
 * @module
 */
import type pg from 'pg';
import type { ImportKind } from '../../core/model.js';
import type { BatchResult, ImportBatch } from '../store.js';
import { rejectValues } from '../shared/import-rows.js';
import { type HashedRow, planUpserts, withRowHash } from '../shared/plan-upserts.js';
import { type Column, keyString } from '../shared/record-spec.js';
import { accountSpec, specFor, stubAccount, type WriteSpec } from '../shared/specs/index.js';
import { quote, toColumnArrays, unnestInsert, unnestLookup } from './unnest-insert.js';

const ROW_HASH: Column = { name: 'row_hash', type: 'text' };
const REJECT_COLUMNS: readonly Column[] = [
  { name: 'import_id', type: 'text' },
  { name: 'row', type: 'integer' },
  { name: 'field', type: 'text' },
  { name: 'reason', type: 'text' },
  { name: 'raw', type: 'text' },
];

const STUB_SQL = `${unnestInsert('accounts', [...accountSpec.columns, ROW_HASH])} ON CONFLICT (id) DO NOTHING`;
const REJECT_SQL = unnestInsert('rejects', REJECT_COLUMNS);
const COUNTS_SQL = `UPDATE imports SET inserted = inserted + $1, updated = updated + $2,
  unchanged = unchanged + $3, rejected = rejected + $4, rows_done = rows_done + $5 WHERE id = $6`;

interface TableSql {
  readonly lookup: string;
  readonly upsert: string;
}

const tableSql = new Map<string, TableSql>();

const sqlFor = <K extends ImportKind>(spec: WriteSpec<K>): TableSql => {
  const cached = tableSql.get(spec.table);
  if (cached !== undefined) return cached;
  const keys = spec.columns.slice(0, spec.keyCount);
  const values = [...spec.columns.slice(spec.keyCount), ROW_HASH].map((c) => quote(c.name));
  const built: TableSql = {
    lookup: unnestLookup(spec.table, keys),
    // The WHERE keeps a concurrent identical write from rewriting the row (and bloating the table).
    upsert: `${unnestInsert(spec.table, [...spec.columns, ROW_HASH])}
      ON CONFLICT (${keys.map((c) => quote(c.name)).join(', ')}) DO UPDATE
      SET ${values.map((v) => `${v} = excluded.${v}`).join(', ')}
      WHERE ${quote(spec.table)}.row_hash IS DISTINCT FROM excluded.row_hash`,
  };
  tableSql.set(spec.table, built);
  return built;
};

/** Writes the whole batch in one transaction on one pooled connection; any error rolls it back. */
export const writePostgresBatch = async <K extends ImportKind>(
  pool: pg.Pool,
  batch: ImportBatch<K>,
): Promise<BatchResult> => {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await writeInTransaction(client, batch);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
};

const writeInTransaction = async <K extends ImportKind>(
  client: pg.PoolClient,
  batch: ImportBatch<K>,
): Promise<BatchResult> => {
  const accountWidth = accountSpec.columns.length + 1;
  const stubs = batch.stubAccountIds.map((id) => withRowHash(accountSpec.toValues(stubAccount(id))));
  const stubsCreated =
    stubs.length === 0 ? 0 : ((await client.query(STUB_SQL, toColumnArrays(stubs, accountWidth))).rowCount ?? 0);

  const spec = specFor(batch.kind);
  const statements = sqlFor(spec);
  const rows = batch.records.map((r) => withRowHash(spec.toValues(r)));
  const plan = planUpserts(rows, spec.keyCount, await lookup(client, statements.lookup, spec.keyCount, rows));
  const changed = [...plan.inserts, ...plan.updates];
  if (changed.length > 0) {
    await client.query(statements.upsert, toColumnArrays(changed, spec.columns.length + 1));
  }
  if (batch.rejects.length > 0) {
    const rejects = batch.rejects.map((r) => rejectValues(batch.importId, r));
    await client.query(REJECT_SQL, toColumnArrays(rejects, REJECT_COLUMNS.length));
  }
  const { inserted, updated, unchanged } = plan;
  const rowsDone = batch.records.length + batch.rejects.length;
  await client.query(COUNTS_SQL, [inserted, updated, unchanged, batch.rejects.length, rowsDone, batch.importId]);
  return { inserted, updated, unchanged, stubsCreated };
};

/** Stored row hash by key string, for the keys of these rows. */
const lookup = async (
  client: pg.PoolClient,
  text: string,
  keyCount: number,
  rows: readonly HashedRow[],
): Promise<Map<string, string>> => {
  const found = new Map<string, string>();
  if (rows.length === 0) return found;
  const result = await client.query<string[]>({
    text,
    values: toColumnArrays(rows, keyCount),
    rowMode: 'array',
  });
  for (const hit of result.rows) found.set(keyString(hit, keyCount), String(hit[keyCount]));
  return found;
};
