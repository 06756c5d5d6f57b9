import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from '../../config/schema.js';
import type { ImportKind, Instant } from '../../core/model.js';
import { createCsvSource } from '../../sources/csv/csv-source.js';
import type { Mapping } from '../../sources/csv/mapping.js';
import type { RecordSource } from '../../sources/source.js';
import type { Store } from '../../stores/store.js';
import { type ImportReport, emptyReport, mergeReports } from './import-report.js';
import { importSource } from './import-source.js';

export interface ImportFilesOptions {
  readonly store: Store;
  readonly config: Config;
  readonly kind: ImportKind;
  readonly files: readonly string[];
  /** The ticket source name (`csv` by default): with the ticket id it is the ticket's key. */
  readonly sourceName: string;
  readonly strict: boolean;
  /** Canonical ticket fields a row must carry, or it is rejected (`--require`). */
  readonly require: readonly string[];
  readonly mapping: Mapping | null;
  readonly rejectsDir: string;
  readonly now: () => Instant;
  readonly onProgress?: (progress: { readonly file: string; readonly done: number; readonly total: number | null; readonly rows: number }) => void;
}

/** Path, size and modification time: the same file unchanged gets the same fingerprint. */
export const fileFingerprint = (path: string): string => {
  const st = statSync(path);
  return `${resolve(path)}|${st.size}|${Math.trunc(st.mtimeMs)}`;
};

/**
 * Imports CSV files of one kind. Every file's header is checked before any row is written, so a
 * wrong file among several fails fast and imports nothing.
 */
export const importFiles = async (options: ImportFilesOptions): Promise<ImportReport> => {
  const sources: RecordSource<ImportKind>[] = [];
  for (const file of options.files) {
    sources.push(
      await createCsvSource(options.kind, file, {
        sourceName: options.sourceName,
        timezone: options.config.timezone,
        csatScale: options.config.csat,
        batchSize: options.config.import.batchSize,
        require: options.require,
        ...(options.mapping ? { mapping: options.mapping } : {}),
      }),
    );
  }
  let report = emptyReport(options.kind);
  for (const source of sources) {
    const one = await importSource(source, {
      store: options.store,
      strict: options.strict,
      rejectsDir: options.rejectsDir,
      fingerprint: fileFingerprint(source.origin),
      now: options.now,
      onProgress: (p) => options.onProgress?.({ file: source.origin, ...p }),
    });
    report = mergeReports(report, one);
  }
  return report;
};
