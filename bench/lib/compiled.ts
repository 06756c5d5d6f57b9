/**
 * Benchmark workers run the code as `tsc` compiles it, as the published CLI does (dist/), not as
 * tsx transforms it on the fly: tsx keeps function names by wrapping every function in a `__name`
 * call, which cost about 4% of a scoring run's CPU. The bench compiles src/ and bench/ once per
 * invocation (incrementally, into .bench/build/) and maps each worker script to its output.
 * @module
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const OUT = join(REPO, '.bench', 'build');

let compiled = false;

/** Compiles once per process; `BENCH_TSX=1` keeps workers on tsx (no compile step). */
export const useCompiled = (): boolean => {
  if (process.env.BENCH_TSX === '1') return false;
  if (!compiled) {
    process.stderr.write('bench: compiling src/ and bench/ for the workers (tsc, incremental)…\n');
    try {
      execFileSync(process.execPath, [join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(REPO, 'tsconfig.bench.json')], {
        stdio: 'inherit',
      });
    } catch {
      // tsc still emits on type errors; the output is the current source, so measure it, but say so.
      process.stderr.write('bench: tsc reported type errors (above); the workers run what it emitted\n');
    }
    compiled = true;
  }
  return true;
};

/**
 * The compiled file of a worker script given as `bench/x/worker.ts` (from the repo root) or absolute.
 * @example compiledScript('bench/score/worker.ts') // <repo>/.bench/build/bench/score/worker.js
 */
export const compiledScript = (script: string): string => {
  const rel = isAbsolute(script) ? relative(REPO, script) : script;
  const out = join(OUT, rel.replace(/\.ts$/, '.js'));
  if (!existsSync(out)) throw new Error(`no compiled worker at ${out}: is ${script} under src/ or bench/?`);
  return out;
};
