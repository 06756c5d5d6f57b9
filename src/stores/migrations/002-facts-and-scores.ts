/**
 * Derived ticket facts, account revisions, and the scoring history: config versions, score
 * snapshots and per-account rollups.
 *
 * Revisions live in a narrow table of their own rather than as a column of `accounts`: an import
 * batch bumps thousands of them, and rewriting a two-column row dirties a fraction of the pages
 * (and, on PostgreSQL, leaves a fraction of the dead tuples) that rewriting a whole account row would.
 * An account with no row there is at revision 0.
 * @module
 */
import { type Kysely, sql } from 'kysely';
import type { MigrationContext, StoreMigration } from './migration.js';

export const factsAndScores: StoreMigration = {
  async up(db: Kysely<unknown>, { dialect, text }: MigrationContext): Promise<void> {
    await db.schema
      .createTable('ticket_facts')
      .addColumn('source', text, (c) => c.notNull())
      .addColumn('external_id', text, (c) => c.notNull())
      .addColumn('type', text, (c) => c.notNull())
      .addColumn('type_source', text, (c) => c.notNull())
      .addColumn('type_confidence', 'double precision', (c) => c.notNull())
      .addColumn('severity', text, (c) => c.notNull())
      .addColumn('severity_rule', text, (c) => c.notNull())
      .addColumn('sentiment', 'double precision')
      .addColumn('theme', text, (c) => c.notNull())
      .addColumn('ticket_hash', text, (c) => c.notNull())
      .addColumn('config_version', text, (c) => c.notNull())
      .addColumn('computed_at', text, (c) => c.notNull())
      // 1 once events of the ticket were imported after the facts were derived.
      .addColumn('stale', 'integer', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('ticket_facts_pk', ['source', 'external_id'])
      .execute();

    await db.schema
      .createTable('account_revisions')
      .addColumn('account_id', text, (c) => c.notNull().primaryKey())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('config_versions')
      .addColumn('version', text, (c) => c.notNull().primaryKey())
      .addColumn('body', text, (c) => c.notNull())
      .addColumn('saved_at', text, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('snapshots')
      .addColumn('account_id', text, (c) => c.notNull())
      .addColumn('as_of', text, (c) => c.notNull())
      .addColumn('config_version', text, (c) => c.notNull())
      .addColumn('health', 'double precision')
      .addColumn('grade', text, (c) => c.notNull())
      .addColumn('success_points', 'double precision', (c) => c.notNull())
      .addColumn('segment', text, (c) => c.notNull())
      .addColumn('percentile', 'double precision')
      .addColumn('body', text, (c) => c.notNull())
      .addColumn('computed_at', text, (c) => c.notNull())
      .addPrimaryKeyConstraint('snapshots_pk', ['account_id', 'as_of'])
      .execute();
    await db.schema.createIndex('snapshots_as_of').on('snapshots').columns(['as_of', 'account_id']).execute();

    await db.schema
      .createTable('rollups')
      .addColumn('as_of', text, (c) => c.notNull())
      .addColumn('config_version', text, (c) => c.notNull())
      .addColumn('account_id', text, (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('body', text, (c) => c.notNull())
      .addPrimaryKeyConstraint('rollups_pk', ['as_of', 'config_version', 'account_id'])
      .execute();

    // A ticket moved to another account changes the old account too. The writers know only the new
    // account of an updated row, so a trigger bumps the old one; its WHEN clause keeps it off the
    // hot path (inserts never fire it, ordinary updates only test the condition).
    if (dialect === 'sqlite') {
      await sql`create trigger tickets_account_moved after update of account_id on tickets
        when old.account_id is not new.account_id
        begin
          insert into account_revisions (account_id, revision) values (old.account_id, 1)
          on conflict (account_id) do update set revision = revision + 1;
        end`.execute(db);
    } else {
      await sql`create function bump_moved_ticket_account() returns trigger language plpgsql as $$
        begin
          insert into account_revisions (account_id, revision) values (old.account_id, 1)
          on conflict (account_id) do update set revision = account_revisions.revision + 1;
          return null;
        end $$`.execute(db);
      await sql`create trigger tickets_account_moved after update of account_id on tickets
        for each row when (old.account_id is distinct from new.account_id)
        execute function bump_moved_ticket_account()`.execute(db);
    }
  },

  async down(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
    await sql`drop trigger tickets_account_moved${dialect === 'postgres' ? sql` on tickets` : sql``}`.execute(db);
    if (dialect === 'postgres') await sql`drop function bump_moved_ticket_account()`.execute(db);
    for (const table of ['rollups', 'snapshots', 'config_versions', 'account_revisions', 'ticket_facts']) {
      await db.schema.dropTable(table).execute();
    }
  },
};
