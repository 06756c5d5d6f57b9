/**
 * Scoring use cases: score the store or CSV files, explain one account, read its history.
 * @module
 */
export * from './account-history.js';
export * from './explain-account.js';
export * from './score-json.js';
export * from './score-store.js';
export * from './snapshot-codec.js';
export * from './trends.js';
