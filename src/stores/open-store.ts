/**
 * Opens the store a `--db` / `TICKET_HEALTH_DB` target names: a `postgres://` or `postgresql://` URL
 * means PostgreSQL, anything else is a SQLite file path.
 * @module
 */
import { resolve } from 'node:path';
import { openPostgresStore } from './postgres/postgres-store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { Dialect, Store } from './store.js';

const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;

export const dialectOf = (target: string): Dialect => (POSTGRES_URL.test(target) ? 'postgres' : 'sqlite');

/**
 * Another connection to a store already opened (and migrated) elsewhere, as `Store.location` names
 * it: a worker thread's. It does not migrate, so it takes no lock the first connection could wait on.
 * @example const store = connectStore(main.location);
 */
export const connectStore = (location: string): Store =>
  dialectOf(location) === 'postgres' ? openPostgresStore({ connectionString: location }) : openSqliteStore(location);

/**
 * Opens the store and brings its schema up to date.
 * @example const store = await openStore(process.env.TICKET_HEALTH_DB ?? './ticket-health.db');
 */
export const openStore = async (target: string): Promise<Store> => {
  const store = connectStore(target);
  try {
    await store.migrate();
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
};

/**
 * Says which store a target names, fit for logs: passwords in a URL (user-info or a `password`
 * query parameter) are masked.
 * @example
 * describeTarget('postgres://app:s3cret@db:5432/health')
 * // → 'PostgreSQL postgres://app:***@db:5432/health'
 */
export const describeTarget = (target: string): string => {
  if (dialectOf(target) === 'sqlite') {
    return `SQLite ${target === ':memory:' ? target : resolve(target)}`;
  }
  try {
    const url = new URL(target);
    if (url.password !== '') url.password = '***';
    if (url.searchParams.has('password')) url.searchParams.set('password', '***');
    // URL escapes the mask in user-info; show it plainly.
    return `PostgreSQL ${url.toString().replace(/%2A%2A%2A/gi, '***')}`;
  } catch {
    // Not parseable as a URL: show only the scheme rather than risk printing a password.
    return 'PostgreSQL (unparseable URL)';
  }
};
