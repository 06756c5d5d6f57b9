import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runCli, tempDir } from './run-cli.js';

const ACCOUNTS = [
  'id,name,tier,lifecycle_stage,adoption,seats',
  ...['quiet-1', 'quiet-2', 'quiet-3', 'quiet-4', 'quiet-5', 'rough'].map((id) => `${id},${id} Inc,smb,adopted,high,50`),
].join('\n');

const HEADER = 'id,account_id,subject,type,severity,status,created_at,first_response_at,first_solved_at,solved_at,reopens,interactions';
const iso = (day: number, hour = 9) => new Date(Date.UTC(2025, 4, day, hour)).toISOString();

/** A help question answered in 30 minutes and solved the next day. */
const quiet = (id: string, account: string, day: number) =>
  `${id},${account},Question ${id},help,low,solved,${iso(day)},${iso(day).replace('09:00', '09:30')},${iso(day + 1)},${iso(day + 1)},0,1`;
/** A critical bug first answered after two days, solved, reopened, solved a week later. */
const rough = (id: string, day: number) =>
  `${id},rough,Outage ${id},bug,critical,solved,${iso(day)},${iso(day + 2)},${iso(day + 3)},${iso(day + 10)},1,2`;

const TICKETS = [
  HEADER,
  ...[1, 2, 3, 4, 5].flatMap((n) => [0, 1, 2, 3].map((k) => quiet(`Q${n}-${k}`, `quiet-${n}`, 1 + k * 7 + n))),
  ...[0, 1, 2, 3].map((k) => rough(`R-${k}`, 2 + k * 9)),
].join('\n');

interface ComponentJson {
  name: string; value: number | null; unit: string; baseline: unknown; risk: number | null;
  weight: number; contribution: number; missing: boolean;
}
interface AccountJson {
  accountId: string; name: string; health: number | null; grade: string | null; successPoints: number;
  segment: string; percentile: number | null; trend: number | null; components: ComponentJson[];
}

describe('ticket-health score, explain and history (CLI, SQLite)', () => {
  let dir: string;
  const cli = (...args: string[]) => runCli(['--db', join(dir, 'th.db'), ...args], { cwd: dir });
  beforeAll(async () => {
    dir = tempDir();
    writeFileSync(join(dir, 'accounts.csv'), ACCOUNTS);
    writeFileSync(join(dir, 'tickets.csv'), TICKETS);
    expect((await cli('import', 'accounts', 'accounts.csv')).code).toBe(0);
    expect((await cli('import', 'tickets', 'tickets.csv')).code).toBe(0);
  }, 60_000);

  test('score --json lists every account riskiest first: the one with critical reopened SLA misses below every quiet one', async () => {
    const run = await cli('score', '--as-of', '2025-06-30', '--json');
    expect(run.code).toBe(0);
    const body = JSON.parse(run.stdout) as { asOf: string; configVersion: string; accounts: AccountJson[] };
    expect(body.asOf).toBe('2025-06-30T23:59:59.999Z');
    expect(body.configVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(body.accounts).toHaveLength(6);
    const [first, ...rest] = body.accounts;
    expect(first?.accountId).toBe('rough');
    // 4 of 4 new tickets critical, 4 of 4 solved ones reopened, every critical first reply late.
    expect(first?.grade).toBe('at_risk');
    for (const a of rest) expect(a.health ?? 0).toBeGreaterThan(first?.health ?? 100);
    for (const a of body.accounts) {
      expect(Object.keys(a)).toEqual(expect.arrayContaining(['accountId', 'name', 'health', 'grade', 'successPoints', 'segment', 'percentile', 'trend', 'components']));
      expect(a.segment).toBe('smb/adopted/high');
      for (const c of a.components) {
        expect(Object.keys(c)).toEqual(expect.arrayContaining(['name', 'value', 'unit', 'baseline', 'risk', 'weight', 'contribution', 'missing']));
      }
    }
    const severity = first?.components.find((c) => c.name === 'severity_share');
    expect(severity).toMatchObject({ value: 1, risk: 100, missing: false });
  }, 60_000);

  test('score --segment with a key no account is in names the segments there are', async () => {
    const run = await cli('score', '--as-of', '2025-06-30', '--segment', 'enterprise');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No account is in segment "enterprise". Segments start with smb (a full key: smb/adopted/high).');
    const under = await cli('score', '--as-of', '2025-06-30', '--segment', 'smb/adopted');
    expect(under.stdout.split('\n').filter((l) => /^(quiet-\d|rough) /.test(l))).toHaveLength(6);
  }, 60_000);

  test('score --from a file that is not there says which, in one line', async () => {
    const run = await cli('score', '--from', 'missing.csv', '--as-of', '2025-06-30');
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('ticket-health: cannot read missing.csv: no such file');
  }, 60_000);

  test('explain --json: the account object plus tickets, contributions adding up to the health', async () => {
    const run = await cli('explain', 'rough', '--as-of', '2025-06-30', '--json');
    expect(run.code).toBe(0);
    const e = JSON.parse(run.stdout) as AccountJson & { tickets: { id: string; type: string; severity: string; points: number; metric: string }[] };
    expect(e.accountId).toBe('rough');
    const sum = e.components.reduce((s, c) => s + c.contribution, 0);
    expect(sum).toBeCloseTo(e.health ?? NaN, 9);
    expect(e.components.filter((c) => c.missing).every((c) => c.contribution === 0 && c.weight === 0)).toBe(true);
    expect(e.tickets.length).toBeGreaterThan(0);
    expect(e.tickets.every((t) => t.id.startsWith('R-') && t.type === 'bug' && t.severity === 'critical')).toBe(true);
    const text = await cli('explain', 'rough', '--as-of', '2025-06-30');
    expect(text.stdout).toContain('Sum of contributions');
    expect((await cli('explain', 'nobody')).code).toBe(1);
  }, 60_000);

  test('history lists one snapshot per scored date with its config version; re-scoring a date replaces it', async () => {
    expect((await cli('score', '--as-of', '2025-06-15', '--no-trend')).code).toBe(0);
    expect((await cli('score', '--as-of', '2025-06-30', '--no-trend')).code).toBe(0);
    const run = await cli('history', 'rough', '--json');
    expect(run.code).toBe(0);
    const h = JSON.parse(run.stdout) as { snapshots: { asOf: string; configVersion: string; health: number | null }[] };
    expect(h.snapshots.map((s) => s.asOf)).toEqual(['2025-06-15T23:59:59.999Z', '2025-06-30T23:59:59.999Z']);
    expect(h.snapshots.every((s) => /^[0-9a-f]{12}$/.test(s.configVersion))).toBe(true);
  }, 60_000);

  test('score --from scores the CSVs with no database and gives the same order', async () => {
    const run = await runCli(['score', '--from', 'tickets.csv', '--accounts', 'accounts.csv', '--as-of', '2025-06-30', '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    const body = JSON.parse(run.stdout) as { accounts: AccountJson[]; tickets: number };
    expect(body.tickets).toBe(24);
    const fromStore = JSON.parse((await cli('score', '--as-of', '2025-06-30', '--json', '--no-trend')).stdout) as { accounts: AccountJson[] };
    expect(body.accounts.map((a) => [a.accountId, a.health])).toEqual(fromStore.accounts.map((a) => [a.accountId, a.health]));
  }, 60_000);
});
