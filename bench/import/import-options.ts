/**
 * Command-line options of `npm run bench -- import`.
 * @module
 */
import { parseArgs } from 'node:util';
import type { Dialect } from '../../src/stores/store.js';
import { DEFAULT_PG_URL } from './targets.js';

export interface ImportBenchOptions {
  readonly tickets: number;
  readonly dialects: readonly Dialect[];
  readonly json: boolean;
  /** Timed runs per side; the fastest counts (the machine is shared, noise only ever slows down). */
  readonly repeat: number;
  /** Also profile our import (`node --cpu-prof`, extra untimed runs) and say where the time goes. */
  readonly profile: boolean;
  /** Regenerate the cached input. */
  readonly fresh: boolean;
  readonly pgUrl: string;
  readonly help: boolean;
}

export const IMPORT_BENCH_HELP = `usage: npm run bench -- import [options]

  --tickets N             tickets in the generated CSV (default 1000000; 100000 is the quick mode)
  --only sqlite|postgres  measure one store only
  --repeat R              timed runs per measurement, the fastest counts (default 1)
  --profile               also CPU-profile our import and print where its time goes
  --json                  print the results as one JSON object on stdout (npm run -s keeps npm's banner out)
  --fresh                 regenerate the cached input under .bench/import-data/
  --pg-url URL            PostgreSQL database for fresh schemas (default ${DEFAULT_PG_URL})`;

/** `1000000`, `1_000_000`, `1,000,000` and `1e6` all mean a million. */
const count = (flag: string, text: string | undefined, fallback: number, min: number): number => {
  if (text === undefined) return fallback;
  const n = Number(text.replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n < min) throw new Error(`${flag} must be a whole number ≥ ${min}, got "${text}"`);
  return n;
};

/** @throws with a one-line message on an unknown flag or a bad value */
export const parseImportBenchOptions = (args: readonly string[]): ImportBenchOptions => {
  const { values } = parseArgs({
    args: [...args],
    options: {
      tickets: { type: 'string' },
      only: { type: 'string' },
      repeat: { type: 'string' },
      profile: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      fresh: { type: 'boolean', default: false },
      'pg-url': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const only = values.only;
  if (only !== undefined && only !== 'sqlite' && only !== 'postgres') {
    throw new Error(`--only takes sqlite or postgres, got "${only}"`);
  }
  return {
    tickets: count('--tickets', values.tickets, 1_000_000, 4),
    dialects: only === undefined ? ['sqlite', 'postgres'] : [only],
    json: values.json,
    repeat: count('--repeat', values.repeat, 1, 1),
    profile: values.profile,
    fresh: values.fresh,
    pgUrl: values['pg-url'] ?? DEFAULT_PG_URL,
    help: values.help,
  };
};

const withoutPassword = (url: string): string => {
  try {
    const u = new URL(url);
    if (u.password !== '') u.password = 'PASSWORD';
    return u.toString();
  } catch {
    return url;
  }
};

/** The shortest command that reruns the same measurement. */
export const reproduceCommand = (o: ImportBenchOptions): string =>
  [
    'npm run bench -- import',
    `--tickets ${o.tickets}`,
    o.dialects.length === 1 ? `--only ${o.dialects[0]}` : '',
    o.repeat > 1 ? `--repeat ${o.repeat}` : '',
    o.profile ? '--profile' : '',
    o.pgUrl !== DEFAULT_PG_URL ? `--pg-url '${withoutPassword(o.pgUrl)}'` : '',
  ]
    .filter(Boolean)
    .join(' ');
