/**
 * Streams the good records of one canonical CSV, counting the rows it refuses (with the first few
 * problems kept for the report): nothing is dropped without being counted.
 * @module
 */
import type { Config } from '../../config/schema.js';
import type { ImportKind, RecordOf } from '../../core/model.js';
import { createCsvSource } from '../../sources/csv/csv-source.js';

/** A refused row, as the score report names it. */
export interface FileRejection {
  readonly kind: ImportKind;
  readonly row: number;
  readonly field: string;
  readonly message: string;
}

/** What a file read refused: how many rows, and the first {@link KEPT} of them. */
export interface Rejections {
  readonly counts: Partial<Record<ImportKind, number>>;
  readonly first: FileRejection[];
}

/** Enough to see what is wrong with a file; the rest is counted. */
const KEPT = 20;

export const emptyRejections = (): Rejections => ({ counts: {}, first: [] });

/**
 * Calls `each` with every good record and its raw row (built only when asked for), in file order.
 * @example await readFileRecords('accounts', 'accounts.csv', config, rejections, (a) => byId.set(a.id, a));
 */
export const readFileRecords = async <K extends ImportKind>(
  kind: K,
  path: string,
  config: Config,
  rejections: Rejections,
  each: (record: RecordOf[K], raw: () => Readonly<Record<string, string>>) => void,
): Promise<void> => {
  const source = await createCsvSource(kind, path, {
    sourceName: 'csv',
    timezone: config.timezone,
    csatScale: config.csat,
    batchSize: config.import.batchSize,
  });
  for await (const batch of source.read()) {
    for (const item of batch) {
      if (item.ok) each(item.record, item.raw);
      else reject(rejections, kind, item.row, item.issues[0]?.path ?? '', item.issues[0]?.message ?? 'unreadable row');
    }
  }
};

/** Counts a refused row, keeping its first problem while fewer than {@link KEPT} are kept. */
export const reject = (rejections: Rejections, kind: ImportKind, row: number, field: string, message: string): void => {
  const counts = rejections.counts as Record<ImportKind, number>;
  counts[kind] = (counts[kind] ?? 0) + 1;
  if (rejections.first.length < KEPT) rejections.first.push({ kind, row, field, message });
};

/**
 * Adds what a later part of a file refused, its rows numbered from 1 after `rowsBefore` rows: the
 * same counts and kept problems as one read of the whole file.
 */
export const mergeRejections = (into: Rejections, part: Rejections, rowsBefore: number): void => {
  const counts = into.counts as Record<ImportKind, number>;
  for (const [kind, n] of Object.entries(part.counts) as [ImportKind, number][]) counts[kind] = (counts[kind] ?? 0) + n;
  for (const r of part.first) if (into.first.length < KEPT) into.first.push({ ...r, row: r.row + rowsBefore });
};
