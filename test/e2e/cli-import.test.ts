import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseCsvText } from '../../src/sources/csv/csv-scanner.js';
import { runCli, tempDir } from './run-cli.js';

const TICKET_HEADER = 'id,account_id,subject,type,status,created_at,solved_at,reopens,csat,tags';

/** Rows 2, 4, 5 and 6 are bad, each for one reason worked out below. */
const TICKETS_WITH_BAD_ROWS = [
  TICKET_HEADER,
  'T1,A1,Export fails,bug,solved,2025-01-02T10:00:00Z,2025-01-03T10:00:00Z,0,5,export;csv',
  'T2,A1,Bad date,bug,open,2025-13-45,,,,', // row 2: created_at is not a date
  'T3,A2,"Quoted, with comma\nand newline",help,open,2025-01-04T09:00:00Z,,,,',
  'T4,A1,Unknown type,complaint,open,2025-01-05T09:00:00Z,,,,', // row 4: type unknown
  'T5,,No account,help,open,2025-01-05T09:00:00Z,,,,', // row 5: account_id missing
  'T6,A1,Negative reopens,bug,solved,2025-01-05T09:00:00Z,2025-01-06T09:00:00Z,-2,,', // row 6
  'T7,A3,Fine,feature_request,new,2025-01-07T09:00:00Z,,,,',
].join('\n');

const ACCOUNTS = ['id,name,tier,seats', 'A1,Acme,enterprise,250', 'A2,Globex,smb,12'].join('\n');

interface Report {
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  issues: { file: string; row: number; field: string; message: string }[];
}

describe('ticket-health import (CLI, SQLite)', () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = tempDir();
    db = join(dir, 'th.db');
    writeFileSync(join(dir, 'tickets.csv'), TICKETS_WITH_BAD_ROWS);
    writeFileSync(join(dir, 'accounts.csv'), ACCOUNTS);
  });

  test('imports the good rows, names every bad row by file, row and field, and exits 3', async () => {
    const accounts = await runCli(['--db', db, 'import', 'accounts', 'accounts.csv', '--json'], { cwd: dir });
    expect(accounts.code).toBe(0);
    expect(JSON.parse(accounts.stdout)).toMatchObject({ inserted: 2, updated: 0, unchanged: 0, rejected: 0 });

    const run = await runCli(['--db', db, 'import', 'tickets', 'tickets.csv', '--json'], { cwd: dir });
    expect(run.code).toBe(3);
    const report = JSON.parse(run.stdout) as Report;
    // 7 data rows: T1, T3, T7 are good; T2, T4, T5, T6 are rejected.
    expect(report).toMatchObject({ inserted: 3, updated: 0, unchanged: 0, rejected: 4 });
    expect(report.inserted + report.updated + report.unchanged + report.rejected).toBe(7);
    const byRow = report.issues.map((i) => [i.row, i.field]);
    expect(byRow).toEqual([
      [2, 'created_at'],
      [4, 'type'],
      [5, 'account_id'],
      [6, 'reopens'],
    ]);
    expect(report.issues.every((i) => i.file.endsWith('tickets.csv') && i.message.length > 0)).toBe(true);
  });

  test('keeps the rejected rows with their original values in rejects/<import-id>.csv', () => {
    const files = readdirSync(join(dir, 'rejects'));
    expect(files).toHaveLength(1);
    const rows = parseCsvText(readFileSync(join(dir, 'rejects', files[0] ?? ''), 'utf8'));
    expect(rows[0]?.slice(-3)).toEqual(['_row', '_field', '_reason']);
    expect(rows.slice(1).map((r) => [r[0], r.at(-3), r.at(-2)])).toEqual([
      ['T2', '2', 'created_at'],
      ['T4', '4', 'type'],
      ['T5', '5', 'account_id'],
      ['T6', '6', 'reopens'],
    ]);
  });

  test('a ticket naming an unknown account creates a stub that quality lists; --strict rejects it', async () => {
    const quality = await runCli(['--db', db, 'quality', '--json'], { cwd: dir });
    expect(quality.code).toBe(0);
    const q = JSON.parse(quality.stdout) as { stubAccounts: string[]; sources: { source: string; tickets: number }[] };
    expect(q.stubAccounts).toEqual(['A3']);
    expect(q.sources).toEqual([expect.objectContaining({ source: 'csv', tickets: 3 })]);

    writeFileSync(join(dir, 'strict.csv'), [TICKET_HEADER, 'S1,A9,Strict,bug,open,2025-01-07T09:00:00Z,,,,'].join('\n'));
    const strict = await runCli(['--db', db, 'import', 'tickets', 'strict.csv', '--strict', '--json'], { cwd: dir });
    expect(strict.code).toBe(3);
    expect(JSON.parse(strict.stdout)).toMatchObject({ inserted: 0, rejected: 1, issues: [{ row: 1, field: 'account_id' }] });
  });

  test('re-importing the same file changes nothing and duplicates nothing', async () => {
    const again = await runCli(['--db', db, 'import', 'tickets', 'tickets.csv', '--json'], { cwd: dir });
    expect(JSON.parse(again.stdout)).toMatchObject({ inserted: 0, updated: 0, unchanged: 3, rejected: 4 });
  });

  test('a changed row counts as updated', async () => {
    writeFileSync(join(dir, 'changed.csv'), [TICKET_HEADER, 'T1,A1,Export fails again,bug,solved,2025-01-02T10:00:00Z,2025-01-03T10:00:00Z,1,5,export;csv'].join('\n'));
    const run = await runCli(['--db', db, 'import', 'tickets', 'changed.csv', '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ inserted: 0, updated: 1, unchanged: 0, rejected: 0 });
  });

  test('a file that is not a tickets CSV fails fast with one line and exit 1', async () => {
    const run = await runCli(['--db', db, 'import', 'tickets', 'accounts.csv'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('accounts.csv');

    writeFileSync(join(dir, 'empty.csv'), '');
    const empty = await runCli(['--db', db, 'import', 'tickets', 'empty.csv'], { cwd: dir });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('empty.csv');
  });

  test('an unknown kind or a missing argument is a usage error, exit 2', async () => {
    expect((await runCli(['--db', db, 'import', 'widgets', 'x.csv'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['--db', db, 'import', 'tickets'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['--db', db, 'no-such-command'], { cwd: dir })).code).toBe(2);
  });

  test('an invalid config lists every problem by path and exits 2', async () => {
    const config = join(dir, 'bad.yaml');
    writeFileSync(config, 'timezone: Mars/Olympus\nimport:\n  batchSize: 0\n  colour: blue\n');
    for (const command of ['print', 'check']) {
      const run = await runCli(['--config', config, 'config', command], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('timezone');
      expect(run.stderr).toContain('import.batchSize');
      expect(run.stderr).toContain('colour');
    }
    const good = join(dir, 'good.yaml');
    writeFileSync(good, 'timezone: Europe/Berlin\n');
    const checked = await runCli(['--config', good, 'config', 'check'], { cwd: dir });
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/^ok: .*good\.yaml · version [0-9a-f]{12}\n$/);
  });

  test('config print shows the effective config with the seed defaults', async () => {
    const run = await runCli(['config', 'print', '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as { path: null; config: { timezone: string; import: { requiredFields: string[] } } };
    expect(printed.path).toBeNull();
    expect(printed.config.timezone).toBe('UTC');
    expect(printed.config.import.requiredFields).toEqual(['category', 'product_area', 'impact', 'customer_effort']);
    expect(existsSync(join(dir, 'ticket-health.db'))).toBe(false);
  });
});
