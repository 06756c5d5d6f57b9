/**
 * Fresh, empty databases for one measurement each: a SQLite file in a temporary directory, or a
 * uniquely named schema of the PostgreSQL benchmark database (as test/stores-setup.ts does),
 * removed again afterwards.
 * @module
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Dialect } from '../../src/stores/store.js';

export const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/test';

export interface BenchTarget {
  /** What `openStore` takes: a file path, or a URL whose search_path is the fresh schema. */
  readonly target: string;
  /** A scratch directory for the import's rejects files. */
  readonly rejectsDir: string;
  /** Removes the database and the scratch directory. */
  cleanup(): Promise<void>;
}

const withClient = async <T>(url: string, run: (c: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
};

/**
 * @throws when PostgreSQL is unreachable, saying how to start it
 * @example const t = await createBenchTarget('postgres', DEFAULT_PG_URL); try { ... } finally { await t.cleanup(); }
 */
export const createBenchTarget = async (dialect: Dialect, pgUrl: string): Promise<BenchTarget> => {
  const dir = await mkdtemp(join(tmpdir(), 'th-bench-import-'));
  const removeDir = () => rm(dir, { recursive: true, force: true });
  if (dialect === 'sqlite') {
    return { target: join(dir, 'bench.db'), rejectsDir: dir, cleanup: removeDir };
  }
  const schema = `th_bench_${process.pid}_${randomBytes(4).toString('hex')}`;
  try {
    await withClient(pgUrl, (c) => c.query(`CREATE SCHEMA ${pg.escapeIdentifier(schema)}`));
  } catch (error) {
    await removeDir();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `PostgreSQL is unreachable at ${pgUrl} (${reason}); start it with ` +
        '`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`, pass --pg-url, or use --only sqlite',
    );
  }
  const url = new URL(pgUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  // Names the run's server connections, so their CPU time can be read (postgres-backend-cpu.ts).
  url.searchParams.set('application_name', schema);
  return {
    target: url.toString(),
    rejectsDir: dir,
    cleanup: async () => {
      await withClient(pgUrl, (c) => c.query(`DROP SCHEMA ${pg.escapeIdentifier(schema)} CASCADE`));
      await removeDir();
    },
  };
};
