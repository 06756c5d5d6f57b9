/**
 * The SQLite import hot path: better-sqlite3 prepared statements, one IMMEDIATE transaction per
 * batch. Per table it looks the batch's keys up in fixed-size chunks (one statement per chunk),
 * plans which rows are new, changed or unchanged, then runs one prepared INSERT or UPDATE per row
 * that must be written. Statements are prepared once per table and reused for every batch.
 * @module
 */
import type { Database, Statement } from 'better-sqlite3';
import type { ImportKind } from '../../core/model.js';
import type { BatchResult, ImportBatch } from '../store.js';
import type { SqlValue } from '../shared/codec.js';
import { rejectValues } from '../shared/import-rows.js';
import { type HashedRow, planUpserts, withRowHash } from '../shared/plan-upserts.js';
import { keyString } from '../shared/record-spec.js';
import { accountSpec, specFor, stubAccount, type WriteSpec } from '../shared/specs/index.js';

/** Keys per lookup statement; short chunks are padded with NULL keys, which never match. */
const LOOKUP_ROWS = 500;

interface TableStatements {
  readonly lookup: Statement<SqlValue[], SqlValue[]>;
  readonly insert: Statement<SqlValue[]>;
  readonly update: Statement<SqlValue[]>;
}

const quote = (name: string): string => `"${name}"`;

export class SqliteBatchWriter {
  readonly #db: Database;
  readonly #tables = new Map<string, TableStatements>();
  readonly #insertStub: Statement<SqlValue[]>;
  readonly #insertReject: Statement<SqlValue[]>;
  readonly #addCounts: Statement<SqlValue[]>;

  constructor(db: Database) {
    this.#db = db;
    const accountCols = [...accountSpec.columns.map((c) => quote(c.name)), 'row_hash'];
    this.#insertStub = db.prepare(
      `INSERT INTO accounts (${accountCols.join(', ')}) VALUES (${accountCols.map(() => '?').join(', ')})
       ON CONFLICT (id) DO NOTHING`,
    );
    this.#insertReject = db.prepare(
      'INSERT INTO rejects (import_id, "row", field, reason, raw) VALUES (?, ?, ?, ?, ?)',
    );
    this.#addCounts = db.prepare(
      `UPDATE imports SET inserted = inserted + ?, updated = updated + ?, unchanged = unchanged + ?,
       rejected = rejected + ?, rows_done = rows_done + ? WHERE id = ?`,
    );
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
    const statements = this.#statementsFor(spec);
    const rows = batch.records.map((r) => withRowHash(spec.toValues(r)));
    const plan = planUpserts(rows, spec.keyCount, this.#lookup(statements, spec.keyCount, rows));
    for (const row of plan.inserts) statements.insert.run(...row);
    const k = spec.keyCount;
    for (const row of plan.updates) statements.update.run(...row.slice(k), ...row.slice(0, k));
    for (const reject of batch.rejects) this.#insertReject.run(...rejectValues(batch.importId, reject));
    const { inserted, updated, unchanged } = plan;
    const rowsDone = batch.records.length + batch.rejects.length;
    this.#addCounts.run(inserted, updated, unchanged, batch.rejects.length, rowsDone, batch.importId);
    return { inserted, updated, unchanged, stubsCreated };
  }

  /** Stored row hash by key string, for the keys of these rows. */
  #lookup(statements: TableStatements, keyCount: number, rows: readonly HashedRow[]): Map<string, string> {
    const found = new Map<string, string>();
    const params: SqlValue[] = new Array<SqlValue>(LOOKUP_ROWS * keyCount);
    for (let start = 0; start < rows.length; start += LOOKUP_ROWS) {
      params.fill(null);
      const end = Math.min(start + LOOKUP_ROWS, rows.length);
      for (let i = start; i < end; i++) {
        const row = rows[i] as HashedRow;
        for (let j = 0; j < keyCount; j++) params[(i - start) * keyCount + j] = row[j] ?? null;
      }
      for (const hit of statements.lookup.all(...params)) {
        found.set(keyString(hit, keyCount), String(hit[keyCount]));
      }
    }
    return found;
  }

  #statementsFor<K extends ImportKind>(spec: WriteSpec<K>): TableStatements {
    const cached = this.#tables.get(spec.table);
    if (cached !== undefined) return cached;
    const names = spec.columns.map((c) => quote(c.name));
    const keys = names.slice(0, spec.keyCount);
    const values = [...names.slice(spec.keyCount), 'row_hash'];
    const all = [...names, 'row_hash'];
    const placeholders = (n: number): string => `(${new Array<string>(n).fill('?').join(', ')})`;
    const keyList = new Array<string>(LOOKUP_ROWS).fill(placeholders(keys.length)).join(', ');
    const keyMatch =
      keys.length === 1 ? `${keys[0]} IN ${placeholders(LOOKUP_ROWS)}` : `(${keys.join(', ')}) IN (VALUES ${keyList})`;
    const statements: TableStatements = {
      lookup: this.#db
        .prepare<SqlValue[], SqlValue[]>(`SELECT ${keys.join(', ')}, row_hash FROM ${spec.table} WHERE ${keyMatch}`)
        .raw(),
      insert: this.#db.prepare(`INSERT INTO ${spec.table} (${all.join(', ')}) VALUES ${placeholders(all.length)}`),
      update: this.#db.prepare(
        `UPDATE ${spec.table} SET ${values.map((v) => `${v} = ?`).join(', ')}
         WHERE ${keys.map((k) => `${k} = ?`).join(' AND ')}`,
      ),
    };
    this.#tables.set(spec.table, statements);
    return statements;
  }
}
