/**
 * The ticket's timestamp columns, read back from its own events so the two always agree: first
 * response = first public human agent comment, reopens = solved → open transitions, and so on.
 * @module
 */
import type { Status } from '../core/model.js';
import type { SampleEvent } from './ticket-lifecycle.js';

export interface TicketSummary {
  readonly status: Status;
  readonly firstResponseAt: number | null;
  readonly firstSolvedAt: number | null;
  /** The latest solve, only while the ticket is solved or closed. */
  readonly solvedAt: number | null;
  readonly closedAt: number | null;
  readonly reopens: number;
  /** Public comments by human agents. */
  readonly interactions: number;
}

/** Folds a ticket's events (in time order) into its summary columns. */
export function summarizeEvents(events: readonly SampleEvent[]): TicketSummary {
  let status: Status = 'new';
  let firstResponseAt: number | null = null;
  let firstSolvedAt: number | null = null;
  let lastSolvedAt: number | null = null;
  let closedAt: number | null = null;
  let reopens = 0;
  let interactions = 0;
  for (const e of events) {
    if (e.kind === 'comment') {
      if (e.authorRole === 'agent' && e.public === true) {
        interactions++;
        firstResponseAt ??= e.at;
      }
      continue;
    }
    if (e.toStatus === 'solved') {
      firstSolvedAt ??= e.at;
      lastSolvedAt = e.at;
    }
    if (e.fromStatus === 'solved' && e.toStatus === 'open') reopens++;
    if (e.toStatus === 'closed') closedAt = e.at;
    if (e.toStatus) status = e.toStatus;
  }
  const solved = status === 'solved' || status === 'closed';
  return {
    status,
    firstResponseAt,
    firstSolvedAt,
    solvedAt: solved ? lastSolvedAt : null,
    closedAt,
    reopens,
    interactions,
  };
}
