/**
 * Reads a labelled ticket file for `classify train | evaluate | cv`: canonical headers `subject,
 * description, type`, or any CSV through the import mapping format (`columns`, `values.type`).
 * @module
 */
import type { Issue } from '../../core/result.js';
import { normalizeHeader } from './canonical-headers.js';
import { readCsv } from './csv-scanner.js';
import type { Mapping } from './mapping.js';
import { SourceFormatError } from '../source.js';

export interface LabelledCsvRow {
  /** Data row number from 1. */
  readonly row: number;
  readonly subject: string | null;
  readonly description: string | null;
  /** The label as written (after the mapping's `values.type`). */
  readonly type: string;
}

export interface LabelledCsv {
  readonly rows: readonly LabelledCsvRow[];
  /** Rows that carry no label, reported by row: they are left out of training, never silently. */
  readonly issues: readonly (Issue & { readonly row: number })[];
}

const columnOf = (header: readonly string[], field: string, mapping: Mapping | null): number => {
  const wanted = mapping?.columns[field];
  if (wanted !== undefined) {
    const exact = header.findIndex((h) => h.trim() === wanted.trim());
    return exact >= 0 ? exact : header.findIndex((h) => normalizeHeader(h) === normalizeHeader(wanted));
  }
  return header.findIndex((h) => normalizeHeader(h) === field);
};

/** Labelled rows are small (thousands): they are read whole, as training needs them all anyway. */
export const readLabelledCsv = async (path: string, mapping: Mapping | null): Promise<LabelledCsv> => {
  let header: readonly string[] | null = null;
  let cols = { subject: -1, description: -1, type: -1 };
  const values = mapping?.values.type ?? {};
  const rows: LabelledCsvRow[] = [];
  const issues: (Issue & { row: number })[] = [];
  let n = 0;
  for await (const batch of readCsv(path)) {
    for (const record of batch) {
      if (header === null) {
        header = record;
        cols = {
          subject: columnOf(header, 'subject', mapping),
          description: columnOf(header, 'description', mapping),
          type: columnOf(header, 'type', mapping),
        };
        if (cols.type < 0 || (cols.subject < 0 && cols.description < 0)) {
          throw new SourceFormatError(path, 'not a labelled tickets CSV: it needs a type column and a subject or description column (or a --mapping naming them)');
        }
        continue;
      }
      n++;
      const label = (record[cols.type] ?? '').trim();
      if (label === '') {
        issues.push({ row: n, code: 'missing', path: 'type', message: 'the row has no label' });
        continue;
      }
      const text = (i: number): string | null => (i < 0 ? null : (record[i] ?? '') || null);
      rows.push({ row: n, subject: text(cols.subject), description: text(cols.description), type: values[label] ?? label });
    }
  }
  if (header === null) throw new SourceFormatError(path, 'the file is empty');
  return { rows, issues };
};
