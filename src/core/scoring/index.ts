/**
 * Scoring: Success Points, risk components, the health score and its explanation.
 * @module
 */
export * from './account-kpis.js';
export * from './account-score.js';
export * from './churned-accounts.js';
export * from './components/index.js';
export * from './explain-delta.js';
export * from './health.js';
export * from './rank-segments.js';
export * from './risk.js';
export * from './rollup-account.js';
export * from './score-accounts.js';
export * from './scored-ticket.js';
export * from './scoring-config.js';
export * from './success-points.js';
