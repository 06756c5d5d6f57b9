/**
 * Labelled tickets as the classifier commands read them (canonical headers `subject, description,
 * type`), turned into training examples. Labels go through the same type mapping as imports, so a
 * file labelled `question` / `Bug` / `New Feature` needs no editing.
 * @module
 */
import type { TypeExample } from '../../core/classify/type-model.js';
import { mapTypeWord, type TypeMapping } from '../../core/classify/type-mapping.js';
import { fail, ok, type Issue, type Result } from '../../core/result.js';

export interface LabelledRow {
  readonly subject: string | null;
  readonly description: string | null;
  /** The label as written in the file. */
  readonly type: string;
  /** The row's number in its file, when known; else its position from 1. */
  readonly row?: number;
}

/**
 * Examples from rows; every row whose label maps to no type is reported (row numbers from 1), and
 * none is silently dropped.
 */
export const toExamples = (rows: readonly LabelledRow[], mapping: TypeMapping): Result<TypeExample[]> => {
  const issues: Issue[] = [];
  const examples: TypeExample[] = [];
  rows.forEach((row, i) => {
    const type = mapTypeWord(row.type, mapping);
    if (type === null) {
      issues.push({ code: 'unknown_value', path: `row ${row.row ?? i + 1}: type`, message: `"${row.type}" is not a known ticket type` });
    } else {
      examples.push({ text: { subject: row.subject, description: row.description }, type });
    }
  });
  return issues.length > 0 ? fail(issues) : ok(examples);
};

/** Fewer than two types cannot train a classifier: say so instead of throwing. */
export const checkTypes = (examples: readonly TypeExample[]): Issue[] => {
  const types = new Set(examples.map((e) => e.type));
  return types.size >= 2
    ? []
    : [{ code: 'invalid', path: 'type', message: `labels must cover at least two ticket types, found ${types.size}` }];
};
