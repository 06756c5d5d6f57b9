/**
 * The incremental step's input: a small CSV of changed ticket rows, as a help desk's next export
 * would bring. Every `tickets / count`-th row of the input, its severity raised to critical (low →
 * critical, anything else → critical, critical → high so that every row really changes), written
 * with the input's header. Imported through the real import path, these update the stored tickets.
 * @module
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { readCsv } from '../../src/sources/csv/csv-scanner.js';

const csvCell = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

export interface ChangedTickets {
  readonly rows: number;
  /** Distinct accounts the changed rows belong to. */
  readonly accounts: number;
}

/**
 * @example await writeChangedTickets('tickets.csv', 'changed.csv', 1_000_000, 1000) // { rows: 1000, accounts: 952 }
 */
export const writeChangedTickets = async (from: string, to: string, tickets: number, count: number): Promise<ChangedTickets> => {
  const every = Math.max(1, Math.floor(tickets / count));
  const out = openSync(to, 'w');
  const accounts = new Set<string>();
  let header: readonly string[] | null = null;
  let severity = -1;
  let account = -1;
  let row = 0;
  let rows = 0;
  try {
    for await (const records of readCsv(from)) {
      for (const record of records) {
        if (header === null) {
          header = record;
          severity = record.indexOf('severity');
          account = record.indexOf('account_id');
          writeSync(out, `${record.map(csvCell).join(',')}\n`);
          continue;
        }
        row += 1;
        if (row % every !== 0 || rows >= count) continue;
        const changed = [...record];
        changed[severity] = record[severity] === 'critical' ? 'high' : 'critical';
        accounts.add(record[account] ?? '');
        writeSync(out, `${changed.map(csvCell).join(',')}\n`);
        rows += 1;
      }
    }
  } finally {
    closeSync(out);
  }
  return { rows, accounts: accounts.size };
};
