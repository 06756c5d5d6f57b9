/**
 * What the thread scoring a file's tail is given and gives back (see `tail-worker.ts`).
 * @module
 */
import type { Config } from '../../../config/schema.js';
import type { Account, Instant } from '../../../core/model.js';
import type { Rejections } from '../read-file-records.js';
import type { PackedTallies } from '../tally-pack.js';

export interface TailTask {
  readonly path: string;
  /** A byte offset just after a line break: a record boundary, unless a quoted field spans it. */
  readonly from: number;
  readonly header: readonly string[];
  readonly config: Config;
  readonly asOf: Instant;
  readonly accounts: ReadonlyMap<string, Account>;
}

export type TailMessage =
  /** Rows are numbered from 1 at `from`; the tallies are those of the tail's lines, per account. */
  | { readonly kind: 'done'; readonly rows: number; readonly rejections: Rejections; readonly tallies: PackedTallies }
  | { readonly kind: 'failed'; readonly message: string };
