/**
 * One thread's share of a full pass: the tickets of a key range, read in key order, each account's
 * tally and lines fed as its tickets come, the lines spilled every `lineBudget` lines so that memory
 * does not grow with the tickets. The whole range or a part of it (see `full-pass.ts`).
 * @module
 */
import type { BusinessCalendar } from '../../core/calendar/compile-calendar.js';
import type { Account, Instant } from '../../core/model.js';
import { type Store, type TicketKey, type RollupLinesPart, ticketKeyString } from '../../stores/store.js';
import { groupEventsByTicket } from '../facts/group-events.js';
import { AccountLines, type LineSetting, lineOf, spillAll } from './roll-lines.js';
import { NO_EVENTS, type TicketScoringContext, scoreTicket } from './score-tickets.js';

export interface RangeOptions {
  readonly createdBefore: Instant;
  /** Start after this key (exclusive). */
  readonly after?: TicketKey;
  /** End at this key (inclusive). */
  readonly through?: TicketKey;
  readonly lineBudget: number;
  /** Tickets per page read (default: the store's). */
  readonly batchSize?: number;
  /** A later part of every account's lines, whose tallies are merged after the part before. */
  readonly later: boolean;
  /** Stores (or hands on) the lines spilled for one as-of time, numbered by each account's `AccountLines`. */
  readonly spill: (time: number, parts: readonly RollupLinesPart[]) => Promise<void>;
  /** Per as-of time, the accounts' lines to add to (made here when absent). */
  readonly into?: Map<string, AccountLines>[];
}

export interface RangeResult {
  /** Per as-of time: every account seen, with its tally and its lines not yet spilled. */
  readonly lines: Map<string, AccountLines>[];
  /** Per as-of time: tickets whose facts were derived on the spot. */
  readonly derived: number[];
}

/**
 * @param settings one per as-of time
 * @param context what scoring a ticket needs, but its as-of time
 */
export const passRange = async (
  store: Store,
  settings: readonly LineSetting[],
  context: Omit<TicketScoringContext, 'asOf'>,
  accounts: ReadonlyMap<string, Account>,
  o: RangeOptions,
): Promise<RangeResult> => {
  const lines = o.into ?? settings.map(() => new Map<string, AccountLines>());
  const derived = settings.map(() => 0);
  const calendars = new Map<string, BusinessCalendar>();
  const contexts = settings.map((s) => ({ ...context, asOf: s.asOf }));
  let buffered = 0;
  const spill = async () => {
    for (const [i, mine] of lines.entries()) {
      await o.spill(i, spillAll(mine));
    }
    buffered = 0;
  };
  const pages = store.iterateTicketPages({
    createdBefore: o.createdBefore,
    factsVersion: context.facts.version,
    ...(o.after === undefined ? {} : { after: o.after }),
    ...(o.through === undefined ? {} : { through: o.through }),
    ...(o.batchSize === undefined ? {} : { batchSize: o.batchSize }),
  });
  for await (const page of pages) {
    const eventsOf = page.events.length === 0 ? null : groupEventsByTicket(page.events);
    for (const { accountId, ticket, facts } of page.tickets) {
      const account = accounts.get(accountId);
      if (account === undefined) continue;
      let calendar = calendars.get(accountId);
      if (calendar === undefined) calendars.set(accountId, (calendar = context.calendarFor(account)));
      const events = eventsOf?.get(ticketKeyString(ticket)) ?? NO_EVENTS;
      for (const [i, s] of settings.entries()) {
        if (ticket.createdAt > s.window.end) continue;
        const one = scoreTicket(ticket, facts, events, account, calendar, contexts[i] as TicketScoringContext);
        if (one.derived) derived[i] = (derived[i] ?? 0) + 1;
        const mine = lines[i] as Map<string, AccountLines>;
        let acc = mine.get(accountId);
        if (acc === undefined) mine.set(accountId, (acc = new AccountLines(s, { later: o.later })));
        acc.add(ticket.source, lineOf(s, one.scored));
        buffered += 1;
      }
      if (buffered >= o.lineBudget) await spill();
    }
  }
  return { lines, derived };
};
