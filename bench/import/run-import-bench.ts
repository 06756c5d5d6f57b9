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
import { type ProfileSummary, profileGap, summarizeCpuProfile } from '../lib/cpu-profile-summary.js';
import { runWorker, type WorkerResult } from '../lib/run-worker.js';
import type { ImportTask, ImportTaskExtra, Measured } from './import-task.js';
import { defaultConfig } from './measure-ours.js';
import { IMPORT_BENCH_HELP, type ImportBenchOptions, parseImportBenchOptions, reproduceCommand } from './import-options.js';
import { type ImportBenchResult, type ProfileReport, type RunFigures, ratios, renderImportBench } from './render-import-bench.js';
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

const label = (dialect: Dialect, measured: Measured, tickets: number): string =>
  `${dialect} ${measured === 'ours' ? 'ticket-health import' : 'plain insert'}, ${tickets.toLocaleString('en')} tickets`;

/** The fastest of the runs (noise on a shared machine only ever slows down), peak RSS the highest. */
const figures = (dialect: Dialect, measured: Measured, tickets: number, runs: readonly WorkerResult[]): RunFigures => {
  const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  return {
    dialect,
    measured,
    tickets,
    seconds: best.seconds,
    cpuSeconds: best.cpuSeconds ?? null,
    serverCpuSeconds: (best.extra as ImportTaskExtra | undefined)?.serverCpuSeconds ?? null,
    ticketsPerSecond: tickets / best.seconds,
    peakRssMiB: Math.max(...runs.map((r) => r.peakRssMiB)),
    peakAnonMiB: runs.some((r) => r.peakAnonMiB == null) ? null : Math.max(...runs.map((r) => r.peakAnonMiB ?? 0)),
    allSeconds: runs.map((r) => r.seconds),
  };
};

/**
 * Baseline and ours, `repeat` times each, alternating, so that a change in the machine's load
 * during the benchmark falls on both sides alike.
 */
const measurePair = async (o: ImportBenchOptions, dialect: Dialect, input: SampleInput): Promise<RunFigures[]> => {
  const sides: readonly Measured[] = ['baseline', 'ours'];
  const runs = new Map<Measured, WorkerResult[]>(sides.map((m) => [m, []]));
  for (let i = 0; i < o.repeat; i++) {
    for (const measured of sides) {
      say(`  ${label(dialect, measured, input.tickets)}${o.repeat > 1 ? ` (run ${i + 1}/${o.repeat})` : ''} …`);
      runs.get(measured)?.push(await runOnce(o, dialect, measured, input));
    }
  }
  return sides.map((m) => figures(dialect, m, input.tickets, runs.get(m) ?? []));
};

/**
 * An extra run with its timed window CPU-profiled (the profiler slows it, so its time is not
 * reported); returns the profile's summary.
 */
const profileRun = async (o: ImportBenchOptions, dialect: Dialect, measured: Measured, input: SampleInput): Promise<ProfileSummary & { path: string }> => {
  const dir = join(BENCH_DIR, 'profiles');
  mkdirSync(dir, { recursive: true });
  const profileFile = join(dir, `import-${dialect}-${measured}-${input.tickets}.cpuprofile`);
  say(`  ${label(dialect, measured, input.tickets)}, CPU-profiled …`);
  await runOnce(o, dialect, measured, input, { profileFile, nodeArgs: ['--enable-source-maps'] });
  return { ...summarizeCpuProfile(profileFile, REPO_ROOT), path: profileFile };
};

/** Profiles both sides and says where ours spends its time, and its extra time over the baseline. */
const profileBoth = async (o: ImportBenchOptions, dialect: Dialect, input: SampleInput): Promise<ProfileReport> => {
  const base = await profileRun(o, dialect, 'baseline', input);
  const ours = await profileRun(o, dialect, 'ours', input);
  const { selfSeconds: _omit, ...summary } = ours;
  return { dialect, ...summary, baselinePath: base.path, baselineBusySeconds: base.busySeconds, gap: profileGap(ours, base) };
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
    runs.push(...(await measurePair(o, dialect, input)));
  }
  let quarterRun: RunFigures | null = null;
  if (quarter !== null) {
    say(`  ${label('sqlite', 'ours', quarter.tickets)} (memory check) …`);
    quarterRun = figures('sqlite', 'ours', quarter.tickets, [await runOnce(o, 'sqlite', 'ours', quarter)]);
  }
  const profiles: ProfileReport[] = [];
  if (o.profile) for (const dialect of o.dialects) profiles.push(await profileBoth(o, dialect, input));
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
