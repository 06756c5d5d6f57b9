import type { Command } from 'commander';
import { writeSampleCompany } from '../../../sample/write-sample-company.js';
import { CliError, EXIT } from '../exit-codes.js';

export const SAMPLE_DEFAULTS = { accounts: 1000, tickets: 100_000, end: '2025-06-30', seed: 42 } as const;

/** Parses a positive whole number option, or says which option is wrong. */
export const positiveInt = (name: string) => (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`${name} must be a whole number ≥ 1, got "${value}"`, EXIT.usage);
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
    .option('--accounts <n>', 'number of accounts', positiveInt('--accounts'), SAMPLE_DEFAULTS.accounts)
    .option('--tickets <n>', 'number of tickets', positiveInt('--tickets'), SAMPLE_DEFAULTS.tickets)
    .option('--end <date>', 'last day of the generated history', isoDate, SAMPLE_DEFAULTS.end)
    .option('--seed <n>', 'random seed', positiveInt('--seed'), SAMPLE_DEFAULTS.seed)
    .option('--out <dir>', 'output folder', './sample')
    .action(async (opts: { accounts: number; tickets: number; end: string; seed: number; out: string }) => {
      const summary = await writeSampleCompany(opts);
      for (const f of summary.files) process.stdout.write(`${f.name}: ${f.rows} rows\n`);
      process.stdout.write(`written to ${opts.out}\n`);
    });
};
