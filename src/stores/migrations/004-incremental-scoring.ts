/**
 * What lets a rescore patch a kept rollup with the few tickets that changed, instead of reading all
 * of an account's tickets again:
 *
 * - `facts_pending`: the tickets whose facts must be derived again, filled by triggers as tickets
 *   are inserted or changed and as events mark facts stale, emptied as facts are written. A refresh
 *   then reads these keys instead of comparing every ticket's hash with its facts', and an empty
 *   set tells scoring that every ticket's stored facts are current.
 * - `ticket_facts.seq`: the number of the facts write that last (re)derived the ticket, from the
 *   counter in `facts_state`; "tickets whose facts changed after write S" is a range of its index.
 * - `rollups.facts_seq` and `rollup_lines`: the facts write a rollup was computed after, and the
 *   account's ticket lines, kept apart from the rollup so that ranking never reads them, in numbered
 *   parts: a pass over every ticket spills the lines gathered so far as a new part of each account
 *   when they pass a budget, so its memory does not grow with the number of tickets.
 *
 * Triggers rather than the import writers: every path that writes tickets, events or facts keeps
 * the set exact. PostgreSQL's are per statement, over transition tables, so a bulk upsert of a
 * thousand rows runs one insert into the set, not a thousand.
 * @module
 */
import { type Kysely, sql } from 'kysely';
import type { MigrationContext, StoreMigration } from './migration.js';

const sqliteTriggers = async (db: Kysely<unknown>): Promise<void> => {
  await sql`create trigger tickets_pending_on_insert after insert on tickets
    begin
      insert or ignore into facts_pending (source, external_id) values (new.source, new.external_id);
    end`.execute(db);
  await sql`create trigger tickets_pending_on_update after update of row_hash on tickets
    when old.row_hash is not new.row_hash
    begin
      insert or ignore into facts_pending (source, external_id) values (new.source, new.external_id);
    end`.execute(db);
  await sql`create trigger facts_pending_on_stale after update of stale on ticket_facts
    when new.stale = 1
    begin
      insert or ignore into facts_pending (source, external_id) values (new.source, new.external_id);
    end`.execute(db);
};

const postgresTriggers = async (db: Kysely<unknown>): Promise<void> => {
  await sql`create function facts_pending_from_tickets() returns trigger language plpgsql as $$
    begin
      insert into facts_pending (source, external_id) select source, external_id from changed_rows
      on conflict do nothing;
      return null;
    end $$`.execute(db);
  await sql`create function facts_pending_from_stale() returns trigger language plpgsql as $$
    begin
      insert into facts_pending (source, external_id) select source, external_id from changed_rows
      where stale = 1 on conflict do nothing;
      return null;
    end $$`.execute(db);
  await sql`create trigger tickets_pending_on_insert after insert on tickets
    referencing new table as changed_rows for each statement
    execute function facts_pending_from_tickets()`.execute(db);
  // The import's upsert updates a ticket only when its row hash differs.
  await sql`create trigger tickets_pending_on_update after update on tickets
    referencing new table as changed_rows for each statement
    execute function facts_pending_from_tickets()`.execute(db);
  await sql`create trigger facts_pending_on_stale after update on ticket_facts
    referencing new table as changed_rows for each statement
    execute function facts_pending_from_stale()`.execute(db);
};

export const incrementalScoring: StoreMigration = {
  async up(db: Kysely<unknown>, { dialect, text }: MigrationContext): Promise<void> {
    await db.schema
      .createTable('facts_pending')
      .addColumn('source', text, (c) => c.notNull())
      .addColumn('external_id', text, (c) => c.notNull())
      .addPrimaryKeyConstraint('facts_pending_pk', ['source', 'external_id'])
      // One B-tree instead of a rowid table plus its key index: at 250k tickets the insert trigger's
      // cost to a plain insert fell from +60% to +9%; at 1M the triggers cost our import +13%.
      .$call((t) => (dialect === 'sqlite' ? t.modifyEnd(sql`without rowid`) : t))
      .execute();
    await db.schema
      .createTable('facts_state')
      .addColumn('id', 'integer', (c) => c.notNull().primaryKey())
      .addColumn('seq', 'integer', (c) => c.notNull())
      // The facts version a refresh last went through every ticket under; until then, tickets
      // stored before this migration whose facts are missing or out of date are not in the set.
      .addColumn('version', text)
      .execute();
    await sql`insert into facts_state (id, seq) values (1, 0)`.execute(db);
    // Facts stored before this migration count as written by write 0.
    await db.schema.alterTable('ticket_facts').addColumn('seq', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.createIndex('ticket_facts_seq').on('ticket_facts').column('seq').execute();
    await db.schema.alterTable('rollups').addColumn('facts_seq', 'integer').execute();
    await db.schema
      .createTable('rollup_lines')
      .addColumn('as_of', text, (c) => c.notNull())
      .addColumn('config_version', text, (c) => c.notNull())
      .addColumn('account_id', text, (c) => c.notNull())
      .addColumn('part', 'integer', (c) => c.notNull())
      .addColumn('body', text, (c) => c.notNull())
      .addPrimaryKeyConstraint('rollup_lines_pk', ['as_of', 'config_version', 'account_id', 'part'])
      .execute();
    if (dialect === 'sqlite') await sqliteTriggers(db);
    else await postgresTriggers(db);
  },

  async down(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
    const on = (table: string) => (dialect === 'postgres' ? sql` on ${sql.table(table)}` : sql``);
    await sql`drop trigger tickets_pending_on_insert${on('tickets')}`.execute(db);
    await sql`drop trigger tickets_pending_on_update${on('tickets')}`.execute(db);
    await sql`drop trigger facts_pending_on_stale${on('ticket_facts')}`.execute(db);
    if (dialect === 'postgres') {
      await sql`drop function facts_pending_from_tickets()`.execute(db);
      await sql`drop function facts_pending_from_stale()`.execute(db);
    }
    await db.schema.dropTable('rollup_lines').execute();
    await db.schema.alterTable('rollups').dropColumn('facts_seq').execute();
    await db.schema.dropIndex('ticket_facts_seq').execute();
    await db.schema.alterTable('ticket_facts').dropColumn('seq').execute();
    await db.schema.dropTable('facts_state').execute();
    await db.schema.dropTable('facts_pending').execute();
  },
};
