export * from './day-clock.js';
export * from './resolve-as-of.js';
export * from './window.js';
export * from './iso-date.js';
