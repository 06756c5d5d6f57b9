/**
 * A canonical tickets row → a Ticket, or every problem with it.
 * @module
 */
import type { Severity, Status, Ticket, TicketType } from '../../core/model.js';
import { type Result, fail, ok } from '../../core/result.js';
import { readCsat } from './csat.js';
import { type CanonicalRow, FieldReader, type RowContext, sourceKey } from './field-reader.js';

/** Tags are `;`-separated; blanks around and between are dropped. */
export const splitTags = (s: string | null): string[] => {
  if (s === null) return [];
  const out: string[] = [];
  for (const part of s.split(';')) {
    const t = part.trim();
    if (t !== '') out.push(t);
  }
  return out;
};

/**
 * Reads a ticket. Keys (`id`, `account_id`) and `created_at` are required. Without a status,
 * one is derived from the times: closed_at → closed, solved_at → solved, otherwise open.
 * @example parseTicketRow({ id: '1', account_id: 'a', created_at: '2024-01-01T00:00:00Z' }, ctx)
 */
export function parseTicketRow(row: CanonicalRow, ctx: RowContext): Result<Ticket> {
  const r = new FieldReader(row, ctx.dates);
  const externalId = r.required('id');
  const accountId = r.required('account_id');
  const createdAt = r.instant('created_at', true);
  const solvedAt = r.instant('solved_at', false);
  const closedAt = r.instant('closed_at', false);
  const ticket = {
    source: ctx.sourceName,
    externalId,
    accountId,
    requester: r.text('requester'),
    subject: r.text('subject'),
    description: r.longText('description'),
    type: r.word<TicketType>('type'),
    category: r.text('category'),
    productArea: r.text('product_area'),
    priority: r.text('priority'),
    severity: r.word<Severity>('severity'),
    impact: r.text('impact'),
    usersAffected: r.count('users_affected'),
    customerEffort: r.text('customer_effort'),
    status: r.word<Status>('status') ?? (closedAt !== null ? 'closed' : solvedAt !== null ? 'solved' : 'open'),
    channel: r.text('channel'),
    team: r.text('team'),
    createdAt: createdAt ?? 0,
    firstResponseAt: r.instant('first_response_at', false),
    firstSolvedAt: r.instant('first_solved_at', false),
    solvedAt,
    closedAt,
    reopens: r.count('reopens'),
    interactions: r.count('interactions'),
    csat: null as Ticket['csat'],
    tags: splitTags(r.text('tags')),
  } satisfies Ticket;
  const rawCsat = r.text('csat');
  if (rawCsat !== null) {
    const c = readCsat(rawCsat, ctx.csatScale);
    // Keep the source's own value (e.g. Freshdesk's 103) when the mapping translated it.
    const source = r.text(sourceKey('csat'));
    if (!c.ok) r.problem('invalid', 'csat', c.message);
    else if (c.value === null || source === null) ticket.csat = c.value;
    else ticket.csat = { raw: source, score: c.value.score };
  }
  return r.issues.length === 0 ? ok(ticket) : fail(r.issues);
}
