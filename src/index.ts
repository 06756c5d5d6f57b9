/**
 * ticket-health as a library: the pure core, plus the store and config entry points for embedding.
 * @module
 */
export * from './core/index.js';
export type { Store } from './stores/store.js';
export { openStore } from './stores/open-store.js';
export { loadConfig, validateConfig } from './config/load-config.js';
export type { Config } from './config/schema.js';
