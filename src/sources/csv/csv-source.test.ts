import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { ImportKind } from '../../core/model.js';
import { type SourceItem, SourceFormatError } from '../source.js';
import { type CsvSourceOptions, createCsvSource } from './csv-source.js';
import { loadMappingFile } from './mapping.js';

const FIX = 'test/fixtures';
const options: CsvSourceOptions = { sourceName: 'csv', timezone: 'UTC', csatScale: { min: 1, max: 5 } };
const dir = mkdtempSync(join(tmpdir(), 'csv-source-'));
const temp = (name: string, content: string | Buffer): string => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};

async function readItems<K extends ImportKind>(kind: K, path: string, opts: CsvSourceOptions = options) {
  const source = await createCsvSource(kind, path, opts);
  const items: SourceItem<K>[] = [];
  const batches: number[] = [];
  for await (const batch of source.read()) {
    items.push(...batch);
    batches.push(batch.length);
  }
  const rejected = items.filter((i) => !i.ok);
  return {
    source,
    items,
    batches,
    okRows: items.filter((i) => i.ok).map((i) => i.row),
    rejected: Object.fromEntries(rejected.map((i) => [i.row, i.ok ? [] : i.issues.map((x) => x.path)])),
  };
}

test('the canonical tickets fixture reads all ten rows, quoted line breaks and all', async () => {
  const { items, okRows, batches, source } = await readItems('tickets', `${FIX}/tickets-10.csv`, {
    ...options,
    batchSize: 3,
  });
  expect(okRows).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  expect(batches).toEqual([3, 3, 3, 1]);
  const t = items.map((i) => (i.ok ? i.record : null));
  expect(t[0]?.description).toBe('Export to PDF fails with a timeout.\nHappens on every large report.');
  expect(t[2]?.description).toBe(
    'We would like to edit tags on many tickets at once.\nToday we do it one by one, which takes "hours".',
  );
  expect(t[2]?.createdAt).toBe(Date.UTC(2024, 2, 5, 7, 30));
  expect(t[2]?.tags).toEqual(['bulk', 'tags']);
  expect(t[6]?.description).toBe('Dashboards take 30 s to load.\n\nStarted after the last release.');
  expect(t[8]).toMatchObject({ type: 'feature_request', status: 'solved', csat: { raw: 'bad', score: 0 } });
  expect(t[9]?.status).toBe('solved'); // no status column value, solved_at given
  expect(t[5]?.csat).toEqual({ raw: '3/5', score: 0.6 });
  const p = source.progress();
  expect(p.done).toBe(p.total);
});

test('zone-less times are read in the configured zone', async () => {
  const { items } = await readItems('tickets', `${FIX}/tickets-10.csv`, { ...options, timezone: 'Europe/Berlin' });
  const t4 = items[3];
  expect(t4?.ok && t4.record.createdAt).toBe(Date.UTC(2024, 2, 6, 6, 15));
});

test('bad rows are rejected one by one, naming the field, and the good rows still read', async () => {
  const { items, okRows, rejected } = await readItems('tickets', `${FIX}/tickets-bad-rows.csv`);
  expect(okRows).toEqual([1, 7]);
  expect(rejected).toEqual({
    2: ['created_at'],
    3: ['type'],
    4: ['account_id'],
    5: ['reopens'],
    6: [''],
  });
  expect(okRows.length + Object.keys(rejected).length).toBe(7);
  const short = items[5];
  expect(short?.ok === false && short.issues[0]?.message).toBe('has 5 fields, the header has 11');
  expect(short?.ok === false && short.raw).toEqual({
    id: 'B-6', account_id: 'acme', subject: 'Too few fields', type: 'help', status: 'open',
    created_at: '', solved_at: '', reopens: '', interactions: '', csat: '', tags: '',
  });
  const good = items[6];
  expect(good?.ok && good.raw().subject).toBe('Also works, with a comma');
});

