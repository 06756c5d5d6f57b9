/**
 * The store contract. Every database ticket-health runs on implements exactly this, and one contract
 * test suite (`test/stores.contract.test.ts`) runs against each implementation for real.
 *
 * Implementations: `sqlite/` (embedded default, better-sqlite3) and `postgres/` (production, pg).
 * Everything outside `stores/` is database-agnostic.
 * @module
 */
import type { SeverityDecision, TypeDecision } from '../core/derived.js';
import type {
  Account,
  EventKind,
  ImportKind,
  Instant,
  Launch,
  Outcome,
  RecordOf,
  Ticket,
  TicketEvent,
  UsageRecord,
} from '../core/model.js';

export type Dialect = 'sqlite' | 'postgres';

export interface UpsertCounts {
  readonly inserted: number;
  readonly updated: number;
  /** Rows whose key existed with exactly the same content: re-importing a file lands here. */
  readonly unchanged: number;
}

/** A row an import refused, kept with the original values so nothing is lost. */
export interface RejectedRow {
  /** Data row number, counted from 1 (the header is not a row). */
  readonly row: number;
  /** The canonical field at fault (or the source's column name when no canonical field applies). */
  readonly field: string;
  readonly reason: string;
  /** The original row, column name → value, exactly as read. */
  readonly raw: Readonly<Record<string, string>>;
}

export type ImportStatus = 'running' | 'completed' | 'failed' | 'superseded';

export interface ImportRunStart {
  readonly kind: ImportKind;
  readonly file: string;
  readonly source: string;
  /**
   * Identifies the input (path, size, modification time). A new run of the same fingerprint marks
   * older `running` runs of it (killed imports) as `superseded`.
   */
  readonly fingerprint: string;
  readonly startedAt: Instant;
}

export interface ImportRun extends ImportRunStart {
  readonly id: string;
  readonly status: ImportStatus;
  readonly finishedAt: Instant | null;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly rejected: number;
  /** Data rows committed so far (accepted + rejected). */
  readonly rowsDone: number;
}

export interface BatchResult extends UpsertCounts {
  readonly stubsCreated: number;
}

/** One batch of an import: committed whole or not at all. */
export interface ImportBatch<K extends ImportKind> {
  readonly importId: string;
  readonly kind: K;
  readonly records: readonly RecordOf[K][];
  readonly rejects: readonly RejectedRow[];
  /**
   * Account ids that records of this batch refer to and that must exist: each one missing is
   * created as a stub account (`stub = true`). Never overwrites a real account.
   */
  readonly stubAccountIds: readonly string[];
}

export interface TicketKey {
  readonly source: string;
  readonly externalId: string;
}

/** Narrows `eventsFor`: the facts refresh reads comments only (sentiment), half of all events. */
export interface EventsForOptions {
  /** Only events of these kinds (none at all when empty); every kind when absent. */
  readonly kinds?: readonly EventKind[];
}

/** Optional ticket fields, by their canonical CSV header: what `quality` reports gaps for. */
export const TICKET_OPTIONAL_FIELDS = [
  'requester',
  'subject',
  'description',
  'type',
  'category',
  'product_area',
  'priority',
  'severity',
  'impact',
  'users_affected',
  'customer_effort',
  'channel',
  'team',
  'first_response_at',
  'first_solved_at',
  'solved_at',
  'closed_at',
  'reopens',
  'interactions',
  'csat',
  'tags',
] as const;
export type TicketOptionalField = (typeof TICKET_OPTIONAL_FIELDS)[number];

export interface SourceFieldGaps {
  readonly source: string;
  readonly tickets: number;
  readonly missing: Readonly<Record<TicketOptionalField, number>>;
}

/**
 * What ticket-health derives from a ticket's own fields and text, independent of time (type,
 * severity, sentiment, theme): computed once at import and stored. Time-dependent metrics and SLA
 * states are computed for each as-of time instead, because a stored value is right for one moment only.
 */
export interface StoredTicketFacts {
  readonly source: string;
  readonly externalId: string;
  readonly type: TypeDecision;
  readonly severity: SeverityDecision;
  readonly sentiment: number | null;
  readonly theme: string;
  /** The ticket's content hash when derived: the facts are stale once the ticket changes. */
  readonly ticketHash: string;
  /** The config version they were derived with: stale under another config. */
  readonly configVersion: string;
  readonly computedAt: Instant;
}

/** A ticket that needs its facts (re)derived, with the content hash to store them under. */
export interface TicketNeedingFacts {
  readonly ticket: Ticket;
  readonly ticketHash: string;
}

/** Whether scoring may trust the stored facts, and the last facts write (see `ticketsChangedSince`). */
export interface FactsStatus {
  /** Tickets inserted or changed (or given new events) whose facts were not derived since. */
  readonly pending: number;
  /** The number of the last facts write: each `writeFacts` call is the next one. */
  readonly seq: number;
}

