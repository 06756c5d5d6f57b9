/**
 * The PostgreSQL baseline: the same scanner, and per batch one `INSERT ... SELECT FROM unnest(...)`
 * (the statement shape the store uses) of the raw values in its own transaction, on one connection.
 * @module
 */
import pg from 'pg';
import { readCsv } from '../../src/sources/csv/csv-scanner.js';
import { unnestInsert } from '../../src/stores/postgres/unnest-insert.js';
import { baselineColumns, orNull } from './baseline-columns.js';

/** Opens the baseline's one connection (before the clock starts: the store's pool is open too). */
export const connectBaseline = async (url: string): Promise<pg.Client> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
};

/**
 * Inserts every data row of `csv` into the tickets table of the connection's search_path; returns
 * the row count. The caller closes the connection.
 */
export const plainPostgresInsert = async (
  client: pg.Client,
  csv: string,
  batchSize: number,
  sourceName: string,
): Promise<number> => {
  let sql = '';
  let constants: readonly string[] = [];
  let columns: (string | null)[][] = [];
  let pending = 0;
  let rows = 0;
  const flush = async (): Promise<void> => {
    await client.query('BEGIN');
    await client.query(sql, columns);
    await client.query('COMMIT');
    rows += pending;
    pending = 0;
    columns = columns.map(() => []);
  };
  for await (const records of readCsv(csv)) {
    for (const record of records) {
      if (sql === '') {
        const cols = baselineColumns(record, sourceName);
        constants = cols.constants;
        sql = unnestInsert('tickets', cols.names.map((name, i) => ({ name, type: cols.types[i] ?? 'text' })));
        columns = cols.names.map(() => []);
        continue;
      }
      // One array per column, filled directly: the cheapest way to feed unnest.
      const k = constants.length;
      for (let c = 0; c < k; c++) columns[c]?.push(constants[c] ?? null);
      for (let c = 0; c < record.length; c++) columns[k + c]?.push(orNull(record[c]));
      if (++pending >= batchSize) await flush();
    }
  }
  if (pending > 0) await flush();
  return rows;
};
