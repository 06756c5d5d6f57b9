import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { makeAccount } from '../../core/scoring/fixtures.js';
import { rollupStamp } from './rollup-stamp.js';

test('a stamp is the first 16 hex digits of the SHA-256 of the account, its usage and the facts version as JSON', () => {
  // Rollups kept by earlier versions carry stamps made this way: a different text would make every
  // kept rollup stale after an upgrade (a full recompute, silently).
  const account = makeAccount('acme', { tier: 'enterprise', seats: 40 });
  const usage = { accountId: 'acme', date: '2025-06-01', metric: 'active_users', value: 31 };
  const expected = createHash('sha256').update(JSON.stringify([account, usage, 'f1'])).digest('hex').slice(0, 16);
  expect(rollupStamp(account, usage, 'f1')).toBe(expected);
  expect(rollupStamp(account, null, 'f1')).toMatch(/^[0-9a-f]{16}$/);
  expect(rollupStamp(account, null, 'f1')).not.toBe(rollupStamp(account, null, 'f2'));
});
