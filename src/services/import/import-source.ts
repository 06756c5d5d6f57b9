import { join } from 'node:path';
import type { ImportKind, Instant, RecordOf } from '../../core/model.js';
import type { Issue } from '../../core/result.js';
import type { RecordSource, SourceItem } from '../../sources/source.js';
import type { RejectedRow, Store } from '../../stores/store.js';
import { type ImportIssue, type ImportReport, emptyReport } from './import-report.js';
import { RejectFile } from './reject-file.js';
import { resolveReferences } from './resolve-references.js';

/** Issues kept in memory for the report; the rest are in the store and the rejects file. */
export const MAX_REPORTED_ISSUES = 10_000;

export interface ImportSourceOptions {
  readonly store: Store;
  /** Refuse rows that refer to accounts never imported, instead of creating stubs. */
  readonly strict: boolean;
  /** Folder that receives `<import-id>.csv` for rejected rows. */
  readonly rejectsDir: string;
  /** Identifies the input, so that a rerun supersedes a killed run of the same file. */
  readonly fingerprint: string;
  readonly now: () => Instant;
  readonly onProgress?: (progress: { readonly done: number; readonly total: number | null; readonly rows: number }) => void;
}

const toRejected = (row: number, issues: readonly Issue[], raw: Readonly<Record<string, string>>): RejectedRow => ({
  row,
  field: [...new Set(issues.map((i) => i.path))].join(';'),
  reason: issues.map((i) => i.message).join('; '),
  raw,
});

/**
 * Imports every row of a source in committed batches. Each batch (records, rejects, stub accounts
 * and the run's counters) is one transaction, so a killed import leaves whole batches only and a
 * rerun completes it: keys make the committed rows come back as `unchanged`.
 */
export const importSource = async <K extends ImportKind>(
  source: RecordSource<K>,
  options: ImportSourceOptions,
): Promise<ImportReport> => {
  const { store } = options;
  const importId = await store.beginImport({
    kind: source.kind,
    file: source.origin,
    source: source.sourceName,
    fingerprint: options.fingerprint,
    startedAt: options.now(),
  });
  const rejectFile = new RejectFile(join(options.rejectsDir, `${importId}.csv`));
  const issues: ImportIssue[] = [];
  const totals = { rows: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0, stubsCreated: 0 };
  try {
    for await (const items of source.read()) {
      const { records, rejects } = await splitBatch(store, source.kind, items, options.strict);
      const stubAccountIds = records.stubs;
      const result = await store.writeBatch({
        importId,
        kind: source.kind,
        records: records.accepted,
        rejects,
        stubAccountIds,
      });
      await rejectFile.append(rejects);
      for (const r of rejects) {
        for (const issue of r.issues) {
          if (issues.length < MAX_REPORTED_ISSUES) {
            issues.push({ file: source.origin, row: r.row, field: issue.path, message: issue.message });
          }
        }
      }
      totals.rows += items.length;
      totals.inserted += result.inserted;
      totals.updated += result.updated;
      totals.unchanged += result.unchanged;
      totals.rejected += rejects.length;
      totals.stubsCreated += result.stubsCreated;
      options.onProgress?.({ ...source.progress(), rows: totals.rows });
    }
    await store.finishImport(importId, 'completed', options.now());
  } catch (err) {
    await store.finishImport(importId, 'failed', options.now()).catch(() => undefined);
    throw err;
  } finally {
    await rejectFile.close();
  }
  return {
    ...emptyReport(source.kind),
    ...totals,
    files: [source.origin],
    importIds: [importId],
    issues,
    rejectFiles: rejectFile.written ? [rejectFile.path] : [],
  };
};

interface SplitBatch<K extends ImportKind> {
  readonly records: { readonly accepted: RecordOf[K][]; readonly stubs: readonly string[] };
  readonly rejects: (RejectedRow & { readonly issues: readonly Issue[] })[];
}

const splitBatch = async <K extends ImportKind>(
  store: Store,
  kind: K,
  items: readonly SourceItem<K>[],
  strict: boolean,
): Promise<SplitBatch<K>> => {
  const readable: { row: number; record: RecordOf[K]; raw: () => Readonly<Record<string, string>> }[] = [];
  const rejects: (RejectedRow & { issues: readonly Issue[] })[] = [];
  for (const item of items) {
    if (item.ok) readable.push({ row: item.row, record: item.record, raw: item.raw });
    else rejects.push({ ...toRejected(item.row, item.issues, item.raw), issues: item.issues });
  }
  const refs = await resolveReferences(store, kind, readable.map((r) => r.record), strict);
  const accepted: RecordOf[K][] = [];
  readable.forEach((r, i) => {
    const refusal = refs.refused.get(i);
    if (refusal === undefined) accepted.push(r.record);
    else rejects.push({ ...toRejected(r.row, [refusal], r.raw()), issues: [refusal] });
  });
  rejects.sort((a, b) => a.row - b.row);
  return { records: { accepted, stubs: refs.stubAccountIds }, rejects };
};
