/**
 * How the plain-insert baseline lays a canonical tickets CSV onto the tickets table: each CSV column
 * goes as read into the table column of the same name (`id` → `external_id`, `csat` → `csat_raw`),
 * plus the constants the table requires (`source`, `row_hash`). No parsing, no validation: an empty
 * field becomes NULL, which is all the database needs to accept it (PostgreSQL would refuse `''` in
 * an integer column).
 * @module
 */
import type { ColumnType } from '../../src/stores/shared/record-spec.js';
import { ticketSpec } from '../../src/stores/shared/specs/index.js';

/** CSV headers whose table column has another name. */
const RENAMED: Readonly<Record<string, string>> = { id: 'external_id', csat: 'csat_raw' };

export interface BaselineColumns {
  /** Table columns in insert order: the constants first, then one per CSV column. */
  readonly names: readonly string[];
  readonly types: readonly ColumnType[];
  /** Values of the leading constant columns. */
  readonly constants: readonly string[];
}

/** @throws when a CSV header has no tickets column (the input is not a canonical tickets CSV) */
export const baselineColumns = (header: readonly string[], sourceName: string): BaselineColumns => {
  const typeOf = new Map<string, ColumnType>(ticketSpec.columns.map((c) => [c.name, c.type]));
  typeOf.set('row_hash', 'text');
  const names = ['source', 'row_hash', ...header.map((h) => RENAMED[h] ?? h)];
  const types = names.map((n) => {
    const type = typeOf.get(n);
    if (type === undefined) throw new Error(`the tickets table has no column for CSV header "${n}"`);
    return type;
  });
  // row_hash is NOT NULL: the baseline stores an empty hash, as it computes none.
  return { names, types, constants: [sourceName, ''] };
};

/** `''` → null, everything else as read. */
export const orNull = (field: string | undefined): string | null =>
  field === undefined || field === '' ? null : field;
