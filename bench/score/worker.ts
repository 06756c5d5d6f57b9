/**
 * One scoring-benchmark step in its own process (see run-worker.ts): scoring from files, the same
 * figures from DuckDB, an import into the store (setup, timed but not compared), or a store rescore.
 *
 *   node --import tsx bench/score/worker.ts '<ScoreTask JSON>'
 * @module
 */
import { writeFileSync } from 'node:fs';
import { validateConfig } from '../../src/config/load-config.js';
import type { Config } from '../../src/config/schema.js';
import type { AccountScore } from '../../src/core/scoring/account-score.js';
import { windowOf } from '../../src/core/time/window.js';
import { refreshFacts } from '../../src/services/facts/refresh-facts.js';
import { scoreFiles } from '../../src/services/score/score-files.js';
import { scoreStore } from '../../src/services/score/score-store.js';
import { openStore } from '../../src/stores/open-store.js';
import { startCpuProfile } from '../lib/cpu-profiler.js';
import { reportFromWorker, startClock } from '../lib/run-worker.js';
import { importOne } from '../import/measure-ours.js';
import { type FiguresFile, figuresOf } from './account-figures.js';
import { duckdbFigures } from './duckdb-figures.js';
import type { ClockConfig, ScoreTask, StoreScoreExtra } from './score-task.js';

const configFor = (clock: ClockConfig) => {
  const body = clock === '24x7' ? { businessHours: { rules: [{ schedule: '24x7' }] } } : {};
  const result = validateConfig(body);
  if (!result.ok) throw new Error(`bench config does not validate: ${JSON.stringify(result.issues)}`);
  return result;
};

const writeFigures = (path: string, accounts: readonly AccountScore[]): void => {
  const out: Record<string, ReturnType<typeof figuresOf>> = {};
  for (const a of accounts) out[a.accountId] = figuresOf(a);
  writeFileSync(path, JSON.stringify(out));
};

/** Times `run`, CPU-profiling it when a profile file is named. */
const timed = async <T>(profileFile: string | undefined, run: () => Promise<T>) => {
  const stopProfile = profileFile === undefined ? null : await startCpuProfile();
  const stop = startClock();
  const value = await run();
  const timing = stop();
  if (stopProfile !== null && profileFile !== undefined) await stopProfile(profileFile);
  return { timing, value };
};

const windowStartOf = (config: Config, asOf: number) => windowOf(asOf, config.scoring.windowDays, config.timezone).start;

const run = async (task: ScoreTask): Promise<void> => {
  switch (task.kind) {
    case 'files': {
      const { config } = configFor(task.clock);
      const files = { tickets: task.ticketsCsv, accounts: task.accountsCsv };
      const { timing, value } = await timed(task.profileFile, () => scoreFiles(files, config, task.asOf));
      writeFigures(task.figuresFile, value.accounts);
      const rejected = Object.values(value.rejected.counts).reduce((s, n) => s + n, 0);
      return reportFromWorker(timing, value.tickets, { accounts: value.accounts.length, rejected, threads: value.threads });
    }
    case 'duckdb': {
      const { config } = configFor('default');
      const duck = { ...task, windowStart: windowStartOf(config, task.asOf), points: config.scoring.successPoints };
      const { timing, value } = await timed(undefined, () => duckdbFigures(duck));
      writeFileSync(task.figuresFile, JSON.stringify(value satisfies FiguresFile));
      return reportFromWorker(timing, 0, { accounts: Object.keys(value).length });
    }
    case 'import': {
      const { config } = configFor('default');
      const store = await openStore(task.target);
      try {
        const stop = startClock();
        if (task.accountsCsv !== undefined) await importOne(store, 'accounts', task.accountsCsv, task.rejectsDir, config);
        const report = await importOne(store, 'tickets', task.ticketsCsv, task.rejectsDir, config);
        // As `ticket-health import tickets` does: the new and changed tickets' facts are derived.
        const facts = await refreshFacts(store, config, { now: () => Date.now() });
        return reportFromWorker(stop(), report.inserted + report.updated, { report, facts });
      } finally {
        await store.close();
      }
    }
    case 'store': {
      const loaded = configFor('default');
      const store = await openStore(task.target);
      try {
        const options = { asOf: task.asOf, now: () => Date.now(), trend: false };
        // As `ticket-health score --no-trend` does: facts of tickets changed since are derived first.
        const { timing, value } = await timed(task.profileFile, async () => {
          const refreshed = await refreshFacts(store, loaded.config, { now: () => Date.now() });
          return { refreshed, scored: await scoreStore(store, loaded, options) };
        });
        if (!value.scored.ok) throw new Error(value.scored.issues.map((i) => i.message).join('; '));
        const r = value.scored.value;
        if (task.figuresFile !== undefined) writeFigures(task.figuresFile, r.accounts);
        const extra: StoreScoreExtra = {
          accounts: r.accounts.length, recomputed: r.recomputed, reused: r.reused, derivedFacts: r.derivedFacts,
          refreshedFacts: value.refreshed.derived, refreshSeconds: value.refreshed.seconds, scoreSeconds: r.seconds,
          patched: r.patched, parts: r.parts, threads: r.threads,
        };
        return reportFromWorker(timing, r.accounts.length, { ...extra });
      } finally {
        await store.close();
      }
    }
  }
};

await run(JSON.parse(process.argv[2] ?? '') as ScoreTask);
