/**
 * Runs `tail-worker` on a thread of its own and waits for what it gives back. The entry is found
 * next to this module: `.js` in the built CLI, `.ts` under tsx and vitest (where the thread loads tsx).
 * @module
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Rejections } from '../read-file-records.js';
import type { TailMessage, TailTask } from './tail-task.js';
import type { PackedTallies } from './tally-pack.js';

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

/** @example const tail = startTail(task); const result = await tail.result; await tail.stop(); */
export const startTail = (task: TailTask): TailPart => {
  const worker = spawn(task);
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
