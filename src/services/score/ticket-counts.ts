/**
 * A first, cheap pass over a tickets CSV: how many rows each account has, and which optional fact
 * columns the header carries. Knowing each account's count lets the scoring pass roll an account up
 * the moment its last ticket has been read, so a file grouped by account holds one account's tickets
 * at a time, and any other order still works (held until the account's last row).
 * @module
 */
import { normalizeHeader } from '../../sources/csv/canonical-headers.js';
import { readCsv } from '../../sources/csv/csv-scanner.js';
import { countColumnValues } from './count-column-values.js';
import type { FactColumns } from './file-facts.js';

export interface TicketFileOutline {
  /** Data rows per account id, as written (rows later refused still count here). */
  readonly rowsByAccount: Map<string, number>;
  readonly factColumns: FactColumns;
}

/**
 * Decodes only the account column (no other fields, no dates, no records): a fraction of a full parse.
 * @example (await outlineTicketFile('tickets.csv')).rowsByAccount.get('acme') // 42
 */
export const outlineTicketFile = async (path: string): Promise<TicketFileOutline> => {
  let header: readonly string[] = [];
  // The header only: the first batch holds it; leaving the loop closes the file.
  for await (const records of readCsv(path, { chunkSize: 1 << 16 })) {
    header = records[0] ?? [];
    break;
  }
  const column = header.map(normalizeHeader).indexOf('account_id');
  const rowsByAccount = column === -1 ? new Map<string, number>() : await countColumnValues(path, column);
  const find = (name: string) => header.find((h) => normalizeHeader(h) === name) ?? null;
  return { rowsByAccount, factColumns: { sentiment: find('sentiment'), theme: find('theme') } };
};
