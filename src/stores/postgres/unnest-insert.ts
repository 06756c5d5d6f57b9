/**
 * Multi-row INSERT statements built on `unnest`: one array parameter per column, so a statement
 * carries any number of rows with as many parameters as the table has columns (far below
 * PostgreSQL's 65,535), and its text stays the same for every batch.
 * @module
 */
import type { SqlValue } from '../shared/codec.js';
import type { Column, ColumnType } from '../shared/record-spec.js';

const ARRAY_TYPE: Readonly<Record<ColumnType, string>> = {
  text: 'text[]',
  integer: 'integer[]',
  double: 'double precision[]',
};

export const quote = (name: string): string => `"${name}"`;

/** `INSERT INTO t (a, b) SELECT * FROM unnest($1::text[], $2::integer[])`, without a conflict clause. */
export const unnestInsert = (table: string, columns: readonly Column[]): string =>
  `INSERT INTO ${quote(table)} (${columns.map((c) => quote(c.name)).join(', ')})
   SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${ARRAY_TYPE[c.type]}`).join(', ')})`;

/**
 * `SELECT keys..., row_hash` of the stored rows whose keys are among the key-column arrays. The
 * `LATERAL ... LIMIT 1` keeps the planner from hashing the whole table: each key is one index probe.
 */
export const unnestLookup = (table: string, keys: readonly Column[]): string => {
  const names = keys.map((c) => quote(c.name));
  const params = keys.map((c, i) => `$${i + 1}::${ARRAY_TYPE[c.type]}`);
  return `SELECT ${names.map((n) => `k.${n}`).join(', ')}, t.row_hash
   FROM unnest(${params.join(', ')}) AS k(${names.join(', ')})
   CROSS JOIN LATERAL (
     SELECT row_hash FROM ${quote(table)} s
     WHERE ${names.map((n) => `s.${n} = k.${n}`).join(' AND ')} LIMIT 1
   ) t`;
};

/** Rows to one array per column: the parameters of an `unnest` statement. */
export const toColumnArrays = (rows: readonly (readonly SqlValue[])[], width: number): SqlValue[][] => {
  const arrays: SqlValue[][] = Array.from({ length: width }, () => new Array<SqlValue>(rows.length));
  rows.forEach((row, i) => {
    for (let j = 0; j < width; j++) (arrays[j] as SqlValue[])[i] = row[j] ?? null;
  });
  return arrays;
};
