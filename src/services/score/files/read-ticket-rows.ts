/**
 * The rows of a canonical tickets CSV for scoring: each good row as a Ticket together with its CSV
 * fields (so optional columns are read by index, with no raw-row object per row), each bad row
 * counted as a rejection. Header checks, field-count checks and row parsing are the import's own
 * (`planColumns`, `canonicalRow`, `parseTicketRow`), so a row is refused here exactly when, and
 * with the message with which, `import tickets` would refuse it.
 * @module
 */
import type { Config } from '../../../config/schema.js';
import type { Ticket } from '../../../core/model.js';
import { canonicalRow, planColumns } from '../../../sources/csv/column-plan.js';
import { CsvReadError, readCsv } from '../../../sources/csv/csv-scanner.js';
import { createDateReader } from '../../../sources/csv/dates.js';
import type { RowContext } from '../../../sources/csv/field-reader.js';
import { parseTicketRow } from '../../../sources/csv/parse-ticket-row.js';
import { SourceFormatError } from '../../../sources/source.js';
import { type Rejections, reject } from '../read-file-records.js';

/** Called with the header once; returns what takes each good row. */
export type TicketRowsStart = (header: readonly string[]) => (ticket: Ticket, fields: readonly string[]) => void;

/**
 * @example await readTicketRows('tickets.csv', config, rejections, (header) => (ticket, fields) => use(ticket));
 */
export const readTicketRows = async (path: string, config: Config, rejections: Rejections, start: TicketRowsStart): Promise<void> => {
  const ctx: RowContext = {
    sourceName: 'csv',
    dates: createDateReader({ timezone: config.timezone }),
    csatScale: config.csat,
  };
  let each: ((ticket: Ticket, fields: readonly string[]) => void) | null = null;
  let width = 0;
  let plan: Exclude<ReturnType<typeof planColumns>, string> | null = null;
  let row = 0;
  try {
    for await (const records of readCsv(path)) {
      let i = 0;
      if (plan === null) {
        const header = records[0] ?? [];
        const planned = planColumns('tickets', header, null);
        if (typeof planned === 'string') throw new SourceFormatError(path, planned);
        plan = planned;
        width = header.length;
        each = start(header);
        i = 1;
      }
      for (; i < records.length; i++) {
        const fields = records[i] ?? [];
        row += 1;
        if (fields.length !== width) {
          reject(rejections, 'tickets', row, '', `has ${fields.length} fields, the header has ${width}`);
          continue;
        }
        const result = parseTicketRow(canonicalRow(plan, fields), ctx);
        if (result.ok) (each as NonNullable<typeof each>)(result.value, fields);
        else reject(rejections, 'tickets', row, result.issues[0]?.path ?? '', result.issues[0]?.message ?? 'unreadable row');
      }
    }
  } catch (e) {
    if (e instanceof CsvReadError) throw new SourceFormatError(path, e.message);
    throw e;
  }
};
