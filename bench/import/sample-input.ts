/**
 * The import benchmark's input: a canonical tickets CSV and its accounts CSV from the sample
 * generator, cached under `.bench/import-data/<tickets>/` (gitignored) so reruns skip generation.
 * @module
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSampleCompany } from '../../src/sample/index.js';

/** Where benchmark inputs and profiles live: `.bench/` at the repository root. */
export const BENCH_DIR = fileURLToPath(new URL('../../.bench/', import.meta.url));

export interface SampleInput {
  readonly tickets: number;
  readonly accounts: number;
  readonly ticketsCsv: string;
  readonly accountsCsv: string;
  /** Size of tickets.csv. */
  readonly bytes: number;
  /** Seconds spent generating; 0 when the cached files were used. */
  readonly generatedSeconds: number;
}

/** One account per hundred tickets, at least 1,000: the generator's own default ratio. */
export const accountsFor = (tickets: number): number => Math.max(1000, Math.floor(tickets / 100));

/**
 * Returns the cached input for `tickets` rows, generating it first when missing (or when `fresh`).
 * A `done.json` marker is written last, so an interrupted generation is never taken for a cache.
 * @example const input = await ensureSampleInput(100_000); // .bench/import-data/100000/tickets.csv
 */
export const ensureSampleInput = async (tickets: number, fresh = false): Promise<SampleInput> => {
  const dir = join(BENCH_DIR, 'import-data', String(tickets));
  const marker = join(dir, 'done.json');
  const accounts = accountsFor(tickets);
  const paths = { ticketsCsv: join(dir, 'tickets.csv'), accountsCsv: join(dir, 'accounts.csv') };
  let generatedSeconds = 0;
  if (fresh || !existsSync(marker)) {
    await rm(dir, { recursive: true, force: true });
    const t0 = performance.now();
    // events: false — the import benchmark reads tickets only; events are 90 % of the bytes.
    await writeSampleCompany({ accounts, tickets, events: false, out: dir });
    generatedSeconds = (performance.now() - t0) / 1000;
    writeFileSync(marker, JSON.stringify({ tickets, accounts, generatedSeconds }));
  }
  const cached = JSON.parse(readFileSync(marker, 'utf8')) as { tickets: number; accounts: number };
  if (cached.tickets !== tickets || cached.accounts !== accounts) {
    throw new Error(`${marker} describes another input; rerun with --fresh`);
  }
  return { tickets, accounts, ...paths, bytes: statSync(paths.ticketsCsv).size, generatedSeconds };
};
