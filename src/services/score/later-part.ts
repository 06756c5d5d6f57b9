/**
 * Runs the later part of a full pass on a thread of its own (`later-part-worker.ts`): hands each
 * batch of lines it spills to `onParts` as it comes, and resolves with what it gives at the end.
 * @module
 */
import { spawnWorker } from '../threads/spawn-worker.js';
import type { LaterPartMessage, LaterPartTask, LaterTime, SpilledLines } from './later-part-task.js';

export interface LaterPart {
  /** Per as-of time, what the thread gave at the end; null when it failed. */
  readonly done: Promise<readonly LaterTime[] | null>;
  stop(): Promise<void>;
}

/** @example const later = startLaterPart(task, (time, parts) => store(parts)); const times = await later.done; */
export const startLaterPart = (task: LaterPartTask, onParts: (time: number, parts: readonly SpilledLines[]) => void): LaterPart => {
  const worker = spawnWorker(import.meta.url, 'later-part-worker', task);
  const done = new Promise<readonly LaterTime[] | null>((resolve) => {
    worker.on('message', (m: LaterPartMessage) => {
      if (m.kind === 'parts') onParts(m.time, m.parts);
      else resolve(m.kind === 'done' ? m.times : null);
    });
    worker.on('error', () => resolve(null));
    worker.on('exit', () => resolve(null));
  });
  return {
    done,
    stop: async () => {
      await worker.terminate();
    },
  };
};
