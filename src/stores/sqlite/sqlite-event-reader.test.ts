import fc from 'fast-check';
import { expect, test } from 'vitest';
import { aTicket, anEvent, createTestStore, importRecords } from '../../../test/stores-setup.js';
import type { TicketEvent } from '../../core/model.js';
import { KyselyStore } from '../shared/kysely-store.js';

// Few tickets, times and seqs, so that equal (at, seq) pairs are common: their order is the one
// place where the raw reader could differ from the portable Kysely read it replaces.
const event = fc.record({
  ticketId: fc.constantFrom('T-1', 'T-2', 'T-10'),
  at: fc.constantFrom(Date.UTC(2024, 2, 1, 9), Date.UTC(2024, 2, 1, 10), Date.UTC(2023, 11, 31, 23, 59, 59, 999)),
  seq: fc.integer({ min: 1, max: 2 }),
  kind: fc.constantFrom('comment' as const, 'status_change' as const),
  body: fc.string({ maxLength: 8 }),
});

test('reads exactly what the portable Kysely read returns, in the same order, ties included', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(event, { maxLength: 25 }), async (drawn) => {
      const store = await createTestStore('sqlite');
      try {
        const tickets = ['T-1', 'T-2', 'T-10'].map((id) => aTicket({ externalId: id }));
        await importRecords(store, 'tickets', tickets, { stubAccountIds: ['acme'] });
        const events: TicketEvent[] = drawn.map((d) => anEvent(d));
        if (events.length > 0) await importRecords(store, 'events', events);
        const keys = [
          { source: 'csv', externalId: 'T-2' },
          { source: 'csv', externalId: 'T-10' },
          { source: 'csv', externalId: 'T-1' },
        ];
        const portable = KyselyStore.prototype.eventsFor;
        expect(await store.eventsFor(keys)).toEqual(await portable.call(store, keys));
        const options = { kinds: ['comment' as const] };
        expect(await store.eventsFor(keys, options)).toEqual(await portable.call(store, keys, options));
      } finally {
        await store.close();
      }
    }),
    { numRuns: 15 },
  );
});
