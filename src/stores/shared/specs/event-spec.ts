import type { AuthorRole, EventKind, Status, TicketEvent } from '../../../core/model.js';
import { boolToInt, contentHash, fromIso, intToBool, toIso } from '../codec.js';
import type { TicketEventsTable } from '../database.js';
import type { Column, RecordSpec } from '../record-spec.js';

const text = (name: string): Column => ({ name, type: 'text' });

const COLUMNS: readonly Column[] = [
  text('source'),
  text('ticket_id'),
  text('event_hash'),
  text('at'),
  { name: 'seq', type: 'integer' },
  text('kind'),
  text('author_role'),
  text('author'),
  { name: 'public', type: 'integer' },
  text('from_status'),
  text('to_status'),
  text('body'),
];

/**
 * Ticket events, keyed by (source, ticket_id, event_hash). The hash covers the event's content but
 * not its position (`seq`), so re-importing the same history, even from a file with other rows
 * before it, never duplicates an event; `seq` is kept to order events with equal times.
 */
export const eventSpec: RecordSpec<TicketEvent, TicketEventsTable> = {
  table: 'ticket_events',
  keyCount: 3,
  columns: COLUMNS,
  // The key holds event_hash, itself a hash of every column but seq: for one key only seq can
  // differ, so the row hash covers (event_hash, seq) instead of reading the body a second time.
  hashedColumns: ['event_hash', 'seq'].map((name) => COLUMNS.findIndex((c) => c.name === name)),
  toValues: (e) => {
    const at = toIso(e.at);
    const pub = boolToInt(e.public);
    // The event hash covers every column but itself and seq, in column order.
    const eventHash = contentHash([e.source, e.ticketId, at, e.kind, e.authorRole, e.author, pub, e.fromStatus, e.toStatus, e.body]);
    return [e.source, e.ticketId, eventHash, at, e.seq, e.kind, e.authorRole, e.author, pub, e.fromStatus, e.toStatus, e.body];
  },
  fromRow: (r) => ({
    source: r.source,
    ticketId: r.ticket_id,
    at: fromIso(r.at),
    seq: r.seq,
    kind: r.kind as EventKind,
    authorRole: r.author_role as AuthorRole | null,
    author: r.author,
    public: intToBool(r.public),
    fromStatus: r.from_status as Status | null,
    toStatus: r.to_status as Status | null,
    body: r.body,
  }),
};
