/**
 * What one import-benchmark worker measures, passed to it as one JSON argument.
 * @module
 */
import type { Dialect } from '../../src/stores/store.js';

export type Measured = 'baseline' | 'ours';

export interface ImportTask {
  readonly measured: Measured;
  readonly dialect: Dialect;
  /** A SQLite file path or a PostgreSQL URL whose search_path is a fresh, empty schema. */
  readonly target: string;
  readonly accountsCsv: string;
  readonly ticketsCsv: string;
  readonly rejectsDir: string;
  /** When set, the timed part is CPU-profiled into this `.cpuprofile` file. */
  readonly profileFile?: string;
}

/** The worker's `extra`: what the run wrote, checked by the runner. */
export interface ImportTaskExtra {
  readonly inserted: number;
  readonly rejected: number;
  /** Ticket rows in the table after the run, counted by the worker. */
  readonly stored: number;
  /** CPU seconds of the PostgreSQL backends over the timed part; null for SQLite or when unreadable. */
  readonly serverCpuSeconds: number | null;
}