test('a Jira export reads through its mapping: labels joined, values translated, its date format', async () => {
  const mapping = loadMappingFile(`${FIX}/jira-mapping.json`);
  if (!mapping.ok) throw new Error('fixture mapping is invalid');
  const { items, okRows, rejected } = await readItems('tickets', `${FIX}/jira-export.csv`, {
    ...options,
    sourceName: 'jira',
    mapping: mapping.value,
  });
  // SUP-106 is an Epic (no translation, not a model type); SUP-108 has no organization.
  expect(okRows).toEqual([1, 2, 3, 4, 5, 7]);
  expect(rejected).toEqual({ 6: ['type'], 8: ['account_id'] });
  expect(items[0]?.ok && items[0].record).toMatchObject({
    source: 'jira', externalId: 'SUP-101', accountId: 'Acme Corp', type: 'bug', status: 'solved',
    priority: 'Highest', requester: 'alice.customer', team: 'jdoe',
    createdAt: Date.UTC(2018, 6, 30, 23, 33), solvedAt: Date.UTC(2018, 7, 1, 17, 45),
    tags: ['login', 'outage'],
  });
  expect(items[1]?.ok && items[1].record).toMatchObject({ type: 'feature_request', status: 'open', tags: ['export'] });
  expect(items[7]?.ok === false && items[7].issues[0]?.message).toBe('required, but empty');
  const epic = items[5];
  // Columns the mapping does not use are still kept in the raw row.
  expect(epic?.ok === false && epic.raw).toMatchObject({
    'Issue Type': 'Epic',
    Resolution: '',
    Labels: '',
    'Labels (2)': '',
  });
});

test('a CSAT scale translated by the mapping keeps the source value as raw', async () => {
  const path = temp('freshdesk.csv', 'id,account_id,created_at,csat\n1,a,2024-01-01,103\n2,a,2024-01-01,-103\n');
  const mapping = { columns: {}, values: { csat: { '103': '5', '-103': '1' } } };
  const { items } = await readItems('tickets', path, { ...options, mapping });
  expect(items.map((i) => (i.ok ? i.record.csat : null))).toEqual([
    { raw: '103', score: 1 },
    { raw: '-103', score: 0 },
  ]);
});

test('one CSV column may feed several canonical fields', async () => {
  const path = temp('feed.csv', 'Key,Org,Opened\nK-1,acme,2024-01-01T08:00:00Z\n');
  const mapping = {
    columns: { id: 'Key', account_id: 'Org', requester: 'Org', created_at: 'Opened', first_response_at: 'Opened' },
    values: {},
  };
  const { items } = await readItems('tickets', path, { ...options, mapping });
  expect(items[0]?.ok && items[0].record).toMatchObject({
    accountId: 'acme',
    requester: 'acme',
    createdAt: Date.UTC(2024, 0, 1, 8),
    firstResponseAt: Date.UTC(2024, 0, 1, 8),
  });
});

test('the small fixtures of every other kind account for every row', async () => {
  const cases: [ImportKind, string, number[], Record<number, string[]>][] = [
    ['accounts', 'accounts-5.csv', [1, 2, 3], { 4: ['timezone', 'seats', 'renewal_date'], 5: ['id'] }],
    ['events', 'events-6.csv', [1, 2, 3, 4], { 5: ['to_status'], 6: ['at', 'kind', 'author_role', 'public'] }],
    ['usage', 'usage-5.csv', [1, 2], { 3: ['value'], 4: ['account_id'], 5: ['date'] }],
    ['usage', 'usage-active-users.csv', [1], { 2: ['active_users'] }],
    ['outcomes', 'outcomes-4.csv', [1, 2, 3], { 4: ['outcome'] }],
    ['launches', 'launches-3.csv', [1, 2], { 3: ['date'] }],
  ];
  for (const [kind, file, ok, bad] of cases) {
    const { okRows, rejected } = await readItems(kind, `${FIX}/${file}`);
    expect([file, okRows, rejected]).toEqual([file, ok, bad]);
  }
});

