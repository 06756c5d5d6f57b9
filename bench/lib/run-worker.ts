/**
 * Runs one measurement in a fresh Node process, so that its peak RSS is its own and no earlier run
 * warms its caches, and reads back the one JSON line the worker prints last.
 * @module
 */
import { spawn } from 'node:child_process';
import { peakAnonMiB } from './anon-memory.js';
import { compiledScript, useCompiled } from './compiled.js';

export interface WorkerResult {
  /** Wall-clock seconds of the measured part only (not process start, not setup). */
  readonly seconds: number;
  /** CPU seconds (user + system) of the worker process over the measured part. */
  readonly cpuSeconds?: number;
  readonly rows: number;
  /** Peak resident set of the worker process, MiB (the whole process lifetime). */
  readonly peakRssMiB: number;
  /** Peak anonymous memory (no memory-mapped file pages), MiB; null where unknown. */
  readonly peakAnonMiB?: number | null;
  readonly extra?: Record<string, unknown>;
}

export interface RunWorkerOptions {
  /** Flags for node itself, e.g. `['--cpu-prof', '--cpu-prof-dir', dir]`. */
  readonly nodeArgs?: readonly string[];
}

/**
 * Starts `node [nodeArgs] <compiled script> ...args` (or `--import tsx script` with BENCH_TSX=1, see
 * compiled.ts); the worker's stderr passes through.
 * Rejects when the worker exits non-zero or prints no result line.
 * @example const r = await runWorker('bench/import/worker.ts', [JSON.stringify(task)]);
 */
export const runWorker = (
  script: string,
  args: readonly string[],
  options: RunWorkerOptions = {},
): Promise<WorkerResult> =>
  new Promise((resolve, reject) => {
    // Every worker, ours and the baselines alike, runs with the V8 setting the CLI's bin uses, so
    // that the figures are what a user of `ticket-health` gets.
    const entry = useCompiled() ? [compiledScript(script)] : ['--import', 'tsx', script];
    const argv = ['--max-semi-space-size=64', ...(options.nodeArgs ?? []), ...entry, ...args];
    const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code !== 0) {
        const how = signal === null ? `exited ${code}` : `was killed by ${signal}`;
        return reject(new Error(`worker ${script} ${how}: ${out.slice(-500)}`));
      }
      const last = out.trim().split('\n').at(-1) ?? '';
      try {
        resolve(JSON.parse(last) as WorkerResult);
      } catch {
        reject(new Error(`worker printed no result: ${out.slice(-500)}`));
      }
    });
  });

/** Starts a measurement: call the returned function at its end for wall and CPU seconds. */
export const startClock = (): (() => { seconds: number; cpuSeconds: number }) => {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  return () => {
    const c = process.cpuUsage(c0);
    return { seconds: (performance.now() - t0) / 1000, cpuSeconds: (c.user + c.system) / 1e6 };
  };
};

/** Called at the end of a worker: prints its result with the process's peak RSS as the last line. */
export const reportFromWorker = (
  timing: { readonly seconds: number; readonly cpuSeconds?: number },
  rows: number,
  extra?: Record<string, unknown>,
): void => {
  // maxRSS is in KiB on Linux.
  const peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
  const result: WorkerResult = { ...timing, rows, peakRssMiB, peakAnonMiB: peakAnonMiB(), ...(extra ? { extra } : {}) };
  process.stdout.write(`${JSON.stringify(result)}\n`);
};
