/**
 * The scoring benchmark's results: their shape (also the `--json` output) and the readable report,
 * with the ratios to DuckDB, the targets of issue 4 item 8 and the equality checks.
 * @module
 */
import type { TimeShare } from '../lib/cpu-profile-summary.js';
import { int, renderTable } from '../lib/text-table.js';
import type { Comparison } from './compare-figures.js';

/** Issue 4 item 8: within 1.2× of DuckDB at 1M tickets, no slower at 5M; incremental under 100 ms. */
export const TIME_TARGET = (tickets: number): number => (tickets >= 5_000_000 ? 1 : 1.2);
export const INCREMENTAL_TARGET_SECONDS = 0.1;
/** "Well under the ~10 s the same medians take as SQLite SQL" (STACK.md, 1M tickets). */
export const FULL_RESCORE_TARGET_SECONDS = 10;

export interface StepFigures {
  readonly name: string;
  /** The fastest run's wall-clock seconds (measured part only: no process start, no module load). */
  readonly seconds: number;
  readonly cpuSeconds: number | null;
  /** Peak RSS of the worker process, MiB. */
  readonly peakRssMiB: number;
  readonly allSeconds: readonly number[];
  readonly extra: Record<string, unknown>;
}

export interface ScoreBenchResult {
  readonly command: string;
  readonly tickets: number;
  readonly accounts: number;
  readonly csvBytes: number;
  readonly asOf: string;
  readonly node: string;
  readonly cpus: number;
  /** 1, 5 and 15-minute load averages when the run started: a busy machine slows wall time. */
  readonly loadAverage: readonly number[];
  /** Classification, sentiment and theme of every ticket, done once when the input was made. */
  readonly textSeconds: number;
  readonly files: StepFigures;
  readonly duckdb: StepFigures;
  readonly files24x7: StepFigures;
  readonly store: {
    /** Setup: the import of the input into the SQLite store (cached; from the run that made it). */
    readonly importSeconds: number;
    readonly full: StepFigures;
    readonly changed: { readonly rows: number; readonly accounts: number; readonly importSeconds: number };
    readonly incremental: StepFigures;
  } | null;
  readonly checks: readonly (Comparison & { readonly name: string })[];
  readonly profiles: readonly { readonly name: string; readonly busySeconds: number; readonly byFile: readonly TimeShare[]; readonly bySelf: readonly TimeShare[] }[];
}

const s = (x: number) => (x < 1 ? `${(x * 1000).toFixed(0)} ms` : `${x.toFixed(2)} s`);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

const stepRow = (st: StepFigures, duck: StepFigures | null): string[] => [
  st.name,
  s(st.seconds),
  st.cpuSeconds === null ? '–' : s(st.cpuSeconds),
  int(st.peakRssMiB),
  duck === null ? '' : ratio(st.seconds, duck.seconds),
  duck === null || st.cpuSeconds === null || duck.cpuSeconds === null ? '' : ratio(st.cpuSeconds, duck.cpuSeconds),
  duck === null ? '' : ratio(st.peakRssMiB, duck.peakRssMiB),
];

