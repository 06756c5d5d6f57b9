/**
 * What the thread taking the later part of a full pass is given and gives back (see
 * `later-part-worker.ts`).
 * @module
 */
import type { Config } from '../../config/schema.js';
import type { Instant } from '../../core/model.js';
import type { RollupLinesPart, TicketKey } from '../../stores/store.js';
import type { PackedTallies } from './tally-pack.js';

export interface LaterPartTask {
  /** The store's `location`: the thread opens its own connection. */
  readonly location: string;
  readonly config: Config;
  /** The pass's as-of times, in order. */
  readonly times: readonly Instant[];
  /** The facts version the pass scores under: the thread's must be the same. */
  readonly factsVersion: string;
  readonly createdBefore: Instant;
  /** The part starts after this key. */
  readonly after: TicketKey;
  /**
   * The tickets the main thread counted: the thread checks that its connection sees the same store
   * (a wrong location would give an empty or another one, and tallies that silently miss tickets).
   */
  readonly tickets: number;
  readonly lineBudget: number;
  /** Tickets per page read (the store's default when absent; tests force several pages). */
  readonly batchSize?: number;
}

/**
 * An account's lines spilled by the thread, each part's bytes in a buffer of its own (moved to the
 * main thread, not copied): the main thread numbers them again, after the account's own parts.
 */
export type SpilledLines = Omit<RollupLinesPart, 'part'>;

/** Per as-of time, at the end: the tallies to merge, the lines not yet spilled, the facts derived. */
export interface LaterTime {
  readonly tallies: PackedTallies;
  readonly parts: readonly SpilledLines[];
  readonly derived: number;
}

export type LaterPartMessage =
  | { readonly kind: 'parts'; readonly time: number; readonly parts: readonly SpilledLines[] }
  | { readonly kind: 'done'; readonly times: readonly LaterTime[] }
  | { readonly kind: 'failed'; readonly message: string };
