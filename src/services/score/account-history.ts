/**
 * `ticket-health history <account>`: the stored snapshots of one account over time, each with the
 * config version it was scored under (replayable with `score --config-version`).
 * @module
 */
import type { Instant } from '../../core/model.js';
import type { Store } from '../../stores/store.js';
import { summaryOfSnapshot } from './snapshot-codec.js';

export interface HistoryEntry {
  readonly asOf: Instant;
  readonly configVersion: string;
  readonly health: number | null;
  readonly grade: string | null;
  readonly successPoints: number;
  readonly segment: string;
  readonly percentile: number | null;
  /** The 30-day trend as computed when the snapshot was taken. */
  readonly trend: number | null;
  readonly computedAt: Instant;
}

/** Oldest first. @example (await accountHistory(store, 'acme')).at(-1)?.health */
export const accountHistory = async (store: Store, accountId: string): Promise<readonly HistoryEntry[]> =>
  (await store.listSnapshots({ accountId })).map((s) => ({
    asOf: s.asOf,
    configVersion: s.configVersion,
    health: s.health,
    grade: s.health === null ? null : s.grade,
    successPoints: s.successPoints,
    segment: s.segment,
    percentile: s.percentile,
    trend: summaryOfSnapshot(s)?.trend ?? null,
    computedAt: s.computedAt,
  }));
