import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type ConfigInput, configSchema } from '../../config/schema.js';
import { serializeTypeModel } from '../../core/classify/type-model-json.js';
import { trainTypeModel } from '../../core/classify/type-model.js';
import type { ImportKind, RecordOf, Ticket } from '../../core/model.js';
import type { Store, StoredTicketFacts } from '../../stores/store.js';
import { aBareTicket, anAccount, anEvent, createTestStore, DIALECTS } from '../../../test/stores-setup.js';
import { TYPE_MODEL_NAME } from './facts-inputs.js';
import { refreshFacts } from './refresh-facts.js';

const NOW = Date.parse('2025-03-12T12:00:00Z');
const config = (input: ConfigInput = {}) => configSchema.parse(input);
const refresh = (s: Store, input: ConfigInput = {}, batchSize = 2) =>
  refreshFacts(s, config(input), { now: () => NOW, batchSize });

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: Store;
    beforeEach(async () => {
      store = await createTestStore(dialect);
    });
    afterEach(async () => {
      await store.close();
    });

    const write = async <K extends ImportKind>(kind: K, records: readonly RecordOf[K][]): Promise<void> => {
      const importId = await store.beginImport({ kind, file: `${kind}.csv`, source: 'csv', fingerprint: kind, startedAt: NOW });
      await store.writeBatch({ importId, kind, records, rejects: [], stubAccountIds: [] });
    };

    const ticket = (id: string, overrides: Partial<Ticket> = {}): Ticket =>
      aBareTicket({ externalId: id, subject: null, description: null, ...overrides });

    /** Five tickets: more than two pages of two, so paging is exercised. */
    const TICKETS: Ticket[] = [
      ticket('T-1', { subject: 'App crashes on save' }),
      ticket('T-2', { type: 'help', priority: 'P1' }),
      ticket('T-3', { category: 'Billing' }),
      ticket('T-4', { subject: 'Please add dark mode, it would be great' }),
      ticket('T-5'),
    ];

    const factsOf = async (id: string): Promise<StoredTicketFacts | undefined> =>
      (await store.factsFor([{ source: 'csv', externalId: id }]))[0];

    beforeEach(async () => {
      await write('accounts', [anAccount()]);
      await write('tickets', TICKETS);
    });

    test('derives every ticket once; a second run derives nothing', async () => {
      expect((await refresh(store)).derived).toBe(5);
      expect((await refresh(store)).derived).toBe(0);
      expect((await factsOf('T-1'))?.type).toEqual({ type: 'bug', source: 'rules', confidence: 0.75 });
      expect((await factsOf('T-2'))?.type).toEqual({ type: 'help', source: 'source', confidence: 1 });
      expect((await factsOf('T-2'))?.severity).toEqual({ severity: 'critical', rule: 'priority-critical' });
      expect((await factsOf('T-3'))?.type).toEqual({ type: 'other', source: 'mapped', confidence: 1 });
      expect((await factsOf('T-3'))?.theme).toBe('billing');
      expect((await factsOf('T-5'))).toMatchObject({ sentiment: null, theme: 'unknown', computedAt: NOW });
    });

    test('new events make only their ticket stale, and its customer comment sets its sentiment', async () => {
      await refresh(store);
      await write('events', [
        anEvent({ ticketId: 'T-5', authorRole: 'customer', body: 'Thanks, that is great!' }),
      ]);
      expect((await refresh(store)).derived).toBe(1);
      expect((await factsOf('T-5'))?.sentiment).toBeGreaterThan(0);
    });

    test('a changed ticket is derived again', async () => {
      await refresh(store);
      await write('tickets', [ticket('T-5', { priority: 'low' })]);
      expect((await refresh(store)).derived).toBe(1);
      expect((await factsOf('T-5'))?.severity).toEqual({ severity: 'low', rule: 'priority-low' });
    });

    test('a changed severity table re-derives every ticket; a changed scoring section does not', async () => {
      const first = await refresh(store);
      expect((await refresh(store, { scoring: { windowDays: 30 }, sla: { atRiskShare: 0.5 } })).derived).toBe(0);
      const changed = await refresh(store, { severity: { default: 'low' } });
      expect(changed.derived).toBe(5);
      expect(changed.version).not.toBe(first.version);
      expect((await factsOf('T-5'))?.severity).toEqual({ severity: 'low', rule: 'default' });
      expect((await factsOf('T-5'))?.configVersion).toBe(changed.version);
    });

    test('a trained model re-derives every ticket and decides the types no source or mapping gave', async () => {
      await refresh(store);
      const examples = [
        { text: 'the app crashes with an error', type: 'bug' as const },
        { text: 'crash on save, error shown', type: 'bug' as const },
        { text: 'please add dark mode', type: 'feature_request' as const },
        { text: 'would be great to add export', type: 'feature_request' as const },
      ];
      await store.saveModel(TYPE_MODEL_NAME, serializeTypeModel(trainTypeModel(examples, { minDf: 1 })), NOW);
      expect((await refresh(store)).derived).toBe(5);
      expect((await factsOf('T-1'))?.type).toMatchObject({ type: 'bug', source: 'model' });
      expect((await factsOf('T-4'))?.type).toMatchObject({ type: 'feature_request', source: 'model' });
      // A given or mapped type still wins over the model.
      expect((await factsOf('T-2'))?.type.source).toBe('source');
      expect((await factsOf('T-3'))?.type.source).toBe('mapped');
    });
  });
}
