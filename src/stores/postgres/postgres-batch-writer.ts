/**
 * The PostgreSQL import hot path: per batch, one `INSERT ... SELECT FROM unnest(...) ON CONFLICT DO
 * UPDATE ... WHERE row_hash IS DISTINCT FROM excluded.row_hash RETURNING (xmax = 0)`, on one
 * connection in one transaction. The statement itself tells what happened to each row: returned with
 * `xmax = 0` = inserted, returned otherwise = updated, not returned = unchanged. So a batch needs no
 * lookup first, except for keys repeated inside it (one statement cannot touch a row twice): those
 * are looked up and planned in input order. For tickets and events the upsert also returns each
 * changed row's account or ticket key: their revisions and facts are marked once per batch
 * (`postgres-change-marks.ts`), in the same transaction.
 * @module
 */
import type pg from 'pg';
import type { ImportKind } from '../../core/model.js';
import type { BatchResult, ImportBatch, UpsertCounts } from '../store.js';
import { type ChangeScope, changeScopeOf, changedBy } from '../shared/change-scope.js';
import { rejectValues } from '../shared/import-rows.js';
import { type HashedRow, planUpserts, withRowHash } from '../shared/plan-upserts.js';
import { type Column, keyString } from '../shared/record-spec.js';
import { accountSpec, specFor, stubAccount, type WriteSpec } from '../shared/specs/index.js';
import { applyPostgresChangeMarks, changeColumns } from './postgres-change-marks.js';
import { quote, toColumnArrays, unnestInsert, unnestLookup } from './unnest-insert.js';

const ROW_HASH: Column = { name: 'row_hash', type: 'text' };
const REJECT_COLUMNS: readonly Column[] = [
  { name: 'import_id', type: 'text' },
  { name: 'row', type: 'integer' },
  { name: 'field', type: 'text' },
  { name: 'reason', type: 'text' },
  { name: 'raw', type: 'text' },
];

const STUB_COLUMNS = [...accountSpec.columns, ROW_HASH];
const STUB_SQL = `${unnestInsert('accounts', STUB_COLUMNS)} ON CONFLICT (id) DO NOTHING`;
const REJECT_SQL = unnestInsert('rejects', REJECT_COLUMNS);
const COUNTS_SQL = `UPDATE imports SET inserted = inserted + $1, updated = updated + $2,
  unchanged = unchanged + $3, rejected = rejected + $4, rows_done = rows_done + $5 WHERE id = $6`;

interface TableSql {
  readonly lookup: string;
  /** Returns `inserted` and then the `changeColumns` of each inserted or updated row. */
  readonly upsert: string;
  readonly scope: ChangeScope;
}

const tableSql = new Map<string, TableSql>();

const sqlFor = <K extends ImportKind>(spec: WriteSpec<K>): TableSql => {
  const cached = tableSql.get(spec.table);
  if (cached !== undefined) return cached;
  const keys = spec.columns.slice(0, spec.keyCount);
  const values = [...spec.columns.slice(spec.keyCount), ROW_HASH].map((c) => quote(c.name));
  const scope = changeScopeOf(spec.table);
  const returning = changeColumns(scope, spec.columns.map((c) => c.name)).map((c) => `, ${quote(c)}`);
  const built: TableSql = {
    scope,
    lookup: unnestLookup(spec.table, keys),
    upsert: `${unnestInsert(spec.table, [...spec.columns, ROW_HASH])}
      ON CONFLICT (${keys.map((c) => quote(c.name)).join(', ')}) DO UPDATE
      SET ${values.map((v) => `${v} = excluded.${v}`).join(', ')}
      WHERE ${quote(spec.table)}.row_hash IS DISTINCT FROM excluded.row_hash
      RETURNING (xmax = 0) AS inserted${returning.join('')}`,
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
  // A connection whose ROLLBACK failed is broken: it is destroyed rather than returned to the pool.
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await writeInTransaction(client, batch);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((e: unknown) => {
      broken = e instanceof Error ? e : new Error(String(e));
    });
    throw error;
  } finally {
    client.release(broken);
  }
};

