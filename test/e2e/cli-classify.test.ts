import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runCli, tempDir } from './run-cli.js';

/** Ten clear examples per label, worded so that the label is obvious to a reader. */
const BUGS = ['crashes on save', 'error 500 when exporting', 'app crashes after update', 'login broken with exception', 'page freezes and throws error', 'stack trace when opening report', 'button does nothing, console error', 'data lost after crash', 'sync fails with error code', 'upload broken since yesterday'];
const FEATURES = ['please add dark mode', 'would be great to support SSO', 'feature request: bulk edit', 'suggestion: add slack integration', 'could you add export to pdf', 'request to support webhooks', 'please add an API for reports', 'idea: custom fields on tickets', 'would love a mobile app', 'add support for multiple currencies'];
const HELP = ['how do I reset my password', 'how can I invite a colleague', 'where do I find the invoices', 'how to change my email address', 'question about setting up users', 'how do I configure notifications', 'what is the best way to import contacts', 'can you explain how permissions work', 'how do I cancel a scheduled report', 'where is the settings page'];

const csv = (rows: readonly [string, string][]): string =>
  ['subject,description,type', ...rows.map(([s, t]) => `"${s}","${s}",${t}`)].join('\n');

describe('ticket-health classify (CLI)', () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = tempDir();
    db = join(dir, 'th.db');
    const labelled = [...BUGS.map((s) => [s, 'bug'] as [string, string]), ...FEATURES.map((s) => [s, 'feature_request'] as [string, string]), ...HELP.map((s) => [s, 'help'] as [string, string])];
    writeFileSync(join(dir, 'labelled.csv'), csv(labelled));
    writeFileSync(join(dir, 'other-headers.csv'), ['title,text,label', ...labelled.map(([s, t]) => `"${s}","${s}",${t === 'feature_request' ? 'Enhancement' : t}`)].join('\n'));
    writeFileSync(join(dir, 'mapping.json'), JSON.stringify({ columns: { subject: 'title', description: 'text', type: 'label' }, values: { type: { Enhancement: 'feature_request' } } }));
  });

  test('evaluate before any training says so and exits 1', async () => {
    const run = await runCli(['--db', db, 'classify', 'evaluate', 'labelled.csv'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('classify train');
  });

  test('train saves a model that evaluate then scores, with the documented JSON shape', async () => {
    const train = await runCli(['--db', db, 'classify', 'train', 'labelled.csv', '--json'], { cwd: dir });
    expect(train.code).toBe(0);
    expect(JSON.parse(train.stdout)).toMatchObject({ trained: 30, skipped: 0, counts: { bug: 10, feature_request: 10, help: 10 } });

    const evaluate = await runCli(['--db', db, 'classify', 'evaluate', 'labelled.csv', '--json'], { cwd: dir });
    expect(evaluate.code).toBe(0);
    const e = JSON.parse(evaluate.stdout) as { accuracy: number; macroF1: number; perClass: object; confusion: Record<string, Record<string, number>> };
    expect(Object.keys(e).sort()).toEqual(['accuracy', 'confusion', 'macroF1', 'perClass']);
    // On its own training rows a linear text model must get these distinct phrasings nearly all right.
    expect(e.accuracy).toBeGreaterThanOrEqual(0.9);
    const total = Object.values(e.confusion).flatMap((r) => Object.values(r)).reduce((a, b) => a + b, 0);
    expect(total).toBe(30);
  });

  test('any CSV is read through a mapping of headers and label words', async () => {
    const run = await runCli(['--db', db, 'classify', 'cv', 'other-headers.csv', '--mapping', 'mapping.json', '--folds', '3', '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { rows: number; folds: number; model: { accuracy: number }; rules: { accuracy: number } };
    expect(report).toMatchObject({ rows: 30, folds: 3 });
    expect(report.model.accuracy).toBeGreaterThan(0);
  });

  test('an unknown label is named with its row and nothing is trained', async () => {
    writeFileSync(join(dir, 'bad.csv'), 'subject,description,type\nA,a,bug\nC,c,\nB,b,complaint\n');
    const run = await runCli(['--db', db, 'classify', 'train', 'bad.csv'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('row 3: type: "complaint"');
    expect(run.stderr).toContain('row 2, type: the row has no label');
  });
});
