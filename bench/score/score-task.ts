/**
 * What one scoring-benchmark worker does, passed to it as one JSON argument. Every timed step runs
 * in a fresh process, so its peak RSS is its own and no earlier step warmed its caches.
 * @module
 */

/** `default`: the config a first-time user has (business minutes, Mon–Fri 9–17); `24x7`: calendar minutes. */
export type ClockConfig = 'default' | '24x7';

export type ScoreTask =
  /** `scoreFiles` from the CSVs, timed; the figures written to `figuresFile`. */
  | { readonly kind: 'files'; readonly ticketsCsv: string; readonly accountsCsv: string; readonly asOf: number; readonly clock: ClockConfig; readonly figuresFile: string; readonly profileFile?: string }
  /** The same figures from DuckDB over the same CSVs, timed. */
  | { readonly kind: 'duckdb'; readonly ticketsCsv: string; readonly accountsCsv: string; readonly asOf: number; readonly figuresFile: string }
  /** Imports CSVs into the store through the real import path (accounts first when given). */
  | { readonly kind: 'import'; readonly target: string; readonly accountsCsv?: string; readonly ticketsCsv: string; readonly rejectsDir: string }
  /** `scoreStore` with no trend, timed; the figures written when asked. */
  | { readonly kind: 'store'; readonly target: string; readonly asOf: number; readonly figuresFile?: string; readonly profileFile?: string };

/** The worker's `extra` for a store score. */
export interface StoreScoreExtra {
  readonly accounts: number;
  readonly recomputed: number;
  readonly reused: number;
  /** Tickets whose facts scoring derived on the spot (none when the store's facts are current). */
  readonly derivedFacts: number;
  /** Facts derived by the refresh `ticket-health score` runs first, and its seconds. */
  readonly refreshedFacts: number;
  readonly refreshSeconds: number;
  /** `scoreStore`'s own seconds. */
  readonly scoreSeconds: number;
  /** Of the recomputed accounts, those patched with their changed tickets only. */
  readonly patched: number;
  /** `scoreStore`'s seconds by part (load, patch, recompute, rank, save). */
  readonly parts: Readonly<Record<string, number>>;
  /** Threads that read the tickets (2 when the full pass was split). */
  readonly threads: number;
}
