/**
 * Where each canonical field of a kind comes from in one CSV: which columns (a repeated header,
 * like Jira's several `Labels`, feeds one field joined with `;`) and which value translations.
 * Built once from the header, before any row is read, so a wrong file fails fast.
 * @module
 */
import { IMPORT_KINDS, type ImportKind } from '../../core/model.js';
import {
  ATTRIBUTE_PREFIX,
  CANONICAL_HEADERS,
  missingRequiredHeaders,
  normalizeHeader,
} from './canonical-headers.js';
import { type CanonicalRow, sourceKey } from './field-reader.js';
import type { Mapping } from './mapping.js';

export interface FieldSource {
  readonly field: string;
  /** CSV column indexes, in file order. */
  readonly columns: readonly number[];
  /** Source value → canonical value (exact keys, then trimmed lower-case keys). */
  readonly values: ReadonlyMap<string, string> | null;
}

export interface ColumnPlan {
  readonly fields: readonly FieldSource[];
  /** Unique column names for raw rows: a repeated header gets ` (2)`, ` (3)`…, a blank one `column_N`. */
  readonly rawKeys: readonly string[];
  /**
   * An object with every planned field, cloned for each row: a clone keeps one fixed shape, while
   * adding 25 keys one by one to `{}` costs more than reading the row (measured).
   */
  readonly template: Readonly<Record<string, string>>;
}

/** Builds the plan, or returns one plain line saying why the file is not this kind. */
export function planColumns(
  kind: ImportKind,
  header: readonly string[],
  mapping: Mapping | null,
): ColumnPlan | string {
  const normalized = header.map(normalizeHeader);
  const fieldNames = [...CANONICAL_HEADERS[kind]];
  if (kind === 'accounts') {
    const attrs = [...normalized, ...Object.keys(mapping?.columns ?? {})];
    for (const h of attrs) {
      if (h.startsWith(ATTRIBUTE_PREFIX) && !fieldNames.includes(h)) fieldNames.push(h);
    }
  }
  const fields: FieldSource[] = [];
  for (const field of fieldNames) {
    const csvName = mapping?.columns[field];
    let columns: number[];
    if (csvName === undefined) {
      columns = indexesOf(normalized, field);
    } else {
      columns = indexesOf(header.map((h) => h.trim()), csvName.trim());
      if (columns.length === 0) columns = indexesOf(normalized, normalizeHeader(csvName));
      if (columns.length === 0) {
        return `the mapping reads ${field} from a column "${csvName}" that the file does not have`;
      }
    }
    if (columns.length > 0) fields.push({ field, columns, values: valueTable(mapping?.values[field]) });
  }
  const present = new Set(fields.map((f) => f.field));
  const missing = missingRequiredHeaders(kind, present);
  const other = lookalikeKind(kind, new Set(normalized), present.size);
  if (missing.length > 0) {
    const shown = header.slice(0, 6).join(', ') + (header.length > 6 ? ', …' : '');
    const hint = other === null ? `its header is: ${shown}` : `it looks like ${an(other)} file`;
    return `not ${an(kind)} CSV: no column for ${missing.join(', ')} (${hint})`;
  }
  if (other !== null && mapping === null) {
    return `not ${an(kind)} CSV: its columns are those of ${an(other)} file (import it as ${other})`;
  }
  // Object.fromEntries gives a fast-mode object; adding 25 keys one by one to {} may not.
  const template = Object.fromEntries(
    fields.flatMap((f) => (f.values === null ? [[f.field, '']] : [[f.field, ''], [sourceKey(f.field), '']])),
  );
  return { fields, rawKeys: rawKeys(header), template };
}

// "an accounts/events/outcomes file", but "a usage file": the sound, not the letter, decides.
const an = (kind: string): string => (/^[aeo]/.test(kind) ? `an ${kind}` : `a ${kind}`);

const indexesOf = (names: readonly string[], name: string): number[] =>
  names.flatMap((n, i) => (n === name ? [i] : []));

/** Another kind this header fits better: all its required columns, and more of its fields. */
function lookalikeKind(
  kind: ImportKind,
  headers: ReadonlySet<string>,
  ownMatches: number,
): ImportKind | null {
  let best: ImportKind | null = null;
  let bestMatches = ownMatches;
  for (const k of IMPORT_KINDS) {
    if (k === kind || missingRequiredHeaders(k, headers).length > 0) continue;
    const matches = CANONICAL_HEADERS[k].filter((h) => headers.has(h)).length;
    if (matches > bestMatches) {
      best = k;
      bestMatches = matches;
    }
  }
  return best;
}

function valueTable(
  table: Readonly<Record<string, string>> | undefined,
): Map<string, string> | null {
  if (table === undefined) return null;
  const map = new Map<string, string>();
  for (const [from, to] of Object.entries(table)) map.set(from, to);
  for (const [from, to] of Object.entries(table)) {
    const folded = `\u0000${from.trim().toLowerCase()}`;
    if (!map.has(folded)) map.set(folded, to);
  }
  return map;
}

function rawKeys(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((h, i) => {
    const name = h.trim() === '' ? `column_${i + 1}` : h;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

/** The canonical row of one record: repeated columns joined with `;`, values translated. */
export function canonicalRow(plan: ColumnPlan, record: readonly string[]): CanonicalRow {
  const row: Record<string, string> = { ...plan.template };
  for (const f of plan.fields) {
    let v: string;
    if (f.columns.length === 1) v = record[f.columns[0] ?? 0] ?? '';
    else {
      v = f.columns
        .map((c) => (record[c] ?? '').trim())
        .filter((s) => s !== '')
        .join(';');
    }
    if (f.values !== null && v !== '') {
      row[sourceKey(f.field)] = v;
      v = f.values.get(v) ?? f.values.get(`\u0000${v.trim().toLowerCase()}`) ?? v;
    }
    row[f.field] = v;
  }
  return row;
}

/** The record as column name → value; fields beyond the header are kept as `_extra_N`. */
export function rawRow(plan: ColumnPlan, record: readonly string[]): Record<string, string> {
  const raw: Record<string, string> = {};
  plan.rawKeys.forEach((k, i) => {
    raw[k] = record[i] ?? '';
  });
  const width = plan.rawKeys.length;
  for (let i = width; i < record.length; i++) raw[`_extra_${i - width + 1}`] = record[i] ?? '';
  return raw;
}
