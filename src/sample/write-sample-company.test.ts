import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { writeSampleCompany, type SampleSummary } from './write-sample-company.js';

const FILES = ['accounts.csv', 'tickets.csv', 'events.csv', 'usage.csv', 'launches.csv', 'outcomes.csv'];
const OPTIONS = { accounts: 60, tickets: 3000, end: '2025-06-30', seed: 7 };
const dirs: string[] = [];
let summary: SampleSummary;
let dir = '';

const freshDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'th-sample-'));
  dirs.push(d);
  return d;
};

const parsed = new Map<string, Record<string, string>[]>();
const readCsv = (path: string): Record<string, string>[] => {
  const rows = parsed.get(path) ?? parseCsv(path);
  parsed.set(path, rows);
  return rows;
};

/** RFC 4180 reader, small on purpose: the test must not trust the code it checks. */
function parseCsv(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  const [header, ...data] = rows;
  return data.map((r) => Object.fromEntries((header ?? []).map((h, j) => [h, r[j] ?? ''])));
}

const hashes = (d: string): string[] =>
  FILES.map((f) => createHash('sha256').update(readFileSync(join(d, f))).digest('hex'));

beforeAll(async () => {
  dir = freshDir();
  summary = await writeSampleCompany({ ...OPTIONS, out: dir });
});
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

test('the same options write byte-identical files; another seed writes different ones', async () => {
  const again = freshDir();
  await writeSampleCompany({ ...OPTIONS, out: again });
  expect(hashes(again)).toEqual(hashes(dir));
  const other = freshDir();
  await writeSampleCompany({ ...OPTIONS, seed: 8, out: other });
  expect(hashes(other)[1]).not.toEqual(hashes(dir)[1]);
});

test('every file starts with its canonical header', () => {
  const first = (f: string): string => readFileSync(join(dir, f), 'utf8').split('\n')[0] ?? '';
  expect(first('accounts.csv')).toBe('id,name,tier,lifecycle_stage,adoption,seats,owner,region,timezone,go_live_date,renewal_date,arr,attr_industry');
  expect(first('tickets.csv')).toBe('id,account_id,subject,description,type,category,product_area,priority,severity,impact,users_affected,customer_effort,status,channel,team,created_at,first_response_at,first_solved_at,solved_at,closed_at,reopens,interactions,csat,requester,tags');
  expect(first('events.csv')).toBe('ticket_id,at,kind,author_role,author,public,from_status,to_status,body');
  expect(first('usage.csv')).toBe('account_id,date,metric,value');
  expect(first('launches.csv')).toBe('date,name,product_area');
  expect(first('outcomes.csv')).toBe('account_id,date,outcome,amount');
});

test('row counts honour the options and the summary reports what is on disk', () => {
  const rows = Object.fromEntries(summary.files.map((f) => [f.name, f.rows]));
  expect(rows['accounts.csv']).toBe(60);
  expect(rows['tickets.csv']).toBe(3000);
  for (const f of FILES) expect(readCsv(join(dir, f)).length, f).toBe(rows[f]);
  const ids = readCsv(join(dir, 'tickets.csv')).map((t) => t.id);
  expect(ids[0]).toBe('T000001');
  expect(ids[2999]).toBe('T003000');
});

test('every ticket, usage point and outcome belongs to an account in accounts.csv', () => {
  const accounts = new Set(readCsv(join(dir, 'accounts.csv')).map((a) => a.id));
  for (const f of ['tickets.csv', 'usage.csv', 'outcomes.csv']) {
    for (const r of readCsv(join(dir, f))) expect(accounts.has(r.account_id ?? ''), f).toBe(true);
  }
  const usage = readCsv(join(dir, 'usage.csv'));
  const perAccount = new Map<string, number>();
  for (const u of usage) perAccount.set(u.account_id ?? '', (perAccount.get(u.account_id ?? '') ?? 0) + 1);
  expect(Math.max(...perAccount.values())).toBeLessThanOrEqual(60);
});

test('tickets are written in creation order, inside the 30 months before the end', () => {
  const created = readCsv(join(dir, 'tickets.csv')).map((t) => t.created_at ?? '');
  expect([...created].sort()).toEqual(created);
  expect(created[0]! >= '2023-01-01').toBe(true);
  expect(created.at(-1)! < '2025-07-01').toBe(true);
  for (const c of created) expect(c).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
});

