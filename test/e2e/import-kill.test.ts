import { createWriteStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { runCli, startCli, tempDir } from './run-cli.js';

const ROWS = 150_000;
const BATCH = 1_000;

const writeTickets = async (path: string): Promise<void> => {
  const out = createWriteStream(path);
  out.write('id,account_id,subject,type,status,created_at,solved_at\n');
  for (let i = 1; i <= ROWS; i++) {
    const line = `T${i},A${i % 50},Subject ${i},bug,solved,2025-01-01T10:00:00Z,2025-01-02T10:00:00Z\n`;
    if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
};

const count = (db: string): number => {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
};

test('a SIGKILLed import leaves only whole batches, and rerunning it completes it without duplicates', async () => {
  const dir = tempDir();
  const db = join(dir, 'th.db');
  const csv = join(dir, 'tickets.csv');
  await writeTickets(csv);
  writeFileSync(join(dir, 'ticket-health.config.yaml'), `import:\n  batchSize: ${BATCH}\n`);

  const child = startCli(['--db', db, 'import', 'tickets', csv], { cwd: dir });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  let seen = 0;
  const deadline = Date.now() + 60_000;
  while (seen < BATCH && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 20));
    seen = count(db);
  }
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');

  const afterKill = count(db);
  expect(afterKill).toBeGreaterThanOrEqual(BATCH); // at least one batch was committed before the kill
  expect(afterKill).toBeLessThan(ROWS); // and the kill came before the end
  expect(afterKill % BATCH).toBe(0); // no half-written batch

  const rerun = await runCli(['--db', db, 'import', 'tickets', csv, '--json'], { cwd: dir });
  expect(rerun.code).toBe(0);
  const report = JSON.parse(rerun.stdout) as { inserted: number; unchanged: number; updated: number; rejected: number };
  expect(report).toEqual({ inserted: ROWS - afterKill, updated: 0, unchanged: afterKill, rejected: 0, issues: [] });
  expect(count(db)).toBe(ROWS);

  const conn = new Database(db, { readonly: true });
  const statuses = conn.prepare('SELECT status FROM imports ORDER BY started_at').all() as { status: string }[];
  conn.close();
  expect(statuses.map((s) => s.status)).toEqual(['superseded', 'completed']);
  // 150k rows imported twice over, with their facts derived: ~25 s on an idle 2-core machine, so
  // the default 30 s leaves no room for a busy one.
}, 120_000);
