/**
 * Severity from the source's priority, impact and users affected, by a configurable rule table.
 * @module
 */
export * from './severity-rules.js';
export * from './decide-severity.js';
