/**
 * The SQLite read of a scoring group's tickets with their facts, on better-sqlite3 directly: a full
 * rescore reads every ticket of the store. Through Kysely each row became an object of 39 properties
 * built by the driver and walked again by Kysely, most of a million-ticket rescore's time (profiled:
 * `all` 11.7 s + `executeQuery` 7.2 s of 33.5 s); here one prepared statement returns arrays (`raw`)
 * of only the columns a ticket and its facts need, decoded by position.
 * @module
 */
import type { Database, Statement } from 'better-sqlite3';
import type { TypeSource } from '../../core/derived.js';
import type { Severity, Status, TicketType } from '../../core/model.js';
import type { TicketKey } from '../store.js';
import type { GroupTicket, GroupTicketReader, Scope } from '../shared/account-tickets.js';
import { fromIso, fromIsoOrNull, textToTags, type SqlValue } from '../shared/codec.js';

/** The ticket's columns (row_hash left out), then its facts row's, null when it has none. */
const COLUMNS = [
  't.source', 't.external_id', 't.account_id', 't.requester', 't.subject', 't.description', 't.type',
  't.category', 't.product_area', 't.priority', 't.severity', 't.impact', 't.users_affected',
  't.customer_effort', 't.status', 't.channel', 't.team', 't.created_at', 't.first_response_at',
  't.first_solved_at', 't.solved_at', 't.closed_at', 't.reopens', 't.interactions', 't.csat_raw',
  't.csat_score', 't.tags',
  'f.source', 'f.type', 'f.type_source', 'f.type_confidence', 'f.severity', 'f.severity_rule',
  'f.sentiment', 'f.theme', 'f.ticket_hash', 'f.config_version', 'f.computed_at',
].join(', ');

type Row = SqlValue[];

/**
 * What scoring reads of a ticket whose facts are current (see `SqliteTicketReader.page`). Not the
 * subject: a full pass keeps no movers to name (explain reads its one account's tickets whole), and
 * turning a million subjects into strings was a sixth of the read (300k rows: 0.90–0.97 s without,
 * 1.14–1.53 s with).
 */
const LEAN = [
  't.source', 't.external_id', 't.account_id', 't.status', 't.created_at', 't.first_response_at',
  't.first_solved_at', 't.solved_at', 't.closed_at', 't.reopens', 't.interactions',
  'f.type', 'f.severity', 'f.sentiment', 'f.theme', 'f.config_version',
].join(', ');
const LEAN_CURRENT = 16;

/** Row text at `i`, for columns declared TEXT (NOT NULL ones never give null). */
const str = (r: Row, i: number): string => r[i] as string;
const strOrNull = (r: Row, i: number): string | null => r[i] as string | null;
const numOrNull = (r: Row, i: number): number | null => r[i] as number | null;

/** A row decoded as `ticketSpec.fromRow` and `joinedFacts` decode the same columns by name. */
const decode = (r: Row): GroupTicket => {
  const source = str(r, 0);
  const externalId = str(r, 1);
  const csatRaw = strOrNull(r, 24);
  return {
    accountId: str(r, 2),
    ticket: {
      source,
      externalId,
      accountId: str(r, 2),
      requester: strOrNull(r, 3),
      subject: strOrNull(r, 4),
      description: strOrNull(r, 5),
      // The store only ever holds values the model's vocabularies allowed when they were written.
      type: strOrNull(r, 6) as TicketType | null,
      category: strOrNull(r, 7),
      productArea: strOrNull(r, 8),
      priority: strOrNull(r, 9),
      severity: strOrNull(r, 10) as Severity | null,
      impact: strOrNull(r, 11),
      usersAffected: numOrNull(r, 12),
      customerEffort: strOrNull(r, 13),
      status: str(r, 14) as Status,
      channel: strOrNull(r, 15),
      team: strOrNull(r, 16),
      createdAt: fromIso(str(r, 17)),
      firstResponseAt: fromIsoOrNull(strOrNull(r, 18)),
      firstSolvedAt: fromIsoOrNull(strOrNull(r, 19)),
      solvedAt: fromIsoOrNull(strOrNull(r, 20)),
      closedAt: fromIsoOrNull(strOrNull(r, 21)),
      reopens: numOrNull(r, 22),
      interactions: numOrNull(r, 23),
      csat: csatRaw === null ? null : { raw: csatRaw, score: numOrNull(r, 25) ?? 0 },
      tags: textToTags(strOrNull(r, 26)),
    },
    facts:
      r[27] === null
        ? null
        : {
            source,
            externalId,
            // Every facts column is NOT NULL, and holds only decisions the core made.
            type: { type: str(r, 28) as TicketType, source: str(r, 29) as TypeSource, confidence: r[30] as number },
            severity: { severity: str(r, 31) as Severity, rule: str(r, 32) },
            sentiment: numOrNull(r, 33),
            theme: str(r, 34),
            ticketHash: str(r, 35),
            configVersion: str(r, 36),
            computedAt: fromIso(str(r, 37)),
          },
  };
};

/**
 * A lean row (see `LEAN`): the fields scoring never reads are empty (the subject too), and the facts carry their
 * decisions without how they were reached (source, confidence, rule, hash: also never read there).
 */
