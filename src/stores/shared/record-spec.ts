/**
 * One table per import kind, described once for both dialects: its columns (keys first), how a record
 * becomes column values and how a row becomes a record again. The writers and readers of both stores
 * are driven by these specs, so a column is added in one place (plus a migration).
 * @module
 */
import type { SqlValue } from './codec.js';

/** Portable column types: `text`, `integer`, `double precision`. Booleans are 0/1 integers. */
export type ColumnType = 'text' | 'integer' | 'double';

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
}

export interface RecordSpec<R, Row> {
  readonly table: string;
  /** Every stored column except `row_hash`, key columns first. */
  readonly columns: readonly Column[];
  /** How many leading `columns` form the primary key. */
  readonly keyCount: number;
  /** The record's values in `columns` order. */
  toValues(record: R): SqlValue[];
  /**
   * Positions of the values the row hash covers, when some of them already decide all others;
   * every value when absent.
   */
  readonly hashedColumns?: readonly number[];
  /** A row as the database returns it (the `Row` shape of the Kysely table) back into a record. */
  fromRow(row: Row): R;
}

/** Joins key values into one map key; NUL never occurs in our keys. */
export const keyString = (values: readonly SqlValue[], keyCount: number): string =>
  keyCount === 1 ? String(values[0]) : values.slice(0, keyCount).join('\u0000');
