import { expect, test } from 'vitest';
import { createDateReader } from './dates.js';
import type { RowContext } from './field-reader.js';
import { parseAccountRow } from './parse-account-row.js';

const ctx: RowContext = {
  sourceName: 'csv',
  dates: createDateReader({ timezone: 'UTC' }),
  csatScale: { min: 1, max: 5 },
};

test('an account reads numbers, dates, zone and attr_* columns as attributes', () => {
  const r = parseAccountRow(
    {
      id: 'acme', name: 'Acme', tier: 'enterprise', seats: '250', arr: '1200.5',
      timezone: 'Europe/Berlin', go_live_date: '2022-05-01', renewal_date: '2025-05-01',
      attr_industry: 'retail', attr_plan: ' ',
    },
    ctx,
  );
  expect(r).toEqual({
    ok: true,
    value: {
      id: 'acme', name: 'Acme', tier: 'enterprise', lifecycleStage: null, adoption: null,
      seats: 250, owner: null, region: null, timezone: 'Europe/Berlin', goLiveDate: '2022-05-01',
      renewalDate: '2025-05-01', arr: 1200.5, attributes: { industry: 'retail' }, stub: false,
    },
  });
});

test('a missing id, negative seats, a bad zone, a bad date and non-numeric ARR are all reported', () => {
  const r = parseAccountRow(
    { id: '', seats: '-5', timezone: 'Mars/Olympus', renewal_date: '2024-31-12', arr: '$1,000' },
    ctx,
  );
  expect(r).toEqual({
    ok: false,
    issues: [
      {
        code: 'invalid',
        path: 'timezone',
        message: 'not an IANA time zone (e.g. Europe/Berlin): "Mars/Olympus"',
      },
      { code: 'missing', path: 'id', message: 'required, but empty' },
      { code: 'negative', path: 'seats', message: 'must not be negative: "-5"' },
      { code: 'bad_date', path: 'renewal_date', message: 'not a date (expected ISO 8601): "2024-31-12"' },
      { code: 'bad_number', path: 'arr', message: 'not a number: "$1,000"' },
    ],
  });
});
