/**
 * `ticket-health tickets` end to end: import hand-written accounts, tickets and events through the
 * CLI, then read the tickets as of a moment. Every expected figure is worked out below by hand.
 *
 * Calendar (2025): Fri 7 March, Sat 8, Sun 9, Mon 10, Tue 11, Wed 12, Thu 13. Business hours are
 * the default Mon–Fri 09:00–17:00 in each account's zone (UTC here).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runCli, tempDir } from './run-cli.js';

const ACCOUNTS = ['id,name,tier,timezone', 'A1,Acme,enterprise,UTC', 'A2,Globex,smb,UTC'].join('\n');

const TICKETS = [
  'id,account_id,subject,description,type,category,priority,status,created_at,first_response_at,solved_at',
  // Untyped, no category: the keyword rules decide ("crashes": bug). Events below win over columns.
  'T1,A1,App crashes on export,Zanzibar quokka,,,high,solved,2025-03-07T16:00:00Z,,2025-03-11T12:00:00Z',
  // Typed by the source; solved on Thursday 13th, after the as-of time: open then.
  'T2,A1,Invoice copy,Please send it,help,,low,solved,2025-03-10T09:00:00Z,2025-03-10T09:30:00Z,2025-03-13T09:00:00Z',
  // Category Billing maps to other.
  'T3,A2,Refund,,,Billing,,new,2025-03-11T09:00:00Z,,',
  // Created after the as-of time: it did not exist yet.
  'T4,A1,Later,,,,,new,2025-03-20T09:00:00Z,,',
].join('\n');

const EVENTS = [
  'ticket_id,at,kind,author_role,author,public,from_status,to_status,body',
  'T1,2025-03-07T16:00:00Z,comment,customer,ana,true,,,"Still broken, this is frustrating!"',
  // An auto-reply and a private note are not replies.
  'T1,2025-03-07T16:01:00Z,comment,bot,autoreply,true,,,We got your request.',
  'T1,2025-03-07T16:30:00Z,comment,agent,sam,false,,,Internal: reproduced.',
  'T1,2025-03-10T10:00:00Z,comment,agent,sam,true,,,Fixed in 1.2.',
  'T1,2025-03-10T10:00:00Z,status_change,agent,sam,,new,open,',
  'T1,2025-03-11T12:00:00Z,status_change,agent,sam,,open,solved,',
].join('\n');

interface Sla {
  state: string;
  targetMinutes: number | null;
  usedMinutes: number | null;
  leftMinutes: number | null;
  clock: string;
}

interface View {
  source: string;
  id: string;
  account: string;
  open: boolean;
  type: string;
  typeSource: string;
  typeConfidence: number;
  severity: string;
  severityRule: string;
  sentiment: number | null;
  theme: string;
  reopens: number;
  interactions: number;
  sla: Record<'firstReply' | 'resolution', Sla>;
  firstReply: { calendarMinutes: number; businessMinutes: number } | null;
  firstResolution: { calendarMinutes: number; businessMinutes: number } | null;
  fullResolution: { calendarMinutes: number; businessMinutes: number } | null;
}

describe('ticket-health tickets (CLI, SQLite)', () => {
  let dir: string;
  let db: string;
  const cli = (...args: string[]) => runCli(['--db', db, ...args], { cwd: dir });

  beforeAll(async () => {
    dir = tempDir();
    db = join(dir, 'th.db');
    writeFileSync(join(dir, 'accounts.csv'), ACCOUNTS);
    writeFileSync(join(dir, 'tickets.csv'), TICKETS);
    writeFileSync(join(dir, 'events.csv'), EVENTS);
    expect((await cli('import', 'accounts', 'accounts.csv')).code).toBe(0);
  });

  test('imports of tickets and events derive the facts of new and changed tickets only', async () => {
    const tickets = await cli('import', 'tickets', 'tickets.csv');
    expect(tickets.code).toBe(0);
    expect(tickets.stdout).toContain('facts: 4 tickets classified');
    // The events touch T1 only: only its facts are stale (customer comments feed sentiment).
    const events = await cli('import', 'events', 'events.csv');
    expect(events.code).toBe(0);
    expect(events.stdout).toContain('6 inserted');
    expect(events.stdout).toContain('facts: 1 ticket classified');
    const again = await cli('import', 'events', 'events.csv');
    expect(again.stdout).toContain('6 unchanged');
    expect(again.stdout).toContain('facts: 0 tickets classified');
    // --json keeps its documented keys only.
    const json = await cli('import', 'events', 'events.csv', '--json');
    expect(Object.keys(JSON.parse(json.stdout) as object)).toEqual(['inserted', 'updated', 'unchanged', 'rejected', 'issues']);
  });

  test('--as-of a date shows metrics, SLA and type decisions as of the end of that day', async () => {
    const run = await cli('tickets', '--as-of', '2025-03-12', '--json');
    expect(run.code).toBe(0);
    const views = JSON.parse(run.stdout) as View[];
    // T4 was created after the as-of time.
    expect(views.map((v) => v.id)).toEqual(['T1', 'T2', 'T3']);
    const [t1, t2, t3] = views as [View, View, View];

    // T1: created Fri 16:00; the first public human agent reply is Mon 10:00 (the bot at 16:01
    // and the private note at 16:30 do not count). Calendar: 8 h to midnight + 48 h + 10 h = 66 h
    // = 3,960 min. Business: Fri 16–17 (60) + Mon 9–10 (60) = 120 min.
    expect(t1).toMatchObject({
      account: 'A1',
      open: false,
      type: 'bug',
      typeSource: 'rules',
      severity: 'high',
      severityRule: 'priority-high',
      reopens: 0,
      interactions: 1,
      firstReply: { calendarMinutes: 3960, businessMinutes: 120 },
    });
    // Solved Tue 12:00: calendar 8 + 48 + 24 + 12 = 92 h = 5,520 min; business Fri 60 + Mon 480
    // + Tue 9–12 180 = 720 min. One solve: first and full resolution agree.
    expect(t1.firstResolution).toEqual({ calendarMinutes: 5520, businessMinutes: 720 });
    expect(t1.fullResolution).toEqual({ calendarMinutes: 5520, businessMinutes: 720 });
    // High: first reply 4 business hours (240), resolution 2 business days (960).
    expect(t1.sla.firstReply).toEqual({ state: 'met', targetMinutes: 240, usedMinutes: 120, leftMinutes: 120, clock: 'business' });
    expect(t1.sla.resolution).toEqual({ state: 'met', targetMinutes: 960, usedMinutes: 720, leftMinutes: 240, clock: 'business' });
    expect(t1.sentiment).toBeLessThan(0);

    // T2: typed by the source; first response 30 min after creation, inside business hours.
    // Solved Thursday, after the as-of time (Wed 23:59:59.999): open, with no resolution yet.
    expect(t2).toMatchObject({
      open: true,
      type: 'help',
      typeSource: 'source',
      typeConfidence: 1,
      severity: 'low',
      severityRule: 'priority-low',
      firstReply: { calendarMinutes: 30, businessMinutes: 30 },
      firstResolution: null,
      fullResolution: null,
    });
    // Low: first reply 2 business days (960); resolution 10 business days (4,800), running since
    // Mon 09:00: Mon + Tue + Wed = 3 × 480 = 1,440 used, under the 80% at-risk mark (3,840).
    expect(t2.sla.firstReply).toEqual({ state: 'met', targetMinutes: 960, usedMinutes: 30, leftMinutes: 930, clock: 'business' });
    expect(t2.sla.resolution).toEqual({ state: 'running', targetMinutes: 4800, usedMinutes: 1440, leftMinutes: 3360, clock: 'business' });

    expect(t3).toMatchObject({ account: 'A2', type: 'other', typeSource: 'mapped', severity: 'medium', severityRule: 'default' });
  });

  test('the same ticket as of the Friday before its reply has no first reply and is open', async () => {
    const run = await cli('tickets', '--as-of', '2025-03-07T16:45:00Z', '--json');
    const views = JSON.parse(run.stdout) as View[];
    expect(views.map((v) => v.id)).toEqual(['T1']);
    // 45 minutes into the 240-minute business target: running.
    expect(views[0]).toMatchObject({ open: true, interactions: 0, firstReply: null });
    expect(views[0]?.sla.firstReply).toMatchObject({ state: 'running', usedMinutes: 45, leftMinutes: 195 });
  });

  test('--account and --limit narrow the list', async () => {
    const a2 = JSON.parse((await cli('tickets', '--as-of', '2025-03-12', '--account', 'A2', '--json')).stdout) as View[];
    expect(a2.map((v) => v.id)).toEqual(['T3']);
    const one = JSON.parse((await cli('tickets', '--as-of', '2025-03-12', '--limit', '1', '--json')).stdout) as View[];
    expect(one.map((v) => v.id)).toEqual(['T1']);
    const unknown = await cli('tickets', '--account', 'nobody');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no account "nobody"');
  });

  test('the table names tickets by id and never prints their text', async () => {
    const run = await cli('tickets', '--as-of', '2025-03-12');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('csv:T1');
    expect(run.stdout).toMatch(/csv:T2\s+A1\s+open\s+help source 1\.00/);
    for (const text of ['Zanzibar', 'frustrating', 'Please send', 'Fixed in 1.2']) {
      expect(run.stdout + run.stderr).not.toContain(text);
    }
  });

  test('a bad --as-of is a usage error', async () => {
    const run = await cli('tickets', '--as-of', 'yesterday');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--as-of');
  });
});
