import type { Command } from 'commander';
import { SAMPLE_DEFAULTS, writeSampleCompany } from '../../../sample/index.js';
import { CliError, EXIT } from '../exit-codes.js';

/** Parses a whole number option of at least `min`, or says which option is wrong. */
export const wholeNumber = (name: string, min = 1) => (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new CliError(`${name} must be a whole number ≥ ${min}, got "${value}"`, EXIT.usage);
  return n;
};

export const isoDate = (value: string): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new CliError(`--end must be a date YYYY-MM-DD, got "${value}"`, EXIT.usage);
  }
  return value;
};

export const registerSample = (program: Command): void => {
  program
    .command('sample')
    .description('write a deterministic sample B2B company as canonical CSVs')
    .option('--accounts <n>', 'number of accounts', wholeNumber('--accounts'), SAMPLE_DEFAULTS.accounts)
    .option('--tickets <n>', 'number of tickets', wholeNumber('--tickets'), SAMPLE_DEFAULTS.tickets)
    .option('--end <date>', 'last day of the generated history', isoDate, SAMPLE_DEFAULTS.end)
    .option('--seed <n>', 'random seed', wholeNumber('--seed', 0), SAMPLE_DEFAULTS.seed)
    .option('--out <dir>', 'output folder', './sample')
    .option('--no-events', 'write tickets without their event history (benchmarks)')
    .action(async (opts: { accounts: number; tickets: number; end: string; seed: number; out: string; events: boolean }) => {
      const summary = await writeSampleCompany(opts);
      for (const f of summary.files) process.stdout.write(`${f.name}: ${f.rows} rows\n`);
      process.stdout.write(`written to ${opts.out}\n`);
    });
};
