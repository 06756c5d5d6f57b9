/**
 * The SQLite read path of ticket events, on better-sqlite3 directly: scoring and the facts refresh
 * read every event of every ticket, a million rows on a 100k-ticket store. Through Kysely each row
 * became an object of 13 properties built by the driver and then decoded again; here one prepared
 * statement per ticket key returns arrays (`raw`) of only the columns a `TicketEvent` needs, and
 * keys are visited in (source, ticketId) order, so only each ticket's few events need sorting.
 * @module
 */
import type { Database, Statement } from 'better-sqlite3';
import type { AuthorRole, EventKind, Status, TicketEvent } from '../../core/model.js';
import type { SqlValue } from '../shared/codec.js';
import { compareText, fromIso, intToBool } from '../shared/codec.js';
import type { EventsForOptions, TicketKey } from '../store.js';

/** Row: at, seq, kind, author_role, author, public, from_status, to_status, body. */
type EventRow = [string, number, string, string | null, string | null, number | null, string | null, string | null, string | null];

const COLUMNS = 'at, seq, kind, author_role, author, public, from_status, to_status, body';

/**
 * (at, seq); the sort is stable and the probe returns a ticket's events in primary-key order, so
 * equal (at, seq) stay in event_hash order, as the Kysely path returned them. Sorting here rather
 * than with ORDER BY saves SQLite a temporary B-tree per ticket (a third of the read, measured).
 */
/** One row as the event it stores. */
const toEvent = (source: string, ticketId: string, r: EventRow): TicketEvent => ({
  source,
  ticketId,
  at: fromIso(r[0]),
  seq: r[1],
  // The store only holds values the model's vocabularies allowed when they were written.
  kind: r[2] as EventKind,
  authorRole: r[3] as AuthorRole | null,
  author: r[4],
  public: intToBool(r[5]),
  fromStatus: r[6] as Status | null,
  toStatus: r[7] as Status | null,
  body: r[8],
});

const byTime = (a: TicketEvent, b: TicketEvent): number => a.at - b.at || a.seq - b.seq;

export class SqliteEventReader {
  readonly #db: Database;
  /** One statement per kinds filter ('' = every kind), prepared on first use. */
  readonly #byKinds = new Map<string, Statement<SqlValue[], EventRow>>();

  constructor(db: Database) {
    this.#db = db;
  }

  /** Events of the tickets, ordered by (source, ticketId, at, seq); a key asked twice counts once. */
  eventsFor(keys: readonly TicketKey[], options: EventsForOptions = {}): TicketEvent[] {
    const kinds = options.kinds === undefined ? null : [...new Set(options.kinds)].sort(compareText);
    if (kinds !== null && kinds.length === 0) return [];
    const statement = this.#statement(kinds);
    const extra = kinds ?? [];
    const events: TicketEvent[] = [];
    for (const key of orderedUnique(keys)) {
      const first = events.length;
      for (const r of statement.all(key.source, key.externalId, ...extra)) {
        events.push(toEvent(key.source, key.externalId, r));
      }
      if (events.length - first > 1) sortFrom(events, first);
    }
    return events;
  }

  /**
   * Events of every ticket from key `from` to key `to`, both included, ordered as `eventsFor`
   * orders them: one range scan for a page of consecutive tickets instead of a lookup per ticket.
   */
  eventsBetween(from: TicketKey, to: TicketKey): TicketEvent[] {
    this.#between ??= this.#db
      .prepare<SqlValue[], [string, string, ...EventRow]>(
        `SELECT source, ticket_id, ${COLUMNS} FROM ticket_events
         WHERE (source, ticket_id) >= (?, ?) AND (source, ticket_id) <= (?, ?) ORDER BY source, ticket_id`,
      )
      .raw(true);
    const events: TicketEvent[] = [];
    let first = 0;
    for (const [source, ticketId, ...r] of this.#between.all(from.source, from.externalId, to.source, to.externalId)) {
      const last = events[events.length - 1];
      if (last !== undefined && (last.source !== source || last.ticketId !== ticketId)) {
        if (events.length - first > 1) sortFrom(events, first);
        first = events.length;
      }
      events.push(toEvent(source, ticketId, r));
    }
    if (events.length - first > 1) sortFrom(events, first);
    return events;
  }

  #between: Statement<SqlValue[], [string, string, ...EventRow]> | null = null;

  #statement(kinds: readonly string[] | null): Statement<SqlValue[], EventRow> {
    const id = kinds === null ? '' : kinds.join(',');
    let statement = this.#byKinds.get(id);
    if (statement === undefined) {
      const kindFilter = kinds === null ? '' : ` AND kind IN (${kinds.map(() => '?').join(', ')})`;
      statement = this.#db
        .prepare<SqlValue[], EventRow>(
          `SELECT ${COLUMNS} FROM ticket_events WHERE source = ? AND ticket_id = ?${kindFilter}`,
        )
        .raw(true);
      this.#byKinds.set(id, statement);
    }
    return statement;
  }
}

/** Sorts `events[first..]` in place by time. */
const sortFrom = (events: TicketEvent[], first: number): void => {
  const own = events.slice(first).sort(byTime);
  for (let i = 0; i < own.length; i++) events[first + i] = own[i] as TicketEvent;
};

/** Each key once, in (source, externalId) order: the order the events are returned in. */
const orderedUnique = (keys: readonly TicketKey[]): TicketKey[] => {
  const sorted = [...keys].sort((a, b) => compareText(a.source, b.source) || compareText(a.externalId, b.externalId));
  return sorted.filter((k, i) => {
    const prev = sorted[i - 1];
    return prev === undefined || prev.source !== k.source || prev.externalId !== k.externalId;
  });
};