test('events belong to existing tickets, run in time order, and chain statuses to the final status', () => {
  const tickets = new Map(readCsv(join(dir, 'tickets.csv')).map((t) => [t.id ?? '', t]));
  const byTicket = new Map<string, Record<string, string>[]>();
  for (const e of readCsv(join(dir, 'events.csv'))) {
    expect(tickets.has(e.ticket_id ?? '')).toBe(true);
    const list = byTicket.get(e.ticket_id ?? '') ?? [];
    list.push(e);
    byTicket.set(e.ticket_id ?? '', list);
  }
  expect(byTicket.size).toBe(tickets.size);
  for (const [id, events] of byTicket) {
    const ticket = tickets.get(id)!;
    let status = '';
    let at = '';
    let reopens = 0;
    let firstAgentReply = '';
    for (const e of events) {
      expect(e.at! >= at, `${id} out of order`).toBe(true);
      at = e.at!;
      if (e.kind === 'status_change') {
        expect(e.from_status, `${id} status chain`).toBe(status);
        if (e.from_status === 'solved' && e.to_status === 'open') reopens++;
        status = e.to_status!;
      } else if (e.author_role === 'agent' && e.public === 'true' && firstAgentReply === '') {
        firstAgentReply = e.at!;
      }
    }
    expect(events[0]?.to_status).toBe('new');
    expect(events[0]?.at).toBe(ticket.created_at);
    expect(status, id).toBe(ticket.status);
    expect(String(reopens), id).toBe(ticket.reopens);
    expect(firstAgentReply, id).toBe(ticket.first_response_at);
    expect(at < '2025-07-01').toBe(true);
  }
});

test('events hold bot replies, private agent notes and customer replies', () => {
  const events = readCsv(join(dir, 'events.csv'));
  const kinds = new Set(events.map((e) => `${e.author_role}/${e.public}`));
  for (const k of ['bot/true', 'agent/true', 'agent/false', 'customer/true']) expect(kinds.has(k), k).toBe(true);
  expect(events.some((e) => e.from_status === 'solved' && e.to_status === 'open')).toBe(true);
});

test('all five types appear and about 30 % of tickets have no type', () => {
  const types = readCsv(join(dir, 'tickets.csv')).map((t) => t.type);
  const blank = types.filter((t) => t === '').length / types.length;
  expect(blank).toBeGreaterThan(0.26);
  expect(blank).toBeLessThan(0.34);
  expect(new Set(types)).toEqual(new Set(['', 'missing_feature', 'feature_request', 'bug', 'help', 'other']));
});

test('subjects of different types share wording', () => {
  const words = new Map<string, Set<string>>();
  for (const t of readCsv(join(dir, 'tickets.csv'))) {
    const set = words.get(t.type ?? '') ?? new Set<string>();
    for (const w of (t.subject ?? '').toLowerCase().split(/[^a-z']+/)) if (w.length >= 4) set.add(w);
    words.set(t.type ?? '', set);
  }
  const shared = (a: string, b: string): boolean => [...words.get(a)!].some((w) => words.get(b)!.has(w));
  expect(words.get('bug')!.has("doesn't") && words.get('help')!.has("doesn't")).toBe(true);
  for (const [a, b] of [['bug', 'help'], ['missing_feature', 'feature_request'], ['missing_feature', 'help'], ['feature_request', 'help']]) {
    expect(shared(a!, b!), `${a} / ${b}`).toBe(true);
  }
  const csvExport = (type: string): boolean => words.get(type)!.has('export');
  expect(['missing_feature', 'feature_request', 'help'].every(csvExport)).toBe(true);
});

test('without events the tickets are the same and events.csv is only its header', async () => {
  const lean = freshDir();
  const s = await writeSampleCompany({ ...OPTIONS, events: false, out: lean });
  expect(hashes(lean)[1]).toBe(hashes(dir)[1]);
  expect(readFileSync(join(lean, 'events.csv'), 'utf8')).toBe('ticket_id,at,kind,author_role,author,public,from_status,to_status,body\n');
  expect(s.files.find((f) => f.name === 'events.csv')?.rows).toBe(0);
});

test('zero tickets still writes every file with its header', async () => {
  const empty = freshDir();
  const s = await writeSampleCompany({ accounts: 5, tickets: 0, out: empty });
  expect(s.files.find((f) => f.name === 'tickets.csv')?.rows).toBe(0);
  expect(s.files.find((f) => f.name === 'accounts.csv')?.rows).toBe(5);
});

test('invalid options are refused before anything is written', async () => {
  await expect(writeSampleCompany({ end: '2025-02-30', out: freshDir() })).rejects.toThrow(/date/);
  await expect(writeSampleCompany({ accounts: 0, out: freshDir() })).rejects.toThrow();
});
