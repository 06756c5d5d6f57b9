/**
 * Runs `tail-worker` on a thread of its own and gathers what it posts. The entry is found next to
 * this module: `.js` in the built CLI, `.ts` under tsx and vitest (where the thread loads tsx).
 * @module
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Rejections } from '../read-file-records.js';
import type { PackedLines } from './line-pack.js';
import { STOPPED, TAKEN, type TailMessage, type TailTask } from './tail-task.js';

export interface TailResult {
  /** Data rows in the tail, numbered from 1 at its start. */
  readonly rows: number;
  readonly rejections: Rejections;
}

export interface TailPart {
  /**
   * Calls `each` with the tail's line batches in file order: those posted so far at once, the rest as
   * they come, so the caller's adding overlaps the thread's last work. Resolves once all are in;
   * null when the thread failed (some batches may have been passed).
   */
  drain(each: (lines: PackedLines) => void): Promise<TailResult | null>;
  stop(): Promise<void>;
}

const fromSource = import.meta.url.endsWith('.ts');

/**
 * The built entry as is; from the sources, a bootstrap that registers tsx in the thread first (a
 * thread does not inherit the loader hooks, nor honour `--import` in its `execArgv` on Node 20).
 */
const spawn = (task: TailTask): Worker => {
  if (!fromSource) return new Worker(new URL('./tail-worker.js', import.meta.url), { workerData: task });
  const tsx = tsxEsmApi();
  const entry = new URL('./tail-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData: task });
};

/** tsx's ESM register API (its CommonJS build resolves its hooks wrongly from a thread). */
const tsxEsmApi = (): string => {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const pkg = require(manifest) as { exports: Record<string, { import: { default: string } }> };
  const path = pkg.exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs';
  return new URL(path, pathToFileURL(manifest)).href;
};

/**
 * Batches (of 8,192 lines, about 2 MB packed) the thread may post before the main thread takes
 * them: about 200 MB. On the 1M-ticket bench the whole tail fits, so the thread never waits; on a
 * larger file it waits once this many are queued, and memory stays bounded whatever the file size.
 */
export const MAX_QUEUED_BATCHES = 96;

/** @example const tail = startTail(task); const result = await tail.drain((lines) => add(lines)); */
export const startTail = (
  task: Omit<TailTask, 'control' | 'maxQueued'>,
  maxQueued: number = MAX_QUEUED_BATCHES,
): TailPart => {
  const control = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  const flow = new Int32Array(control);
  const worker = spawn({ ...task, control, maxQueued });
  const taken = () => {
    Atomics.add(flow, TAKEN, 1);
    Atomics.notify(flow, TAKEN);
  };
  // Batches wait here until the caller drains; after that, each goes straight to it.
  let queued: PackedLines[] = [];
  let take: ((lines: PackedLines) => void) | null = null;
  const done = new Promise<TailResult | null>((resolve) => {
    worker.on('message', (m: TailMessage) => {
      if (m.kind === 'lines') {
        if (take === null) queued.push(m.lines);
        else take(m.lines);
      } else resolve(m.kind === 'done' ? { rows: m.rows, rejections: m.rejections } : null);
    });
    worker.on('error', () => resolve(null));
    worker.on('exit', () => resolve(null));
  });
  return {
    drain: (each) => {
      for (const lines of queued) {
        each(lines);
        taken();
      }
      queued = [];
      take = (lines) => {
        each(lines);
        taken();
      };
      return done;
    },
    stop: async () => {
      Atomics.store(flow, STOPPED, 1);
      Atomics.notify(flow, TAKEN);
      await worker.terminate();
    },
  };
};
