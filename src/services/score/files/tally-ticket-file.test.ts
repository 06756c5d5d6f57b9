import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { validateConfig } from '../../../config/load-config.js';
import type { Config } from '../../../config/schema.js';
import { type FilesScore, scoreFiles } from '../score-files.js';

const HEADER = 'id,account_id,subject,description,type,severity,status,created_at,first_response_at,solved_at,reopens,sentiment';
const ACCOUNTS = ['acme', 'globex', 'initech'];
const asOf = Date.parse('2024-06-30T23:59:59.999Z');

/**
 * 90 tickets over three accounts. Every third description holds quoted line breaks (and a doubled
 * quote), so many split offsets fall inside a field; rows 40 (a bad date) and 71 (a missing field)
 * are refused. Subjects repeat, so movers tie and their order shows.
 */
const ticketsCsv = (fake = false): string => {
  const lines = [HEADER];
  for (let i = 1; i <= 90; i++) {
    const account = ACCOUNTS[i % 3] as string;
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(3 + (i % 4)).padStart(2, '0');
    const created = `2024-${month}-${day}T0${i % 10}:00:00Z`;
    const replied = `2024-${month}-${day}T1${i % 10}:30:00Z`;
    const solved = i % 5 === 0 ? '' : `2024-${month}-${day}T23:00:00Z`;
    // A fake file: descriptions that quote rows of another export, each line as wide as ours.
    const quoted = fake ? `${'x,'.repeat(11)}x\n`.repeat(5) : 'Steps:\n1. open ""Reports""\n2. wait\n';
    const description = i % 3 === 0 ? `"It broke again.\n${quoted}"` : 'It is slow';
    const severity = ['low', 'medium', 'high', 'critical'][i % 4] as string;
    const status = solved === '' ? 'open' : 'solved';
    const sentiment = i % 7 === 0 ? '' : String(((i % 9) - 4) / 5);
    const when = i === 40 ? 'yesterday' : created;
    const row = [`T${i}`, account, 'Export fails', description, 'bug', severity, status, when, replied, solved, String(i % 3), sentiment];
    lines.push(i === 71 ? row.slice(0, -1).join(',') : row.join(','));
  }
  return `${lines.join('\n')}\n`;
};

let dir = '';
let text = '';
const offsetOf = (s: string, from = 0): number => text.indexOf(s, from) + 1;
let config: Config;
let serial: FilesScore;

const sameScores = (s: FilesScore) => ({ ...s, seconds: 0, threads: 0 });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'th-split-'));
  text = ticketsCsv();
  writeFileSync(join(dir, 'tickets.csv'), text);
  const loaded = validateConfig({});
  if (!loaded.ok) throw new Error('default config does not validate');
  config = loaded.config;
  serial = await scoreFiles({ tickets: join(dir, 'tickets.csv') }, config, asOf, { threads: 1 });
});

describe('scoring a tickets file split between two threads', () => {
  test('one thread: 88 tickets tallied, rows 40 and 71 refused with the import’s messages', () => {
    expect(serial.tickets).toBe(88);
    expect(serial.threads).toBe(1);
    expect(serial.rejected.counts).toEqual({ tickets: 2 });
    expect(serial.rejected.first.map((r) => [r.row, r.field])).toEqual([
      [40, 'created_at'],
      [71, ''],
    ]);
    expect(serial.rejected.first[1]?.message).toBe('has 11 fields, the header has 12');
    expect(serial.accounts.map((a) => a.accountId).sort()).toEqual(ACCOUNTS.slice().sort());
  });

  test('fractional Success Points and an account only in the tail: the merged tallies give the one-thread result to the bit', async () => {
    // Points of 0.1 and 0.7 round differently summed in another order: each account's sum must go on
    // from the head's, addend by addend. Account "umbrella" first appears after the split.
    const loaded = validateConfig({ scoring: { successPoints: { perDayOpen: -0.1, perInteraction: 0.7, opened: { bug: -0.3 } } } });
    if (!loaded.ok) throw new Error('config does not validate');
    const tail = text.replace(/^T(7\d),acme,/gm, 'T$1,umbrella,');
    writeFileSync(join(dir, 'fractions.csv'), tail);
    const file = join(dir, 'fractions.csv');
    const alone = await scoreFiles({ tickets: file }, loaded.config, asOf, { threads: 1 });
    expect(alone.accounts.map((a) => a.accountId)).toContain('umbrella');
    const headShare = offsetOf('\nT44,') / text.length;
    const r = await scoreFiles({ tickets: file }, loaded.config, asOf, { threads: 2, minSplitBytes: 0, headShare });
    expect(r.threads).toBe(2);
    expect(sameScores(r)).toEqual(sameScores(alone));
    expect(r.rejected).toEqual(alone.rejected);
  });

  test('split where a record ends: the worker reads the tail, and the result is the one-thread result', async () => {
    // Offsets just before a row with a one-line description: the first line break after them ends a record.
    for (const row of [13, 44, 80]) {
      const headShare = offsetOf(`\nT${row},`) / text.length;
      const r = await scoreFiles({ tickets: join(dir, 'tickets.csv') }, config, asOf, { threads: 2, minSplitBytes: 0, headShare });
      expect(r.threads, `split before row ${row}`).toBe(2);
      expect(sameScores(r)).toEqual(sameScores(serial));
    }
  });

  test('a guess inside a quoted description is passed by for a line break that starts records', async () => {
    const headShare = offsetOf('"It broke again.', text.length / 2) / text.length;
    const r = await scoreFiles({ tickets: join(dir, 'tickets.csv') }, config, asOf, { threads: 2, minSplitBytes: 0, headShare });
    expect(r.threads).toBe(2);
    expect(sameScores(r)).toEqual(sameScores(serial));
  });

  test('a description quoting lines as wide as a record fools the guess: no record ends there, so one thread reads it all', async () => {
    const fake = ticketsCsv(true);
    writeFileSync(join(dir, 'fake.csv'), fake);
    const alone = await scoreFiles({ tickets: join(dir, 'fake.csv') }, config, asOf, { threads: 1 });
    const headShare = (fake.indexOf('"It broke again.', fake.length / 2) + 1) / fake.length;
    const r = await scoreFiles({ tickets: join(dir, 'fake.csv') }, config, asOf, { threads: 2, minSplitBytes: 0, headShare });
    expect(r.threads).toBe(1);
    expect(alone.tickets).toBe(88);
    expect(sameScores(r)).toEqual(sameScores(alone));
  });
});
