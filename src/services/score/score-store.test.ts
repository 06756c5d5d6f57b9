import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type LoadedConfig, validateConfig } from '../../config/load-config.js';
import type { ConfigInput } from '../../config/schema.js';
import type { Account, ImportKind, RecordOf, Ticket } from '../../core/model.js';
import type { Store } from '../../stores/store.js';
import { DIALECTS, aBareTicket, anAccount, anEvent, createTestStore } from '../../../test/stores-setup.js';
import { refreshFacts } from '../facts/refresh-facts.js';
import { accountHistory } from './account-history.js';
import { explainAccount } from './explain-account.js';
import { type StoreScore, scoreStore } from './score-store.js';

const at = (iso: string): number => Date.parse(iso);
/** End of 30 June 2025, UTC: the window is 2 April … 30 June. */
const AS_OF = at('2025-07-01T00:00:00Z') - 1;
const NOW = at('2025-07-02T08:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const loaded = (input: ConfigInput = {}): LoadedConfig => {
  const result = validateConfig(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
};

const account = (id: string, overrides: Partial<Account> = {}): Account =>
  anAccount({ id, name: id, tier: 'smb', lifecycleStage: 'adopted', adoption: 'high', seats: 50, timezone: 'UTC', ...overrides });

/** A help ticket answered in 30 minutes and solved the next day: what a quiet account files. */
const calm = (id: string, accountId: string, created: number): Ticket =>
  aBareTicket({
    externalId: id, accountId, subject: `question ${id}`, type: 'help', severity: 'low', status: 'solved',
    createdAt: created, firstResponseAt: created + HOUR / 2, firstSolvedAt: created + DAY, solvedAt: created + DAY,
    reopens: 0, interactions: 1,
  });

/** A critical bug answered after two days, solved, reopened, solved again a week later. */
const rough = (id: string, accountId: string, created: number): Ticket =>
  aBareTicket({
    externalId: id, accountId, subject: `outage ${id}`, type: 'bug', severity: 'critical', status: 'solved',
    createdAt: created, firstResponseAt: created + 2 * DAY, firstSolvedAt: created + 3 * DAY, solvedAt: created + 10 * DAY,
    reopens: 1, interactions: 2,
  });

/** Six accounts, so that their segment (smb/adopted/high) has enough peers; `rough` is the one in trouble. */
const ACCOUNTS = ['calm-a', 'calm-b', 'calm-c', 'calm-d', 'calm-e', 'rough'].map((id) => account(id));
const TICKETS: Ticket[] = [
  ...ACCOUNTS.slice(0, 5).flatMap((a, i) =>
    [0, 1, 2, 3].map((k) => calm(`${a.id}-${k}`, a.id, at('2025-05-01T09:00:00Z') + (k * 7 + i) * DAY)),
  ),
  ...[0, 1, 2, 3].map((k) => rough(`rough-${k}`, 'rough', at('2025-05-02T09:00:00Z') + k * 9 * DAY)),
  // Still open at the as-of time: it waits, and it is solved only after (see the as-of test).
  aBareTicket({ externalId: 'rough-open', accountId: 'rough', type: 'bug', severity: 'critical', status: 'open', createdAt: at('2025-06-20T09:00:00Z') }),
];

/** Gives the last ticket in key order a creation time no store can read (but text-sorted before the as-of). */
const spoilLastTicket = async (dialect: (typeof DIALECTS)[number], location: string): Promise<void> => {
  const sql = `UPDATE tickets SET created_at = '2000-13-45T99:99:99.999Z' WHERE (source, external_id) IN
    (SELECT source, external_id FROM tickets ORDER BY source DESC, external_id DESC LIMIT 1)`;
  if (dialect === 'sqlite') {
    const db = new Database(location);
    try {
      db.prepare(sql).run();
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: location });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

for (const dialect of DIALECTS) {
  describe(`scoreStore on ${dialect}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await createTestStore(dialect);
      await write('accounts', ACCOUNTS);
      await write('tickets', TICKETS);
      await refreshFacts(store, loaded().config, { now: () => NOW });
    });
    afterEach(async () => {
      await store.close();
    });

    const write = async <K extends ImportKind>(kind: K, records: readonly RecordOf[K][]): Promise<void> => {
      const importId = await store.beginImport({ kind, file: `${kind}.csv`, source: 'csv', fingerprint: `${kind}${Math.random()}`, startedAt: NOW });
      await store.writeBatch({ importId, kind, records, rejects: [], stubAccountIds: [] });
    };
    const score = async (options: { config?: LoadedConfig; asOf?: number; configVersion?: string; lineBudget?: number; maxLineParts?: number; splitTickets?: number } = {}): Promise<StoreScore> => {
      const result = await scoreStore(store, options.config ?? loaded(), {
        asOf: options.asOf ?? AS_OF, now: () => NOW, trend: false,
        ...(options.splitTickets === undefined ? {} : { splitTickets: options.splitTickets }),
        ...(options.lineBudget === undefined ? {} : { lineBudget: options.lineBudget }),
        ...(options.maxLineParts === undefined ? {} : { maxLineParts: options.maxLineParts }),
        ...(options.configVersion === undefined ? {} : { configVersion: options.configVersion }),
      });
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      return result.value;
    };
    const healths = (s: StoreScore) => s.accounts.map((a) => [a.accountId, a.health]);

    test('an account that churned by the as-of day is not scored; one that churns later still is', async () => {
      await write('outcomes', [
        { accountId: 'calm-a', date: '2025-06-15', outcome: 'churned', amount: 1000 },
        { accountId: 'calm-b', date: '2025-07-15', outcome: 'churned', amount: 1000 },
      ]);
      const result = await score();
      const ids = result.accounts.map((a) => a.accountId);
      expect(ids).not.toContain('calm-a');
      expect(ids).toContain('calm-b');
      expect(result.churned).toBe(1);
      expect(ids).toHaveLength(5);
      // The counts are of the accounts scored: the churned one is counted as churned only.
      expect([result.recomputed, result.reused]).toEqual([5, 0]);
      const again = await score();
      expect([again.recomputed, again.patched, again.reused, again.churned]).toEqual([0, 0, 5, 1]);
      // Explaining it says why there is nothing to explain; as of a day before it left, it is explained.
      const gone = await explainAccount(store, loaded(), 'calm-a', { asOf: AS_OF, now: () => NOW });
      expect(gone.ok ? null : gone.issues[0]).toEqual({
        code: 'churned_account',
        path: 'account',
        message: 'account "calm-a" churned on 2025-06-15, by the as-of day 2025-06-30: churned accounts are not scored (explain it as of an earlier day)',
      });
      const before = await explainAccount(store, loaded(), 'calm-a', { asOf: Date.parse('2025-06-14T23:59:59.999Z'), now: () => NOW });
      expect(before.ok && before.value.account.accountId).toBe('calm-a');
    });

    test('ranks the account with critical reopened tickets and SLA misses riskiest, below every quiet one', async () => {
      const s = await score();
      expect(s.accounts.map((a) => a.accountId)[0]).toBe('rough');
      const roughOne = s.accounts[0];
      expect(roughOne?.grade).toBe('at_risk');
      // 4 of 4 new tickets critical (bad is 40%): severity share is at its worst.
      expect(roughOne?.components.find((c) => c.name === 'severity_share')?.risk).toBe(100);
      for (const quiet of s.accounts.slice(1)) expect(quiet.health ?? 0).toBeGreaterThan((roughOne?.health ?? 100) + 20);
      expect(s.recomputed).toBe(6);
    });

    test('ignores everything after the as-of time: later tickets and a later solve change no score', async () => {
      const before = await score();
      await write('tickets', [
        rough('late-1', 'calm-a', at('2025-07-03T09:00:00Z')),
        calm('late-2', 'rough', at('2025-07-05T09:00:00Z')),
        { ...(TICKETS.at(-1) as Ticket), status: 'solved', firstSolvedAt: at('2025-07-02T09:00:00Z'), solvedAt: at('2025-07-02T09:00:00Z') },
      ]);
      const after = await score();
      expect(after.recomputed).toBe(2); // calm-a and rough changed; their rollups are rebuilt
      expect(after.accounts).toEqual(before.accounts);
    });

    test('re-scoring the same date replaces its snapshots; history lists one per date with its config version', async () => {
      const first = await score();
      await score();
      const earlier = await score({ asOf: AS_OF - 10 * DAY });
      const history = await accountHistory(store, 'rough');
      expect(history.map((h) => h.asOf)).toEqual([AS_OF - 10 * DAY, AS_OF]);
      expect(history.map((h) => h.configVersion)).toEqual([first.configVersion, first.configVersion]);
      expect(history[1]?.health).toBe(first.accounts.find((a) => a.accountId === 'rough')?.health);
      expect(history[0]?.health).toBe(earlier.accounts.find((a) => a.accountId === 'rough')?.health);
    });

    test('replays a stored config version exactly after the config changed', async () => {
      const original = await score();
      // Severity share no longer weighs anything: the rough account looks better under the new config.
      const changed = loaded({ scoring: { components: { severity_share: { weight: 0 } } } });
      expect(changed.version).not.toBe(original.configVersion);
      const underNew = await score({ config: changed });
      expect(healths(underNew)).not.toEqual(healths(original));
      const replayed = await score({ config: changed, configVersion: original.configVersion });
      expect(replayed.replayed).toBe(true);
      expect(replayed.configVersion).toBe(original.configVersion);
      expect(replayed.accounts).toEqual(original.accounts);
      const unknown = await scoreStore(store, changed, { asOf: AS_OF, now: () => NOW, configVersion: 'nope' });
      expect(unknown.ok).toBe(false);
    });

    test('an incremental rescore after one changed ticket recomputes exactly that account and equals a full rescore', async () => {
      await score();
      const again = await score();
      expect([again.recomputed, again.reused]).toEqual([0, 6]);
      await write('tickets', [{ ...(TICKETS[0] as Ticket), reopens: 2, solvedAt: ((TICKETS[0] as Ticket).solvedAt ?? 0) + 5 * DAY }]);
      const incremental = await score();
      expect([incremental.recomputed, incremental.reused]).toEqual([1, 5]);
      // A setting scoring never reads gives another config version, so nothing is reused: a full rescore.
      const full = await score({ config: loaded({ import: { batchSize: 777 } }) });
      expect(full.recomputed).toBe(6);
      expect(full.accounts).toEqual(incremental.accounts);
    });

    // A budget of 3 lines makes the first full pass spill every account's lines in several parts.
    test.each([
      ['its lines kept in one part', undefined],
      ['its lines spilled in parts', 3],
    ])('after changed, moved, new and commented tickets, a patched rescore (%s) reads only those and equals a full rescore', async (_, lineBudget) => {
      await score(lineBudget === undefined ? {} : { lineBudget });
      const [calmA0, calmB1, rough2] = [0, 5, 22].map((i) => TICKETS[i] as Ticket) as [Ticket, Ticket, Ticket];
      await write('tickets', [
        { ...calmA0, reopens: 2, solvedAt: (calmA0.solvedAt ?? 0) + 5 * DAY },
        // Moved: calm-b loses it, rough gains it.
        { ...calmB1, accountId: 'rough' },
        calm('calm-c-new', 'calm-c', at('2025-06-25T09:00:00Z')),
      ]);
      // An angry customer comment on one of rough's tickets: its sentiment changes, and its account.
      await write('events', [
        anEvent({ source: rough2.source, ticketId: rough2.externalId, at: rough2.createdAt + HOUR, seq: 1, kind: 'comment', authorRole: 'customer', public: true, body: 'This is terrible, still broken, unacceptable!' }),
      ]);
      await refreshFacts(store, loaded().config, { now: () => NOW });
      const patched = await score();
      // calm-a, calm-b, calm-c and rough changed; calm-d and calm-e are reused.
      expect([patched.recomputed, patched.patched, patched.reused]).toEqual([4, 4, 2]);
      const full = await score({ config: loaded({ import: { batchSize: 777 } }) });
      expect([full.recomputed, full.patched]).toEqual([6, 0]);
      expect(patched.accounts).toEqual(full.accounts);
      // Patched again with nothing changed since: everything reused, same figures.
      const again = await score();
      expect([again.recomputed, again.reused]).toEqual([0, 6]);
      expect(again.accounts).toEqual(full.accounts);
      // A second round on top of the first patch's parts: the same ticket changed again, the moved
      // one moved back, the new one dropped out of the window (created after the as-of time).
      await write('tickets', [
        { ...calmA0, reopens: 3 },
        calmB1,
        { ...calm('calm-c-new', 'calm-c', AS_OF + DAY) },
      ]);
      await refreshFacts(store, loaded().config, { now: () => NOW });
      const second = await score();
      expect([second.recomputed, second.patched]).toEqual([4, 4]);
      expect(second.accounts).toEqual((await score({ config: loaded({ import: { batchSize: 778 } }) })).accounts);
    });

    test('a full pass split between two threads gives every figure of one thread, and its lines patch alike', async () => {
      const one = await score({ splitTickets: Number.POSITIVE_INFINITY, config: loaded({ import: { batchSize: 901 } }) });
      // Split from 2 tickets on, spilling every 3 lines: both threads spill, and every account's
      // lines end in parts from both.
      const two = await score({ splitTickets: 2, lineBudget: 3, config: loaded({ import: { batchSize: 902 } }) });
      expect([one.threads, two.threads]).toEqual([1, 2]);
      expect(two.recomputed).toBe(6);
      expect(two.accounts).toEqual(one.accounts);
      // Two as-of times in one split pass (the trend scores 30 days before as well).
      const trended = async (splitTickets: number, batchSize: number) => {
        const r = await scoreStore(store, loaded({ import: { batchSize } }), { asOf: AS_OF, now: () => NOW, save: false, splitTickets });
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        return r.value;
      };
      const [oneTrend, twoTrend] = [await trended(Number.POSITIVE_INFINITY, 904), await trended(2, 905)];
      expect([oneTrend.trendBasis, twoTrend.threads]).toEqual(['computed', 2]);
      expect(twoTrend.accounts).toEqual(oneTrend.accounts);
      const kept = await store.loadRollupLines(AS_OF, two.configVersion, ['calm-a', 'rough']);
      expect(kept.get('rough')?.length).toBeGreaterThan(1);
      const calmA0 = TICKETS[0] as Ticket;
      await write('tickets', [{ ...calmA0, reopens: 4 }, calm('calm-e-new', 'calm-e', at('2025-06-26T09:00:00Z'))]);
      await refreshFacts(store, loaded().config, { now: () => NOW });
      const patched = await score({ config: loaded({ import: { batchSize: 902 } }) });
      expect([patched.recomputed, patched.patched]).toEqual([2, 2]);
      expect(patched.accounts).toEqual((await score({ splitTickets: Number.POSITIVE_INFINITY, config: loaded({ import: { batchSize: 903 } }) })).accounts);
    });

    test('a worker that finds another store at the location is not trusted: the pass runs again on one thread', async () => {
      const one = await score({ splitTickets: Number.POSITIVE_INFINITY, config: loaded({ import: { batchSize: 911 } }) });
      const other = await createTestStore(dialect);
      try {
        // The same store, but saying it lives where an empty one does.
        const misplaced = new Proxy(store, {
          get: (s, prop) => (prop === 'location' ? other.location : (Reflect.get(s, prop, s) as unknown)),
        });
        const r = await scoreStore(misplaced, loaded({ import: { batchSize: 912 } }), { asOf: AS_OF, now: () => NOW, trend: false, splitTickets: 2 });
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        expect(r.value.threads).toBe(1);
        expect(r.value.accounts).toEqual(one.accounts);
      } finally {
        await other.close();
      }
    });

    test('a trend base not scored before takes one pass over all tickets while the as-of time’s kept rollups are reused', async () => {
      await score();
      const trended = async (batchSize: number) => {
        const r = await scoreStore(store, loaded({ import: { batchSize } }), { asOf: AS_OF, now: () => NOW, save: false, splitTickets: 2 });
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        return r.value;
      };
      // The default config's rollups at the as-of time are kept; its trend base, 30 days before, has none.
      const reusing = await scoreStore(store, loaded(), { asOf: AS_OF, now: () => NOW, save: false, splitTickets: 2 });
      if (!reusing.ok) throw new Error(JSON.stringify(reusing.issues));
      expect([reusing.value.trendBasis, reusing.value.reused, reusing.value.recomputed, reusing.value.threads]).toEqual(['computed', 6, 0, 2]);
      // The same scores and trends as a run where both times are scored afresh (another config).
      const fresh = await trended(931);
      expect(fresh.recomputed).toBe(6);
      expect(reusing.value.accounts).toEqual(fresh.accounts);
    });

    test('a worker that fails mid-pass costs a one-thread pass, and the lines it spilled leave no trace', async () => {
      const one = await score({ splitTickets: Number.POSITIVE_INFINITY, config: loaded({ import: { batchSize: 921 } }) });
      // The worker connects to a copy of the store whose last ticket has a time it cannot read
      // (before the as-of time as text, so the read does not skip it): reading a page of one ticket
      // and spilling every line, it hands over lines for its earlier tickets, then fails.
      const other = await createTestStore(dialect);
      try {
        const writeTo = async <K extends ImportKind>(kind: K, records: readonly RecordOf[K][]) => {
          const importId = await other.beginImport({ kind, file: `${kind}.csv`, source: 'csv', fingerprint: `${kind}${Math.random()}`, startedAt: NOW });
          await other.writeBatch({ importId, kind, records, rejects: [], stubAccountIds: [] });
        };
        await writeTo('accounts', ACCOUNTS);
        await writeTo('tickets', TICKETS);
        await refreshFacts(other, loaded().config, { now: () => NOW });
        await spoilLastTicket(dialect, other.location as string);
        const misplaced = new Proxy(store, {
          get: (s, prop) => (prop === 'location' ? other.location : (Reflect.get(s, prop, s) as unknown)),
        });
        const failing = loaded({ import: { batchSize: 922 } });
        const r = await scoreStore(misplaced, failing, { asOf: AS_OF, now: () => NOW, trend: false, splitTickets: 2, lineBudget: 1, batchSize: 1 });
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        expect(r.value.threads).toBe(1);
        expect(r.value.accounts).toEqual(one.accounts);
      } finally {
        await other.close();
      }
      // The lines kept under the failed run's config are the one-thread pass's: a patch of them
      // gives what a fresh full pass gives (a part the worker left behind would count twice).
      const calmA0 = TICKETS[0] as Ticket;
      await write('tickets', [{ ...calmA0, reopens: 3 }]);
      await refreshFacts(store, loaded().config, { now: () => NOW });
      const patched = await score({ config: loaded({ import: { batchSize: 922 } }) });
      expect([patched.recomputed, patched.patched]).toEqual([1, 1]);
      expect(patched.accounts).toEqual((await score({ splitTickets: Number.POSITIVE_INFINITY, config: loaded({ import: { batchSize: 923 } }) })).accounts);
    });

    test('an account whose lines reach the most parts a patch appends to is written again as one part, with the same figures', async () => {
      await score({ lineBudget: 3 });
      const calmA0 = TICKETS[0] as Ticket;
      for (const reopens of [1, 2, 3]) {
        await write('tickets', [{ ...calmA0, reopens }]);
        await refreshFacts(store, loaded().config, { now: () => NOW });
        const patched = await score({ maxLineParts: 3 });
        expect([patched.recomputed, patched.patched]).toEqual([1, 1]);
        expect(patched.accounts).toEqual((await score({ config: loaded({ import: { batchSize: 700 + reopens } }) })).accounts);
      }
      const kept = await store.loadRollupLines(AS_OF, (await score()).configVersion, ['calm-a']);
      expect(kept.get('calm-a')?.length).toBeLessThanOrEqual(3);
    });

    test('an explanation’s contributions add up to the health, and it names the tickets that moved it', async () => {
      const result = await explainAccount(store, loaded(), 'rough', { asOf: AS_OF, now: () => NOW });
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      const e = result.value;
      const sum = e.account.components.reduce((s, c) => s + c.contribution, 0);
      expect(e.account.health).not.toBeNull();
      expect(sum).toBeCloseTo(e.account.health ?? NaN, 9);
      expect(e.contributionSum).toBeCloseTo(e.account.health ?? NaN, 9);
      expect(e.tickets.length).toBeGreaterThan(0);
      expect(e.tickets.every((t) => t.id.startsWith('rough-') && t.severity === 'critical')).toBe(true);
      // Every ticket's points are listed, and they add up to the account's Success Points.
      expect(e.points.map((p) => p.id).sort()).toEqual(['rough-0', 'rough-1', 'rough-2', 'rough-3', 'rough-open']);
      expect(e.points.reduce((s, p) => s + p.window.total, 0)).toBe(e.account.successPoints);
      // Open since 20 June 09:00: a bug opened (−10) and 10 whole days waiting by the end of 30 June (−10).
      expect(e.points.find((p) => p.id === 'rough-open')).toMatchObject({
        solvedAt: null,
        daysOpen: 10,
        window: { opened: -10, waiting: -10, solved: 0, interactions: 0, total: -20 },
      });
      // The previous window ends 1 April, before any ticket: scored now (no snapshot), and the delta
      // is the difference of the two healths.
      expect(e.previous).toMatchObject({ asOf: AS_OF - 90 * DAY, basis: 'computed' });
      expect(e.delta?.health).toBeCloseTo((e.account.health ?? NaN) - (e.previous?.health ?? NaN), 9);
      expect((await explainAccount(store, loaded(), 'nobody', { asOf: AS_OF, now: () => NOW })).ok).toBe(false);
      // Once that day is scored and saved, its snapshot is the previous score, with the same delta.
      const previousDay = await scoreStore(store, loaded(), { asOf: AS_OF - 90 * DAY, now: () => NOW });
      expect(previousDay.ok).toBe(true);
      const again = await explainAccount(store, loaded(), 'rough', { asOf: AS_OF, now: () => NOW });
      if (!again.ok) throw new Error(JSON.stringify(again.issues));
      expect(again.value.previous).toEqual({ ...e.previous, basis: 'snapshot' });
      expect(again.value.delta).toEqual(e.delta);
    });
  });
}
