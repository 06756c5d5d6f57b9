/**
 * Import runs and rejects between their stored rows and the contract's shapes.
 * @module
 */
import { randomBytes } from 'node:crypto';
import type { ImportKind, Instant } from '../../core/model.js';
import type { ImportRun, ImportStatus, RejectedRow } from '../store.js';
import { fromIso, fromIsoOrNull, toIso } from './codec.js';
import type { ImportsTable, RejectsTable } from './database.js';

/**
 * A readable, roughly time-ordered id such as `20240301T090000Z-3fa9c2`: it names the run's
 * `rejects/<id>.csv` file, so it should be short and sort by start time.
 */
export const newImportId = (startedAt: Instant): string =>
  `${toIso(startedAt).replace(/[-:]/g, '').replace(/\.\d{3}/, '')}-${randomBytes(3).toString('hex')}`;

export const importRunFromRow = (r: ImportsTable): ImportRun => ({
  id: r.id,
  kind: r.kind as ImportKind,
  file: r.file,
  source: r.source,
  fingerprint: r.fingerprint,
  startedAt: fromIso(r.started_at),
  status: r.status as ImportStatus,
  finishedAt: fromIsoOrNull(r.finished_at),
  inserted: r.inserted,
  updated: r.updated,
  unchanged: r.unchanged,
  rejected: r.rejected,
  rowsDone: r.rows_done,
});

/** A reject as column values: import_id, row, field, reason, raw (JSON). */
export const rejectValues = (importId: string, r: RejectedRow): [string, number, string, string, string] => [
  importId,
  r.row,
  r.field,
  r.reason,
  JSON.stringify(r.raw),
];

export const rejectFromRow = (r: RejectsTable): RejectedRow => ({
  row: r.row,
  field: r.field,
  reason: r.reason,
  raw: JSON.parse(r.raw) as Record<string, string>,
});
