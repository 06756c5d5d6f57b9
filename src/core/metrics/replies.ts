/**
 * Agent replies: the first one (first reply time) and all of them (interactions). A reply is a
 * public comment by a human agent; private notes, bot and system comments are not replies.
 * @module
 */
import type { Instant, Ticket, TicketEvent } from '../model.js';

export interface Replies {
  readonly firstReplyAt: Instant | null;
  readonly interactions: number;
  /** Empty when only a count is known. */
  readonly interactionTimes: readonly Instant[];
}

const isReply = (e: TicketEvent): boolean =>
  e.kind === 'comment' && e.authorRole === 'agent' && e.public === true;

/**
 * Replies from comment events. An agent who opens a ticket with a public comment wrote the
 * request, not a reply, so that first comment is skipped (Zendesk's rule). Comments after the
 * ticket closed belong to a follow-up ticket.
 * @param comments comment events of one ticket, sorted, none after `asOf`
 */
export const repliesFromEvents = (
  createdAt: Instant,
  comments: readonly TicketEvent[],
  closedAt: Instant | null,
): Replies => {
  const opening = comments[0];
  const skip = opening && isReply(opening) && opening.at <= createdAt ? opening : null;
  const times: Instant[] = [];
  for (const c of comments) {
    if (c === skip || !isReply(c) || c.at < createdAt) continue;
    if (closedAt !== null && c.at > closedAt) break;
    times.push(c.at);
  }
  return { firstReplyAt: times[0] ?? null, interactions: times.length, interactionTimes: times };
};

export type ReplyColumns = Pick<
  Ticket,
  'createdAt' | 'firstResponseAt' | 'firstSolvedAt' | 'solvedAt' | 'closedAt' | 'interactions'
>;

/**
 * Replies from columns. The source's count describes the ticket at export time, so it applies
 * only once `asOf` has passed every time the source gave; before that, all we know is whether the
 * first reply had happened (one interaction) or not.
 */
export const repliesFromColumns = (ticket: ReplyColumns, asOf: Instant): Replies => {
  const first = ticket.firstResponseAt;
  const firstReplyAt = first !== null && first <= asOf ? Math.max(first, ticket.createdAt) : null;
  const known = [ticket.createdAt, first, ticket.firstSolvedAt, ticket.solvedAt, ticket.closedAt];
  const settled = known.every((t) => t === null || t <= asOf);
  const atLeast = firstReplyAt === null ? 0 : 1;
  const interactions = settled ? Math.max(ticket.interactions ?? atLeast, atLeast) : atLeast;
  return { firstReplyAt, interactions, interactionTimes: [] };
};
