/**
 * `classify cv`: stratified k-fold figures for the trained model and, for comparison, for the
 * keyword rules on the same rows. The vocabulary and idf are fit inside each fold.
 * @module
 */
import { crossValidateClassifier, crossValidateTypes } from '../../core/classify/cross-validate-types.js';
import type { Evaluation } from '../../core/classify/evaluate-types.js';
import { buildTypeMapping, type TypeMapping } from '../../core/classify/type-mapping.js';
import type { TypeModelOptions } from '../../core/classify/type-model.js';
import { classifyByRules, DEFAULT_TYPE_RULES } from '../../core/classify/type-rules.js';
import { fail, ok, type Result } from '../../core/result.js';
import { checkTypes, toExamples, type LabelledRow } from './labelled-rows.js';

export interface CrossValidateOptions {
  readonly folds: number;
  readonly seed: number;
  readonly mapping?: TypeMapping;
  readonly model?: Partial<TypeModelOptions>;
}

export interface CrossValidationReport {
  readonly rows: number;
  readonly folds: number;
  readonly model: Evaluation;
  /** The keyword rules, limited to the file's label set (a fair baseline for the model). */
  readonly rules: Evaluation;
}

export const crossValidateRows = (
  rows: readonly LabelledRow[],
  o: CrossValidateOptions,
): Result<CrossValidationReport> => {
  const examples = toExamples(rows, o.mapping ?? buildTypeMapping());
  if (!examples.ok) return examples;
  const problems = checkTypes(examples.value);
  if (examples.value.length < o.folds) {
    problems.push({ code: 'invalid', path: 'folds', message: `${o.folds} folds need at least ${o.folds} rows` });
  }
  if (problems.length > 0) return fail(problems);
  const labels = new Set(examples.value.map((e) => e.type));
  const rules = DEFAULT_TYPE_RULES.filter((r) => labels.has(r.type));
  // When nothing matches, guess the most common label: what a rules-only baseline would be tuned to.
  const counts = [...labels].map((l) => [l, examples.value.filter((e) => e.type === l).length] as const);
  const fallback = counts.sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'other';
  const cv = { folds: o.folds, seed: o.seed, model: o.model ?? {} };
  return ok({
    rows: examples.value.length,
    folds: o.folds,
    model: crossValidateTypes(examples.value, cv),
    rules: crossValidateClassifier(examples.value, cv, () => null, (_, text) => classifyByRules(text, rules, fallback).type),
  });
};
