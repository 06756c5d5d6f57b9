/**
 * SLA policies and evaluation.
 * @module
 */
export * from './sla-policy.js';
export * from './evaluate-sla.js';
