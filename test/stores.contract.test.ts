/**
 * The store contract, run for real against every store: SQLite in a temp directory and PostgreSQL
 * in a fresh schema. Expected values are written out by hand. The derived data (facts, revisions,
 * account groups, score history) has its own file: `stores-derived.contract.test.ts`.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ImportKind, RecordOf } from '../src/core/model.js';
import type { BatchResult, RejectedRow, Store } from '../src/stores/store.js';
import {
  aBareTicket,
  aTicket,
  anAccount,
  anEvent,
  createTestStore,
  DIALECTS,
  importRecords,
} from './stores-setup.js';

const T0 = Date.parse('2024-03-10T12:00:00.000Z');

const run = (fingerprint = 'file-1', kind: ImportKind = 'tickets') => ({
  kind,
  file: `${kind}.csv`,
  source: 'csv',
  fingerprint,
  startedAt: T0,
});

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: Store;
    beforeEach(async () => {
      store = await createTestStore(dialect);
    });
    afterEach(async () => {
      await store.close();
    });

    const write = <K extends ImportKind>(
      kind: K,
      records: readonly RecordOf[K][],
      extra: { rejects?: readonly RejectedRow[]; stubAccountIds?: readonly string[]; importId?: string } = {},
    ): Promise<BatchResult> => importRecords(store, kind, records, extra);

    test('round-trips every record kind with every field, nulls included', async () => {
      const full = anAccount();
      const bare = anAccount({
        id: 'bare',
        name: null,
        tier: null,
        lifecycleStage: null,
        adoption: null,
        seats: null,
        owner: null,
        region: null,
        timezone: null,
        goLiveDate: null,
        renewalDate: null,
        arr: null,
        attributes: {},
      });
      await write('accounts', [full, bare]);
      expect(await store.listAccounts()).toEqual([full, bare].sort((a, b) => (a.id < b.id ? -1 : 1)));
      expect(await store.getAccount('acme')).toEqual(full);
      expect(await store.getAccount('nobody')).toBeNull();

      const ticket = aTicket();
      const bareTicket = aBareTicket({ externalId: 'T-2', csat: { raw: 'bad', score: 0 } });
      await write('tickets', [ticket, bareTicket]);
      const pages: unknown[] = [];
      for await (const page of store.iterateTickets()) pages.push(...page);
      expect(pages).toEqual([ticket, bareTicket]);

      const comment = anEvent();
      const change = anEvent({
        seq: 2,
        kind: 'status_change',
        authorRole: null,
        author: null,
        public: null,
        fromStatus: 'new',
        toStatus: 'open',
        body: null,
        at: Date.parse('2024-03-01T09:31:00.000Z'),
      });
      const privateNote = anEvent({
        seq: 3,
        public: false,
        body: 'internal',
        at: Date.parse('2024-03-01T09:32:00.000Z'),
      });
      await write('events', [comment, change, privateNote]);
      const events = await store.eventsFor([{ source: 'csv', externalId: 'T-1' }]);
      expect(events).toEqual([comment, change, privateNote]);

      const usage = [
        { accountId: 'acme', date: '2024-03-01', metric: 'active_users', value: 42 },
        { accountId: 'acme', date: '2024-03-01', metric: 'api_calls', value: 1234.5 },
      ];
      await write('usage', usage);
      expect(await store.listUsage()).toEqual(usage);
      expect(await store.listUsage('other')).toEqual([]);

      const outcomes = [
        { accountId: 'acme', date: '2024-01-15', outcome: 'renewed' as const, amount: 120_000.5 },
        { accountId: 'acme', date: '2024-01-15', outcome: 'expanded' as const, amount: null },
      ];
      await write('outcomes', outcomes);
      expect(await store.listOutcomes()).toEqual([outcomes[1], outcomes[0]]);

      const launches = [
        { date: '2024-02-01', name: 'Exports v2', productArea: 'reporting' },
        { date: '2024-02-01', name: 'API keys', productArea: null },
      ];
      await write('launches', launches);
      expect(await store.listLaunches()).toEqual([launches[1], launches[0]]);
    });

    test('counts inserted, then unchanged on re-import, then updated for a changed row', async () => {
      const tickets = [aTicket(), aTicket({ externalId: 'T-2' }), aBareTicket({ externalId: 'T-3' })];
      const first = await store.beginImport(run());
      expect(await write('tickets', tickets, { importId: first })).toEqual({
        inserted: 3,
        updated: 0,
        unchanged: 0,
        stubsCreated: 0,
      });

      const again = await store.beginImport(run());
      expect(await write('tickets', tickets, { importId: again })).toEqual({
        inserted: 0,
        updated: 0,
        unchanged: 3,
        stubsCreated: 0,
      });

      const changed = [aTicket(), aTicket({ externalId: 'T-2', subject: 'Export fails again' })];
      changed.push(aBareTicket({ externalId: 'T-3' }));
      expect(await write('tickets', changed)).toEqual({ inserted: 0, updated: 1, unchanged: 2, stubsCreated: 0 });
      expect(await store.countTickets()).toBe(3);
      const stored = [];
      for await (const page of store.iterateTickets()) stored.push(...page);
      expect(stored.map((t) => t.subject)).toEqual(['Export fails', 'Export fails again', null]);

      const runs = await store.listImports();
      expect(runs.find((r) => r.id === again)).toMatchObject({
        inserted: 0,
        updated: 0,
        unchanged: 3,
        rowsDone: 3,
      });
    });

    test('a key repeated in one batch is written once: inserted, then updated or unchanged', async () => {
      const result = await write('tickets', [
        aTicket(),
        aTicket(),
        aTicket({ subject: 'second version' }),
      ]);
      expect(result).toEqual({ inserted: 1, updated: 1, unchanged: 1, stubsCreated: 0 });
      const stored = [];
      for await (const page of store.iterateTickets()) stored.push(...page);
      expect(stored.map((t) => t.subject)).toEqual(['second version']);

      // Against a stored row: changed then changed back counts two updates and leaves the original.
      const again = await write('tickets', [
        aTicket({ subject: 'third version' }),
        aTicket({ externalId: 'T-2' }),
        aTicket({ subject: 'second version' }),
        aTicket({ subject: 'second version' }),
      ]);
      expect(again).toEqual({ inserted: 1, updated: 2, unchanged: 1, stubsCreated: 0 });
      const after = [];
      for await (const page of store.iterateTickets()) after.push(...page);
      expect(after.map((t) => `${t.externalId} ${t.subject}`)).toEqual(['T-1 second version', 'T-2 Export fails']);
    });

    test('re-importing the same events never duplicates them, and events of each kind count', async () => {
      const events = [anEvent(), anEvent({ seq: 2, body: 'Second reply' })];
      expect(await write('events', events)).toEqual({ inserted: 2, updated: 0, unchanged: 0, stubsCreated: 0 });
      expect(await write('events', events)).toEqual({ inserted: 0, updated: 0, unchanged: 2, stubsCreated: 0 });
      expect(await store.eventsFor([{ source: 'csv', externalId: 'T-1' }])).toHaveLength(2);
      const usage = [{ accountId: 'acme', date: '2024-03-01', metric: 'active_users', value: 42 }];
      expect(await write('usage', usage)).toEqual({ inserted: 1, updated: 0, unchanged: 0, stubsCreated: 0 });
      expect(await write('usage', [{ ...usage[0], value: 43 } as RecordOf['usage']])).toEqual({
        inserted: 0,
        updated: 1,
        unchanged: 0,
        stubsCreated: 0,
      });
      expect((await store.listUsage()).map((u) => u.value)).toEqual([43]);
    });

    test('creates stub accounts only when missing and never overwrites a real one', async () => {
      await write('accounts', [anAccount()]);
      const result = await write('tickets', [aTicket(), aTicket({ externalId: 'T-2', accountId: 'globex' })], {
        stubAccountIds: ['acme', 'globex'],
      });
      expect(result).toEqual({ inserted: 2, updated: 0, unchanged: 0, stubsCreated: 1 });
      expect(await store.getAccount('acme')).toEqual(anAccount());
      expect(await store.getAccount('globex')).toEqual(
        anAccount({
          id: 'globex',
          name: null,
          tier: null,
          lifecycleStage: null,
          adoption: null,
          seats: null,
          owner: null,
          region: null,
          timezone: null,
          goLiveDate: null,
          renewalDate: null,
          arr: null,
          attributes: {},
          stub: true,
        }),
      );
      const again = await write('tickets', [aTicket({ externalId: 'T-3', accountId: 'globex' })], {
        stubAccountIds: ['globex'],
      });
      expect(again.stubsCreated).toBe(0);
    });

    test('importing a real account over a stub replaces it and clears the stub flag', async () => {
      await write('tickets', [aTicket({ accountId: 'globex' })], { stubAccountIds: ['globex'] });
      const real = anAccount({ id: 'globex', name: 'Globex Corp' });
      expect(await write('accounts', [real])).toEqual({ inserted: 0, updated: 1, unchanged: 0, stubsCreated: 0 });
      expect(await store.getAccount('globex')).toEqual(real);
      expect((await store.accountGaps()).stubs).toEqual([]);
    });

    test('beginImport supersedes older running runs of the same input only', async () => {
      const done = await store.beginImport(run('X'));
      await store.finishImport(done, 'completed', T0 + 1000);
      const killed = await store.beginImport({ ...run('X'), startedAt: T0 + 2000 });
      const other = await store.beginImport({ ...run('Y'), startedAt: T0 + 3000 });
      const rerun = await store.beginImport({ ...run('X'), startedAt: T0 + 4000 });
      const runs = await store.listImports();
      expect(runs.map((r) => [r.id, r.status])).toEqual([
        [done, 'completed'],
        [killed, 'superseded'],
        [other, 'running'],
        [rerun, 'running'],
      ]);
      expect(runs[0]).toEqual({
        id: done,
        kind: 'tickets',
        file: 'tickets.csv',
        source: 'csv',
        fingerprint: 'X',
        startedAt: T0,
        status: 'completed',
        finishedAt: T0 + 1000,
        inserted: 0,
        updated: 0,
        unchanged: 0,
        rejected: 0,
        rowsDone: 0,
      });
      await store.finishImport(rerun, 'failed', T0 + 5000);
      expect((await store.listImports())[3]).toMatchObject({ status: 'failed', finishedAt: T0 + 5000 });
    });

    test('rejects are listed back by row with their raw values, and the run counts them', async () => {
      const rejects: RejectedRow[] = [
        {
          row: 4,
          field: 'created_at',
          reason: 'not a date: "yesterday"',
          raw: { id: 'T-9', created_at: 'yesterday' },
        },
        {
          row: 2,
          field: 'status',
          reason: 'unknown status "wip"',
          raw: { id: 'T-7', status: 'wip', note: 'a, "b"\nc ü' },
        },
      ];
      const importId = await store.beginImport(run());
      await write('tickets', [aTicket()], { rejects, importId });
      expect(await store.listRejects(importId)).toEqual([rejects[1], rejects[0]]);
      expect(await store.listRejects('other')).toEqual([]);
      expect((await store.listImports())[0]).toMatchObject({ inserted: 1, rejected: 2, rowsDone: 3 });
    });

    test('a batch that fails leaves nothing of itself: no records, rejects, stubs or counts', async () => {
      const importId = await store.beginImport(run());
      await write('tickets', [aTicket()], { importId });
      // account_id is NOT NULL: the database refuses the last record, after the others were written.
      const invalid = { ...aTicket({ externalId: 'T-3' }), accountId: null } as unknown as RecordOf['tickets'];
      await expect(
        write('tickets', [aTicket({ externalId: 'T-2', accountId: 'globex' }), aTicket({ subject: 'x' }), invalid], {
          importId,
          stubAccountIds: ['globex'],
          rejects: [{ row: 9, field: 'status', reason: 'bad', raw: { status: 'x' } }],
        }),
      ).rejects.toThrow();
      expect(await store.countTickets()).toBe(1);
      expect((await store.getAccount('globex'))).toBeNull();
      expect(await store.listRejects(importId)).toEqual([]);
      const stored = [];
      for await (const page of store.iterateTickets()) stored.push(...page);
      expect(stored).toEqual([aTicket()]);
      expect((await store.listImports())[0]).toMatchObject({
        inserted: 1,
        updated: 0,
        unchanged: 0,
        rejected: 0,
        rowsDone: 1,
      });
      // The store is still usable after the rollback.
      const after = await write('tickets', [aTicket({ externalId: 'T-2' })], { importId });
      expect(after).toMatchObject({ inserted: 1 });
    });

    test('iterateTickets pages in (source, id) order with bounded pages and filters by account', async () => {
      const ids = [
        ['zendesk', '10', 'acme'],
        ['csv', 'b', 'globex'],
        ['csv', 'a', 'acme'],
        ['zendesk', '9', 'acme'],
        ['csv', 'c', 'acme'],
        ['csv', 'B', 'globex'],
        ['hubspot', 'x', 'acme'],
      ] as const;
      await write(
        'tickets',
        ids.map(([source, externalId, accountId]) => aTicket({ source, externalId, accountId })),
      );
      const pages: string[][] = [];
      for await (const page of store.iterateTickets({ batchSize: 3 })) {
        pages.push(page.map((t) => `${t.source}/${t.externalId}`));
      }
      // Byte order: upper case before lower case, '10' before '9'.
      expect(pages).toEqual([
        ['csv/B', 'csv/a', 'csv/b'],
        ['csv/c', 'hubspot/x', 'zendesk/10'],
        ['zendesk/9'],
      ]);
      const acme: string[][] = [];
      for await (const page of store.iterateTickets({ batchSize: 2, accountId: 'acme' })) {
        acme.push(page.map((t) => t.externalId));
      }
      expect(acme).toEqual([['a', 'c'], ['x', '10'], ['9']]);
      const none = [];
      for await (const page of store.iterateTickets({ accountId: 'nobody' })) none.push(page);
      expect(none).toEqual([]);
    });

    test('eventsFor returns the asked tickets events by time, equal times in input order', async () => {
      const t = (iso: string) => Date.parse(iso);
      const e = (ticketId: string, iso: string, seq: number) =>
        anEvent({ ticketId, at: t(iso), seq, body: `${ticketId}#${seq}` });
      await write('events', [
        e('T-2', '2024-03-01T10:00:00.000Z', 5),
        e('T-1', '2024-03-01T10:00:00.000Z', 3),
        e('T-1', '2024-03-01T09:00:00.000Z', 4),
        e('T-1', '2024-03-01T10:00:00.000Z', 2),
        e('T-3', '2024-03-01T08:00:00.000Z', 1),
      ]);
      const events = await store.eventsFor([
        { source: 'csv', externalId: 'T-2' },
        { source: 'csv', externalId: 'T-1' },
      ]);
      expect(events.map((x) => x.body)).toEqual(['T-1#4', 'T-1#2', 'T-1#3', 'T-2#5']);
      expect(await store.eventsFor([])).toEqual([]);
    });

    test('looks up which accounts and tickets exist', async () => {
      await write('accounts', [anAccount()]);
      await write('tickets', [aTicket({ accountId: 'globex' })], { stubAccountIds: ['globex'] });
      const accounts = await store.existingAccountIds(['acme', 'globex', 'initech']);
      expect([...accounts].sort()).toEqual(['acme', 'globex']);
      const keys = await store.existingTicketKeys([
        { source: 'csv', externalId: 'T-1' },
        { source: 'zendesk', externalId: 'T-1' },
      ]);
      expect([...keys]).toEqual(['csv\u0000T-1']);
      expect((await store.existingAccountIds([])).size).toBe(0);
    });

    test('ticketFieldGaps counts, per source, tickets missing each optional field', async () => {
      await write('tickets', [
        aTicket({ externalId: '1' }),
        aBareTicket({ externalId: '2' }),
        aBareTicket({ externalId: '3', category: 'exports', tags: ['vip'], csat: { raw: '5', score: 1 } }),
        aBareTicket({ source: 'zendesk', externalId: '1' }),
      ]);
      const allMissing = (n: number) => ({
        requester: n, subject: n, description: n, type: n, category: n, product_area: n, priority: n,
        severity: n, impact: n, users_affected: n, customer_effort: n, channel: n, team: n,
        first_response_at: n, first_solved_at: n, solved_at: n, closed_at: n, reopens: n,
        interactions: n, csat: n, tags: n,
      });
      expect(await store.ticketFieldGaps()).toEqual([
        { source: 'csv', tickets: 3, missing: { ...allMissing(2), category: 1, tags: 1, csat: 1 } },
        { source: 'zendesk', tickets: 1, missing: allMissing(1) },
      ]);
    });

    test('accountGaps lists stub accounts and accounts without tickets', async () => {
      await write('accounts', [anAccount(), anAccount({ id: 'initech' })]);
      await write('tickets', [aTicket(), aTicket({ externalId: 'T-2', accountId: 'globex' })], {
        stubAccountIds: ['globex', 'umbrella'],
      });
      expect(await store.accountGaps()).toEqual({
        stubs: ['globex', 'umbrella'],
        withoutTickets: ['initech', 'umbrella'],
      });
    });

    test('saveModel keeps the latest body per name; an unknown name loads as null', async () => {
      await store.saveModel('classifier', '{"v":1}', T0);
      await store.saveModel('classifier', '{"v":2}', T0 + 1);
      expect(await store.loadModel('classifier')).toBe('{"v":2}');
      expect(await store.loadModel('other')).toBeNull();
    });

    test('migrate again is harmless and keeps the data', async () => {
      await write('tickets', [aTicket()]);
      await store.migrate();
      await store.migrate();
      expect(await store.countTickets()).toBe(1);
    });
  });
}
