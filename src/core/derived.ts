/**
 * What ticket-health derives from a ticket as of a moment: metrics, SLA state, severity, type,
 * sentiment and theme. Produced by the pure functions in `metrics/`, `sla/`, `classify/`, and read by
 * scoring. Every field can be explained: each carries where it came from.
 * @module
 */
import type { Instant, Severity, TicketType } from './model.js';

/** A duration measured two ways: wall-clock, and inside the account's business hours. */
export interface Duration {
  readonly calendarMinutes: number;
  readonly businessMinutes: number;
}

/** A span during which the ticket was unsolved (`to` = the as-of time while still unsolved). */
export interface Interval {
  readonly from: Instant;
  readonly to: Instant;
}

/** Per-ticket metrics as of `asOf`; nothing after `asOf` counts. Definitions follow Zendesk's. */
export interface TicketMetrics {
  readonly asOf: Instant;
  /** Where the times came from: the event history wins over the timestamp columns. */
  readonly basis: 'events' | 'timestamps';
  /** Unsolved (new/open/pending/hold) at `asOf`. */
  readonly open: boolean;
  readonly firstReplyAt: Instant | null;
  readonly firstReply: Duration | null;
  readonly firstSolvedAt: Instant | null;
  readonly firstResolution: Duration | null;
  /** The latest solve at or before `asOf`, when the ticket is solved at `asOf`. */
  readonly finalSolvedAt: Instant | null;
  readonly fullResolution: Duration | null;
  readonly reopens: number;
  /** Public, human agent replies: what the seed's "+5 per interaction" counts. */
  readonly interactions: number;
  /** When each counted interaction happened (empty when only a count is known). */
  readonly interactionTimes: readonly Instant[];
  /** Time the requester waited (new/open/hold), when events exist. */
  readonly requesterWait: Duration | null;
  /** Every span in which the ticket was unsolved, up to `asOf`. */
  readonly unsolvedIntervals: readonly Interval[];
}

export type SlaStateKind = 'met' | 'breached' | 'at_risk' | 'running' | 'no_target';

export interface SlaState {
  readonly kind: SlaStateKind;
  readonly targetMinutes: number | null;
  /** Minutes used so far (or in total, once met or breached), in the target's clock. */
  readonly usedMinutes: number | null;
  /** Minutes left before breach; negative once breached; null without a target. */
  readonly leftMinutes: number | null;
  readonly clock: 'calendar' | 'business';
}

export interface TicketSla {
  readonly firstReply: SlaState;
  readonly resolution: SlaState;
}

export interface SeverityDecision {
  readonly severity: Severity;
  /** `source` when the ticket carried a severity, else the name of the rule that matched. */
  readonly rule: string;
}

export type TypeSource = 'source' | 'mapped' | 'rules' | 'model';

export interface TypeDecision {
  readonly type: TicketType;
  readonly source: TypeSource;
  /** 0–1: how sure the decision is (1 for a given or mapped type). */
  readonly confidence: number;
}

/** Everything derived for one ticket as of one moment. */
export interface TicketFacts {
  readonly metrics: TicketMetrics;
  readonly sla: TicketSla;
  readonly severity: SeverityDecision;
  readonly type: TypeDecision;
  /** Customer-written text sentiment in [-1, 1]; null when there is no customer text. */
  readonly sentiment: number | null;
  /** Normalised topic key, e.g. `billing/invoices` or `export+csv`. */
  readonly theme: string;
}
