import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIALECTS, aTicket, anEvent, createTestStore, importRecords } from '../../test/stores-setup.js';
import type { Store } from './store.js';

const at = (iso: string): number => Date.parse(iso);

// Times, kinds, tickets and sources mixed so that only the contract's order sorts them: the
// SQLite reader probes ticket by ticket and relies on its key order and its ORDER BY.
const EVENTS = [
  anEvent({ ticketId: 'T-2', at: at('2024-03-01T10:00:00.000Z'), seq: 5, body: 'T-2 comment' }),
  anEvent({ ticketId: 'T-1', at: at('2024-03-01T10:00:00.000Z'), seq: 3, body: 'T-1 late comment' }),
  anEvent({ ticketId: 'T-1', at: at('2024-03-01T09:00:00.000Z'), seq: 4, body: 'T-1 early comment' }),
  anEvent({
    ticketId: 'T-1',
    at: at('2024-03-01T10:00:00.000Z'),
    seq: 2,
    kind: 'status_change',
    authorRole: null,
    author: null,
    public: null,
    fromStatus: 'open',
    toStatus: 'pending',
    body: null,
  }),
  anEvent({ source: 'jira', ticketId: 'T-1', at: at('2024-02-01T00:00:00.000Z'), seq: 1, body: 'jira comment' }),
  anEvent({ ticketId: 'T-3', at: at('2024-03-01T08:00:00.000Z'), seq: 1, body: 'not asked for' }),
];

describe.each(DIALECTS)('eventsFor on %s', (dialect) => {
  let store: Store;
  beforeAll(async () => {
    store = await createTestStore(dialect);
    const tickets = ['T-1', 'T-2', 'T-3'].map((id) => aTicket({ externalId: id }));
    await importRecords(store, 'tickets', [...tickets, aTicket({ source: 'jira', externalId: 'T-1' })], {
      stubAccountIds: ['acme'],
    });
    await importRecords(store, 'events', EVENTS);
  });
  afterAll(() => store.close());

  const keys = [
    { source: 'jira', externalId: 'T-1' },
    { source: 'csv', externalId: 'T-2' },
    { source: 'csv', externalId: 'T-1' },
    { source: 'csv', externalId: 'T-2' },
  ];

  test('returns each asked ticket once, by source, ticket, time and seq, with every field', async () => {
    const events = await store.eventsFor(keys);
    expect(events.map((e) => `${e.source}/${e.ticketId}#${e.seq}`)).toEqual([
      'csv/T-1#4',
      'csv/T-1#2',
      'csv/T-1#3',
      'csv/T-2#5',
      'jira/T-1#1',
    ]);
    expect(events[1]).toEqual(EVENTS[3]);
    expect(events[3]).toEqual(EVENTS[0]);
  });

  test('kinds narrows the events to those kinds; no kinds gives none', async () => {
    const comments = await store.eventsFor(keys, { kinds: ['comment'] });
    expect(comments.map((e) => e.body)).toEqual(['T-1 early comment', 'T-1 late comment', 'T-2 comment', 'jira comment']);
    const changes = await store.eventsFor(keys, { kinds: ['status_change'] });
    expect(changes.map((e) => e.toStatus)).toEqual(['pending']);
    expect(await store.eventsFor(keys, { kinds: [] })).toEqual([]);
    expect(await store.eventsFor([], { kinds: ['comment'] })).toEqual([]);
  });
});
