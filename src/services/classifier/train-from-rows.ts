/**
 * `classify train`: fits the type model on labelled rows. The caller saves `json` in the store
 * (`store.saveModel('type-classifier', json, now)`), and classification uses it from then on.
 * @module
 */
import { buildTypeMapping, type TypeMapping } from '../../core/classify/type-mapping.js';
import { serializeTypeModel } from '../../core/classify/type-model-json.js';
import { trainTypeModel, type TypeModel, type TypeModelOptions } from '../../core/classify/type-model.js';
import type { TicketType } from '../../core/model.js';
import { fail, ok, type Result } from '../../core/result.js';
import { checkTypes, toExamples, type LabelledRow } from './labelled-rows.js';

export interface TrainOptions {
  readonly mapping?: TypeMapping;
  readonly model?: Partial<TypeModelOptions>;
}

export interface TrainedModel {
  readonly model: TypeModel;
  /** The model as JSON text, ready to store. */
  readonly json: string;
  /** Training rows per type. */
  readonly counts: Readonly<Partial<Record<TicketType, number>>>;
}

/**
 * Trains on every row. Fails (as a value) on an unmappable label or fewer than two types.
 * @example trainFromRows(rows).ok && store.saveModel('type-classifier', result.value.json, now)
 */
export const trainFromRows = (rows: readonly LabelledRow[], o: TrainOptions = {}): Result<TrainedModel> => {
  const examples = toExamples(rows, o.mapping ?? buildTypeMapping());
  if (!examples.ok) return examples;
  const problems = checkTypes(examples.value);
  if (problems.length > 0) return fail(problems);
  const model = trainTypeModel(examples.value, o.model ?? {});
  const counts: Partial<Record<TicketType, number>> = {};
  for (const e of examples.value) counts[e.type] = (counts[e.type] ?? 0) + 1;
  return ok({ model, json: serializeTypeModel(model), counts });
};
