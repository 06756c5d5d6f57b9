/**
 * A canonical events row → a TicketEvent, or every problem with it.
 * @module
 */
import type { AuthorRole, EventKind, Status, TicketEvent } from '../../core/model.js';
import { type Result, fail, ok } from '../../core/result.js';
import { type CanonicalRow, FieldReader, type RowContext } from './field-reader.js';

/**
 * Reads an event: `ticket_id`, `at` and `kind` (`status_change`/`status`, `comment`) are
 * required. Author roles accept `end-user`/`requester` (customer) and `automation` (bot);
 * `public` accepts true/false, 1/0, yes/no. The row number becomes `seq`, so events with equal
 * times keep file order.
 */
export function parseEventRow(row: CanonicalRow, ctx: RowContext, rowNumber: number): Result<TicketEvent> {
  const r = new FieldReader(row, ctx.dates);
  const event: TicketEvent = {
    source: ctx.sourceName,
    ticketId: r.required('ticket_id'),
    at: r.instant('at', true) ?? 0,
    seq: rowNumber,
    kind: r.word<EventKind>('kind', true) ?? 'comment',
    authorRole: r.word<AuthorRole>('author_role'),
    author: r.text('author'),
    public: toBoolean(r.word('public')),
    fromStatus: r.word<Status>('from_status'),
    toStatus: r.word<Status>('to_status'),
    body: r.longText('body'),
  };
  return r.issues.length === 0 ? ok(event) : fail(r.issues);
}

const toBoolean = (w: string | null): boolean | null => (w === null ? null : w === 'true');
