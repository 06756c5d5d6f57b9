/**
 * The SQLite import hot path: better-sqlite3 prepared statements, one IMMEDIATE transaction per
 * batch. Each row is first offered to `INSERT ... ON CONFLICT DO NOTHING`, whose uniqueness check
 * is the lookup: a new row costs one statement, exactly like a plain bulk insert. Only when the key
 * exists is the stored row hash read, and the row updated if it differs. Rows are handled in input
 * order, so a key repeated in a batch counts as inserted, then updated or unchanged.
 * Inserted or updated tickets and events also bump their account's revision (and events mark their
 * ticket's facts stale), once per account or ticket per batch, in the same transaction.
 * Statements are prepared once per table and reused for every batch.
 * @module
 */
import type { Database, Statement } from 'better-sqlite3';
import type { ImportKind } from '../../core/model.js';
import type { BatchResult, ImportBatch } from '../store.js';
import type { SqlValue } from '../shared/codec.js';
import { changeScopeOf, changedBy } from '../shared/change-scope.js';
import { rejectValues } from '../shared/import-rows.js';
import { withRowHash } from '../shared/plan-upserts.js';
import { accountSpec, specFor, stubAccount, type WriteSpec } from '../shared/specs/index.js';
import { SqliteChangeMarks } from './sqlite-change-marks.js';

interface TableStatements {
  readonly insertNew: Statement<SqlValue[]>;
  readonly storedHash: Statement<SqlValue[], SqlValue>;
  readonly update: Statement<SqlValue[]>;
}

const quote = (name: string): string => `"${name}"`;
const placeholders = (n: number): string => `(${new Array<string>(n).fill('?').join(', ')})`;

export class SqliteBatchWriter {
  readonly #db: Database;
  readonly #tables = new Map<string, TableStatements>();
  readonly #insertStub: Statement<SqlValue[]>;
  readonly #insertReject: Statement<SqlValue[]>;
  readonly #addCounts: Statement<SqlValue[]>;
  readonly #marks: SqliteChangeMarks;

  constructor(db: Database) {
    this.#db = db;
    const accountCols = [...accountSpec.columns.map((c) => quote(c.name)), 'row_hash'];
    this.#insertStub = db.prepare(
      `INSERT INTO accounts (${accountCols.join(', ')}) VALUES ${placeholders(accountCols.length)}
       ON CONFLICT (id) DO NOTHING`,
    );
    this.#insertReject = db.prepare(
      'INSERT INTO rejects (import_id, "row", field, reason, raw) VALUES (?, ?, ?, ?, ?)',
    );
    this.#addCounts = db.prepare(
      `UPDATE imports SET inserted = inserted + ?, updated = updated + ?, unchanged = unchanged + ?,
       rejected = rejected + ?, rows_done = rows_done + ? WHERE id = ?`,
    );
    this.#marks = new SqliteChangeMarks(db);
  }

  /** Writes the whole batch in one transaction; any error rolls all of it back and is rethrown. */
  write<K extends ImportKind>(batch: ImportBatch<K>): BatchResult {
    return this.#db.transaction(() => this.#writeInTransaction(batch)).immediate();
  }

  #writeInTransaction<K extends ImportKind>(batch: ImportBatch<K>): BatchResult {
    let stubsCreated = 0;
    for (const id of batch.stubAccountIds) {
      stubsCreated += this.#insertStub.run(...withRowHash(accountSpec.toValues(stubAccount(id)))).changes;
    }
    const spec = specFor(batch.kind);
    const { insertNew, storedHash, update } = this.#statementsFor(spec);
    const k = spec.keyCount;
    let inserted = 0;
    let updated = 0;
    let unchanged = 0;
    // Accounts or tickets that inserted or updated rows change (see change-scope.ts).
    const scope = changeScopeOf(spec.table);
    const changed = new Set<string>();
    for (const record of batch.records) {
      const row = withRowHash(spec.toValues(record), spec.hashedColumns);
      if (insertNew.run(...row).changes === 1) {
        inserted++;
      } else {
        const keys = row.slice(0, k);
        if (storedHash.get(...keys) === row[row.length - 1]) {
          unchanged++;
          continue;
        }
        update.run(...row.slice(k), ...keys);
        updated++;
      }
      const change = changedBy(scope, row);
      if (change !== null) changed.add(change);
    }
    this.#marks.apply(scope, changed);
    for (const reject of batch.rejects) this.#insertReject.run(...rejectValues(batch.importId, reject));
    const rowsDone = batch.records.length + batch.rejects.length;
    this.#addCounts.run(inserted, updated, unchanged, batch.rejects.length, rowsDone, batch.importId);
    return { inserted, updated, unchanged, stubsCreated };
  }

  #statementsFor<K extends ImportKind>(spec: WriteSpec<K>): TableStatements {
    const cached = this.#tables.get(spec.table);
    if (cached !== undefined) return cached;
    const names = spec.columns.map((c) => quote(c.name));
    const keys = names.slice(0, spec.keyCount);
    const values = [...names.slice(spec.keyCount), 'row_hash'];
    const all = [...names, 'row_hash'];
    const whereKey = keys.map((key) => `${key} = ?`).join(' AND ');
    const statements: TableStatements = {
      insertNew: this.#db.prepare(
        `INSERT INTO ${spec.table} (${all.join(', ')}) VALUES ${placeholders(all.length)}
         ON CONFLICT (${keys.join(', ')}) DO NOTHING`,
      ),
      storedHash: this.#db
        .prepare<SqlValue[], SqlValue>(`SELECT row_hash FROM ${spec.table} WHERE ${whereKey}`)
        .pluck(),
      update: this.#db.prepare(
        `UPDATE ${spec.table} SET ${values.map((v) => `${v} = ?`).join(', ')} WHERE ${whereKey}`,
      ),
    };
    this.#tables.set(spec.table, statements);
    return statements;
  }
}
