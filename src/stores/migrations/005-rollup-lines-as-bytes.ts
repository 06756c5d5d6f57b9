/**
 * Ticket lines kept beside rollups become bytes: each part's numbers are stored as their float64
 * bytes rather than base64 text inside JSON, which cost a quarter more room and a text decoding on
 * every write and read (a full rescore writes every ticket's line). PostgreSQL's column becomes
 * `bytea`; SQLite keeps its column as declared, since a TEXT column stores a BLOB as a BLOB. The
 * kept lines are a cache: they are dropped, and each account's next rescore rolls it up from its
 * tickets again.
 * @module
 */
import { type Kysely, sql } from 'kysely';
import type { MigrationContext, StoreMigration } from './migration.js';

export const rollupLinesAsBytes: StoreMigration = {
  async up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
    await sql`delete from rollup_lines`.execute(db);
    if (dialect === 'postgres') {
      await sql`alter table rollup_lines alter column body type bytea using convert_to(body, 'UTF8')`.execute(db);
    }
  },

  async down(db: Kysely<unknown>, { dialect, text }: MigrationContext): Promise<void> {
    await sql`delete from rollup_lines`.execute(db);
    if (dialect === 'postgres') {
      await sql`alter table rollup_lines alter column body type ${text} using convert_from(body, 'UTF8')`.execute(db);
    }
  },
};
