import { afterEach, beforeEach, expect, test } from 'vitest';
import { type ConfigInput, configSchema } from '../../config/schema.js';
import type { ImportKind, RecordOf, TicketEvent } from '../../core/model.js';
import type { Store } from '../../stores/store.js';
import { aBareTicket, anAccount, anEvent, createTestStore } from '../../../test/stores-setup.js';
import { loadFactsInputs } from './facts-inputs.js';
import { refreshFacts } from './refresh-facts.js';
import { type TicketView, viewTickets } from './ticket-view.js';

// Mon 10 March 2025, UTC; business hours Mon–Fri 09:00–17:00 (the default) in the account's zone.
const at = (iso: string): number => Date.parse(iso);
const config = (input: ConfigInput = {}) => configSchema.parse(input);

let store: Store;
beforeEach(async () => {
  store = await createTestStore('sqlite');
  const write = async <K extends ImportKind>(kind: K, records: readonly RecordOf[K][]): Promise<void> => {
    const importId = await store.beginImport({ kind, file: kind, source: 'csv', fingerprint: kind, startedAt: 0 });
    await store.writeBatch({ importId, kind, records, rejects: [], stubAccountIds: [] });
  };
  await write('accounts', [anAccount({ timezone: 'UTC' })]);
  await write('tickets', [
    aBareTicket({ externalId: 'T-1', createdAt: at('2025-03-10T09:00:00Z') }),
    aBareTicket({ externalId: 'T-2', createdAt: at('2025-03-20T09:00:00Z') }),
  ]);
  const change = (seq: number, iso: string, from: TicketEvent['fromStatus'], to: TicketEvent['toStatus']) =>
    anEvent({ seq, at: at(iso), kind: 'status_change', fromStatus: from, toStatus: to, public: null, body: null });
  // Solved Mon 11:00, reopened Tue 09:00, solved again Tue 10:00.
  await write('events', [
    change(1, '2025-03-10T09:00:00Z', 'new', 'open'),
    change(2, '2025-03-10T11:00:00Z', 'open', 'solved'),
    change(3, '2025-03-11T09:00:00Z', 'solved', 'open'),
    change(4, '2025-03-11T10:00:00Z', 'open', 'solved'),
  ]);
});
afterEach(async () => {
  await store.close();
});

const views = async (asOf: number, input: ConfigInput = {}): Promise<TicketView[]> => {
  const c = config(input);
  const all: TicketView[] = [];
  for await (const page of viewTickets(store, c, await loadFactsInputs(store, c), { asOf })) all.push(...page);
  return all;
};

test('after the second solve: one reopen, first resolution at the first solve, full at the last', async () => {
  await refreshFacts(store, config(), { now: () => 0 });
  const [t1, ...rest] = await views(at('2025-03-12T00:00:00Z'));
  // T-2 was created after the as-of time.
  expect(rest).toEqual([]);
  expect(t1).toMatchObject({ id: 'T-1', open: false, reopens: 1 });
  // Mon 09:00 → 11:00: 120 minutes, all in business hours.
  expect(t1?.firstResolution).toEqual({ calendarMinutes: 120, businessMinutes: 120 });
  // Mon 09:00 → Tue 10:00: 25 h = 1,500 min; business Mon 480 + Tue 60 = 540.
  expect(t1?.fullResolution).toEqual({ calendarMinutes: 1500, businessMinutes: 540 });
});

test('between the reopen and the second solve the ticket is open with no full resolution', async () => {
  const [t1] = await views(at('2025-03-11T09:30:00Z'));
  expect(t1).toMatchObject({ open: true, reopens: 1, fullResolution: null });
  expect(t1?.firstResolution).toEqual({ calendarMinutes: 120, businessMinutes: 120 });
});

test('facts stored under another config version are derived on the spot, not shown stale', async () => {
  await refreshFacts(store, config(), { now: () => 0 });
  const [before] = await views(at('2025-03-12T00:00:00Z'));
  expect(before).toMatchObject({ severity: 'medium', severityRule: 'default' });
  const [after] = await views(at('2025-03-12T00:00:00Z'), { severity: { default: 'low' } });
  expect(after).toMatchObject({ severity: 'low', severityRule: 'default' });
});
