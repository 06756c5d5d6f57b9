/**
 * `classify evaluate`: scores a saved model on other labelled rows.
 * @module
 */
import { evaluateTypes, type Evaluation } from '../../core/classify/evaluate-types.js';
import { buildTypeMapping, type TypeMapping } from '../../core/classify/type-mapping.js';
import { predictType, type TypeModel } from '../../core/classify/type-model.js';
import type { Result } from '../../core/result.js';
import { ok } from '../../core/result.js';
import { toExamples, type LabelledRow } from './labelled-rows.js';

/**
 * Accuracy, macro-F1, per-class scores and the confusion matrix of `model` on `rows`
 * (`{"accuracy", "macroF1", "perClass", "confusion"}`). A true label the model never learnt is
 * scored as it is: every such row counts as an error.
 */
export const evaluateRows = (
  model: TypeModel,
  rows: readonly LabelledRow[],
  mapping: TypeMapping = buildTypeMapping(),
): Result<Evaluation> => {
  const examples = toExamples(rows, mapping);
  if (!examples.ok) return examples;
  const predicted = examples.value.map((e) => predictType(model, e.text).type);
  return ok(evaluateTypes(examples.value.map((e) => e.type), predicted));
};