const decodeLean = (r: Row): GroupTicket => {
  const source = str(r, 0);
  const externalId = str(r, 1);
  return {
    accountId: str(r, 2),
    ticket: {
      source,
      externalId,
      accountId: str(r, 2),
      requester: null,
      subject: null,
      description: null,
      type: null,
      category: null,
      productArea: null,
      priority: null,
      severity: null,
      impact: null,
      usersAffected: null,
      customerEffort: null,
      status: str(r, 3) as Status,
      channel: null,
      team: null,
      createdAt: fromIso(str(r, 4)),
      firstResponseAt: fromIsoOrNull(strOrNull(r, 5)),
      firstSolvedAt: fromIsoOrNull(strOrNull(r, 6)),
      solvedAt: fromIsoOrNull(strOrNull(r, 7)),
      closedAt: fromIsoOrNull(strOrNull(r, 8)),
      reopens: numOrNull(r, 9),
      interactions: numOrNull(r, 10),
      csat: null,
      tags: [],
    },
    facts: {
      source,
      externalId,
      type: { type: str(r, 11) as TicketType, source: 'source' as TypeSource, confidence: 1 },
      severity: { severity: str(r, 12) as Severity, rule: '' },
      sentiment: numOrNull(r, 13),
      theme: str(r, 14),
      ticketHash: '',
      configVersion: str(r, 15),
      computedAt: 0,
    },
  };
};

/** Reads a group's tickets by account id range or id list, each form prepared on first use. */
export class SqliteTicketReader implements GroupTicketReader {
  readonly #db: Database;
  readonly #statements = new Map<string, Statement<SqlValue[], Row>>();

  constructor(db: Database) {
    this.#db = db;
  }

  /** Ordered by (account_id, source, external_id), as the Kysely read orders them. */
  groupTickets(scope: Scope, createdBefore: string | null): Promise<readonly GroupTicket[]> {
    try {
      const byIds = 'ids' in scope;
      const statement = this.#statement(byIds, createdBefore !== null);
      // The id list travels as one JSON parameter: one statement whatever the list's length.
      const params: SqlValue[] = byIds ? [JSON.stringify(scope.ids)] : [scope.from, scope.to];
      if (createdBefore !== null) params.push(createdBefore);
      return Promise.resolve(statement.all(...params).map(decode));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /**
   * Tickets after a key, in key order: a full rescore's pages (see `ticket-pages.ts`). A ticket
   * whose stored facts are of `factsVersion` is read lean: only the columns scoring reads (see
   * `LEAN`), since turning a million rows' 38 values into JavaScript was most of a full rescore
   * (profiled: 13 s of the read against 3 s for a dozen columns). Any other ticket is read whole,
   * as its facts will be derived from it.
   */
  page(after: TicketKey | null, createdBefore: string | null, limit: number, factsVersion: string | null): Promise<readonly GroupTicket[]> {
    try {
      const id = `page:${after === null ? 'first' : 'next'}:${createdBefore === null ? 'all' : 'before'}`;
      let statement = this.#statements.get(id);
      if (statement === undefined) {
        const where = [
          ...(after === null ? [] : ['(t.source, t.external_id) > (?, ?)']),
          ...(createdBefore === null ? [] : ['t.created_at < ?']),
        ];
        statement = this.#db
          .prepare<SqlValue[], Row>(
            `SELECT ${LEAN}, f.config_version = ? FROM tickets t` +
              ' LEFT JOIN ticket_facts f ON f.source = t.source AND f.external_id = t.external_id' +
              `${where.length === 0 ? '' : ` WHERE ${where.join(' AND ')}`} ORDER BY t.source, t.external_id LIMIT ?`,
          )
          .raw(true);
        this.#statements.set(id, statement);
      }
      const params: SqlValue[] = [factsVersion];
      if (after !== null) params.push(after.source, after.externalId);
      if (createdBefore !== null) params.push(createdBefore);
      params.push(limit);
      this.#whole ??= this.#db
        .prepare<SqlValue[], Row>(
          `SELECT ${COLUMNS} FROM tickets t LEFT JOIN ticket_facts f ON f.source = t.source AND f.external_id = t.external_id
           WHERE t.source = ? AND t.external_id = ?`,
        )
        .raw(true);
      const whole = this.#whole;
      return Promise.resolve(
        statement.all(...params).map((r) => {
          if (r[LEAN_CURRENT] === 1) return decodeLean(r);
          const row = whole.get(r[0] ?? null, r[1] ?? null);
          if (row === undefined) throw new Error(`ticket ${String(r[0])}/${String(r[1])} vanished while read`);
          return decode(row);
        }),
      );
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  #whole: Statement<SqlValue[], Row> | null = null;

  #statement(byIds: boolean, beforeFilter: boolean): Statement<SqlValue[], Row> {
    const id = `${byIds ? 'ids' : 'range'}:${beforeFilter ? 'before' : 'all'}`;
    let statement = this.#statements.get(id);
    if (statement === undefined) {
      const accounts = byIds ? 't.account_id IN (SELECT value FROM json_each(?))' : 't.account_id >= ? AND t.account_id <= ?';
      const before = beforeFilter ? ' AND t.created_at < ?' : '';
      statement = this.#db
        .prepare<SqlValue[], Row>(
          `SELECT ${COLUMNS} FROM tickets t INDEXED BY tickets_account_created` +
            ' LEFT JOIN ticket_facts f ON f.source = t.source AND f.external_id = t.external_id' +
            ` WHERE ${accounts}${before} ORDER BY t.account_id, t.source, t.external_id`,
        )
        .raw(true);
      this.#statements.set(id, statement);
    }
    return statement;
  }
}
