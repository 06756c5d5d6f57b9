/**
 * Opens (or creates) the SQLite file with the settings every ticket-health connection uses.
 * @module
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';

/**
 * WAL lets readers (the dashboard) run during an import; synchronous=NORMAL is safe with WAL (a power
 * cut can lose the last commits, never corrupt the file) and saves an fsync per commit; the busy
 * timeout makes a second process wait for the writer instead of failing at once. Exported so the
 * import benchmark's plain-insert baseline runs with exactly the same settings.
 */
export const SQLITE_PRAGMAS: readonly string[] = [
  'journal_mode = WAL',
  'synchronous = NORMAL',
  'busy_timeout = 5000',
  // 64 MiB of page cache (negative = KiB): index pages of a few million tickets stay in memory.
  'cache_size = -65536',
  // Reads through a memory map instead of a read() call per page: scoring reads an account's
  // tickets, scattered over the file, and ran about a third faster on a 3 GB, 1M-ticket store.
  'mmap_size = 8589934592',
];

/** `:memory:` and `''` are SQLite's in-memory databases: no file, no directory to create. */
export const isMemory = (path: string): boolean => path === ':memory:' || path === '';

/**
 * @param path a file path; its parent directory is created when missing
 * @example openSqliteDatabase('./ticket-health.db')
 */
export const openSqliteDatabase = (path: string): Database.Database => {
  if (!isMemory(path)) mkdirSync(dirname(resolve(path)), { recursive: true });
  const db = new Database(path);
  for (const pragma of SQLITE_PRAGMAS) db.pragma(pragma);
  return db;
};
