/**
 * The whole sample company as a pure value plus a lazy ticket stream: accounts with their renewal
 * histories, launches, and a generator of tickets in creation order. No I/O here.
 * @module
 */
import { generateAccounts } from './accounts.js';
import { accountHistory, type SampleAccount } from './account-history.js';
import { generateLaunches, type SampleLaunch } from './launches.js';
import { createRng, deriveSeed } from './prng.js';
import { ticketSchedule } from './schedule.js';
import { generateTicket, type SampleTicket } from './generate-ticket.js';
import type { SampleEvent } from './ticket-lifecycle.js';
import { activeUsersAt } from './usage.js';
import { sampleWindow, type SampleWindow } from './window.js';

export interface SampleCompany {
  readonly window: SampleWindow;
  readonly accounts: readonly SampleAccount[];
  readonly launches: readonly SampleLaunch[];
}

/**
 * Accounts (with latent variables and outcomes) and launches for `accounts` accounts ending on `end`.
 * Each part draws from its own named stream of `seed`, so changing the ticket count never changes
 * the accounts.
 * @example buildCompany({ accounts: 10, end: '2025-06-30', seed: 42 }).accounts[0].id // 'A00001'
 */
export function buildCompany(o: { accounts: number; end: string; seed: number }): SampleCompany {
  const window = sampleWindow(o.end);
  const accountRng = createRng(deriveSeed(o.seed, 'accounts'));
  const historyRng = createRng(deriveSeed(o.seed, 'outcomes'));
  const accounts = generateAccounts(o.accounts, window, accountRng).map((a) => ({
    ...a,
    ...accountHistory(a, window, historyRng),
  }));
  const launches = generateLaunches(window, createRng(deriveSeed(o.seed, 'launches')));
  return { window, accounts, launches };
}

/**
 * Yields exactly `count` tickets in creation order with their events; ids `T000001`, … Memory stays
 * bounded: one day of tickets at a time.
 */
export function* sampleTickets(
  company: SampleCompany,
  count: number,
  seed: number,
): Generator<{ ticket: SampleTicket; events: SampleEvent[] }> {
  const scheduleRng = createRng(deriveSeed(seed, 'schedule'));
  const ticketRng = createRng(deriveSeed(seed, 'tickets'));
  const width = Math.max(6, String(count).length);
  const { window: w, accounts, launches } = company;
  let n = 0;
  for (const day of ticketSchedule(accounts, launches, w, count, scheduleRng)) {
    for (const slot of day) {
      n++;
      yield generateTicket({
        id: `T${String(n).padStart(width, '0')}`,
        account: slot.account,
        createdAt: slot.createdAt,
        launch: slot.launch >= 0 ? (launches[slot.launch] ?? null) : null,
        activeUsers: activeUsersAt(slot.account, w, slot.createdAt),
        endExclusive: w.endExclusive,
      }, ticketRng);
    }
  }
}
