import { dirname, resolve } from 'node:path';
import { type LoadedConfig, loadConfig } from '../../config/load-config.js';
import { openStore } from '../../stores/open-store.js';
import type { Store } from '../../stores/store.js';
import { CliError, EXIT } from './exit-codes.js';

export const DEFAULT_DB = './ticket-health.db';

/** Options every command takes. */
export interface GlobalOptions {
  readonly db?: string;
  readonly config?: string;
}

/** `--db`, then `TICKET_HEALTH_DB`, then `./ticket-health.db`. */
export const dbTarget = (opts: GlobalOptions, env: NodeJS.ProcessEnv = process.env): string =>
  opts.db || env.TICKET_HEALTH_DB || DEFAULT_DB;

export const isPostgresTarget = (target: string): boolean => /^postgres(ql)?:\/\//i.test(target);

/** Next to the SQLite file, or in the working directory for PostgreSQL. */
export const rejectsDirFor = (target: string): string =>
  isPostgresTarget(target) ? resolve('rejects') : resolve(dirname(resolve(target)), 'rejects');

/** Loads and validates the config once; a bad config is a usage error listing every problem. */
export const loadConfigOrThrow = (opts: GlobalOptions): LoadedConfig => {
  const result = loadConfig({ explicitPath: opts.config, env: process.env });
  if (result.ok) return result;
  const where = result.path ?? 'config';
  const lines = result.issues.map((i) => `  ${i.path}: ${i.message}`);
  throw new CliError(`invalid configuration in ${where}:\n${lines.join('\n')}`, EXIT.usage);
};

/** Opens the store for a command and always closes it. */
export const withStore = async <T>(opts: GlobalOptions, run: (store: Store) => Promise<T>): Promise<T> => {
  const target = dbTarget(opts);
  let store: Store;
  try {
    store = await openStore(target);
  } catch (err) {
    throw new CliError(`cannot open the database: ${(err as Error).message}`, EXIT.fatal);
  }
  try {
    return await run(store);
  } finally {
    await store.close();
  }
};
