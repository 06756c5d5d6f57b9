import { expect, test } from 'vitest';
import { createDateReader } from './dates.js';
import type { RowContext } from './field-reader.js';
import { parseLaunchRow } from './parse-launch-row.js';
import { parseOutcomeRow } from './parse-outcome-row.js';
import { parseUsageRow } from './parse-usage-row.js';

const ctx: RowContext = {
  sourceName: 'csv',
  dates: createDateReader({ timezone: 'Europe/Berlin' }),
  csatScale: { min: 1, max: 5 },
};

test('usage reads metric + value, or active_users as the metric active_users', () => {
  expect(parseUsageRow({ account_id: 'a', date: '2024-03-01', metric: 'reports', value: '-2.5' }, ctx)).toEqual({
    ok: true,
    value: { accountId: 'a', date: '2024-03-01', metric: 'reports', value: -2.5 },
  });
  expect(parseUsageRow({ account_id: 'a', date: '2024-03-01', active_users: '12' }, ctx)).toEqual({
    ok: true,
    value: { accountId: 'a', date: '2024-03-01', metric: 'active_users', value: 12 },
  });
});

test('usage refuses a missing value, a negative active-user count and a bad date', () => {
  expect(parseUsageRow({ account_id: 'a', date: '2024-03-01', metric: 'x', value: '' }, ctx)).toEqual({
    ok: false,
    issues: [{ code: 'missing', path: 'value', message: 'required, but empty' }],
  });
  expect(parseUsageRow({ account_id: 'a', date: '03/01/2024', active_users: '-3' }, ctx)).toEqual({
    ok: false,
    issues: [
      { code: 'bad_date', path: 'date', message: 'not a date (expected ISO 8601): "03/01/2024"' },
      { code: 'negative', path: 'active_users', message: 'must not be negative: "-3"' },
    ],
  });
});

test('a usage timestamp counts on its day in the configured zone', () => {
  const r = parseUsageRow({ account_id: 'a', date: '2024-02-29T23:30:00Z', active_users: '1' }, ctx);
  expect(r.ok && r.value.date).toBe('2024-03-01');
});

test('outcomes read the outcome word leniently and refuse unknown ones', () => {
  expect(parseOutcomeRow({ account_id: 'a', date: '2024-05-01', outcome: 'Renewed', amount: '100' }, ctx)).toEqual({
    ok: true,
    value: { accountId: 'a', date: '2024-05-01', outcome: 'renewed', amount: 100 },
  });
  const bad = parseOutcomeRow({ account_id: 'a', date: '2024-05-01', outcome: 'paused', amount: 'lots' }, ctx);
  expect(bad.ok ? [] : bad.issues.map((i) => [i.code, i.path])).toEqual([
    ['unknown_value', 'outcome'],
    ['bad_number', 'amount'],
  ]);
});

test('launches need a date and a name', () => {
  expect(parseLaunchRow({ date: '2024-02-20', name: 'SSO v2', product_area: '' }, ctx)).toEqual({
    ok: true,
    value: { date: '2024-02-20', name: 'SSO v2', productArea: null },
  });
  expect(parseLaunchRow({ date: '2024-03-40', name: '' }, ctx)).toEqual({
    ok: false,
    issues: [
      { code: 'bad_date', path: 'date', message: 'not a date (expected ISO 8601): "2024-03-40"' },
      { code: 'missing', path: 'name', message: 'required, but empty' },
    ],
  });
});