/** A ticket whose facts a later facts write (re)derived, with the account it belongs to now. */
export interface ChangedTicket extends TicketKey {
  readonly accountId: string;
  /** The facts write that derived them. */
  readonly seq: number;
}

/** One account with its tickets (and their stored facts) and their events: the unit of scoring. */
export interface AccountTickets {
  readonly account: Account;
  /** Bumped whenever a ticket or event of the account is inserted or updated. */
  readonly revision: number;
  readonly tickets: readonly { readonly ticket: Ticket; readonly facts: StoredTicketFacts | null }[];
  /** Events of those tickets, ordered by (source, ticketId, at, seq). */
  readonly events: readonly TicketEvent[];
}

export interface TicketPageOptions {
  readonly createdBefore?: Instant;
  readonly batchSize?: number;
  /** Start after this key (exclusive): the later part of a pass split between threads. */
  readonly after?: TicketKey;
  /** End at this key (inclusive): the earlier part of a split pass. */
  readonly through?: TicketKey;
  /**
   * The facts version in use. A store may then read tickets whose stored facts are of this version
   * lean: only the fields a full pass reads (key, account, status, times, reopens, interactions;
   * the rest empty, the subject too: a full pass names no tickets) and their facts' decisions
   * (type, severity, sentiment, theme) without how they were reached. Other tickets come whole, as
   * their facts are derived from them.
   */
  readonly factsVersion?: string;
}

/** A page of tickets in key order, each with its account id and stored facts, and their events. */
export interface TicketPage {
  readonly tickets: readonly { readonly accountId: string; readonly ticket: Ticket; readonly facts: StoredTicketFacts | null }[];
  /** Ordered by (source, ticketId, at, seq). */
  readonly events: readonly TicketEvent[];
}

/** A stored account score for one as-of time; re-scoring the same as-of replaces it. */
export interface ScoreSnapshot {
  readonly accountId: string;
  readonly asOf: Instant;
  readonly configVersion: string;
  readonly health: number | null;
  readonly grade: string;
  readonly successPoints: number;
  readonly segment: string;
  readonly percentile: number | null;
  /** The trend and each component's value, risk, weight and contribution as JSON (see `snapshot-codec.ts`). */
  readonly body: string;
  readonly computedAt: Instant;
}

/** A per-account aggregate kept between scoring runs, so a rescore recomputes changed accounts only. */
export interface StoredRollup {
  readonly accountId: string;
  /** The account's revision the rollup was computed at. */
  readonly revision: number;
  readonly body: string;
  /** The facts write (`FactsStatus.seq`) the rollup was computed after, when its lines were kept. */
  readonly factsSeq?: number;
  /** The account's ticket lines, kept apart (`loadRollupLines`); saving without them drops the old ones. */
  readonly lines?: Uint8Array;
  /**
   * The part number `lines` is kept as (default 0). Parts below it, spilled earlier in the same pass
   * by `appendRollupLines`, stay; every part from it on is replaced.
   */
  readonly linesPart?: number;
}

/** Some of an account's ticket lines, spilled before its rollup is saved. */
export interface RollupLinesPart {
  readonly accountId: string;
  readonly part: number;
  readonly lines: Uint8Array;
}

export interface Store {
  readonly dialect: Dialect;
  /**
   * What another thread or process opens this store with (`openStore`): a SQLite file's path or a
   * PostgreSQL URL; null for an in-memory database, which only this connection sees.
   */
  readonly location: string | null;
  /** Brings the schema up to date; safe to run on every start. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  // ---- imports ----
  beginImport(run: ImportRunStart): Promise<string>;
  /** Writes records, rejects, stub accounts and the run's progress counters in one transaction. */
  writeBatch<K extends ImportKind>(batch: ImportBatch<K>): Promise<BatchResult>;
  finishImport(importId: string, status: 'completed' | 'failed', finishedAt: Instant): Promise<void>;
  listImports(): Promise<readonly ImportRun[]>;
  listRejects(importId: string): Promise<readonly RejectedRow[]>;

  // ---- lookups the import needs ----
  /** Which of these account ids exist (real or stub). */
  existingAccountIds(ids: readonly string[]): Promise<ReadonlySet<string>>;
  /** Which of these tickets exist. Returned as `${source}\u0000${externalId}` keys. */
  existingTicketKeys(keys: readonly TicketKey[]): Promise<ReadonlySet<string>>;

  // ---- reads ----
  listAccounts(): Promise<readonly Account[]>;
  getAccount(id: string): Promise<Account | null>;
  countTickets(): Promise<number>;
  /** All tickets in batches of at most `batchSize`, ordered by (source, externalId): memory stays bounded. */
  iterateTickets(options?: { readonly batchSize?: number; readonly accountId?: string }): AsyncIterable<readonly Ticket[]>;
  /** Events of the given tickets, ordered by (source, ticketId, at, seq). */
  eventsFor(keys: readonly TicketKey[], options?: EventsForOptions): Promise<readonly TicketEvent[]>;
  listUsage(accountId?: string): Promise<readonly UsageRecord[]>;
  listOutcomes(): Promise<readonly Outcome[]>;
  listLaunches(): Promise<readonly Launch[]>;

