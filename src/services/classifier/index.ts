/**
 * The classifier use cases: train, evaluate and cross-validate on labelled rows, and decide a
 * ticket's type. The CLI reads the CSV and saves/loads the model JSON in the store.
 * @module
 */
export { classifyTicket, type ClassifiableTicket, type ClassifyInputs } from './classify-ticket.js';
export { crossValidateRows, type CrossValidateOptions, type CrossValidationReport } from './cross-validate-rows.js';
export { evaluateRows } from './evaluate-rows.js';
export { toExamples, type LabelledRow } from './labelled-rows.js';
export { trainFromRows, type TrainedModel, type TrainOptions } from './train-from-rows.js';
