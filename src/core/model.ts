/**
 * The canonical model: what every source is standardized into, and what every later stage reads.
 * Pure data, no behaviour. `docs/model.md` is the same model as a table for humans.
 *
 * Times are epoch milliseconds (`Instant`) inside the core; stores keep them as ISO-8601 UTC text.
 * Calendar dates (renewal, usage day, launch day) stay `YYYY-MM-DD` strings: they have no time zone.
 * @module
 */

/** Milliseconds since the Unix epoch, UTC. */
export type Instant = number;
/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** The seed's five ticket buckets (Planhat's "Success Points" article). */
export const TICKET_TYPES = ['missing_feature', 'feature_request', 'bug', 'help', 'other'] as const;
export type TicketType = (typeof TICKET_TYPES)[number];

/** Zendesk's status flow, which the other helpdesks map onto. */
export const STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'] as const;
export type Status = (typeof STATUSES)[number];
/** Statuses in which the ticket waits on the support team or the customer: it is not solved. */
export const UNSOLVED_STATUSES: readonly Status[] = ['new', 'open', 'pending', 'hold'];

/** Severity by business impact and user scope (the first seed's "Classify severity"). Highest first. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const OUTCOME_KINDS = ['renewed', 'churned', 'expanded', 'contracted'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export const EVENT_KINDS = ['status_change', 'comment'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Who wrote an event. `bot` and `system` never count as a human reply. */
export const AUTHOR_ROLES = ['customer', 'agent', 'bot', 'system'] as const;
export type AuthorRole = (typeof AUTHOR_ROLES)[number];

/** A customer satisfaction rating, as the source gave it and on a 0–1 scale. */
export interface Csat {
  /** The source's own value, e.g. `4`, `good`, `103`. */
  readonly raw: string;
  /** 0 = worst, 1 = best on the source's scale. */
  readonly score: number;
}

export interface Account {
  readonly id: string;
  readonly name: string | null;
  readonly tier: string | null;
  readonly lifecycleStage: string | null;
  /** Adoption level as the CRM states it (e.g. `low`, `medium`, `high`); null = derive from usage. */
  readonly adoption: string | null;
  readonly seats: number | null;
  readonly owner: string | null;
  readonly region: string | null;
  /** IANA time zone, e.g. `Europe/Berlin`. */
  readonly timezone: string | null;
  readonly goLiveDate: IsoDate | null;
  readonly renewalDate: IsoDate | null;
  readonly arr: number | null;
  /** Free attributes from `attr_*` columns, keyed without the prefix. */
  readonly attributes: Readonly<Record<string, string>>;
  /** True when the account was created only because a ticket referred to it (segment `unassigned`). */
  readonly stub: boolean;
}

export interface Ticket {
  /** Where the ticket came from (`csv`, `zendesk`, ...): with `externalId` it is the ticket's key. */
  readonly source: string;
  readonly externalId: string;
  readonly accountId: string;
  readonly requester: string | null;
  readonly subject: string | null;
  readonly description: string | null;
  /** The type the source gave, already in the model's vocabulary; null = classify it. */
  readonly type: TicketType | null;
  readonly category: string | null;
  readonly productArea: string | null;
  /** The source's own priority word, kept as given (`urgent`, `P1`, `Blocker`). */
  readonly priority: string | null;
  /** The severity the source gave; null = derive it from priority, impact and scope. */
  readonly severity: Severity | null;
  readonly impact: string | null;
  readonly usersAffected: number | null;
  readonly customerEffort: string | null;
  readonly status: Status;
  readonly channel: string | null;
  readonly team: string | null;
  readonly createdAt: Instant;
  readonly firstResponseAt: Instant | null;
  readonly firstSolvedAt: Instant | null;
  /** The latest solve. */
  readonly solvedAt: Instant | null;
  readonly closedAt: Instant | null;
  /** A reopen count given by the source without event times. */
  readonly reopens: number | null;
  /** Public agent replies, as counted by the source. */
  readonly interactions: number | null;
  readonly csat: Csat | null;
  readonly tags: readonly string[];
}

/** A status change or a comment on a ticket: Zendesk audits, Jira changelogs, HubSpot history. */
export interface TicketEvent {
  readonly source: string;
  readonly ticketId: string;
  readonly at: Instant;
  /** Position in the input; events with equal times keep this order. */
  readonly seq: number;
  readonly kind: EventKind;
  readonly authorRole: AuthorRole | null;
  readonly author: string | null;
  /** Comments only: visible to the customer (a private note is `false`). */
  readonly public: boolean | null;
  readonly fromStatus: Status | null;
  readonly toStatus: Status | null;
  readonly body: string | null;
}

/** One usage measurement, e.g. active users on a day. */
export interface UsageRecord {
  readonly accountId: string;
  readonly date: IsoDate;
  readonly metric: string;
  readonly value: number;
}

export interface Outcome {
  readonly accountId: string;
  readonly date: IsoDate;
  readonly outcome: OutcomeKind;
  readonly amount: number | null;
}

export interface Launch {
  readonly date: IsoDate;
  readonly name: string;
  readonly productArea: string | null;
}

/** Every kind of record an import can bring in, tagged so that one pipeline carries them all. */
export type ImportKind = 'tickets' | 'accounts' | 'events' | 'usage' | 'outcomes' | 'launches';
export const IMPORT_KINDS: readonly ImportKind[] = [
  'tickets',
  'accounts',
  'events',
  'usage',
  'outcomes',
  'launches',
];

export interface RecordOf {
  readonly tickets: Ticket;
  readonly accounts: Account;
  readonly events: TicketEvent;
  readonly usage: UsageRecord;
  readonly outcomes: Outcome;
  readonly launches: Launch;
}

/** The segment every stub account falls in. */
export const UNASSIGNED_SEGMENT = 'unassigned';
