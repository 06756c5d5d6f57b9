/**
 * A first, cheap pass over a tickets CSV: how many rows each account has, and which optional fact
 * columns the header carries. Knowing each account's count lets the scoring pass roll an account up
 * the moment its last ticket has been read, so a file grouped by account holds one account's tickets
 * at a time, and any other order still works (held until the account's last row).
 * @module
 */
import { normalizeHeader } from '../../sources/csv/canonical-headers.js';
import { readCsv } from '../../sources/csv/csv-scanner.js';
import type { FactColumns } from './file-facts.js';

export interface TicketFileOutline {
  /** Data rows per account id, as written (rows later refused still count here). */
  readonly rowsByAccount: Map<string, number>;
  readonly factColumns: FactColumns;
}

/**
 * Reads only the raw fields (no dates, no records): a fraction of a full parse.
 * @example (await outlineTicketFile('tickets.csv')).rowsByAccount.get('acme') // 42
 */
export const outlineTicketFile = async (path: string): Promise<TicketFileOutline> => {
  const rowsByAccount = new Map<string, number>();
  let column = -1;
  let header: readonly string[] | null = null;
  for await (const records of readCsv(path)) {
    for (const record of records) {
      if (header === null) {
        header = record;
        column = record.map(normalizeHeader).indexOf('account_id');
        continue;
      }
      const id = (record[column] ?? '').trim();
      rowsByAccount.set(id, (rowsByAccount.get(id) ?? 0) + 1);
    }
  }
  const find = (name: string) => header?.find((h) => normalizeHeader(h) === name) ?? null;
  return { rowsByAccount, factColumns: { sentiment: find('sentiment'), theme: find('theme') } };
};
