/**
 * Splits a list so a statement's bound parameters stay well under every driver's limit (SQLite
 * allows 32,766, PostgreSQL 65,535) while one statement still carries many keys.
 * @module
 */

/** Keys per lookup statement: at most 3 parameters each, so at most 3,000 parameters. */
export const LOOKUP_CHUNK = 1_000;

export function* chunks<T>(items: readonly T[], size: number): Generator<readonly T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
