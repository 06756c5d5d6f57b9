/**
 * The stored tables as Kysely sees them: column names and the values the drivers return. The
 * migrations in `../migrations/` create exactly these; both dialects return the same shapes
 * (text, and JS numbers for integer and double precision columns).
 * @module
 */

export interface AccountsTable {
  id: string;
  name: string | null;
  tier: string | null;
  lifecycle_stage: string | null;
  adoption: string | null;
  seats: number | null;
  owner: string | null;
  region: string | null;
  timezone: string | null;
  go_live_date: string | null;
  renewal_date: string | null;
  arr: number | null;
  /** JSON object text, `{}` when none. */
  attributes: string;
  stub: number;
  row_hash: string;
}

export interface TicketsTable {
  source: string;
  external_id: string;
  account_id: string;
  requester: string | null;
  subject: string | null;
  description: string | null;
  type: string | null;
  category: string | null;
  product_area: string | null;
  priority: string | null;
  severity: string | null;
  impact: string | null;
  users_affected: number | null;
  customer_effort: string | null;
  status: string;
  channel: string | null;
  team: string | null;
  created_at: string;
  first_response_at: string | null;
  first_solved_at: string | null;
  solved_at: string | null;
  closed_at: string | null;
  reopens: number | null;
  interactions: number | null;
  csat_raw: string | null;
  csat_score: number | null;
  tags: string | null;
  row_hash: string;
}

export interface TicketEventsTable {
  source: string;
  ticket_id: string;
  /** Content hash of the event without its position: the same event imported twice is one row. */
  event_hash: string;
  at: string;
  seq: number;
  kind: string;
  author_role: string | null;
  author: string | null;
  public: number | null;
  from_status: string | null;
  to_status: string | null;
  body: string | null;
  row_hash: string;
}

export interface UsageTable {
  account_id: string;
  date: string;
  metric: string;
  value: number;
  row_hash: string;
}

export interface OutcomesTable {
  account_id: string;
  date: string;
  outcome: string;
  amount: number | null;
  row_hash: string;
}

export interface LaunchesTable {
  date: string;
  name: string;
  product_area: string | null;
  row_hash: string;
}

export interface ImportsTable {
  id: string;
  kind: string;
  file: string;
  source: string;
  fingerprint: string;
  started_at: string;
  status: string;
  finished_at: string | null;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rows_done: number;
}

export interface RejectsTable {
  import_id: string;
  row: number;
  field: string;
  reason: string;
  /** The original row as a JSON object. */
  raw: string;
}

export interface ModelsTable {
  name: string;
  body: string;
  saved_at: string;
}

export interface TicketFactsTable {
  source: string;
  external_id: string;
  type: string;
  type_source: string;
  type_confidence: number;
  severity: string;
  severity_rule: string;
  sentiment: number | null;
  theme: string;
  ticket_hash: string;
  config_version: string;
  computed_at: string;
  /** 1 once events of the ticket were imported after these facts were derived. */
  stale: number;
  /** The facts write that derived them (`facts_state.seq` then). */
  seq: number;
}

/** Tickets whose facts must be derived again (filled by triggers, emptied as facts are written). */
export interface FactsPendingTable {
  source: string;
  external_id: string;
}

/** One row (id 1): the facts write counter, and the facts version a refresh last completed under. */
export interface FactsStateTable {
  id: number;
  seq: number;
  version: string | null;
}

/** An account's ticket lines kept beside its rollup (see `rollup_lines` in migration 004). */
export interface RollupLinesTable {
  as_of: string;
  config_version: string;
  account_id: string;
  /** Parts are read back in order and their lines concatenated. */
  part: number;
  /** See `line-codec.ts` (migration 005: bytes). */
  body: Uint8Array;
}

/** An account's revision; an account with no row is at revision 0. */
export interface AccountRevisionsTable {
  account_id: string;
  revision: number;
}

export interface ConfigVersionsTable {
  version: string;
  body: string;
  saved_at: string;
}

export interface SnapshotsTable {
  account_id: string;
  as_of: string;
  config_version: string;
  health: number | null;
  grade: string;
  success_points: number;
  segment: string;
  percentile: number | null;
  body: string;
  computed_at: string;
}

export interface RollupsTable {
  as_of: string;
  config_version: string;
  account_id: string;
  revision: number;
  body: string;
  /** The facts write the rollup was computed after; null when no lines were kept with it. */
  facts_seq: number | null;
}

export interface Database {
  accounts: AccountsTable;
  tickets: TicketsTable;
  ticket_events: TicketEventsTable;
  usage: UsageTable;
  outcomes: OutcomesTable;
  launches: LaunchesTable;
  imports: ImportsTable;
  rejects: RejectsTable;
  models: ModelsTable;
  ticket_facts: TicketFactsTable;
  account_revisions: AccountRevisionsTable;
  config_versions: ConfigVersionsTable;
  snapshots: SnapshotsTable;
  rollups: RollupsTable;
  facts_pending: FactsPendingTable;
  facts_state: FactsStateTable;
  rollup_lines: RollupLinesTable;
}
