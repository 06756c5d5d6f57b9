import type { ImportKind } from '../../core/model.js';

/** One problem with one input row, as the user sees it. */
export interface ImportIssue {
  readonly file: string;
  /** Data row from 1 (the header is not a row). */
  readonly row: number;
  readonly field: string;
  readonly message: string;
}

/** What one import did; the counts add up to the rows read: inserted + updated + unchanged + rejected. */
export interface ImportReport {
  readonly kind: ImportKind;
  readonly files: readonly string[];
  readonly importIds: readonly string[];
  readonly rows: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly rejected: number;
  readonly stubsCreated: number;
  readonly issues: readonly ImportIssue[];
  /** Where the rejected rows were written, one CSV per import run that had any. */
  readonly rejectFiles: readonly string[];
}

export const emptyReport = (kind: ImportKind): ImportReport => ({
  kind,
  files: [],
  importIds: [],
  rows: 0,
  inserted: 0,
  updated: 0,
  unchanged: 0,
  rejected: 0,
  stubsCreated: 0,
  issues: [],
  rejectFiles: [],
});

export const mergeReports = (a: ImportReport, b: ImportReport): ImportReport => ({
  kind: a.kind,
  files: [...a.files, ...b.files],
  importIds: [...a.importIds, ...b.importIds],
  rows: a.rows + b.rows,
  inserted: a.inserted + b.inserted,
  updated: a.updated + b.updated,
  unchanged: a.unchanged + b.unchanged,
  rejected: a.rejected + b.rejected,
  stubsCreated: a.stubsCreated + b.stubsCreated,
  issues: [...a.issues, ...b.issues],
  rejectFiles: [...a.rejectFiles, ...b.rejectFiles],
});
