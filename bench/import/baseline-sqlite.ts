/**
 * The SQLite baseline: the same scanner, one prepared INSERT of the raw values per row, one
 * transaction per batch, on a connection with the store's own pragmas. What an import could cost if
 * it did nothing but move bytes into the table.
 * @module
 */
import Database from 'better-sqlite3';
import { readCsv } from '../../src/sources/csv/csv-scanner.js';
import { SQLITE_PRAGMAS } from '../../src/stores/sqlite/open-sqlite-database.js';
import { baselineColumns, orNull } from './baseline-columns.js';

/** Inserts every data row of `csv` into the tickets table of the SQLite file; returns the row count. */
export const plainSqliteInsert = async (
  path: string,
  csv: string,
  batchSize: number,
  sourceName: string,
): Promise<number> => {
  const db = new Database(path);
  try {
    for (const pragma of SQLITE_PRAGMAS) db.pragma(pragma);
    let insert: Database.Statement<(string | null)[]> | null = null;
    let constants: readonly string[] = [];
    let batch: string[][] = [];
    const flush = db.transaction((records: readonly string[][]) => {
      for (const r of records) insert?.run(...constants, ...r.map(orNull));
    });
    let rows = 0;
    for await (const records of readCsv(csv)) {
      for (const record of records) {
        if (insert === null) {
          const cols = baselineColumns(record, sourceName);
          constants = cols.constants;
          const marks = cols.names.map(() => '?').join(', ');
          insert = db.prepare(`INSERT INTO tickets (${cols.names.map((n) => `"${n}"`).join(', ')}) VALUES (${marks})`);
          continue;
        }
        batch.push(record);
        if (batch.length >= batchSize) {
          flush(batch);
          rows += batch.length;
          batch = [];
        }
      }
    }
    if (batch.length > 0) flush(batch);
    return rows + batch.length;
  } finally {
    db.close();
  }
};
