/**
 * What the status history of a ticket says as of a moment, whether it came from events or from the
 * timestamp columns: the shape both readers return.
 * @module
 */
import type { Instant, Status, TicketEvent } from '../model.js';
import type { Interval } from '../derived.js';

export interface StatusTimeline {
  readonly open: boolean;
  readonly firstSolvedAt: Instant | null;
  /** The latest solve, when the ticket is solved (or closed) at `asOf`. */
  readonly finalSolvedAt: Instant | null;
  /** When the ticket closed, at or before `asOf`: later comments belong to a follow-up ticket. */
  readonly closedAt: Instant | null;
  readonly reopens: number;
  readonly unsolvedIntervals: readonly Interval[];
  /** Spans in new/open/hold (the requester waits on the team); null when only columns exist. */
  readonly waitSpans: readonly Interval[] | null;
}

export const isUnsolved = (s: Status): boolean =>
  s === 'new' || s === 'open' || s === 'pending' || s === 'hold';

/** The requester waits in every unsolved status except pending (which waits on the requester). */
export const isRequesterWaiting = (s: Status): boolean => s === 'new' || s === 'open' || s === 'hold';

const before = (a: TicketEvent, b: TicketEvent): number => a.at - b.at || a.seq - b.seq;

/**
 * Events in time order; equal times keep their input position (`seq`). Never mutates: input that is
 * already in order (the usual case, straight from a store) is returned as is, without a copy.
 */
export const sortEvents = (events: readonly TicketEvent[]): readonly TicketEvent[] => {
  for (let i = 1; i < events.length; i++) {
    if (before(events[i - 1] as TicketEvent, events[i] as TicketEvent) > 0) {
      return [...events].sort(before);
    }
  }
  return events;
};
