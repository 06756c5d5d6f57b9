/**
 * Applies what a SQLite batch changed beyond its own rows (see `change-scope.ts`): one statement per
 * changed ticket or account, run inside the batch's transaction after its rows are written.
 * @module
 */
import type { Database, Statement } from 'better-sqlite3';
import { type ChangeScope, splitTicketKey } from '../shared/change-scope.js';
import type { SqlValue } from '../shared/codec.js';

export class SqliteChangeMarks {
  readonly #bump: Statement<SqlValue[]>;
  readonly #accountOf: Statement<SqlValue[], SqlValue>;
  readonly #markStale: Statement<SqlValue[]>;

  constructor(db: Database) {
    this.#bump = db.prepare(
      `INSERT INTO account_revisions (account_id, revision) VALUES (?, 1)
       ON CONFLICT (account_id) DO UPDATE SET revision = revision + 1`,
    );
    this.#accountOf = db
      .prepare<SqlValue[], SqlValue>('SELECT account_id FROM tickets WHERE source = ? AND external_id = ?')
      .pluck();
    this.#markStale = db.prepare('UPDATE ticket_facts SET stale = 1 WHERE source = ? AND external_id = ?');
  }

  /** @param changed account ids or ticket keys, as `changedBy` made them for this scope */
  apply(scope: ChangeScope, changed: ReadonlySet<string>): void {
    if (scope.kind === 'none' || changed.size === 0) return;
    let accounts = changed;
    if (scope.kind === 'ticket') {
      const ofTickets = new Set<string>();
      for (const key of changed) {
        const [source, externalId] = splitTicketKey(key);
        this.#markStale.run(source, externalId);
        // Events may arrive before their ticket: then no account has changed yet.
        const account = this.#accountOf.get(source, externalId);
        if (typeof account === 'string') ofTickets.add(account);
      }
      accounts = ofTickets;
    }
    for (const id of accounts) this.#bump.run(id);
  }
}
