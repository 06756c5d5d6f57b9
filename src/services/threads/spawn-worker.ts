/**
 * Starts a worker thread on a module that sits next to the caller: its `.js` file in the built CLI,
 * its `.ts` file under tsx and vitest, where the thread registers tsx first (a thread does not
 * inherit the loader hooks, nor honour `--import` in its `execArgv` on Node 20).
 * @module
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** tsx's ESM register API (its CommonJS build resolves its hooks wrongly from a thread). */
const tsxEsmApi = (): string => {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const pkg = require(manifest) as { exports: Record<string, { import: { default: string } }> };
  const path = pkg.exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs';
  return new URL(path, pathToFileURL(manifest)).href;
};

/**
 * @param caller the calling module's `import.meta.url`
 * @param name the worker module's file name without its extension, next to the caller
 * @example spawnWorker(import.meta.url, 'later-part-worker', task)
 */
export const spawnWorker = (caller: string, name: string, workerData: unknown): Worker => {
  if (!caller.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, caller), { workerData });
  const entry = new URL(`./${name}.ts`, caller).href;
  const boot = `import(${JSON.stringify(tsxEsmApi())}).then((t) => { t.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData });
};
