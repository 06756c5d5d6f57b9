/**
 * Ticket themes: normalised topic keys from category and product area, or from key terms.
 * @module
 */
export { slug, themeKey, type ThemeInput } from './theme-key.js';
export { stem } from './stem.js';
