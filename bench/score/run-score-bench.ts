/**
 * `npm run bench -- score --tickets N`: scores every account of an N-ticket sample from files and
 * from a SQLite store (full, then incremental after changed tickets), computes the same per-account
 * figures with DuckDB from the same CSV, checks they are equal, and reports our time and memory as
 * ratios of DuckDB's. Every timed step is a fresh process.
 * @module
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { resolveAsOf } from '../../src/core/time/resolve-as-of.js';
import { SAMPLE_DEFAULTS } from '../../src/sample/index.js';
import { summarizeCpuProfile } from '../lib/cpu-profile-summary.js';
import { runWorker, type WorkerResult } from '../lib/run-worker.js';
import { CALENDAR_FREE, CLOCK_FIGURES, type FiguresFile } from './account-figures.js';
import { writeChangedTickets } from './changed-tickets.js';
import { compareFigures } from './compare-figures.js';
import { renderScoreBench, type ScoreBenchResult, type StepFigures } from './render-score-bench.js';
import { ensureScoreInput, type ScoreInput } from './score-input.js';
import { parseScoreBenchOptions, reproduceCommand, SCORE_BENCH_HELP, type ScoreBenchOptions } from './score-options.js';
import type { ScoreTask } from './score-task.js';

const WORKER = 'bench/score/worker.ts';
/** The CLI's own V8 flag (package.json `cli`): scoring runs as `ticket-health score` would. */
const NODE_ARGS = ['--max-semi-space-size=64'];
const PROFILE_ARGS = [...NODE_ARGS, '--enable-source-maps'];

const step = (name: string, runs: readonly WorkerResult[]): StepFigures => {
  const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  return {
    name,
    seconds: best.seconds,
    cpuSeconds: best.cpuSeconds ?? null,
    peakRssMiB: Math.max(...runs.map((r) => r.peakRssMiB)),
    allSeconds: runs.map((r) => r.seconds),
    extra: best.extra ?? {},
  };
};

const work = (task: ScoreTask, profile = false) => runWorker(WORKER, [JSON.stringify(task)], { nodeArgs: profile ? PROFILE_ARGS : NODE_ARGS });
const readFigures = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as FiguresFile;
const note = (text: string) => process.stderr.write(`score bench: ${text}\n`);

/** A store with the input imported, made once per size; each run works on a copy. */
const pristineStore = async (input: ScoreInput, fresh: boolean): Promise<{ path: string; importSeconds: number }> => {
  const path = join(input.dir, 'store.sqlite');
  const marker = join(input.dir, 'store.json');
  if (fresh || !existsSync(marker)) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    note(`importing ${input.tickets} tickets into ${path} (setup, once per size)…`);
    const rejectsDir = join(input.dir, 'rejects');
    const r = await work({ kind: 'import', target: path, accountsCsv: input.accountsCsv, ticketsCsv: input.ticketsCsv, rejectsDir });
    writeFileSync(marker, JSON.stringify({ importSeconds: r.seconds }));
  }
  return { path, importSeconds: (JSON.parse(readFileSync(marker, 'utf8')) as { importSeconds: number }).importSeconds };
};

/**
 * Writes the store's files through to the disk before a timed step. A store just copied (about 1 GB
 * at 1M tickets) or just rewritten by the step before is dirty in the page cache, and the first
 * WAL checkpoint of the next step, which fsyncs the database file, wrote all of it: 300 of an
 * incremental rescore's ~1,400 ms (its patch's commit took 315 ms, 34 ms once the copy was synced).
 * A user's store is not a file copied a second ago; what the step itself writes is still timed.
 */
