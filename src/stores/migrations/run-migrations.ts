/**
 * Brings a database up to the latest schema with Kysely's Migrator (which keeps its own
 * `kysely_migration` table and lock, so concurrent starts are safe).
 * @module
 */
import { type Kysely, type Migration, Migrator, sql } from 'kysely';
import type { Dialect } from '../store.js';
import { MIGRATIONS } from './index.js';
import type { MigrationContext } from './migration.js';

/**
 * @param schema PostgreSQL only: the schema the store lives in. Kysely looks for its migration table
 *   in every schema unless told which, so stores in separate schemas of one database need it.
 * @throws the first migration error, with the migration's name
 */
export const runMigrations = async (
  db: Kysely<unknown>,
  dialect: Dialect,
  schema?: string,
): Promise<void> => {
  const context: MigrationContext = {
    dialect,
    text: dialect === 'postgres' ? sql`text collate "C"` : 'text',
  };
  const migrations: Record<string, Migration> = {};
  for (const [name, m] of Object.entries(MIGRATIONS)) {
    migrations[name] = { up: (d) => m.up(d, context), down: (d) => m.down(d, context) };
  }
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'setup';
    throw new Error(`database migration ${failed} failed`, { cause: error });
  }
};
