/**
 * The benchmark entry point: `npm run bench -- <name> [options]`. Each benchmark is one row of the
 * table below, loaded only when named, so a new one slots in with one line.
 *
 *   npm run bench -- import --tickets 1000000
 *   npm run bench -- import --tickets 100000 --only sqlite --json
 * @module
 */

interface Benchmark {
  readonly summary: string;
  /** Runs with the arguments after the name; resolves to the process exit code. */
  readonly run: (args: readonly string[]) => Promise<number>;
}

const BENCHMARKS: Readonly<Record<string, Benchmark>> = {
  import: {
    summary: 'CSV import throughput (tickets/s) and peak RSS into SQLite and PostgreSQL, vs a plain bulk insert',
    run: async (args) => (await import('./import/run-import-bench.js')).runImportBench(args),
  },
  score: {
    summary: 'Scoring every account from files and from the store (full, incremental) vs DuckDB, with an equality check',
    run: async (args) => (await import('./score/run-score-bench.js')).runScoreBench(args),
  },
};

const usage = (): string =>
  [
    'usage: npm run bench -- <benchmark> [options]   (<benchmark> --help for its options)',
    '',
    ...Object.entries(BENCHMARKS).map(([name, b]) => `  ${name.padEnd(10)} ${b.summary}`),
  ].join('\n');

const [name, ...rest] = process.argv.slice(2);
const benchmark = name === undefined ? undefined : BENCHMARKS[name];
if (benchmark === undefined) {
  const helpAsked = name === undefined || name === '--help' || name === '-h';
  process.stderr.write(`${helpAsked ? '' : `unknown benchmark "${name}"\n`}${usage()}\n`);
  process.exitCode = helpAsked ? 0 : 2;
} else {
  try {
    process.exitCode = await benchmark.run(rest);
  } catch (error) {
    process.stderr.write(`bench ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
