/**
 * Replays status changes up to `asOf` (Zendesk's definitions): a solve is a move out of
 * new/open/pending/hold into solved or closed; a reopen is solved → new/open/pending/hold; closed is
 * final, so anything after it belongs to a follow-up ticket.
 * @module
 */
import type { Interval } from '../derived.js';
import type { Instant, Status, TicketEvent } from '../model.js';
import { isRequesterWaiting, isUnsolved, type StatusTimeline } from './timeline.js';

/**
 * @param changes status-change events of one ticket, sorted, none after `asOf`
 * @example
 * statusFromEvents(created, [{ ...e, toStatus: 'solved', at: created + 3_600_000 }], asOf).firstSolvedAt
 */
export const statusFromEvents = (
  createdAt: Instant,
  changes: readonly TicketEvent[],
  asOf: Instant,
): StatusTimeline => {
  const initial: Status = changes[0]?.fromStatus ?? 'new';
  let status = initial;
  let since = createdAt;
  let firstSolvedAt: Instant | null = isUnsolved(status) ? null : createdAt;
  let lastSolvedAt = firstSolvedAt;
  let closedAt: Instant | null = status === 'closed' ? createdAt : null;
  let reopens = 0;
  const intervals: Interval[] = [];
  const waits: Interval[] = [];
  // Start of the current unsolved run: moves between unsolved statuses do not split it.
  let runStart: Instant | null = isUnsolved(status) ? createdAt : null;
  const leave = (until: Instant, next: Status | null): void => {
    if (isRequesterWaiting(status) && until > since) waits.push({ from: since, to: until });
    if (runStart !== null && (next === null || !isUnsolved(next))) {
      intervals.push({ from: runStart, to: until });
      runStart = null;
    }
  };
  for (const change of changes) {
    const next = change.toStatus;
    if (status === 'closed') break;
    if (next === null || next === status) continue;
    // An event stamped before creation is bad data: it happened, at the earliest, at creation.
    const at = Math.max(change.at, createdAt);
    leave(at, next);
    if (runStart === null && isUnsolved(next)) runStart = at;
    if (isUnsolved(status) && !isUnsolved(next)) {
      firstSolvedAt ??= at;
      lastSolvedAt = at;
    }
    if (status === 'solved' && isUnsolved(next)) reopens += 1;
    if (next === 'closed') closedAt = at;
    status = next;
    since = at;
  }
  leave(asOf, null);
  // A ticket created solved still existed for an instant: SLA clocks start at `intervals[0].from`.
  if (!isUnsolved(initial)) intervals.unshift({ from: createdAt, to: createdAt });
  const open = isUnsolved(status);
  return {
    open,
    firstSolvedAt,
    finalSolvedAt: open ? null : lastSolvedAt,
    closedAt,
    reopens,
    unsolvedIntervals: intervals,
    waitSpans: waits,
  };
};
