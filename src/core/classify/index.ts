/**
 * Ticket type classification: the source mapping, keyword rules, and the trained text model with
 * its evaluation (metrics, stratified folds, cross-validation).
 * @module
 */
export * from './type-mapping.js';
export * from './type-rules.js';
export * from './type-model.js';
export * from './type-model-json.js';
export * from './evaluate-types.js';
export * from './stratified-folds.js';
export * from './cross-validate-types.js';
export { type TypeText } from './text-features.js';
