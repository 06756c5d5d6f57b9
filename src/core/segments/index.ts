export * from './adoption-band.js';
export * from './resolve-segments.js';
export * from './segment-key.js';
export * from './segment-overrides.js';
