/**
 * A type model to and from JSON text, as the store keeps it. Parsing checks the shape, so a model
 * saved by another version or edited by hand is refused with a reason rather than mispredicting.
 * @module
 */
import { TICKET_TYPES, type TicketType } from '../model.js';
import { fail, ok, type Result } from '../result.js';
import { DEFAULT_TYPE_MODEL_OPTIONS, type TypeModel, type TypeModelOptions } from './type-model.js';

/** The model as JSON text. */
export const serializeTypeModel = (model: TypeModel): string => JSON.stringify(model);

const isNumbers = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number');

const problem = (path: string, message: string): Result<TypeModel> => fail([{ code: 'invalid', path, message }]);

/** Parses and checks a saved model: kind, version, labels, and array lengths that agree. */
export const parseTypeModel = (json: string): Result<TypeModel> => {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return problem('', `not JSON: ${(e as Error).message}`);
  }
  if (typeof data !== 'object' || data === null) return problem('', 'not an object');
  const m = data as Record<string, unknown>;
  if (m['kind'] !== 'type-classifier') return problem('kind', 'not a type-classifier model');
  if (m['version'] !== 1) return problem('version', `unsupported version ${String(m['version'])}`);
  const labels = m['labels'];
  if (!Array.isArray(labels) || labels.length < 2 || !labels.every((l) => TICKET_TYPES.includes(l as TicketType))) {
    return problem('labels', 'labels must be two or more ticket types');
  }
  const { features, idf, weights, bias } = m;
  if (!isNumbers(features) || !isNumbers(idf) || idf.length !== features.length) {
    return problem('features', 'features and idf must be number arrays of equal length');
  }
  if (!Array.isArray(weights) || weights.length !== labels.length || !weights.every((w) => isNumbers(w) && w.length === features.length)) {
    return problem('weights', 'one weight per feature for each label');
  }
  if (!isNumbers(bias) || bias.length !== labels.length) return problem('bias', 'one bias per label');
  if (typeof m['options'] !== 'object' || m['options'] === null) return problem('options', 'missing options');
  // Options saved by an older version keep working: anything missing takes today's default.
  const options: TypeModelOptions = { ...DEFAULT_TYPE_MODEL_OPTIONS, ...(m['options'] as Partial<TypeModelOptions>) };
  return ok({ kind: 'type-classifier', version: 1, labels: labels as TicketType[], options, features, idf, weights, bias });
};
