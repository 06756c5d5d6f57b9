/**
 * The store contract for derived data, run for real against every store: ticket facts and their
 * staleness, account revisions, account groups for scoring, config versions, snapshots, rollups.
 * Expected values are written out by hand.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ImportKind, RecordOf } from '../src/core/model.js';
import type { AccountTickets, BatchResult, ScoreSnapshot, Store, TicketKey } from '../src/stores/store.js';
import {
  aTicket,
  anAccount,
  anEvent,
  createTestStore,
  DIALECTS,
  importRecords,
  someFacts,
} from './stores-setup.js';

const at = (iso: string): number => Date.parse(iso);
const key = (externalId: string, source = 'csv'): TicketKey => ({ source, externalId });
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
/** Stored line parts as text, to compare. */
const texts = (parts: ReadonlyMap<string, readonly Uint8Array[]>): Map<string, string[]> =>
  new Map([...parts].map(([id, list]) => [id, list.map((b) => new TextDecoder().decode(b))]));

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: Store;
    beforeEach(async () => {
      store = await createTestStore(dialect);
    });
    afterEach(async () => {
      await store.close();
    });

    const write = <K extends ImportKind>(kind: K, records: readonly RecordOf[K][]): Promise<BatchResult> =>
      importRecords(store, kind, records);

    /** Every ticket needing facts under the version, as `id` → the hash to store them under. */
    const needing = async (version: string, batchSize?: number): Promise<Map<string, string>> => {
      const found = new Map<string, string>();
      const options = batchSize === undefined ? {} : { batchSize };
      for await (const page of store.iterateTicketsNeedingFacts(version, options)) {
        for (const { ticket, ticketHash } of page) found.set(ticket.externalId, ticketHash);
      }
      return found;
    };

    test('facts: new tickets need them, written facts round-trip and satisfy them', async () => {
      await write('tickets', [aTicket(), aTicket({ externalId: 'T-2' })]);
      const first = await needing('v1');
      expect([...first.keys()]).toEqual(['T-1', 'T-2']);
      const hash1 = first.get('T-1') ?? '';
      expect(hash1).not.toBe('');

      const facts1 = someFacts({ ticketHash: hash1 });
      await store.writeFacts([facts1]);
      expect([...(await needing('v1')).keys()]).toEqual(['T-2']);
      const facts2 = someFacts({
        externalId: 'T-2',
        type: { type: 'help', source: 'source', confidence: 1 },
        severity: { severity: 'low', rule: 'default-low' },
        sentiment: null,
        ticketHash: first.get('T-2') ?? '',
      });
      await store.writeFacts([facts2]);
      expect(await needing('v1')).toEqual(new Map());
      expect(await store.factsFor([key('T-2'), key('T-1'), key('T-9')])).toEqual([facts1, facts2]);
      expect(await store.factsFor([])).toEqual([]);
      // Under another config version every ticket needs facts again.
      expect([...(await needing('v2')).keys()]).toEqual(['T-1', 'T-2']);
    });

    test('facts turn stale when the ticket changes or events are imported for it', async () => {
      await write('tickets', [aTicket(), aTicket({ externalId: 'T-2' })]);
      const hashes = await needing('v1');
      const fresh = (id: string, hash: string) => someFacts({ externalId: id, ticketHash: hash });
      await store.writeFacts([fresh('T-1', hashes.get('T-1') ?? ''), fresh('T-2', hashes.get('T-2') ?? '')]);

      await write('tickets', [aTicket({ subject: 'Export fails again' })]);
      const changed = await needing('v1');
      expect([...changed.keys()]).toEqual(['T-1']);
      expect(changed.get('T-1')).not.toBe(hashes.get('T-1'));
      await store.writeFacts([fresh('T-1', changed.get('T-1') ?? '')]);
      expect(await needing('v1')).toEqual(new Map());

      await write('events', [anEvent({ ticketId: 'T-2' })]);
      expect([...(await needing('v1')).keys()]).toEqual(['T-2']);
      // Stale facts are still readable until they are rewritten.
      expect((await store.factsFor([key('T-2')])).map((f) => f.ticketHash)).toEqual([hashes.get('T-2')]);
      await store.writeFacts([fresh('T-2', hashes.get('T-2') ?? '')]);
      expect(await needing('v1')).toEqual(new Map());

      // The same events again change nothing, so the facts stay fresh.
      await write('events', [anEvent({ ticketId: 'T-2' })]);
      await write('tickets', [aTicket({ externalId: 'T-2' })]);
      expect(await needing('v1')).toEqual(new Map());
    });

    test('facts: iterating while writing each page visits every ticket once, in key order', async () => {
      const ids = ['e', 'a', 'd', 'b', 'c'];
      await write('tickets', ids.map((externalId) => aTicket({ externalId })));
      const pages: string[][] = [];
      for await (const page of store.iterateTicketsNeedingFacts('v1', { batchSize: 2 })) {
        pages.push(page.map((p) => p.ticket.externalId));
        await store.writeFacts(page.map((p) => someFacts({ externalId: p.ticket.externalId, ticketHash: p.ticketHash })));
      }
      expect(pages).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
      expect(await needing('v1')).toEqual(new Map());
      expect((await store.factsFor(ids.map((id) => key(id)))).map((f) => f.externalId)).toEqual(['a', 'b', 'c', 'd', 'e']);
    });

    test('facts writes are numbered; tickets inserted, changed, moved or given events are pending until written', async () => {
      await write('accounts', [anAccount(), anAccount({ id: 'globex', name: 'Globex' })]);
      await write('tickets', [aTicket(), aTicket({ externalId: 'T-2' })]);
      expect(await store.factsStatus()).toEqual({ pending: 2, seq: 0 });
      const hashes = await needing('v1');
      const fresh = (id: string) => someFacts({ externalId: id, ticketHash: hashes.get(id) ?? '' });
      await store.writeFacts([fresh('T-1'), fresh('T-2')]);
      expect(await store.factsStatus()).toEqual({ pending: 0, seq: 1 });
      expect(await store.ticketsChangedSince(0)).toEqual([
        { source: 'csv', externalId: 'T-1', accountId: 'acme', seq: 1 },
        { source: 'csv', externalId: 'T-2', accountId: 'acme', seq: 1 },
      ]);
      expect(await store.ticketsChangedSince(1)).toEqual([]);

      // Moved to another account: pending, and once written, changed since write 1 under its new account.
      await write('tickets', [aTicket({ externalId: 'T-2', accountId: 'globex' })]);
      expect([...(await needing('v1')).keys()]).toEqual(['T-2']);
      expect((await store.factsStatus()).pending).toBe(1);
      await store.writeFacts([fresh('T-2')]);
      expect(await store.ticketsChangedSince(1)).toEqual([{ source: 'csv', externalId: 'T-2', accountId: 'globex', seq: 2 }]);

      // An event makes T-1 pending; written again, it is the only change since write 2.
      await write('events', [anEvent({ ticketId: 'T-1' })]);
      expect(await store.factsStatus()).toEqual({ pending: 1, seq: 2 });
      expect([...(await needing('v1')).keys()]).toEqual(['T-1']);
      await store.writeFacts([fresh('T-1')]);
      expect(await store.factsStatus()).toEqual({ pending: 0, seq: 3 });
      expect((await store.ticketsChangedSince(2)).map((c) => [c.externalId, c.seq])).toEqual([['T-1', 3]]);
      // Events of a ticket not imported yet leave nothing pending once a refresh went through.
      await write('events', [anEvent({ ticketId: 'T-9' })]);
      expect(await needing('v1')).toEqual(new Map());
      expect((await store.factsStatus()).pending).toBe(0);
    });

    test('ticketsByKey groups the chosen tickets by their account, with facts, events and revision', async () => {
      await write('accounts', [anAccount(), anAccount({ id: 'globex', name: 'Globex' })]);
      await write('tickets', [
        aTicket({ externalId: 'T-3' }),
        aTicket(),
        aTicket({ externalId: 'T-2', accountId: 'globex', createdAt: at('2024-05-01T00:00:00.000Z') }),
        aTicket({ externalId: 'T-4' }),
      ]);
      await write('events', [anEvent({ ticketId: 'T-1', seq: 2, at: at('2024-03-02T00:00:00.000Z') }), anEvent({ ticketId: 'T-1', seq: 1 })]);
      await store.writeFacts([someFacts()]);
      const groups = await store.ticketsByKey([key('T-3'), key('T-2'), key('T-1'), key('nope')]);
      expect(groups.map((g) => [g.account.id, g.revision, g.tickets.map((t) => t.ticket.externalId)])).toEqual([
        ['acme', 2, ['T-1', 'T-3']],
        ['globex', 1, ['T-2']],
      ]);
      expect(groups[0]?.tickets.map((t) => t.facts?.theme ?? null)).toEqual(['exports/csv', null]);
      expect(groups[0]?.events.map((e) => e.seq)).toEqual([1, 2]);
      const before = await store.ticketsByKey([key('T-1'), key('T-2')], at('2024-04-01T00:00:00.000Z'));
      expect(before.map((g) => g.account.id)).toEqual(['acme']);
    });

    test('iterateTicketPages reads every ticket in key order, with facts and events, in pages', async () => {
      await write('accounts', [anAccount(), anAccount({ id: 'globex', name: 'Globex' })]);
      await write('tickets', [
        aTicket({ externalId: 'c', accountId: 'globex' }),
        aTicket({ externalId: 'a' }),
        aTicket({ externalId: 'b', createdAt: at('2024-05-01T00:00:00.000Z') }),
      ]);
      await write('events', [anEvent({ ticketId: 'c' }), anEvent({ ticketId: 'a' })]);
      await store.writeFacts([someFacts({ externalId: 'a' })]);
      const pages: string[][] = [];
      const seen: Record<string, unknown> = {};
      for await (const page of store.iterateTicketPages({ batchSize: 2, factsVersion: 'v1' })) {
        pages.push(page.tickets.map((t) => `${t.accountId}/${t.ticket.externalId}`));
        for (const t of page.tickets) {
          seen[t.ticket.externalId] = [t.ticket.status, t.ticket.solvedAt, t.ticket.subject, t.facts?.severity.severity ?? null];
        }
        for (const e of page.events) seen[`event ${e.ticketId}`] = e.body;
      }
      expect(pages).toEqual([['acme/a', 'acme/b'], ['globex/c']]);
      // `a`'s facts are current: a store may read it lean, without its subject; SQLite does, the
      // PostgreSQL store reads whole rows.
      const leanSubject = dialect === 'sqlite' ? null : aTicket().subject;
      expect(seen).toEqual({
        a: ['solved', aTicket().solvedAt, leanSubject, 'high'],
        b: ['solved', aTicket().solvedAt, aTicket().subject, null],
        c: ['solved', aTicket().solvedAt, aTicket().subject, null],
        'event a': 'We are on it.',
        'event c': 'We are on it.',
      });
      const early: string[] = [];
      for await (const page of store.iterateTicketPages({ createdBefore: at('2024-04-01T00:00:00.000Z') })) {
        early.push(...page.tickets.map((t) => t.ticket.externalId));
      }
      expect(early).toEqual(['a', 'c']);
    });

    test('a pass split at a key: ticketKeyAt names it, pages through it and after it cover every ticket once', async () => {
      await write('accounts', [anAccount()]);
      const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
      await write('tickets', ids.map((externalId) => aTicket({ externalId })));
      expect(await store.ticketKeyAt(0)).toEqual(key('a'));
      expect(await store.ticketKeyAt(3)).toEqual(key('d'));
      expect(await store.ticketKeyAt(7)).toBeNull();
      const read = async (options: Parameters<Store['iterateTicketPages']>[0]) => {
        const out: string[] = [];
        for await (const page of store.iterateTicketPages({ batchSize: 2, ...options })) out.push(...page.tickets.map((t) => t.ticket.externalId));
        return out;
      };
      for (const at of [0, 1, 3, 6]) {
        const split = (await store.ticketKeyAt(at)) as TicketKey;
        const head = await read({ through: split });
        const tail = await read({ after: split });
        expect(head).toEqual(ids.slice(0, at + 1));
        expect(tail).toEqual(ids.slice(at + 1));
      }
      // Another connection can open the store where it says it lives.
      expect(store.location).not.toBeNull();
    });

    test('revisions: bumped by ticket inserts and updates and event inserts, not by unchanged rows', async () => {
      await write('accounts', [anAccount(), anAccount({ id: 'globex' })]);
      expect(await store.accountRevisions()).toEqual(new Map([['acme', 0], ['globex', 0]]));

      await write('tickets', [aTicket(), aTicket({ externalId: 'T-2' })]);
      const afterInsert = (await store.accountRevisions()).get('acme') ?? 0;
      expect(afterInsert).toBeGreaterThan(0);
      expect((await store.accountRevisions()).get('globex')).toBe(0);

      await write('tickets', [aTicket(), aTicket({ externalId: 'T-2' })]);
      expect((await store.accountRevisions()).get('acme')).toBe(afterInsert);

      await write('tickets', [aTicket({ status: 'closed' })]);
      const afterUpdate = (await store.accountRevisions()).get('acme') ?? 0;
      expect(afterUpdate).toBeGreaterThan(afterInsert);

      await write('events', [anEvent(), anEvent({ ticketId: 'T-2', seq: 2 })]);
      const afterEvents = (await store.accountRevisions()).get('acme') ?? 0;
      expect(afterEvents).toBeGreaterThan(afterUpdate);
      await write('events', [anEvent(), anEvent({ ticketId: 'T-2', seq: 2 })]);
      expect((await store.accountRevisions()).get('acme')).toBe(afterEvents);

      // Events of a ticket not imported yet belong to no account.
      await write('events', [anEvent({ ticketId: 'T-404' })]);
      expect(await store.accountRevisions()).toEqual(new Map([['acme', afterEvents], ['globex', 0]]));
    });

    test('revisions: a ticket moved to another account bumps both accounts', async () => {
      await write('accounts', [anAccount(), anAccount({ id: 'globex' })]);
      await write('tickets', [aTicket()]);
      const before = await store.accountRevisions();
      await write('tickets', [aTicket({ accountId: 'globex' })]);
      const after = await store.accountRevisions();
      expect(after.get('acme') ?? 0).toBeGreaterThan(before.get('acme') ?? 0);
      expect(after.get('globex') ?? 0).toBeGreaterThan(before.get('globex') ?? 0);

      // A key repeated within one batch (written apart from the others) still bumps its account.
      await write('tickets', [aTicket({ externalId: 'T-5' }), aTicket({ externalId: 'T-5', subject: 'v2' })]);
      expect((await store.accountRevisions()).get('acme') ?? 0).toBeGreaterThan(after.get('acme') ?? 0);
    });

    describe('iterateAccountTickets', () => {
      const created = (day: number) => at(`2024-03-${String(day).padStart(2, '0')}T08:00:00.000Z`);
      /** a1: 3 tickets, a2: none, a3: 1, a4: 4 (two created on the 20th), a5: 2. */
      const seed = async (): Promise<void> => {
        await write('accounts', ['a1', 'a2', 'a3', 'a4', 'a5'].map((id) => anAccount({ id })));
        const t = (externalId: string, accountId: string, day = 1, source = 'csv') =>
          aTicket({ externalId, accountId, source, createdAt: created(day) });
        await write('tickets', [
          t('x1', 'a1'), t('x3', 'a1', 2), t('x2', 'a1', 3, 'zendesk'),
          t('y1', 'a3'),
          t('z1', 'a4'), t('z2', 'a4', 20), t('z3', 'a4', 20), t('z4', 'a4'),
          t('w1', 'a5'), t('w2', 'a5'),
        ]);
      };
      const collect = async (options: Parameters<Store['iterateAccountTickets']>[0]) => {
        const groups: AccountTickets[][] = [];
        for await (const group of store.iterateAccountTickets(options)) groups.push([...group]);
        return groups;
      };
      const shape = (groups: readonly AccountTickets[][]) =>
        groups.map((g) => g.map((a) => `${a.account.id}:${a.tickets.map((t) => t.ticket.externalId).join(',')}`));

      test('groups whole accounts by about batchSize tickets, accounts without tickets included', async () => {
        await seed();
        // 3 + 0 + 1 = 4 fit; a4's 4 would make 8; a4 + a5 would make 6.
        expect(shape(await collect({ batchSize: 4 }))).toEqual([
          ['a1:x1,x3,x2', 'a2:', 'a3:y1'],
          ['a4:z1,z2,z3,z4'],
          ['a5:w1,w2'],
        ]);
        // One account bigger than a group is a group of its own, never split.
        expect(shape(await collect({ batchSize: 2 }))).toEqual([
          ['a1:x1,x3,x2'],
          ['a2:', 'a3:y1'],
          ['a4:z1,z2,z3,z4'],
          ['a5:w1,w2'],
        ]);
        expect(shape(await collect({}))).toEqual([['a1:x1,x3,x2', 'a2:', 'a3:y1', 'a4:z1,z2,z3,z4', 'a5:w1,w2']]);
      });

      test('createdBefore cuts tickets (and so regroups); accountIds filters and orders accounts', async () => {
        await seed();
        // Before the 3rd: a1 keeps x1, x3; a4 keeps z1, z4 — then a4 + a5 hold 4 and fit together.
        expect(shape(await collect({ batchSize: 4, createdBefore: created(3) }))).toEqual([
          ['a1:x1,x3', 'a2:', 'a3:y1'],
          ['a4:z1,z4', 'a5:w1,w2'],
        ]);
        expect(shape(await collect({ batchSize: 4, accountIds: ['a5', 'a1', 'nobody', 'a5'] }))).toEqual([
          ['a1:x1,x3,x2'],
          ['a5:w1,w2'],
        ]);
        expect(shape(await collect({ accountIds: ['a2'] }))).toEqual([['a2:']]);
        expect(await collect({ accountIds: [] })).toEqual([]);
      });

      test('each ticket carries its stored facts, each account its events ordered and its revision', async () => {
        await seed();
        const hashes = await needing('v1');
        const facts = someFacts({ externalId: 'x3', ticketHash: hashes.get('x3') ?? '' });
        await store.writeFacts([facts]);
        const e = (ticketId: string, iso: string, seq: number, source = 'csv') =>
          anEvent({ source, ticketId, at: at(iso), seq, body: `${ticketId}#${seq}` });
        await write('events', [
          e('x3', '2024-03-02T09:00:00.000Z', 1),
          e('x1', '2024-03-01T10:00:00.000Z', 3),
          e('x2', '2024-03-03T09:00:00.000Z', 1, 'zendesk'),
          e('x1', '2024-03-01T09:00:00.000Z', 4),
          e('x1', '2024-03-01T10:00:00.000Z', 2),
          e('w1', '2024-03-01T09:00:00.000Z', 1),
        ]);
        const [group] = await collect({ accountIds: ['a1', 'a3', 'a5'] });
        const [a1, a3, a5] = group ?? [];
        expect(a1?.account).toEqual(anAccount({ id: 'a1' }));
        expect(a1?.tickets.map((t) => [t.ticket.externalId, t.facts])).toEqual([
          ['x1', null],
          ['x3', facts],
          ['x2', null],
        ]);
        expect(a1?.tickets[0]?.ticket).toEqual(aTicket({ externalId: 'x1', accountId: 'a1', createdAt: created(1) }));
        expect(a1?.events.map((x) => x.body)).toEqual(['x1#4', 'x1#2', 'x1#3', 'x3#1', 'x2#1']);
        expect(a3?.events).toEqual([]);
        expect(a5?.events.map((x) => x.body)).toEqual(['w1#1']);
        const revisions = await store.accountRevisions();
        expect(group?.map((a) => a.revision)).toEqual([revisions.get('a1'), revisions.get('a3'), revisions.get('a5')]);
        expect(a1?.revision ?? 0).toBeGreaterThan(a3?.revision ?? 0);
      });
    });

    test('config versions: the first body kept under a version stays; unknown loads as null', async () => {
      await store.saveConfigVersion('abc123', '{"window":90}', at('2024-03-10T12:00:00.000Z'));
      await store.saveConfigVersion('abc123', '{"window":30}', at('2024-03-11T12:00:00.000Z'));
      expect(await store.loadConfigVersion('abc123')).toBe('{"window":90}');
      expect(await store.loadConfigVersion('other')).toBeNull();
    });

    test('snapshots: replaced on the same (account, as-of), listed by account or by as-of', async () => {
      const t1 = at('2024-03-31T23:59:59.999Z');
      const t2 = at('2024-02-29T23:59:59.999Z');
      const snap = (accountId: string, asOf: number, health: number | null): ScoreSnapshot => ({
        accountId,
        asOf,
        configVersion: 'v1',
        health,
        grade: health === null ? 'n/a' : 'B',
        successPoints: -12.5,
        segment: 'enterprise',
        percentile: health === null ? null : 0.25,
        body: `{"health":${String(health)}}`,
        computedAt: at('2024-04-01T06:00:00.000Z'),
      });
      await store.saveSnapshots([snap('globex', t1, 40), snap('acme', t1, 70), snap('acme', t2, 65)]);
      await store.saveSnapshots([snap('acme', t1, 72.5), snap('initech', t2, null)]);
      expect(await store.listSnapshots({ accountId: 'acme' })).toEqual([snap('acme', t2, 65), snap('acme', t1, 72.5)]);
      expect(await store.listSnapshots({ asOf: t1 })).toEqual([snap('acme', t1, 72.5), snap('globex', t1, 40)]);
      expect(await store.listSnapshots({ asOf: t2 })).toEqual([snap('acme', t2, 65), snap('initech', t2, null)]);
      expect(await store.listSnapshots({ accountId: 'nobody' })).toEqual([]);
    });

    test('rollups: saving replaces the given accounts for (as-of, version) and keeps the others', async () => {
      const asOf = at('2024-03-31T23:59:59.999Z');
      await store.saveRollups(asOf, 'v1', [
        { accountId: 'b', revision: 1, body: '{"n":1}' },
        { accountId: 'a', revision: 3, body: '{"n":3}' },
      ]);
      await store.saveRollups(asOf, 'v1', [{ accountId: 'b', revision: 2, body: '{"n":2}' }]);
      await store.saveRollups(asOf, 'v2', [{ accountId: 'a', revision: 9, body: '{}' }]);
      expect(await store.loadRollups(asOf, 'v1')).toEqual([
        { accountId: 'a', revision: 3, body: '{"n":3}' },
        { accountId: 'b', revision: 2, body: '{"n":2}' },
      ]);
      expect(await store.loadRollups(asOf, 'v2')).toEqual([{ accountId: 'a', revision: 9, body: '{}' }]);
      expect(await store.loadRollups(asOf + 1, 'v1')).toEqual([]);
    });

    test('rollups: lines are kept apart with the facts write, loaded by account, and dropped when saved without', async () => {
      const asOf = at('2024-03-31T23:59:59.999Z');
      await store.saveRollups(asOf, 'v1', [
        { accountId: 'a', revision: 1, body: '{}', factsSeq: 7, lines: bytes('["a1"]') },
        { accountId: 'b', revision: 1, body: '{}', factsSeq: 7, lines: bytes('["b1"]') },
      ]);
      expect(await store.loadRollups(asOf, 'v1')).toEqual([
        { accountId: 'a', revision: 1, body: '{}', factsSeq: 7 },
        { accountId: 'b', revision: 1, body: '{}', factsSeq: 7 },
      ]);
      expect(texts(await store.loadRollupLines(asOf, 'v1', ['b', 'a', 'c']))).toEqual(new Map([['a', ['["a1"]']], ['b', ['["b1"]']]]));
      await store.saveRollups(asOf, 'v1', [{ accountId: 'a', revision: 2, body: '{}' }]);
      expect(texts(await store.loadRollupLines(asOf, 'v1', ['a', 'b']))).toEqual(new Map([['b', ['["b1"]']]]));
      expect(await store.loadRollupLines(asOf, 'v2', ['b'])).toEqual(new Map());
    });

    test('rollups: lines spilled in parts ahead of the rollup are kept before its own part, and a later save replaces them all', async () => {
      const asOf = at('2024-03-31T23:59:59.999Z');
      // A stale third part from an earlier, longer pass: the new pass's save must drop it.
      await store.appendRollupLines(asOf, 'v1', [{ accountId: 'a', part: 2, lines: bytes('old-a2') }]);
      await store.appendRollupLines(asOf, 'v1', [
        { accountId: 'a', part: 0, lines: bytes('a0') },
        { accountId: 'b', part: 0, lines: bytes('b0') },
      ]);
      await store.appendRollupLines(asOf, 'v1', [{ accountId: 'a', part: 1, lines: bytes('a1') }]);
      await store.saveRollups(asOf, 'v1', [
        { accountId: 'a', revision: 1, body: '{}', factsSeq: 3, lines: bytes('a2'), linesPart: 2 },
        { accountId: 'b', revision: 1, body: '{}', factsSeq: 3, lines: bytes('b1'), linesPart: 1 },
      ]);
      expect(texts(await store.loadRollupLines(asOf, 'v1', ['a', 'b']))).toEqual(
        new Map([['a', ['a0', 'a1', 'a2']], ['b', ['b0', 'b1']]]),
      );
      // Saved again in one part (a patch): every older part goes.
      await store.saveRollups(asOf, 'v1', [{ accountId: 'a', revision: 2, body: '{}', factsSeq: 4, lines: bytes('a-all') }]);
      expect(texts(await store.loadRollupLines(asOf, 'v1', ['a']))).toEqual(new Map([['a', ['a-all']]]));
      // Lines are bytes: every byte value comes back as it went in.
      const every = Uint8Array.from({ length: 256 }, (_, i) => i);
      await store.saveRollups(asOf, 'v1', [{ accountId: 'a', revision: 3, body: '{}', factsSeq: 5, lines: every }]);
      expect([...((await store.loadRollupLines(asOf, 'v1', ['a'])).get('a')?.[0] ?? [])]).toEqual([...every]);
    });
  });
}
