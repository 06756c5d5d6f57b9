/**
 * Per-ticket metrics as of a moment, the same way for every source (Zendesk's definitions).
 * @module
 */
import type { BusinessCalendar } from '../calendar/compile-calendar.js';
import type { TicketMetrics } from '../derived.js';
import type { Instant, Ticket, TicketEvent } from '../model.js';
import { measure, measureAll } from './measure.js';
import { repliesFromColumns, repliesFromEvents } from './replies.js';
import { statusFromColumns } from './status-from-columns.js';
import { statusFromEvents } from './status-from-events.js';
import { sortEvents } from './timeline.js';

/**
 * Metrics of one ticket as of `asOf`; nothing after `asOf` counts.
 *
 * Status changes come from `status_change` events when the ticket has any, else from the timestamp
 * columns; replies come from `comment` events when it has any, else from the columns. `basis` is
 * `events` when either came from events. A ticket created after `asOf` did not exist yet: it is
 * neither open nor solved and has no spans.
 * @param events this ticket's events, in any order
 * @example
 * const m = computeTicketMetrics(ticket, events, Date.parse('2025-06-30T00:00Z'), calendar);
 * m.firstReply?.businessMinutes;
 */
export const computeTicketMetrics = (
  ticket: Ticket,
  events: readonly TicketEvent[],
  asOf: Instant,
  calendar: BusinessCalendar,
): TicketMetrics => {
  const created = ticket.createdAt;
  if (created > asOf) return notYetCreated(asOf, events.length > 0);
  // Most tickets of an export come without events: no sorting or filtering for them.
  const sorted = events.length === 0 ? NO_EVENTS : sortEvents(events);
  const changes = sorted.length === 0 ? NO_EVENTS : sorted.filter((e) => e.kind === 'status_change');
  const comments = sorted.length === 0 ? NO_EVENTS : sorted.filter((e) => e.kind === 'comment');
  const upToAsOf = (e: TicketEvent): boolean => e.at <= asOf;
  const status =
    changes.length > 0
      ? statusFromEvents(created, changes.filter(upToAsOf), asOf)
      : statusFromColumns(ticket, asOf);
  const replies =
    comments.length > 0
      ? repliesFromEvents(created, comments.filter(upToAsOf), status.closedAt)
      : repliesFromColumns(ticket, asOf);
  const span = (to: Instant | null) => (to === null ? null : measure(calendar, created, to));
  const firstResolution = span(status.firstSolvedAt);
  // Solved once and never reopened: the first and the final solve are the same span.
  const fullResolution = status.finalSolvedAt === status.firstSolvedAt ? firstResolution : span(status.finalSolvedAt);
  return {
    asOf,
    basis: changes.length > 0 || comments.length > 0 ? 'events' : 'timestamps',
    open: status.open,
    firstReplyAt: replies.firstReplyAt,
    firstReply: span(replies.firstReplyAt),
    firstSolvedAt: status.firstSolvedAt,
    firstResolution,
    finalSolvedAt: status.finalSolvedAt,
    fullResolution,
    reopens: status.reopens,
    interactions: replies.interactions,
    interactionTimes: replies.interactionTimes,
    requesterWait: status.waitSpans === null ? null : measureAll(calendar, status.waitSpans),
    unsolvedIntervals: status.unsolvedIntervals,
  };
};

const NO_EVENTS: readonly TicketEvent[] = [];

const notYetCreated = (asOf: Instant, hasEvents: boolean): TicketMetrics => ({
  asOf,
  basis: hasEvents ? 'events' : 'timestamps',
  open: false,
  firstReplyAt: null,
  firstReply: null,
  firstSolvedAt: null,
  firstResolution: null,
  finalSolvedAt: null,
  fullResolution: null,
  reopens: 0,
  interactions: 0,
  interactionTimes: [],
  requesterWait: null,
  unsolvedIntervals: [],
});
