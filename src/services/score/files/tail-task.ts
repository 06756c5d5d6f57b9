/**
 * What the thread scoring a file's tail is given and gives back (see `tail-worker.ts`).
 * @module
 */
import type { Config } from '../../../config/schema.js';
import type { Account, Instant } from '../../../core/model.js';
import type { Rejections } from '../read-file-records.js';
import type { PackedLines } from './line-pack.js';

export interface TailTask {
  readonly path: string;
  /** A byte offset just after a line break: a record boundary, unless a quoted field spans it. */
  readonly from: number;
  readonly header: readonly string[];
  readonly config: Config;
  readonly asOf: Instant;
  readonly accounts: ReadonlyMap<string, Account>;
  /**
   * Flow control shared with the main thread, as Int32s: [0] batches the main thread has taken,
   * [1] set to 1 when it stops the thread. See `MAX_QUEUED_BATCHES`.
   */
  readonly control: SharedArrayBuffer;
  readonly maxQueued: number;
  /** Lines per posted batch. */
  readonly batchLines: number;
}

/** Slots of `TailTask.control`. */
export const TAKEN = 0;
export const STOPPED = 1;

export type TailMessage =
  | { readonly kind: 'lines'; readonly lines: PackedLines }
  /** Rows are numbered from 1 at `from`. */
  | { readonly kind: 'done'; readonly rows: number; readonly rejections: Rejections }
  | { readonly kind: 'failed'; readonly message: string };
