/**
 * The pure core of ticket-health: the model, metrics, classification, scoring and signals.
 * No I/O, no clock, no environment: pass data and `asOf` in, get values out.
 * This is the only entry other layers import from the core.
 * @module
 */
export * from './model.js';
export * from './result.js';
export * from './derived.js';
export * from './metrics/index.js';
export * from './time/index.js';
export * from './segments/index.js';
export * from './scoring/index.js';
export * from './classify/index.js';
export * from './sentiment/index.js';
export * from './theme/index.js';
