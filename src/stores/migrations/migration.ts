/**
 * What a migration of ours is: a Kysely migration that also receives the few dialect facts portable
 * DDL cannot express.
 * @module
 */
import type { Expression, Kysely } from 'kysely';
import type { Dialect } from '../store.js';

export interface MigrationContext {
  readonly dialect: Dialect;
  /**
   * The text column type. On PostgreSQL it is `text collate "C"`: byte order, as SQLite's default,
   * so keys and ISO times sort the same in both stores whatever the database's locale (and
   * C-collated B-tree comparisons are the cheapest).
   */
  readonly text: 'text' | Expression<unknown>;
}

export interface StoreMigration {
  up(db: Kysely<unknown>, context: MigrationContext): Promise<void>;
  down(db: Kysely<unknown>, context: MigrationContext): Promise<void>;
}