  // ---- data quality ----
  /** Per source: ticket count and, for every optional ticket field, how many tickets lack it. */
  ticketFieldGaps(): Promise<readonly SourceFieldGaps[]>;
  /** Stub accounts (created because a ticket referred to them) and accounts with no ticket. */
  accountGaps(): Promise<{ readonly stubs: readonly string[]; readonly withoutTickets: readonly string[] }>;

  // ---- derived ticket facts (issue: metrics and classification) ----
  /**
   * Tickets whose stored facts are missing, were derived from other ticket content, or under another
   * config version; in pages of at most `batchSize`. Writing facts for a page removes it from the set.
   * Importing events for a ticket makes its facts stale too (customer comments change sentiment).
   */
  iterateTicketsNeedingFacts(configVersion: string, options?: { readonly batchSize?: number }): AsyncIterable<readonly TicketNeedingFacts[]>;
  /**
   * Inserts or replaces facts, in one transaction: the next facts write, whose number the rows
   * carry; their tickets are no longer pending.
   */
  writeFacts(facts: readonly StoredTicketFacts[]): Promise<void>;
  /** Tickets pending facts, and the last facts write. */
  factsStatus(): Promise<FactsStatus>;
  /** Tickets whose facts were written after facts write `seq`, ordered by key. */
  ticketsChangedSince(seq: number): Promise<readonly ChangedTicket[]>;
  /** Stored facts of the given tickets (any config version). */
  factsFor(keys: readonly TicketKey[]): Promise<readonly StoredTicketFacts[]>;

  // ---- scoring ----
  /**
   * Accounts (all, or the given ids) ordered by id, each with its tickets created before
   * `createdBefore` (all when absent), their stored facts and events. Yields groups of accounts
   * holding at most about `batchSize` tickets (one account is never split): memory stays bounded.
   */
  iterateAccountTickets(options?: {
    readonly accountIds?: readonly string[];
    readonly createdBefore?: Instant;
    readonly batchSize?: number;
  }): AsyncIterable<readonly AccountTickets[]>;
  /**
   * Every ticket created before `createdBefore` (all when absent) with its stored facts and events,
   * in pages of at most `batchSize` in (source, externalId) order: a full rescore's read, in the
   * order the table is laid out rather than account by account.
   */
  iterateTicketPages(options?: TicketPageOptions): AsyncIterable<TicketPage>;
  /** The key of the ticket at this 0-based position in key order; null past the last. */
  ticketKeyAt(position: number): Promise<TicketKey | null>;
  /**
   * The given tickets created before `createdBefore` (all when absent) with their stored facts and
   * their events, as one group per account (revision included), ordered by account id.
   */
  ticketsByKey(keys: readonly TicketKey[], createdBefore?: Instant): Promise<readonly AccountTickets[]>;
  /** Current revision of every account. */
  accountRevisions(): Promise<ReadonlyMap<string, number>>;
  /** Keeps a config body under its version (hash); a version already kept is left as it is. */
  saveConfigVersion(version: string, body: string, savedAt: Instant): Promise<void>;
  loadConfigVersion(version: string): Promise<string | null>;
  /** Inserts or replaces snapshots keyed by (accountId, asOf), in one transaction. */
  saveSnapshots(snapshots: readonly ScoreSnapshot[]): Promise<void>;
  /** Snapshots of one account (ordered by asOf), or of one as-of time (all accounts). */
  listSnapshots(filter: { readonly accountId?: string; readonly asOf?: Instant }): Promise<readonly ScoreSnapshot[]>;
  /** Replaces the stored rollups of these accounts for (asOf, configVersion). */
  saveRollups(asOf: Instant, configVersion: string, rollups: readonly StoredRollup[]): Promise<void>;
  /** Without their lines. */
  loadRollups(asOf: Instant, configVersion: string): Promise<readonly StoredRollup[]>;
  /** Writes (or replaces) parts of accounts' lines ahead of their rollups (see `StoredRollup.linesPart`). */
  appendRollupLines(asOf: Instant, configVersion: string, parts: readonly RollupLinesPart[]): Promise<void>;
  /** The lines kept with these accounts' rollups, by account id: their parts' bodies in part order. */
  loadRollupLines(asOf: Instant, configVersion: string, accountIds: readonly string[]): Promise<ReadonlyMap<string, readonly Uint8Array[]>>;

  // ---- trained models (classifier) ----
  saveModel(name: string, body: string, savedAt: Instant): Promise<void>;
  loadModel(name: string): Promise<string | null>;
}

/** The composite key a ticket is known by in sets and maps. */
export const ticketKeyString = (k: TicketKey): string => `${k.source}\u0000${k.externalId}`;
