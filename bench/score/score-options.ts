/**
 * Command-line options of `npm run bench -- score`.
 * @module
 */
import { parseArgs } from 'node:util';

export interface ScoreBenchOptions {
  readonly tickets: number;
  readonly json: boolean;
  /** Timed runs of ours-from-files and DuckDB, alternating; the fastest of each counts. */
  readonly repeat: number;
  /** Tickets changed before the incremental rescore. */
  readonly changed: number;
  /** Skip the store steps (import, full and incremental rescore). */
  readonly store: boolean;
  /** Run only the store steps (files and DuckDB skipped; DuckDB's cached figures compared). */
  readonly onlyStore: boolean;
  /** Also CPU-profile scoring from files and the full store rescore (extra, untimed runs). */
  readonly profile: boolean;
  readonly fresh: boolean;
  readonly help: boolean;
}

export const SCORE_BENCH_HELP = `usage: npm run bench -- score [options]

  --tickets N    tickets in the generated CSV (default 1000000; 100000 is the quick mode)
  --repeat R     timed runs of ours-from-files and DuckDB, alternating; the fastest counts (default 1)
  --changed K    tickets changed before the incremental rescore (default 1000)
  --no-store     skip the store steps (its import of N tickets is slow, and cached once done)
  --only store   only the store steps, compared with DuckDB's figures cached by an earlier run
  --profile      also CPU-profile scoring from files and from the store, and say where the time goes
  --json         print the results as one JSON object on stdout (npm run -s keeps npm's banner out)
  --fresh        regenerate the cached input and store under .bench/`;

const count = (flag: string, text: string | undefined, fallback: number, min: number): number => {
  if (text === undefined) return fallback;
  const n = Number(text.replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n < min) throw new Error(`${flag} must be a whole number ≥ ${min}, got "${text}"`);
  return n;
};

const onlyStore = (text: string | undefined): boolean => {
  if (text === undefined) return false;
  if (text !== 'store') throw new Error(`--only takes "store", got "${text}"`);
  return true;
};

/** @throws with a one-line message on an unknown flag or a bad value */
export const parseScoreBenchOptions = (args: readonly string[]): ScoreBenchOptions => {
  const { values } = parseArgs({
    args: [...args],
    options: {
      tickets: { type: 'string' },
      repeat: { type: 'string' },
      changed: { type: 'string' },
      'no-store': { type: 'boolean', default: false },
      only: { type: 'string' },
      profile: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      fresh: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  return {
    tickets: count('--tickets', values.tickets, 1_000_000, 100),
    json: values.json,
    repeat: count('--repeat', values.repeat, 1, 1),
    changed: count('--changed', values.changed, 1000, 1),
    store: !values['no-store'],
    onlyStore: onlyStore(values.only),
    profile: values.profile,
    fresh: values.fresh,
    help: values.help,
  };
};

/** The command that reproduces a run. */
export const reproduceCommand = (o: ScoreBenchOptions): string =>
  [
    'npm run bench -- score',
    `--tickets ${o.tickets}`,
    ...(o.repeat > 1 ? [`--repeat ${o.repeat}`] : []),
    ...(o.changed !== 1000 ? [`--changed ${o.changed}`] : []),
    ...(o.store ? [] : ['--no-store']),
    ...(o.onlyStore ? ['--only store'] : []),
    ...(o.json ? ['--json'] : []),
  ].join(' ');
