/**
 * `npm run bench -- import`: import throughput and peak RSS of ticket-health's CSV import into
 * SQLite and PostgreSQL, each against a plain bulk insert of the same rows into the same schema in
 * the same run (issue 2, item 10). Every measurement runs in its own Node process on a fresh
 * database; the input is generated once per size and cached under `.bench/import-data/`.
 * @module
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dialect } from '../../src/stores/store.js';
import { summarizeCpuProfile } from '../lib/cpu-profile-summary.js';
import { runWorker, type WorkerResult } from '../lib/run-worker.js';
import type { ImportTask, ImportTaskExtra, Measured } from './import-task.js';
import { defaultConfig } from './measure-ours.js';
import { IMPORT_BENCH_HELP, type ImportBenchOptions, parseImportBenchOptions, reproduceCommand } from './import-options.js';
import { type ImportBenchResult, type RunFigures, ratios, renderImportBench } from './render-import-bench.js';
import { BENCH_DIR, ensureSampleInput, type SampleInput } from './sample-input.js';
import { createBenchTarget } from './targets.js';

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const say = (line: string): void => void process.stderr.write(`${line}\n`);

/** One worker on a fresh database, which is removed afterwards whatever happens. */
const runOnce = async (
  o: ImportBenchOptions,
  dialect: Dialect,
  measured: Measured,
  input: SampleInput,
  profiling: { readonly profileFile: string; readonly nodeArgs: readonly string[] } | null = null,
): Promise<WorkerResult> => {
  const target = await createBenchTarget(dialect, o.pgUrl);
  try {
    const task: ImportTask = {
      measured, dialect, target: target.target, accountsCsv: input.accountsCsv, ticketsCsv: input.ticketsCsv,
      rejectsDir: target.rejectsDir, ...(profiling ? { profileFile: profiling.profileFile } : {}),
    };
    const result = await runWorker(WORKER, [JSON.stringify(task)], { nodeArgs: profiling?.nodeArgs ?? [] });
    const extra = result.extra as ImportTaskExtra | undefined;
    // A run that did not store every row measured something else: refuse its figure.
    if (extra?.stored !== input.tickets || extra.rejected !== 0) {
      throw new Error(`${dialect} ${measured} stored ${extra?.stored} of ${input.tickets} tickets (${extra?.rejected} rejected)`);
    }
    return result;
  } finally {
    await target.cleanup();
  }
};

/** The fastest of `repeat` runs, with the peak RSS of the largest run seen. */
const measure = async (o: ImportBenchOptions, dialect: Dialect, measured: Measured, input: SampleInput): Promise<RunFigures> => {
  const runs: WorkerResult[] = [];
  for (let i = 0; i < o.repeat; i++) {
    say(`  ${dialect} ${measured === 'ours' ? 'ticket-health import' : 'plain insert'}, ${input.tickets.toLocaleString('en')} tickets${o.repeat > 1 ? ` (run ${i + 1}/${o.repeat})` : ''} …`);
    runs.push(await runOnce(o, dialect, measured, input));
  }
  const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  return {
    dialect,
    measured,
    tickets: input.tickets,
    seconds: best.seconds,
    cpuSeconds: best.cpuSeconds ?? null,
    ticketsPerSecond: input.tickets / best.seconds,
    peakRssMiB: Math.max(...runs.map((r) => r.peakRssMiB)),
    allSeconds: runs.map((r) => r.seconds),
  };
};

/**
 * An extra run of our import with its import window CPU-profiled (the profiler slows it, so its
 * time is not reported); returns the profile's path.
 */
const profileRun = async (o: ImportBenchOptions, dialect: Dialect, input: SampleInput): Promise<string> => {
  const dir = join(BENCH_DIR, 'profiles');
  mkdirSync(dir, { recursive: true });
  const profileFile = join(dir, `import-${dialect}-${input.tickets}.cpuprofile`);
  say(`  ${dialect} ticket-health import, CPU-profiled …`);
  await runOnce(o, dialect, 'ours', input, { profileFile, nodeArgs: ['--enable-source-maps'] });
  return profileFile;
};

/** Runs the benchmark; resolves to the exit code. */
export const runImportBench = async (args: readonly string[]): Promise<number> => {
  const o = parseImportBenchOptions(args);
  if (o.help) {
    process.stdout.write(`${IMPORT_BENCH_HELP}\n`);
    return 0;
  }
  const command = reproduceCommand(o);
  say(`${command}`);
  say(`input: ${o.tickets.toLocaleString('en')} tickets (generated once, cached under .bench/import-data/) …`);
  const input = await ensureSampleInput(o.tickets, o.fresh);
  // Memory must not grow with the file: the same SQLite import on a quarter of the rows.
  const quarter = o.dialects.includes('sqlite') ? await ensureSampleInput(Math.floor(o.tickets / 4), o.fresh) : null;

  const runs: RunFigures[] = [];
  for (const dialect of o.dialects) {
    runs.push(await measure(o, dialect, 'baseline', input));
    runs.push(await measure(o, dialect, 'ours', input));
  }
  const quarterRun = quarter === null ? null : await measure(o, 'sqlite', 'ours', quarter);
  const profiles = [];
  if (o.profile) {
    for (const dialect of o.dialects) {
      const path = await profileRun(o, dialect, input);
      profiles.push({ dialect, path, summary: summarizeCpuProfile(path, REPO_ROOT) });
    }
  }
  const result: ImportBenchResult = {
    command,
    tickets: input.tickets,
    csvBytes: input.bytes,
    accounts: input.accounts,
    batchSize: defaultConfig().import.batchSize,
    node: process.version,
    runs,
    quarterRun,
    profiles,
  };
  const json = { ...result, ratios: ratios(result) };
  process.stdout.write(o.json ? `${JSON.stringify(json, null, 2)}\n` : `${renderImportBench(result)}\n`);
  return 0;
};