const syncStore = (path: string): void => {
  for (const suffix of ['', '-wal']) {
    if (!existsSync(path + suffix)) continue;
    const fd = openSync(path + suffix, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
};

const copyStore = (from: string, to: string): void => {
  for (const suffix of ['', '-wal', '-shm']) {
    rmSync(to + suffix, { force: true });
    if (existsSync(from + suffix)) copyFileSync(from + suffix, to + suffix);
  }
  syncStore(to);
};

/** Full rescore, the changed tickets' import, incremental rescore: on a fresh copy of the store. */
const storeSequence = async (input: ScoreInput, o: ScoreBenchOptions, asOf: number, pristine: string, profileDir: string | null) => {
  const target = join(input.dir, 'work.sqlite');
  copyStore(pristine, target);
  const profile = (name: string) => (profileDir === null ? {} : { profileFile: join(profileDir, `${name}.cpuprofile`) });
  const figuresFile = join(input.dir, 'figures-store.json');
  note(`full rescore from the store${profileDir === null ? '' : ' (profiled)'}…`);
  const full = await work({ kind: 'store', target, asOf, figuresFile, ...profile('store-full') }, profileDir !== null);
  syncStore(target);
  const changedCsv = join(input.dir, 'changed.csv');
  const changed = await writeChangedTickets(input.ticketsCsv, changedCsv, input.tickets, o.changed);
  note(`importing ${changed.rows} changed tickets (${changed.accounts} accounts)…`);
  const imported = await work({ kind: 'import', target, ticketsCsv: changedCsv, rejectsDir: join(input.dir, 'rejects') });
  note(`incremental rescore${profileDir === null ? '' : ' (profiled)'}…`);
  const incremental = await work({ kind: 'store', target, asOf, ...profile('store-incremental') }, profileDir !== null);
  for (const suffix of ['', '-wal', '-shm']) rmSync(target + suffix, { force: true });
  return { full, changed: { ...changed, importSeconds: imported.seconds }, incremental, figuresFile };
};

const storeSteps = async (input: ScoreInput, o: ScoreBenchOptions, asOf: number, profileDir: string) => {
  const pristine = await pristineStore(input, o.fresh);
  const timed = await storeSequence(input, o, asOf, pristine.path, null);
  // Profiled apart, on another fresh copy: the profiler's cost stays out of the timed figures.
  if (o.profile) await storeSequence(input, o, asOf, pristine.path, profileDir);
  return {
    importSeconds: pristine.importSeconds,
    full: step('ours, store, full rescore', [timed.full]),
    changed: timed.changed,
    incremental: step('ours, store, incremental', [timed.incremental]),
    figuresFile: timed.figuresFile,
    profiles: o.profile ? [join(profileDir, 'store-full.cpuprofile'), join(profileDir, 'store-incremental.cpuprofile')] : [],
  };
};

const secs = (x: number) => (x < 1 ? `${(x * 1000).toFixed(0)} ms` : `${x.toFixed(2)} s`);

/** `--only store`: the store steps alone, checked against DuckDB's figures (computed once if not cached). */
const storeOnly = async (
  input: ScoreInput,
  o: ScoreBenchOptions,
  asOf: number,
  profileDir: string,
  duckFile: string,
  files: { readonly ticketsCsv: string; readonly accountsCsv: string; readonly asOf: number },
): Promise<number> => {
  if (!existsSync(duckFile)) await work({ kind: 'duckdb', ...files, figuresFile: duckFile });
  const store = await storeSteps(input, o, asOf, profileDir);
  const check = compareFigures(readFigures(store.figuresFile), readFigures(duckFile), CALENDAR_FREE);
  const lines = [`Reproduce: ${reproduceCommand(o)}`];
  for (const st of [store.full, store.incremental]) {
    lines.push(`${st.name}: ${secs(st.seconds)} wall, ${st.cpuSeconds === null ? '–' : secs(st.cpuSeconds)} cpu, ${Math.round(st.peakRssMiB)} MiB peak RSS`);
    lines.push(`  ${JSON.stringify(st.extra)}`);
  }
  lines.push(`changed ${store.changed.rows} tickets in ${store.changed.accounts} accounts (imported in ${secs(store.changed.importSeconds)})`);
  lines.push(`store vs DuckDB, calendar-free figures: ${check.accounts} accounts, ${check.values} values, ${check.mismatches} mismatches`);
  for (const m of check.first) lines.push(`  ${m.accountId} ${m.figure} ours=${m.ours} duckdb=${m.duckdb}`);
  for (const [i, path] of store.profiles.entries()) {
    const p = summarizeCpuProfile(path, process.cwd(), 15);
    lines.push('', `Where the time goes — ${i === 0 ? 'full' : 'incremental'} rescore (${secs(p.busySeconds)} busy):`);
    for (const t of p.byFile.slice(0, 12)) lines.push(`  ${secs(t.seconds).padStart(9)}  ${t.name}`);
    lines.push('');
    for (const t of p.bySelf.slice(0, 20)) lines.push(`  ${secs(t.seconds).padStart(9)}  ${t.name}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return check.mismatches === 0 ? 0 : 1;
};

/** Runs the benchmark; resolves to the exit code (1 when any figure differs from DuckDB's). */
export const runScoreBench = async (args: readonly string[]): Promise<number> => {
  const o = parseScoreBenchOptions(args);
  if (o.help) {
    process.stdout.write(`${SCORE_BENCH_HELP}\n`);
    return 0;
  }
  const loadStart = loadavg();
  const input = await ensureScoreInput(o.tickets, o.fresh);
  const asOfResult = resolveAsOf(SAMPLE_DEFAULTS.end, 'UTC');
  if (!asOfResult.ok) throw new Error(`the sample's end date does not resolve: ${SAMPLE_DEFAULTS.end}`);
  const asOf = asOfResult.value;
  const profileDir = join(input.dir, 'profiles');
  mkdirSync(profileDir, { recursive: true });
  const files = { ticketsCsv: input.ticketsCsv, accountsCsv: input.accountsCsv, asOf };
  const figures = { ours: join(input.dir, 'figures-files.json'), ours24: join(input.dir, 'figures-files-24x7.json'), duck: join(input.dir, 'figures-duckdb.json') };
  if (o.onlyStore) return storeOnly(input, o, asOf, profileDir, figures.duck, files);

  const oursRuns: WorkerResult[] = [];
  const duckRuns: WorkerResult[] = [];
  for (let i = 0; i < o.repeat; i++) {
    note(`run ${i + 1}/${o.repeat}: ours from files…`);
    oursRuns.push(await work({ kind: 'files', ...files, clock: 'default', figuresFile: figures.ours }));
    note(`run ${i + 1}/${o.repeat}: DuckDB…`);
    duckRuns.push(await work({ kind: 'duckdb', ...files, figuresFile: figures.duck }));
  }
  note('ours from files under a 24x7 calendar (calendar minutes, for the time figures)…');
  const calendarRun = await work({ kind: 'files', ...files, clock: '24x7', figuresFile: figures.ours24 });
  let filesProfile: string | null = null;
  if (o.profile) {
    filesProfile = join(profileDir, 'files.cpuprofile');
    await work({ kind: 'files', ...files, clock: 'default', figuresFile: join(profileDir, 'figures.json'), profileFile: filesProfile }, true);
  }
  const store = o.store ? await storeSteps(input, o, asOf, profileDir) : null;

  const duck = readFigures(figures.duck);
  const checks = [
    { name: 'from files (default config) vs DuckDB, calendar-free figures', ...compareFigures(readFigures(figures.ours), duck, CALENDAR_FREE) },
    { name: 'from files (24x7 calendar) vs DuckDB, every figure', ...compareFigures(readFigures(figures.ours24), duck, [...CALENDAR_FREE, ...CLOCK_FIGURES]) },
    ...(store === null ? [] : [{ name: 'from the store (default config) vs DuckDB, calendar-free figures', ...compareFigures(readFigures(store.figuresFile), duck, CALENDAR_FREE) }]),
  ];
  const profiles = [
    ...(filesProfile === null ? [] : [{ name: 'ours from files', summary: summarizeCpuProfile(filesProfile, process.cwd(), 15) }]),
    ...(store === null ? [] : store.profiles.map((path, i) => ({
      name: i === 0 ? 'ours from the store, full rescore' : 'ours from the store, incremental rescore',
      summary: summarizeCpuProfile(path, process.cwd(), 15),
    }))),
  ];
  const result: ScoreBenchResult = {
    command: reproduceCommand(o),
    tickets: o.tickets,
    accounts: input.accounts,
    csvBytes: input.bytes,
    asOf: new Date(asOf).toISOString(),
    node: process.version,
    cpus: cpus().length,
    loadAverage: loadStart,
    textSeconds: input.textSeconds,
    files: step('ours, from files (score --from)', oursRuns),
    duckdb: step('DuckDB, read_csv + SQL', duckRuns),
    files24x7: step('ours, from files, 24x7 calendar', [calendarRun]),
    store: store === null ? null : {
      importSeconds: store.importSeconds,
      full: store.full,
      changed: store.changed,
      incremental: store.incremental,
    },
    checks,
    profiles: profiles.map((p) => ({ name: p.name, busySeconds: p.summary.busySeconds, byFile: p.summary.byFile, bySelf: p.summary.bySelf })),
  };
  process.stdout.write(o.json ? `${JSON.stringify(result, null, 2)}\n` : `${renderScoreBench(result)}\n`);
  return checks.every((c) => c.mismatches === 0) ? 0 : 1;
};
