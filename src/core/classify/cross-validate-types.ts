/**
 * Stratified k-fold cross-validation of the type model. Everything learnt from text (vocabulary,
 * idf, weights) is fit on each fold's training part only, so the figures are what a model trained
 * on all of it can expect on unseen tickets.
 * @module
 */
import type { TicketType } from '../model.js';
import { evaluateTypes, type Evaluation } from './evaluate-types.js';
import { stratifiedFolds } from './stratified-folds.js';
import type { TypeText } from './text-features.js';
import { predictType, trainTypeModel, type TypeExample, type TypeModelOptions } from './type-model.js';

export interface CrossValidationOptions {
  readonly folds: number;
  readonly seed: number;
  readonly model?: Partial<TypeModelOptions>;
}

/**
 * Scores a classifier by k-fold: `train` sees only the training part of each fold, `predict` labels
 * the held-out part; the figures pool every held-out prediction.
 */
export const crossValidateClassifier = <M>(
  examples: readonly TypeExample[],
  o: CrossValidationOptions,
  train: (training: readonly TypeExample[]) => M,
  predict: (model: M, text: TypeText) => TicketType,
): Evaluation => {
  const folds = stratifiedFolds(examples.map((e) => e.type), o.folds, o.seed);
  const predicted = new Array<TicketType>(examples.length);
  for (const fold of folds) {
    const held = new Set(fold);
    const model = train(examples.filter((_, i) => !held.has(i)));
    for (const i of fold) predicted[i] = predict(model, (examples[i] as TypeExample).text);
  }
  return evaluateTypes(examples.map((e) => e.type), predicted);
};

/** Stratified k-fold figures of the trained type model. */
export const crossValidateTypes = (examples: readonly TypeExample[], o: CrossValidationOptions): Evaluation =>
  crossValidateClassifier(
    examples,
    o,
    (training) => trainTypeModel(training, o.model ?? {}),
    (model, text) => predictType(model, text).type,
  );
