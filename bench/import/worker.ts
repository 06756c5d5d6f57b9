/**
 * One import-benchmark measurement in its own process (see run-worker.ts): opens the prepared
 * target, imports the accounts untimed (so both sides write into the same database state), then
 * times the tickets: through ticket-health's import, or through the plain-insert baseline.
 *
 *   node --import tsx bench/import/worker.ts '<ImportTask JSON>'
 * @module
 */
import { openStore } from '../../src/stores/open-store.js';
import { startCpuProfile } from '../lib/cpu-profiler.js';
import { startAnonSampler } from '../lib/anon-memory.js';
import { reportFromWorker, startClock } from '../lib/run-worker.js';

startAnonSampler();
import { connectBaseline, plainPostgresInsert } from './baseline-postgres.js';
import { watchBackendCpu } from './postgres-backend-cpu.js';
import { plainSqliteInsert } from './baseline-sqlite.js';
import type { ImportTask, ImportTaskExtra } from './import-task.js';
import { defaultConfig, importOne } from './measure-ours.js';

const countTickets = async (target: string): Promise<number> => {
  const store = await openStore(target);
  try {
    return await store.countTickets();
  } finally {
    await store.close();
  }
};

/**
 * Times `run`: wall and CPU seconds, plus the PostgreSQL server's CPU for its connections; and
 * CPU-profiles it when the task asks (the profiler's own cost then lands in the time).
 */
const timed = async <T>(task: ImportTask, run: () => Promise<T>): Promise<{ timing: Timing; value: T }> => {
  const serverCpu = task.dialect === 'postgres' ? await watchBackendCpu(task.target) : null;
  const stopProfile = task.profileFile === undefined ? null : await startCpuProfile();
  const stop = startClock();
  const value = await run();
  const timing = stop();
  if (stopProfile !== null && task.profileFile !== undefined) await stopProfile(task.profileFile);
  const serverCpuSeconds = serverCpu === null ? null : await serverCpu();
  return { timing: { ...timing, serverCpuSeconds }, value };
};

interface Timing {
  readonly seconds: number;
  readonly cpuSeconds: number;
  /** CPU of the PostgreSQL backends serving the run; null for SQLite (all work is in-process). */
  readonly serverCpuSeconds: number | null;
}

interface Measurement {
  readonly timing: Timing;
  readonly inserted: number;
  readonly rejected: number;
}

const measure = async (task: ImportTask): Promise<Measurement> => {
  const config = defaultConfig();
  const { batchSize } = config.import;
  const store = await openStore(task.target);
  try {
    await importOne(store, 'accounts', task.accountsCsv, task.rejectsDir, config);
    if (task.measured === 'ours') {
      const { timing, value } = await timed(task, () => importOne(store, 'tickets', task.ticketsCsv, task.rejectsDir, config));
      return { timing, inserted: value.inserted, rejected: value.rejected };
    }
  } finally {
    await store.close();
  }
  // The baseline opens its own connection once the store's is closed: it has the database to itself.
  if (task.dialect === 'sqlite') {
    const { timing, value } = await timed(task, () => plainSqliteInsert(task.target, task.ticketsCsv, batchSize, 'csv'));
    return { timing, inserted: value, rejected: 0 };
  }
  const client = await connectBaseline(task.target);
  try {
    const { timing, value } = await timed(task, () => plainPostgresInsert(client, task.ticketsCsv, batchSize, 'csv'));
    return { timing, inserted: value, rejected: 0 };
  } finally {
    await client.end();
  }
};

const task = JSON.parse(process.argv[2] ?? '') as ImportTask;
const { timing, inserted, rejected } = await measure(task);
const { serverCpuSeconds, ...clock } = timing;
const extra: ImportTaskExtra = { inserted, rejected, stored: await countTickets(task.target), serverCpuSeconds };
reportFromWorker(clock, inserted, { ...extra });
