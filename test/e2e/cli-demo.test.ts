import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runCli, tempDir } from './run-cli.js';

test('demo generates a company, imports it, classifies and scores it, and names the ten riskiest accounts', async () => {
  const dir = tempDir();
  const run = await runCli(['demo', '--accounts', '40', '--tickets', '3000'], { cwd: dir });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  for (const step of ['1. Sample company', '2. Standardize', '3. Data quality', '4. Classify', '5. Score']) {
    expect(run.stdout).toContain(step);
  }
  expect(run.stdout).toMatch(/tickets\s+3000 rows: 3000 new, 0 updated, 0 unchanged, 0 rejected/);
  const riskiest = run.stdout.split('the 10 riskiest')[1]?.trim().split('\n') ?? [];
  expect(riskiest.slice(1, 11).filter((line) => /^\s*A\d{5}\s+[\d.—]+ /.test(line))).toHaveLength(10);
  // The embedded default: a SQLite file in the working directory, and the sample CSVs beside it.
  expect(existsSync(join(dir, 'ticket-health.db'))).toBe(true);
  expect(existsSync(join(dir, 'sample', 'tickets.csv'))).toBe(true);

  // A second run re-imports the same company: nothing new, nothing duplicated.
  const again = await runCli(['demo', '--accounts', '40', '--tickets', '3000'], { cwd: dir });
  expect(again.code).toBe(0);
  expect(again.stdout).toMatch(/tickets\s+3000 rows: 0 new, 0 updated, 3000 unchanged, 0 rejected/);
});
