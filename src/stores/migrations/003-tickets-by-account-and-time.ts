/**
 * The tickets' account index gains `created_at`: scoring sizes its groups by counting each account's
 * tickets created before the as-of time, and with the time in the index that count reads the index
 * alone. On the account-only index it looked up every ticket's row, scattered over the table: a
 * 1M-ticket rescore read the whole file again every thousand accounts. Still one index, so an
 * import maintains no more than before.
 * @module
 */
import type { Kysely } from 'kysely';
import type { StoreMigration } from './migration.js';

export const ticketsByAccountAndTime: StoreMigration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.createIndex('tickets_account_created').on('tickets').columns(['account_id', 'created_at']).execute();
    await db.schema.dropIndex('tickets_account_id').execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.createIndex('tickets_account_id').on('tickets').column('account_id').execute();
    await db.schema.dropIndex('tickets_account_created').execute();
  },
};
