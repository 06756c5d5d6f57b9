import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { describeTarget, dialectOf, openStore } from './open-store.js';

test('a postgres:// or postgresql:// URL means PostgreSQL, anything else a SQLite file', () => {
  expect(dialectOf('postgres://u@h/db')).toBe('postgres');
  expect(dialectOf('POSTGRESQL://u@h/db')).toBe('postgres');
  expect(dialectOf('./ticket-health.db')).toBe('sqlite');
  expect(dialectOf('data/postgres://odd.db')).toBe('sqlite');
});

test('describeTarget masks passwords and resolves file paths', () => {
  expect(describeTarget('postgres://app:s3cret@db.internal:5432/health')).toBe(
    'PostgreSQL postgres://app:***@db.internal:5432/health',
  );
  expect(describeTarget('postgresql://app@db/health?password=s3cret&sslmode=require')).toBe(
    'PostgreSQL postgresql://app@db/health?password=***&sslmode=require',
  );
  expect(describeTarget('postgres://app@db/health')).toBe('PostgreSQL postgres://app@db/health');
  expect(describeTarget('/var/lib/th/ticket-health.db')).toBe('SQLite /var/lib/th/ticket-health.db');
});

test('openStore creates the SQLite file and its missing parent directories, migrated', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'th-open-'));
  try {
    const path = join(dir, 'nested', 'deeper', 'th.db');
    const store = await openStore(path);
    expect(store.dialect).toBe('sqlite');
    expect(await store.countTickets()).toBe(0);
    await store.close();
    expect(existsSync(path)).toBe(true);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
