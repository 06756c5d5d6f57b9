/**
 * Runs `tail-worker` on a thread of its own and waits for what it gives back. The entry is found
 * next to this module: `.js` in the built CLI, `.ts` under tsx and vitest (where the thread loads tsx).
 * @module
 */
import { spawnWorker } from '../../threads/spawn-worker.js';
import type { Rejections } from '../read-file-records.js';
import type { TailMessage, TailTask } from './tail-task.js';
import type { PackedTallies } from '../tally-pack.js';

export interface TailResult {
  /** Data rows in the tail, numbered from 1 at its start. */
  readonly rows: number;
  readonly rejections: Rejections;
  readonly tallies: PackedTallies;
}

export interface TailPart {
  /** Resolves once the thread has tallied the tail; null when it failed. */
  readonly result: Promise<TailResult | null>;
  stop(): Promise<void>;
}

/** @example const tail = startTail(task); const result = await tail.result; await tail.stop(); */
export const startTail = (task: TailTask): TailPart => {
  const worker = spawnWorker(import.meta.url, 'tail-worker', task);
  const result = new Promise<TailResult | null>((resolve) => {
    worker.on('message', (m: TailMessage) =>
      resolve(m.kind === 'done' ? { rows: m.rows, rejections: m.rejections, tallies: m.tallies } : null),
    );
    worker.on('error', () => resolve(null));
    worker.on('exit', () => resolve(null));
  });
  return {
    result,
    stop: async () => {
      await worker.terminate();
    },
  };
};