const writeInTransaction = async <K extends ImportKind>(
  client: pg.PoolClient,
  batch: ImportBatch<K>,
): Promise<BatchResult> => {
  const stubs = batch.stubAccountIds.map((id) => withRowHash(accountSpec.toValues(stubAccount(id))));
  const stubsCreated =
    stubs.length === 0
      ? 0
      : ((await client.query(STUB_SQL, toColumnArrays(stubs, STUB_COLUMNS.length))).rowCount ?? 0);

  const spec = specFor(batch.kind);
  const statements = sqlFor(spec);
  const width = spec.columns.length + 1;
  const { single, repeated } = splitRepeatedKeys(
    batch.records.map((r) => withRowHash(spec.toValues(r), spec.hashedColumns)),
    spec.keyCount,
  );
  let counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
  // Accounts or tickets that inserted or updated rows change (see change-scope.ts).
  const changed = new Set<string>();
  if (single.length > 0) {
    const result = await client.query<[boolean, ...string[]]>({
      text: statements.upsert,
      values: toColumnArrays(single, width),
      rowMode: 'array',
    });
    let inserted = 0;
    for (const r of result.rows) {
      if (r[0]) inserted++;
      if (r.length > 1) changed.add(r.length === 2 ? String(r[1]) : r.slice(1).join('\u0000'));
    }
    const updated = result.rows.length - inserted;
    counts = { inserted, updated, unchanged: single.length - inserted - updated };
  }
  if (repeated.length > 0) {
    const existing = await lookup(client, statements.lookup, spec.keyCount, repeated);
    const plan = planUpserts(repeated, spec.keyCount, existing);
    const writes = [...plan.inserts, ...plan.updates];
    if (writes.length > 0) await client.query(statements.upsert, toColumnArrays(writes, width));
    for (const row of writes) {
      const change = changedBy(statements.scope, row);
      if (change !== null) changed.add(change);
    }
    counts = {
      inserted: counts.inserted + plan.inserted,
      updated: counts.updated + plan.updated,
      unchanged: counts.unchanged + plan.unchanged,
    };
  }

  await applyPostgresChangeMarks(client, statements.scope, changed);

  if (batch.rejects.length > 0) {
    const rejects = batch.rejects.map((r) => rejectValues(batch.importId, r));
    await client.query(REJECT_SQL, toColumnArrays(rejects, REJECT_COLUMNS.length));
  }
  const { inserted, updated, unchanged } = counts;
  const rowsDone = batch.records.length + batch.rejects.length;
  const rejected = batch.rejects.length;
  await client.query(COUNTS_SQL, [inserted, updated, unchanged, rejected, rowsDone, batch.importId]);
  return { inserted, updated, unchanged, stubsCreated };
};

/** Rows whose key occurs once in the batch, and (in input order) those whose key occurs again. */
const splitRepeatedKeys = (
  rows: readonly HashedRow[],
  keyCount: number,
): { single: HashedRow[]; repeated: HashedRow[] } => {
  const seen = new Map<string, number>();
  const keys = rows.map((row) => keyString(row, keyCount));
  for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  if (seen.size === rows.length) return { single: [...rows], repeated: [] };
  const single: HashedRow[] = [];
  const repeated: HashedRow[] = [];
  rows.forEach((row, i) => (seen.get(keys[i] as string) === 1 ? single : repeated).push(row));
  return { single, repeated };
};

/** Stored row hash by key string, for the keys of these rows. */
const lookup = async (
  client: pg.PoolClient,
  text: string,
  keyCount: number,
  rows: readonly HashedRow[],
): Promise<Map<string, string>> => {
  const values = toColumnArrays(rows, keyCount);
  const result = await client.query<string[]>({ text, values, rowMode: 'array' });
  const found = new Map<string, string>();
  for (const hit of result.rows) found.set(keyString(hit, keyCount), String(hit[keyCount]));
  return found;
};