/** The readable report. */
export const renderScoreBench = (r: ScoreBenchResult): string => {
  const mb = (r.csvBytes / 1e6).toFixed(0);
  const rows = [stepRow(r.duckdb, null), stepRow(r.files, r.duckdb), stepRow(r.files24x7, r.duckdb)];
  if (r.store !== null) {
    rows.push(stepRow(r.store.full, r.duckdb), stepRow(r.store.incremental, null));
  }
  const lines = [
    `Scoring ${int(r.tickets)} tickets (${mb} MB CSV, ${int(r.accounts)} accounts) as of ${r.asOf}, 90-day window · Node ${r.node}`,
    `Reproduce: ${r.command}`,
    '',
    renderTable(['step', 'wall', 'cpu', 'peak RSS MiB', 'wall vs DuckDB', 'cpu vs DuckDB', 'memory vs DuckDB'], rows),
    `Wall and CPU are of the measured part only (no process start); DuckDB's CPU adds up its threads. Machine load average`,
    `when the run started: ${r.loadAverage.map((x) => x.toFixed(1)).join(' / ')} on ${r.cpus} cores (other work slows wall time; CPU time much less).`,
    '',
    `Text work (type of untyped tickets, sentiment, theme), done once into the CSV's columns and read by both sides: ${s(r.textSeconds)} on one thread.`,
  ];
  if (r.store !== null) {
    const inc = r.store.incremental.extra;
    const full = r.store.full.extra;
    const byPart = (e: Record<string, unknown>) =>
      Object.entries((e.parts ?? {}) as Record<string, number>)
        .filter(([, seconds]) => seconds >= 0.0005)
        .map(([name, seconds]) => `${name} ${s(seconds)}`)
        .join(', ');
    const split = (e: Record<string, unknown>) =>
      `facts refresh ${s(Number(e.refreshSeconds))} (${int(Number(e.refreshedFacts))} derived) + scoreStore ${s(Number(e.scoreSeconds))}`;
    lines.push(
      `Store: import of the input with its facts (setup, untimed) ${s(r.store.importSeconds)}; full rescore recomputed ${int(Number(full.recomputed))} accounts on ${int(Number(full.threads))} thread(s).`,
      `  full = ${split(full)}; incremental = ${split(inc)}; facts derived while scoring: ${int(Number(full.derivedFacts))} and ${int(Number(inc.derivedFacts))}.`,
      `  scoreStore by part: full ${byPart(full)}; incremental ${byPart(inc)}.`,
      `Changed ${int(r.store.changed.rows)} tickets in ${int(r.store.changed.accounts)} accounts (imported in ${s(r.store.changed.importSeconds)}); ` +
        `the incremental rescore recomputed ${int(Number(inc.recomputed))} accounts and reused ${int(Number(inc.reused))}.`,
    );
  }
  const timeTarget = TIME_TARGET(r.tickets);
  const timeRatio = r.files.seconds / r.duckdb.seconds;
  lines.push(
    '',
    'Targets (issue 4, item 8):',
    `  from files within ${timeTarget}× of DuckDB's time: wall ${ratio(r.files.seconds, r.duckdb.seconds)} — ${verdict(timeRatio <= timeTarget)}` +
      (r.files.cpuSeconds !== null && r.duckdb.cpuSeconds !== null ? ` (CPU ${ratio(r.files.cpuSeconds, r.duckdb.cpuSeconds)})` : ''),
    `  memory a fraction of DuckDB's: ${ratio(r.files.peakRssMiB, r.duckdb.peakRssMiB)} — ${verdict(r.files.peakRssMiB < r.duckdb.peakRssMiB)}`,
  );
  if (r.store !== null) {
    lines.push(
      `  full rescore from the store well under ${FULL_RESCORE_TARGET_SECONDS} s: ${s(r.store.full.seconds)} — ${verdict(r.store.full.seconds < FULL_RESCORE_TARGET_SECONDS / 2)}`,
      `  incremental rescore under ${s(INCREMENTAL_TARGET_SECONDS)}: ${s(r.store.incremental.seconds)} — ${verdict(r.store.incremental.seconds < INCREMENTAL_TARGET_SECONDS)}`,
    );
  }
  lines.push(
    '',
    'Equality with DuckDB (counts exact; rates, means, medians and p90s within 1e-9 relative):',
    renderTable(
      ['check', 'accounts', 'values', 'mismatches'],
      r.checks.map((c) => [c.name, int(c.accounts), int(c.values), int(c.mismatches)]),
    ),
    'Figures: tickets created in the window, critical+high among them and their share; tickets finally solved in the',
    'window, reopened among them and the reopen rate; tickets first replied to in the window and their first-reply p90;',
    'the median resolution of the solved; tickets open at the as-of time and their mean age; mean sentiment of new',
    'tickets; Success Points in the window. Ours count first-reply and resolution time in business minutes (Mon–Fri',
    '9–17 in the account\'s zone), which SQL over the CSV cannot reproduce simply, so those two are compared on a second',
    'run of ours under a 24x7 calendar, where business minutes are calendar minutes. SLA miss rate is left out for the',
    'same reason (its targets are business minutes).',
  );
  for (const c of r.checks) for (const m of c.first) lines.push(`  ${c.name}: ${m.accountId} ${m.figure} ours=${m.ours} duckdb=${m.duckdb}`);
  for (const p of r.profiles) {
    lines.push('', `Where the time goes — ${p.name} (${s(p.busySeconds)} busy):`);
    lines.push(renderTable(['self time', 'file'], p.byFile.slice(0, 12).map((t) => [s(t.seconds), t.name])));
    lines.push(renderTable(['self time', 'function'], p.bySelf.slice(0, 15).map((t) => [s(t.seconds), t.name])));
  }
  return lines.join('\n');
};
