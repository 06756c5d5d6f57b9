/**
 * How model values become column values and back, the same for every database: times as ISO-8601
 * UTC text (sorts lexicographically), tags as `;`-joined text, attributes as JSON text with sorted
 * keys, booleans as 0/1. Content hashes decide whether a re-imported row changed.
 * @module
 */
import { hash } from 'node:crypto';
import type { Instant } from '../../core/model.js';
import { formatIsoUtc, parseIsoUtc } from './iso-time.js';

/** What a column holds in every dialect. */
export type SqlValue = string | number | null;

/** `1709283600000` → `'2024-03-01T09:00:00.000Z'` (exactly `toISOString`, formatted by hand). */
export const toIso = (at: Instant): string => formatIsoUtc(at);
export const toIsoOrNull = (at: Instant | null): string | null => (at === null ? null : toIso(at));

/** Reads a time column back; a value that is not a time is a corrupt store, so it throws. */
export const fromIso = (text: string): Instant => {
  const at = parseIsoUtc(text);
  if (Number.isNaN(at)) throw new Error(`store holds an unreadable time: ${JSON.stringify(text)}`);
  return at;
};
export const fromIsoOrNull = (text: string | null): Instant | null =>
  text === null ? null : fromIso(text);

/** An empty tag list is stored as NULL, so "has no tags" is one `IS NULL` for data-quality queries. */
export const tagsToText = (tags: readonly string[]): string | null =>
  tags.length === 0 ? null : tags.join(';');
export const textToTags = (text: string | null): readonly string[] =>
  text === null || text === '' ? [] : text.split(';');

export const boolToInt = (b: boolean | null): number | null => (b === null ? null : b ? 1 : 0);
export const intToBool = (n: number | null): boolean | null => (n === null ? null : n !== 0);

/** Sorted keys, so the same attributes always give the same text and the same row hash. */
export const attributesToJson = (attributes: Readonly<Record<string, string>>): string =>
  JSON.stringify(Object.fromEntries(Object.entries(attributes).sort(([a], [b]) => (a < b ? -1 : 1))));
export const jsonToAttributes = (text: string): Readonly<Record<string, string>> =>
  JSON.parse(text) as Record<string, string>;

/**
 * A short content hash of column values (SHA-1, base64url, 27 characters). Not for security: it only
 * has to tell two versions of a row apart. The text hashed is an unambiguous encoding that is cheaper
 * to build than JSON (this runs once per imported row): NUL for null, `#<n>` plus a separator for
 * numbers, `<length>:<text>` for strings.
 */
export const contentHash = (values: readonly SqlValue[]): string => {
  let text = '';
  for (const v of values) {
    text += v === null ? '\u0000' : typeof v === 'number' ? `#${v}\u0001` : `${v.length}:${v}`;
  }
  return hash('sha1', text, 'base64url');
};

/** Plain code-unit order, the order keys are sorted in when a query could not sort them. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
