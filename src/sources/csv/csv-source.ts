/**
 * A CSV file of one import kind as a {@link RecordSource}: the header is checked up front, then
 * rows stream in batches, each read into a record or refused with every problem it has.
 * @module
 */
import type { ImportKind, RecordOf } from '../../core/model.js';
import type { Issue, Result } from '../../core/result.js';
import { type RecordSource, type SourceItem, SourceFormatError } from '../source.js';
import { CANONICAL_HEADERS, isCanonicalHeader } from './canonical-headers.js';
import { canonicalRow, planColumns, rawRow } from './column-plan.js';
import { type CsvProgress, CsvReadError, readCsv } from './csv-scanner.js';
import { createDateReader } from './dates.js';
import { type CanonicalRow, type RowContext, requiredFieldIssues } from './field-reader.js';
import { type Mapping, mappingProblems } from './mapping.js';
import { parseAccountRow } from './parse-account-row.js';
import { parseEventRow } from './parse-event-row.js';
import { parseLaunchRow } from './parse-launch-row.js';
import { parseOutcomeRow } from './parse-outcome-row.js';
import { parseTicketRow } from './parse-ticket-row.js';
import { parseUsageRow } from './parse-usage-row.js';

export interface CsvSourceOptions {
  /** The ticket source name records carry (`--source`, default `csv`). */
  readonly sourceName: string;
  /** IANA zone for timestamps without one. */
  readonly timezone: string;
  /** The scale plain CSAT numbers are on. */
  readonly csatScale: { readonly min: number; readonly max: number };
  readonly mapping?: Mapping;
  /**
   * `--require`: canonical fields a row must carry, or it is rejected (`required_field`). Names
   * that are not fields of the kind are ignored (the default list names ticket fields), except
   * for tickets, where they are an error.
   */
  readonly require?: readonly string[];
  /** Items per yielded batch. Default 5,000. */
  readonly batchSize?: number;
}

type RowParser<K extends ImportKind> = (
  row: CanonicalRow,
  ctx: RowContext,
  rowNumber: number,
) => Result<RecordOf[K]>;

const PARSERS: { readonly [K in ImportKind]: RowParser<K> } = {
  tickets: parseTicketRow,
  accounts: parseAccountRow,
  events: parseEventRow,
  usage: parseUsageRow,
  outcomes: parseOutcomeRow,
  launches: parseLaunchRow,
};

/**
 * Opens a CSV of `kind`. Throws {@link SourceFormatError} with one line when the file cannot be
 * that kind (empty, binary, required columns missing, a mapping that does not fit).
 * @example
 * const source = await createCsvSource('tickets', 'tickets.csv', {
 *   sourceName: 'csv', timezone: 'UTC', csatScale: { min: 1, max: 5 },
 * });
 * for await (const batch of source.read()) {
 *   for (const item of batch) if (!item.ok) console.log(item.row, item.issues);
 * }
 */
export async function createCsvSource<K extends ImportKind>(
  kind: K,
  path: string,
  options: CsvSourceOptions,
): Promise<RecordSource<K>> {
  const mapping = options.mapping ?? null;
  if (mapping !== null) {
    const problems = mappingProblems(mapping, kind);
    if (problems.length > 0) {
      const list = problems.map((p) => `${p.path} ${p.message}`).join('; ');
      throw new SourceFormatError(path, `the mapping does not fit a ${kind} file: ${list}`);
    }
  }
  const require = (options.require ?? []).filter((f) => isCanonicalHeader(kind, f));
  const unknown = (options.require ?? []).filter((f) => !isCanonicalHeader(kind, f));
  if (kind === 'tickets' && unknown.length > 0) {
    const fields = CANONICAL_HEADERS.tickets.join(', ');
    throw new SourceFormatError(
      path,
      `--require names no ticket field: ${unknown.join(', ')} (fields: ${fields})`,
    );
  }
  const plan = planColumns(kind, await readHeader(path), mapping);
  if (typeof plan === 'string') throw new SourceFormatError(path, plan);
  const ctx: RowContext = {
    sourceName: options.sourceName,
    dates: createDateReader({
      timezone: options.timezone,
      ...(mapping?.dateFormat === undefined ? {} : { format: mapping.dateFormat }),
    }),
    csatScale: options.csatScale,
  };
  const progress: CsvProgress = { bytesRead: 0, totalBytes: 0 };
  const batchSize = options.batchSize ?? 5_000;
  const parse = PARSERS[kind] as RowParser<K>;

  const toItem = (record: readonly string[], row: number): SourceItem<K> => {
    if (record.length !== plan.rawKeys.length) {
      // No field can be trusted when the count is off, so the issue names none (path '').
      const message = `has ${record.length} fields, the header has ${plan.rawKeys.length}`;
      const issue: Issue = { code: 'invalid', path: '', message };
      return { ok: false, row, issues: [issue], raw: rawRow(plan, record) };
    }
    const canonical = canonicalRow(plan, record);
    const result = parse(canonical, ctx, row);
    const issues = result.ok ? [] : [...result.issues];
    if (require.length > 0) issues.push(...requiredFieldIssues(canonical, require, issues));
    if (result.ok && issues.length === 0) {
      // bind, not an arrow: one less closure context per row on a million-row file.
      return { ok: true, row, record: result.value, raw: rawRow.bind(null, plan, record) };
    }
    return { ok: false, row, issues, raw: rawRow(plan, record) };
  };

  async function* read(): AsyncGenerator<readonly SourceItem<K>[]> {
    let row = 0;
    let header = true;
    let out: SourceItem<K>[] = [];
    for await (const records of readOrExplain(path, progress)) {
      for (let i = header ? 1 : 0; i < records.length; i++) {
        out.push(toItem(records[i] ?? [], ++row));
        if (out.length >= batchSize) {
          yield out;
          out = [];
        }
      }
      header = false;
    }
    if (out.length > 0) yield out;
  }

  return {
    kind,
    origin: path,
    sourceName: options.sourceName,
    read,
    progress: () => ({ done: progress.bytesRead, total: progress.totalBytes }),
  };
}

/** {@link readCsv}, with unreadable input turned into a {@link SourceFormatError}. */
async function* readOrExplain(
  path: string,
  progress: CsvProgress,
  chunkSize?: number,
): AsyncGenerator<readonly string[][]> {
  try {
    yield* readCsv(path, { progress, ...(chunkSize === undefined ? {} : { chunkSize }) });
  } catch (e) {
    if (e instanceof CsvReadError) throw new SourceFormatError(path, e.message);
    throw e;
  }
}

async function readHeader(path: string): Promise<readonly string[]> {
  for await (const records of readOrExplain(path, { bytesRead: 0, totalBytes: 0 }, 64 << 10)) {
    return records[0] ?? [];
  }
  return [];
}
