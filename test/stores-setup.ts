/**
 * Real stores for tests, one fresh database per call, so test files can run in parallel:
 * SQLite in a temporary directory, PostgreSQL in a uniquely named schema of the test database
 * (dropped again on close). PostgreSQL is never skipped: if it is unreachable, the test fails and
 * says how to start it.
 *
 * Also the shared record fixtures: complete, hand-written records to vary per test.
 * @module
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Account, ImportKind, RecordOf, Ticket, TicketEvent } from '../src/core/model.js';
import { describeTarget, openStore } from '../src/stores/open-store.js';
import type { BatchResult, Dialect, RejectedRow, Store, StoredTicketFacts } from '../src/stores/store.js';

export const DIALECTS: readonly Dialect[] = ['sqlite', 'postgres'];

export const TEST_DATABASE_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestTarget {
  /** What `openStore` / `--db` takes: a file path, or a URL whose `search_path` is a fresh schema. */
  readonly target: string;
  /** Removes the database (directory or schema). Close every store on it first. */
  cleanup(): Promise<void>;
}

const withAdmin = async <T>(run: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  try {
    await client.connect();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `PostgreSQL is unreachable at ${describeTarget(TEST_DATABASE_URL)} (${reason}). Start it with ` +
        '`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`, or set TEST_DATABASE_URL.',
    );
  }
  try {
    return await run(client);
  } finally {
    await client.end();
  }
};

/** An empty database of the dialect, not yet migrated. */
export const createTestTarget = async (dialect: Dialect): Promise<TestTarget> => {
  if (dialect === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'th-store-'));
    return { target: join(dir, 'test.db'), cleanup: () => rm(dir, { recursive: true, force: true }) };
  }
  const schema = `th_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE SCHEMA ${pg.escapeIdentifier(schema)}`));
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    target: url.toString(),
    cleanup: async () => {
      await withAdmin((c) => c.query(`DROP SCHEMA ${pg.escapeIdentifier(schema)} CASCADE`));
    },
  };
};

/**
 * A migrated, empty store of the dialect whose `close()` also removes its database.
 * @example
 * const store = await createTestStore('postgres');
 * try { ... } finally { await store.close(); }
 */
export const createTestStore = async (dialect: Dialect): Promise<Store> => {
  const { target, cleanup } = await createTestTarget(dialect);
  const store = await openStore(target);
  const close = async (): Promise<void> => {
    await store.close();
    await cleanup();
  };
  // A proxy rather than a wrapper class: every other Store method passes through unchanged.
  return new Proxy(store, {
    get(s, prop) {
      if (prop === 'close') return close;
      const value: unknown = Reflect.get(s, prop, s);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(s) : value;
    },
  });
};

// ---- fixtures ----

const at = (iso: string): number => Date.parse(iso);

/** A ticket with every field set; override what the test is about. */
export const aTicket = (overrides: Partial<Ticket> = {}): Ticket => ({
  source: 'csv',
  externalId: 'T-1',
  accountId: 'acme',
  requester: 'ana@acme.example',
  subject: 'Export fails',
  description: 'The CSV export stops at 10,000 rows; "quotes" and a\nnewline.',
  type: 'bug',
  category: 'exports',
  productArea: 'reporting',
  priority: 'urgent',
  severity: 'high',
  impact: 'blocks month-end close',
  usersAffected: 12,
  customerEffort: 'high',
  status: 'solved',
  channel: 'email',
  team: 'tier-2',
  createdAt: at('2024-03-01T09:00:00.000Z'),
  firstResponseAt: at('2024-03-01T09:30:00.000Z'),
  firstSolvedAt: at('2024-03-02T10:00:00.000Z'),
  solvedAt: at('2024-03-04T11:15:30.250Z'),
  closedAt: at('2024-03-08T00:00:00.000Z'),
  reopens: 1,
  interactions: 3,
  csat: { raw: '4', score: 0.75 },
  tags: ['vip', 'billing'],
  ...overrides,
});

/** A ticket with only the required fields. */
export const aBareTicket = (overrides: Partial<Ticket> = {}): Ticket => ({
  ...aTicket(),
  requester: null,
  subject: null,
  description: null,
  type: null,
  category: null,
  productArea: null,
  priority: null,
  severity: null,
  impact: null,
  usersAffected: null,
  customerEffort: null,
  status: 'new',
  channel: null,
  team: null,
  firstResponseAt: null,
  firstSolvedAt: null,
  solvedAt: null,
  closedAt: null,
  reopens: null,
  interactions: null,
  csat: null,
  tags: [],
  ...overrides,
});

/** An account with every field set. */
export const anAccount = (overrides: Partial<Account> = {}): Account => ({
  id: 'acme',
  name: 'Acme GmbH',
  tier: 'enterprise',
  lifecycleStage: 'adopted',
  adoption: 'high',
  seats: 250,
  owner: 'maria',
  region: 'EMEA',
  timezone: 'Europe/Berlin',
  goLiveDate: '2022-01-15',
  renewalDate: '2025-01-15',
  arr: 120_000.5,
  attributes: { plan: 'platinum', industry: 'manufacturing' },
  stub: false,
  ...overrides,
});

/** A public agent comment on T-1. */
export const anEvent = (overrides: Partial<TicketEvent> = {}): TicketEvent => ({
  source: 'csv',
  ticketId: 'T-1',
  at: at('2024-03-01T09:30:00.000Z'),
  seq: 1,
  kind: 'comment',
  authorRole: 'agent',
  author: 'sam',
  public: true,
  fromStatus: null,
  toStatus: null,
  body: 'We are on it.',
  ...overrides,
});

/** Derived facts of csv/T-1; override the ticket key, hash and version per test. */
export const someFacts = (overrides: Partial<StoredTicketFacts> = {}): StoredTicketFacts => ({
  source: 'csv',
  externalId: 'T-1',
  type: { type: 'bug', source: 'model', confidence: 0.8125 },
  severity: { severity: 'high', rule: 'source' },
  sentiment: -0.375,
  theme: 'exports/csv',
  ticketHash: 'hash-1',
  configVersion: 'v1',
  computedAt: at('2024-03-10T12:00:00.000Z'),
  ...overrides,
});

/**
 * Imports records of one kind as one batch of a fresh import run, as `writeBatch` receives them
 * from the import service.
 */
export const importRecords = async <K extends ImportKind>(
  store: Store,
  kind: K,
  records: readonly RecordOf[K][],
  extra: { rejects?: readonly RejectedRow[]; stubAccountIds?: readonly string[]; importId?: string } = {},
): Promise<BatchResult> => {
  const importId =
    extra.importId ??
    (await store.beginImport({
      kind,
      file: `${kind}.csv`,
      source: 'csv',
      fingerprint: `fp-${kind}`,
      startedAt: at('2024-03-10T12:00:00.000Z'),
    }));
  return store.writeBatch({
    importId,
    kind,
    records,
    rejects: extra.rejects ?? [],
    stubAccountIds: extra.stubAccountIds ?? [],
  });
};
