/**
 * Every account rolled up from one pass over all tickets in key order (`Store.iterateTicketPages`):
 * a first score, or one under a new config, where every kept rollup is stale. Each account's tally
 * and lines take its tickets as they come, so the store is read front to back once, never account
 * by account.
 * @module
 */
import type { RollupFigures } from '../../core/scoring/rollup-figures.js';
import type { Account, Instant, UsageRecord } from '../../core/model.js';
import type { BusinessCalendar } from '../../core/calendar/compile-calendar.js';
import { type Store, type StoredRollup, ticketKeyString } from '../../stores/store.js';
import { groupEventsByTicket } from '../facts/group-events.js';
import { AccountLines, type LineSetting, lineOf } from './roll-lines.js';
import { NO_EVENTS, type TicketScoringContext, scoreTicket } from './score-tickets.js';

export interface PassPlan {
  readonly setting: LineSetting;
  readonly latest: ReadonlyMap<string, UsageRecord>;
  readonly rollups: Map<string, RollupFigures>;
}

/** Rollups saved per statement batch. */
const SAVE_CHUNK = 500;

/**
 * Lines held across all accounts before they are spilled to the store as a new part of each
 * account's lines: about 40 MB, so the pass's memory does not grow with the number of tickets (in
 * key order every account stays open to the end).
 */
export const LINE_BUDGET = 200_000;

/**
 * Rolls up every account at each plan's time, saves the rollups with their lines, and returns, per
 * plan, how many tickets' facts had to be derived on the spot.
 * @param seq the facts write the rollups are current after
 */
export const fullPass = async (
  store: Store,
  configVersion: string,
  plans: readonly PassPlan[],
  context: Omit<TicketScoringContext, 'asOf'>,
  accounts: readonly Account[],
  revisions: ReadonlyMap<string, number>,
  createdBefore: Instant,
  seq: number,
  lineBudget = LINE_BUDGET,
): Promise<number[]> => {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const lines = plans.map(() => new Map<string, AccountLines>());
  const derived = plans.map(() => 0);
  const calendars = new Map<string, BusinessCalendar>();
  const contexts = plans.map((p) => ({ ...context, asOf: p.setting.asOf }));
  let buffered = 0;
  const spill = async () => {
    for (const [i, p] of plans.entries()) {
      const parts = [...(lines[i] as Map<string, AccountLines>)].flatMap(([id, acc]) => acc.spill(id) ?? []);
      await store.appendRollupLines(p.setting.asOf, configVersion, parts);
    }
    buffered = 0;
  };
  for await (const page of store.iterateTicketPages({ createdBefore, factsVersion: context.facts.version })) {
    const eventsOf = page.events.length === 0 ? null : groupEventsByTicket(page.events);
    for (const { accountId, ticket, facts } of page.tickets) {
      const account = byId.get(accountId);
      if (account === undefined) continue;
      let calendar = calendars.get(accountId);
      if (calendar === undefined) calendars.set(accountId, (calendar = context.calendarFor(account)));
      const events = eventsOf?.get(ticketKeyString(ticket)) ?? NO_EVENTS;
      for (const [i, p] of plans.entries()) {
        if (ticket.createdAt > p.setting.window.end) continue;
        const one = scoreTicket(ticket, facts, events, account, calendar, contexts[i] as TicketScoringContext);
        if (one.derived) derived[i] = (derived[i] ?? 0) + 1;
        const mine = lines[i] as Map<string, AccountLines>;
        let acc = mine.get(accountId);
        if (acc === undefined) mine.set(accountId, (acc = new AccountLines(p.setting)));
        acc.add(ticket.source, lineOf(p.setting, one.scored));
        buffered += 1;
      }
      if (buffered >= lineBudget) await spill();
    }
  }
  for (const [i, p] of plans.entries()) {
    const mine = lines[i] as Map<string, AccountLines>;
    let toKeep: StoredRollup[] = [];
    for (const a of accounts) {
      const acc = mine.get(a.id) ?? new AccountLines(p.setting);
      mine.delete(a.id);
      const rolled = acc.finish(p.setting, a, revisions.get(a.id) ?? 0, p.latest.get(a.id) ?? null, seq);
      p.rollups.set(a.id, rolled.rollup);
      toKeep.push(rolled.stored);
      if (toKeep.length >= SAVE_CHUNK) {
        await store.saveRollups(p.setting.asOf, configVersion, toKeep);
        toKeep = [];
      }
    }
    await store.saveRollups(p.setting.asOf, configVersion, toKeep);
  }
  return derived;
};
