/**
 * The first schema: accounts, tickets and their events, usage, outcomes, launches, and the import
 * bookkeeping (runs, rejects) plus trained models. Portable types only: text, integer, double
 * precision. Times are ISO-8601 UTC text, dates `YYYY-MM-DD`, tags `;`-joined, attributes JSON,
 * booleans 0/1.
 *
 * A migration never changes once released: later schema changes are new files.
 * @module
 */
import type { Kysely } from 'kysely';
import type { MigrationContext, StoreMigration } from './migration.js';

export const initial: StoreMigration = {
  async up(db: Kysely<unknown>, { text }: MigrationContext): Promise<void> {
    await db.schema
      .createTable('accounts')
      .addColumn('id', text, (c) => c.notNull().primaryKey())
      .addColumn('name', text)
      .addColumn('tier', text)
      .addColumn('lifecycle_stage', text)
      .addColumn('adoption', text)
      .addColumn('seats', 'integer')
      .addColumn('owner', text)
      .addColumn('region', text)
      .addColumn('timezone', text)
      .addColumn('go_live_date', text)
      .addColumn('renewal_date', text)
      .addColumn('arr', 'double precision')
      .addColumn('attributes', text, (c) => c.notNull())
      .addColumn('stub', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('row_hash', text, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('tickets')
      .addColumn('source', text, (c) => c.notNull())
      .addColumn('external_id', text, (c) => c.notNull())
      .addColumn('account_id', text, (c) => c.notNull())
      .addColumn('requester', text)
      .addColumn('subject', text)
      .addColumn('description', text)
      .addColumn('type', text)
      .addColumn('category', text)
      .addColumn('product_area', text)
      .addColumn('priority', text)
      .addColumn('severity', text)
      .addColumn('impact', text)
      .addColumn('users_affected', 'integer')
      .addColumn('customer_effort', text)
      .addColumn('status', text, (c) => c.notNull())
      .addColumn('channel', text)
      .addColumn('team', text)
      .addColumn('created_at', text, (c) => c.notNull())
      .addColumn('first_response_at', text)
      .addColumn('first_solved_at', text)
      .addColumn('solved_at', text)
      .addColumn('closed_at', text)
      .addColumn('reopens', 'integer')
      .addColumn('interactions', 'integer')
      .addColumn('csat_raw', text)
      .addColumn('csat_score', 'double precision')
      .addColumn('tags', text)
      .addColumn('row_hash', text, (c) => c.notNull())
      .addPrimaryKeyConstraint('tickets_pk', ['source', 'external_id'])
      .execute();
    await db.schema.createIndex('tickets_account_id').on('tickets').column('account_id').execute();
    await db.schema.createIndex('tickets_created_at').on('tickets').column('created_at').execute();

    await db.schema
      .createTable('ticket_events')
      .addColumn('source', text, (c) => c.notNull())
      .addColumn('ticket_id', text, (c) => c.notNull())
      .addColumn('event_hash', text, (c) => c.notNull())
      .addColumn('at', text, (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('kind', text, (c) => c.notNull())
      .addColumn('author_role', text)
      .addColumn('author', text)
      .addColumn('public', 'integer')
      .addColumn('from_status', text)
      .addColumn('to_status', text)
      .addColumn('body', text)
      .addColumn('row_hash', text, (c) => c.notNull())
      .addPrimaryKeyConstraint('ticket_events_pk', ['source', 'ticket_id', 'event_hash'])
      .execute();

    await db.schema
      .createTable('usage')
      .addColumn('account_id', text, (c) => c.notNull())
      .addColumn('date', text, (c) => c.notNull())
      .addColumn('metric', text, (c) => c.notNull())
      .addColumn('value', 'double precision', (c) => c.notNull())
      .addColumn('row_hash', text, (c) => c.notNull())
      .addPrimaryKeyConstraint('usage_pk', ['account_id', 'date', 'metric'])
      .execute();

    await db.schema
      .createTable('outcomes')
      .addColumn('account_id', text, (c) => c.notNull())
      .addColumn('date', text, (c) => c.notNull())
      .addColumn('outcome', text, (c) => c.notNull())
      .addColumn('amount', 'double precision')
      .addColumn('row_hash', text, (c) => c.notNull())
      .addPrimaryKeyConstraint('outcomes_pk', ['account_id', 'date', 'outcome'])
      .execute();

    await db.schema
      .createTable('launches')
      .addColumn('date', text, (c) => c.notNull())
      .addColumn('name', text, (c) => c.notNull())
      .addColumn('product_area', text)
      .addColumn('row_hash', text, (c) => c.notNull())
      .addPrimaryKeyConstraint('launches_pk', ['date', 'name'])
      .execute();

    await db.schema
      .createTable('imports')
      .addColumn('id', text, (c) => c.notNull().primaryKey())
      .addColumn('kind', text, (c) => c.notNull())
      .addColumn('file', text, (c) => c.notNull())
      .addColumn('source', text, (c) => c.notNull())
      .addColumn('fingerprint', text, (c) => c.notNull())
      .addColumn('started_at', text, (c) => c.notNull())
      .addColumn('status', text, (c) => c.notNull())
      .addColumn('finished_at', text)
      .addColumn('inserted', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('updated', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('unchanged', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('rejected', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('rows_done', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();

    await db.schema
      .createTable('rejects')
      .addColumn('import_id', text, (c) => c.notNull())
      .addColumn('row', 'integer', (c) => c.notNull())
      .addColumn('field', text, (c) => c.notNull())
      .addColumn('reason', text, (c) => c.notNull())
      .addColumn('raw', text, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('rejects_import_row')
      .on('rejects')
      .columns(['import_id', 'row'])
      .execute();

    await db.schema
      .createTable('models')
      .addColumn('name', text, (c) => c.notNull().primaryKey())
      .addColumn('body', text, (c) => c.notNull())
      .addColumn('saved_at', text, (c) => c.notNull())
      .execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    const tables = ['models', 'rejects', 'imports', 'launches', 'outcomes', 'usage'];
    for (const table of [...tables, 'ticket_events', 'tickets', 'accounts']) {
      await db.schema.dropTable(table).execute();
    }
  },
};
