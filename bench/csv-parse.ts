/**
 * Measures the CSV reading path: the byte-level scanner alone, then full ticket parsing (column
 * plan, dates, enums, numbers, CSAT) through createCsvSource. Generates a canonical tickets CSV
 * in the temp directory first (18% of descriptions with a quoted line break, as real exports).
 *
 *   node --import tsx bench/csv-parse.ts [rows=200000]
 *   node --import tsx bench/csv-parse.ts measure FILE     (an existing canonical tickets CSV)
 *
 * Batches of 5,000 rows outlive V8's default 16 MiB young generation, so half of the parsing CPU
 * goes to the garbage collector; `node --max-semi-space-size=64 ...` halves the parsing CPU
 * (measured: 10.2 s → 5.1 s CPU for 1M rows). Pass it through to compare.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { CANONICAL_HEADERS } from '../src/sources/csv/canonical-headers.js';
import { readCsv } from '../src/sources/csv/csv-scanner.js';
import { createCsvSource } from '../src/sources/csv/csv-source.js';

const rows = Number(process.argv[2] ?? 200_000);

/** A small deterministic generator (mulberry32), so every run reads the same file. */
const rng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

async function generate(path: string): Promise<void> {
  const r = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19) + 'Z';
  const out = createWriteStream(path);
  out.write(`${CANONICAL_HEADERS.tickets.join(',')}\n`);
  const start = Date.UTC(2023, 0, 1);
  for (let i = 1; i <= rows; i++) {
    const created = start + Math.floor(r() * 700 * 86_400_000);
    const solved = r() < 0.8 ? created + Math.floor(r() * 5 * 86_400_000) : null;
    const desc =
      r() < 0.18
        ? `"The export fails, again.\nSteps: open the report, click ""Export"", wait ${i % 60} s."`
        : `Users report that the dashboard takes ${i % 90} seconds to load since the last release`;
    const line = [
      `T-${i}`, `acct-${i % 10_000}`, 'Dashboard slow after release', desc,
      pick(['bug', 'help', 'feature_request', 'missing_feature', 'other']), 'performance',
      'Dashboards', pick(['low', 'normal', 'high', 'urgent']), pick(['low', 'medium', 'high', 'critical']),
      'team blocked', String(i % 50), 'medium', solved === null ? 'open' : 'solved',
      pick(['email', 'web', 'chat']), 'Tier 2', iso(created), iso(created + 1_800_000),
      solved === null ? '' : iso(solved), solved === null ? '' : iso(solved), '',
      String(i % 3), String(i % 7), r() < 0.3 ? String(1 + (i % 5)) : '', `user${i % 5000}@example.com`,
      'performance;dashboards',
    ].join(',');
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const mb = (bytes: number) => bytes / 1_048_576;

/** Wall and CPU seconds of a run: on a shared machine CPU time is the steadier figure. */
async function timed(run: () => Promise<number>): Promise<{ rows: number; wall: number; cpu: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const rows = await run();
  const cpu = process.cpuUsage(cpu0);
  return { rows, wall: (performance.now() - t0) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}

const line = (label: string, bytes: number, r: { rows: number; wall: number; cpu: number }) =>
  `${label} ${r.wall.toFixed(2)} s wall, ${r.cpu.toFixed(2)} s CPU; ` +
  `${(mb(bytes) / r.wall).toFixed(0)} MiB/s, ${Math.round(r.rows / r.wall).toLocaleString('en')} rows/s wall; ` +
  `${(mb(bytes) / r.cpu).toFixed(0)} MiB/s, ${Math.round(r.rows / r.cpu).toLocaleString('en')} rows/s per CPU-second`;

/** Generates the file, then measures in a fresh process so that peak RSS is the reader's alone. */
async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'csv-bench-'));
  const path = join(dir, 'tickets.csv');
  try {
    await generate(path);
    const self = fileURLToPath(import.meta.url);
    spawnSync(process.execPath, [...process.execArgv, self, 'measure', path], { stdio: 'inherit' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(path: string): Promise<void> {
  const bytes = statSync(path).size;
  console.log(`file: ${path}, ${mb(bytes).toFixed(1)} MiB`);
  const scan = await timed(async () => {
    let records = 0;
    for await (const batch of readCsv(path)) records += batch.length;
    return records - 1;
  });
  console.log(line('scanner:    ', bytes, scan));
  const rssAfterScan = process.resourceUsage().maxRSS / 1024;

  const source = await createCsvSource('tickets', path, {
    sourceName: 'csv',
    timezone: 'Europe/Berlin',
    csatScale: { min: 1, max: 5 },
    batchSize: 5_000,
  });
  let rejected = 0;
  const parse = await timed(async () => {
    let n = 0;
    for await (const batch of source.read()) {
      n += batch.length;
      for (const item of batch) if (!item.ok) rejected++;
    }
    return n;
  });
  console.log(line('ticket rows:', bytes, parse) + ` (${rejected} rejected)`);
  console.log(`peak RSS after scanning: ${rssAfterScan.toFixed(0)} MiB`);
  console.log(`peak RSS after parsing (batches of 5,000): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
}

if (process.argv[2] === 'measure') await measure(process.argv[3] ?? '');
else await main();
