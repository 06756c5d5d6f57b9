/**
 * Decides, for rows of one batch, which are new, which changed and which are unchanged, given the
 * row hashes already stored for their keys: the same rule the SQLite writer applies row by row. The
 * PostgreSQL writer uses it for keys repeated within a batch, which one upsert statement cannot take.
 * @module
 */
import type { UpsertCounts } from '../store.js';
import type { SqlValue } from './codec.js';
import { keyString } from './record-spec.js';
import { rowHash } from './row-hash.js';

/** Column values followed by the row hash: one row ready to write. */
export type HashedRow = SqlValue[];

export interface UpsertPlan extends UpsertCounts {
  readonly inserts: readonly HashedRow[];
  readonly updates: readonly HashedRow[];
}

/**
 * Appends the row hash of the values (keys included) as the last value.
 * @param hashed positions of the values to hash (`RecordSpec.hashedColumns`); all when absent
 */
export const withRowHash = (values: SqlValue[], hashed?: readonly number[]): HashedRow => {
  values.push(rowHash(hashed === undefined ? values : hashed.map((i) => values[i] ?? null)));
  return values;
};

/**
 * Rows are taken in input order, as if written one by one: a key that occurs twice in a batch is
 * inserted (or updated) once and its second occurrence counts as updated or unchanged against the
 * first. Only the last version of each key is written, so a batch never touches a row twice.
 *
 * @param existing stored row hash by `keyString` of the rows' keys
 * @example
 * planUpserts([row], new Map()) // → { inserted: 1, updated: 0, unchanged: 0, inserts: [row], updates: [] }
 */
export const planUpserts = (
  rows: readonly HashedRow[],
  keyCount: number,
  existing: ReadonlyMap<string, string>,
): UpsertPlan => {
  const pending = new Map<string, { row: HashedRow; isNew: boolean }>();
  let inserted = 0;
  let updated = 0;
  let unchanged = 0;
  for (const row of rows) {
    const key = keyString(row, keyCount);
    const hash = row[row.length - 1];
    const seen = pending.get(key);
    const current = seen ? seen.row[seen.row.length - 1] : existing.get(key);
    if (current === undefined) {
      inserted++;
      pending.set(key, { row, isNew: true });
    } else if (current === hash) {
      unchanged++;
    } else {
      updated++;
      pending.set(key, { row, isNew: seen?.isNew ?? false });
    }
  }
  const inserts: HashedRow[] = [];
  const updates: HashedRow[] = [];
  for (const { row, isNew } of pending.values()) (isNew ? inserts : updates).push(row);
  return { inserted, updated, unchanged, inserts, updates };
};
