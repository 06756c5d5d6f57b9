import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadMappingFile, mappingProblems, parseMapping } from './mapping.js';

test('the Jira fixture mapping loads with its columns, values and date format', () => {
  const r = loadMappingFile('test/fixtures/jira-mapping.json');
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.value.columns.id).toBe('Issue key');
  expect(r.value.values.type?.Story).toBe('feature_request');
  expect(r.value.dateFormat).toBe('dd/MMM/yy HH:mm');
  expect(mappingProblems(r.value, 'tickets')).toEqual([]);
});

test('a missing section defaults to empty', () => {
  expect(parseMapping({ columns: { id: 'Key' } })).toEqual({
    ok: true,
    value: { columns: { id: 'Key' }, values: {} },
  });
});

test('every shape problem is listed with its JSON path', () => {
  const r = parseMapping({ columns: { id: 3, subject: '' }, values: { type: 'bug' }, dateFormat: 'DD/MM/yy', extra: 1 });
  expect(r.ok ? [] : r.issues.map((i) => i.path).sort()).toEqual([
    '',
    'columns.id',
    'columns.subject',
    'dateFormat',
    'values.type',
  ]);
  expect(r.ok ? '' : r.issues.find((i) => i.path === 'columns.subject')?.message).toBe('names no CSV column');
});

test('names that are not fields of the kind, and translations into unknown words, are problems', () => {
  const r = parseMapping({
    columns: { id: 'Key', summary: 'Summary' },
    values: { type: { Story: 'feature', Bug: 'Bug' }, colour: { a: 'b' } },
  });
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(mappingProblems(r.value, 'tickets').map((i) => [i.code, i.path])).toEqual([
    ['invalid', 'columns.summary'],
    ['unknown_value', 'values.type.Story'],
    ['invalid', 'values.colour'],
  ]);
});

test('an unreadable file or bad JSON is one issue with an empty path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mapping-'));
  writeFileSync(join(dir, 'bad.json'), '{"columns": ');
  const bad = loadMappingFile(join(dir, 'bad.json'));
  expect(bad.ok ? [] : bad.issues.map((i) => i.path)).toEqual(['']);
  expect(bad.ok ? '' : bad.issues[0]?.message).toMatch(/^not JSON: /);
  const missing = loadMappingFile(join(dir, 'none.json'));
  expect(missing.ok ? '' : missing.issues[0]?.message).toBe('cannot read the file (ENOENT)');
});
