/**
 * Derives and stores the facts of every ticket that needs them: new or changed tickets, tickets
 * with new events, and all tickets once the facts version changes (see `facts-version.ts`).
 * Called after each import and before `tickets` reads them.
 * @module
 */
import type { Config } from '../../config/schema.js';
import type { Instant, Ticket } from '../../core/model.js';
import { type Store, type StoredTicketFacts, type TicketKey, ticketKeyString } from '../../stores/store.js';
import { type FactsInputs, deriveFacts } from './derive-facts.js';
import { loadFactsInputs } from './facts-inputs.js';
import { groupEventsByTicket } from './group-events.js';

export interface RefreshFactsOptions {
  readonly now: () => Instant;
  /** Tickets per page: their events are held in memory at once. */
  readonly batchSize?: number;
  /** Called after each page is written, with the tickets derived so far. */
  readonly onProgress?: (derived: number) => void;
}

export interface RefreshFactsResult {
  readonly derived: number;
  readonly seconds: number;
  /** The facts version the tickets now carry. */
  readonly version: string;
}

const keyOf = (t: Ticket): TicketKey => ({ source: t.source, externalId: t.externalId });

/** 2,000 tickets with their events is a few MB: memory stays flat on a million-ticket store. */
const DEFAULT_BATCH = 2_000;

/**
 * Loads the facts inputs (severity table, type mapping, stored model) and refreshes every stale
 * ticket. Idempotent: a second run derives nothing.
 * @example const { derived } = await refreshFacts(store, config, { now: () => Date.now() });
 */
export const refreshFacts = async (
  store: Store,
  config: Config,
  options: RefreshFactsOptions,
): Promise<RefreshFactsResult> => refreshFactsWith(store, await loadFactsInputs(store, config), options);

/** The same with inputs already loaded (tests, or a caller that refreshes repeatedly). */
export const refreshFactsWith = async (
  store: Store,
  inputs: FactsInputs,
  options: RefreshFactsOptions,
): Promise<RefreshFactsResult> => {
  const started = performance.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  // A store that kept handing back written tickets would loop forever: stop at more than it holds.
  const limit = (await store.countTickets()) + batchSize;
  let derived = 0;
  for await (const page of store.iterateTicketsNeedingFacts(inputs.version, { batchSize })) {
    if (page.length === 0) continue;
    const keys: TicketKey[] = page.map(({ ticket }) => keyOf(ticket));
    // Facts read events for sentiment only, which reads customer comments: half the rows.
    const events = groupEventsByTicket(await store.eventsFor(keys, { kinds: ['comment'] }));
    const eventsOf = (t: Ticket) => events.get(ticketKeyString(keyOf(t))) ?? [];
    const computedAt = options.now();
    const facts = page.map(({ ticket, ticketHash }): StoredTicketFacts => ({
      source: ticket.source,
      externalId: ticket.externalId,
      ...deriveFacts(ticket, eventsOf(ticket), inputs),
      ticketHash,
      configVersion: inputs.version,
      computedAt,
    }));
    await store.writeFacts(facts);
    derived += page.length;
    options.onProgress?.(derived);
    if (derived > limit) {
      throw new Error(`facts refresh did not converge: ${derived} tickets derived, the store holds fewer`);
    }
  }
  return { derived, seconds: (performance.now() - started) / 1000, version: inputs.version };
};
