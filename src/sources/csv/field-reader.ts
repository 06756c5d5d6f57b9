/**
 * Reads the fields of one canonical-keyed row, collecting every problem rather than stopping at
 * the first: a rejected row lists all that is wrong with it, each under its canonical field.
 * @module
 */
import type { Instant, IsoDate } from '../../core/model.js';
import type { Issue, IssueCode } from '../../core/result.js';
import type { DateReader } from './dates.js';
import { canonicalWord, unknownWordMessage } from './vocabulary.js';

/** Canonical header → the row's value; undefined when the file has no such column. */
export type CanonicalRow = Readonly<Record<string, string | undefined>>;

/**
 * Where a canonical row keeps a field's value as the source wrote it, before the mapping's
 * `values` translated it: CSAT keeps the source's own rating next to its score.
 */
export const sourceKey = (field: string): string => `${field}@source`;

/** What every row parser needs besides the row. */
export interface RowContext {
  /** The ticket source name records carry (`csv`, `jira`, ...). */
  readonly sourceName: string;
  readonly dates: DateReader;
  /** The numeric scale plain CSAT numbers are on. */
  readonly csatScale: { readonly min: number; readonly max: number };
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export class FieldReader {
  readonly issues: Issue[] = [];

  constructor(
    private readonly row: CanonicalRow,
    private readonly dates: DateReader,
  ) {}

  /** Records a problem with a field. */
  problem(code: IssueCode, path: string, message: string): void {
    this.issues.push({ code, path, message });
  }

  /** Trimmed text; null when missing or blank. */
  text(field: string): string | null {
    const v = this.row[field];
    if (v === undefined || v === '') return null;
    // Most values have no blank at either end: skip trim() (printable ASCII ends are never blank).
    const a = v.charCodeAt(0);
    const z = v.charCodeAt(v.length - 1);
    if (a > 32 && a < 127 && z > 32 && z < 127) return v;
    const t = v.trim();
    return t === '' ? null : t;
  }

  /** Text kept as written (bodies, descriptions); null when missing or blank. */
  longText(field: string): string | null {
    const v = this.row[field];
    return v === undefined || v.trim() === '' ? null : v;
  }

  /** Text that must be there (a key); records `missing` and returns '' otherwise. */
  required(field: string): string {
    const t = this.text(field);
    if (t === null) this.problem('missing', field, 'required, but empty');
    return t ?? '';
  }

  instant(field: string, required: boolean): Instant | null {
    const t = required ? this.required(field) : this.text(field);
    if (t === null || t === '') return null;
    const r = this.dates.instant(t);
    if (r.ok) return r.value;
    this.problem('bad_date', field, r.message);
    return null;
  }

  date(field: string, required: boolean): IsoDate | null {
    const t = required ? this.required(field) : this.text(field);
    if (t === null || t === '') return null;
    const r = this.dates.date(t);
    if (r.ok) return r.value;
    this.problem('bad_date', field, r.message);
    return null;
  }

  /** A number; `nonNegative` refuses values below zero, `integer` fractions. */
  number(field: string, opts: { required?: boolean; nonNegative?: boolean; integer?: boolean } = {}): number | null {
    const t = opts.required === true ? this.required(field) : this.text(field);
    if (t === null || t === '') return null;
    if (!NUMBER.test(t)) {
      this.problem('bad_number', field, `not a number: "${t}"`);
      return null;
    }
    const v = Number(t);
    if (opts.integer === true && !Number.isInteger(v)) {
      this.problem('bad_number', field, `not a whole number: "${t}"`);
      return null;
    }
    if (opts.nonNegative === true && v < 0) {
      this.problem('negative', field, `must not be negative: "${t}"`);
      return null;
    }
    return v;
  }

  /** A count: a whole number, zero or more. */
  count(field: string): number | null {
    return this.number(field, { nonNegative: true, integer: true });
  }

  /** A word from the field's vocabulary (see `vocabulary.ts`); unknown words are problems. */
  word<T extends string>(field: string, required = false): T | null {
    const t = required ? this.required(field) : this.text(field);
    if (t === null || t === '') return null;
    const w = canonicalWord(field, t);
    if (w === null) this.problem('unknown_value', field, unknownWordMessage(field, t));
    return w as T | null;
  }
}

/**
 * `--require`: a `required_field` issue for each listed field the row leaves empty, except those
 * already reported.
 */
export function requiredFieldIssues(
  row: CanonicalRow,
  require: readonly string[],
  reported: readonly Issue[],
): Issue[] {
  const out: Issue[] = [];
  for (const field of require) {
    const v = row[field];
    if ((v === undefined || v.trim() === '') && !reported.some((i) => i.path === field)) {
      out.push({ code: 'required_field', path: field, message: 'required by --require, but empty' });
    }
  }
  return out;
}
