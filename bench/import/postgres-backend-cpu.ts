/**
 * CPU seconds spent by the PostgreSQL server processes serving one benchmark run. On a shared
 * two-core machine wall time swings with everyone else's load; client CPU plus server CPU is the
 * steadier measure of the work an import costs. The run's connections are found by their
 * `application_name` (set in the target URL), and each backend's time is read from `/proc`, which
 * works because the server runs on this machine.
 * @module
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';

/** Linux reports process times in clock ticks of 1/100 s (`getconf CLK_TCK`). */
const TICKS_PER_SECOND = 100;

/** utime + stime of a process, seconds; null once it has exited or is not visible. */
const processCpuSeconds = (pid: number): number | null => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which sits in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
};

/** The URL with its `application_name` removed, so the watcher's own connection is not counted. */
const watcherUrl = (url: string): { url: string; app: string | null } => {
  const u = new URL(url);
  const app = u.searchParams.get('application_name');
  u.searchParams.delete('application_name');
  return { url: u.toString(), app };
};

/**
 * Starts counting the CPU of the backends whose application_name the URL sets; the returned
 * function gives the seconds they used since (backends that connect meanwhile count from zero).
 * Resolves to a function returning null when the URL names no application or /proc is not readable.
 */
export const watchBackendCpu = async (target: string): Promise<() => Promise<number | null>> => {
  const { url, app } = watcherUrl(target);
  if (app === null) return () => Promise.resolve(null);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const pids = async (): Promise<number[]> =>
    (await client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [app])).rows.map(
      (r) => r.pid,
    );
  const before = new Map<number, number>();
  for (const pid of await pids()) before.set(pid, processCpuSeconds(pid) ?? 0);
  return async () => {
    try {
      let total = 0;
      for (const pid of await pids()) {
        const now = processCpuSeconds(pid);
        if (now === null) return null;
        total += now - (before.get(pid) ?? 0);
      }
      return total;
    } finally {
      await client.end();
    }
  };
};