test('accounts keep attr_* columns; events keep file order in seq', async () => {
  const accounts = await readItems('accounts', `${FIX}/accounts-5.csv`);
  expect(accounts.items[0]?.ok && accounts.items[0].record.attributes).toEqual({
    industry: 'manufacturing',
    plan: 'premium',
  });
  const events = await readItems('events', `${FIX}/events-6.csv`);
  const seqs = events.items.flatMap((i) => (i.ok ? [[i.record.seq, i.record.kind, i.record.public]] : []));
  expect(seqs).toEqual([
    [1, 'comment', true],
    [2, 'comment', true],
    [3, 'status_change', null],
    [4, 'comment', false],
  ]);
});

test('--require rejects tickets missing a listed field with required_field', async () => {
  const { items, okRows } = await readItems('tickets', `${FIX}/tickets-10.csv`, {
    ...options,
    require: ['users_affected', 'team'],
  });
  // T-1003 and T-1009 have no users_affected; T-1008 has no team.
  expect(okRows).toEqual([1, 2, 4, 5, 6, 7, 10]);
  const r3 = items[2];
  expect(r3?.ok === false && r3.issues).toEqual([
    { code: 'required_field', path: 'users_affected', message: 'required by --require, but empty' },
  ]);
});

const formatError = async (kind: ImportKind, path: string, opts: CsvSourceOptions = options): Promise<string> => {
  try {
    await createCsvSource(kind, path, opts);
  } catch (e) {
    if (e instanceof SourceFormatError) return e.message.slice(path.length + 2);
    throw e;
  }
  return 'no error';
};

test('files that are not a CSV of the kind fail up front with one line', async () => {
  expect(await formatError('tickets', temp('empty.csv', ''))).toBe('the file is empty');
  expect(await formatError('tickets', temp('bin.csv', Buffer.from([1, 0, 2, 0])))).toBe(
    'the file is binary (it contains NUL bytes), not a CSV',
  );
  expect(await formatError('tickets', `${FIX}/accounts-5.csv`)).toBe(
    'not a tickets CSV: no column for account_id, created_at (it looks like an accounts file)',
  );
  expect(await formatError('accounts', `${FIX}/tickets-10.csv`)).toBe(
    'not an accounts CSV: its columns are those of a tickets file (import it as tickets)',
  );
  expect(await formatError('tickets', temp('other.csv', 'foo,bar\n1,2\n'))).toBe(
    'not a tickets CSV: no column for id, account_id, created_at (its header is: foo, bar)',
  );
  expect(await formatError('usage', temp('usage.csv', 'account_id,date,metric\n'))).toBe(
    'not a usage CSV: no column for value (its header is: account_id, date, metric)',
  );
});

test('headers match canonical names regardless of case, spaces and hyphens; a header-only file has no rows', async () => {
  const path = temp('spaced.csv', 'ID,Account ID,Created-At\n');
  const { items } = await readItems('tickets', path);
  expect(items).toEqual([]);
});

test('a mapping that does not fit the file or the kind, and unknown --require fields, fail up front', async () => {
  const mapping = { columns: { subject: 'Title' }, values: {} };
  expect(await formatError('tickets', `${FIX}/tickets-10.csv`, { ...options, mapping })).toBe(
    'the mapping reads subject from a column "Title" that the file does not have',
  );
  const wrongKind = { columns: { name: 'subject' }, values: {} };
  expect(await formatError('tickets', `${FIX}/tickets-10.csv`, { ...options, mapping: wrongKind })).toMatch(
    /^the mapping does not fit a tickets file: columns.name is not a tickets field/,
  );
  expect(await formatError('tickets', `${FIX}/tickets-10.csv`, { ...options, require: ['size'] })).toMatch(
    /^--require names no ticket field: size/,
  );
});
