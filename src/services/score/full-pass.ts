/**
 * Every account rolled up from one pass over all tickets in key order (`Store.iterateTicketPages`):
 * a first score, or one under a new config, where every kept rollup is stale. Each account's tally
 * and lines take its tickets as they come, so the store is read front to back once, never account
 * by account.
 * @module
 */
import type { AccountRollup } from '../../core/scoring/account-tally.js';
import type { Account, Instant, TicketEvent, UsageRecord } from '../../core/model.js';
import { type AccountTickets, type Store, type StoredRollup, type TicketPage, ticketKeyString } from '../../stores/store.js';
import { AccountLines, type LineSetting, lineOf } from './roll-lines.js';
import { type TicketScoringContext, scoreGroupTickets } from './score-tickets.js';

export interface PassPlan {
  readonly setting: LineSetting;
  readonly latest: ReadonlyMap<string, UsageRecord>;
  readonly rollups: Map<string, AccountRollup>;
}

/** Rollups saved per statement batch. */
const SAVE_CHUNK = 500;

type Group = { account: Account; revision: number; tickets: AccountTickets['tickets'][number][]; events: TicketEvent[] };

/** One page's tickets and events split by account. */
const byAccount = (
  page: TicketPage,
  accounts: ReadonlyMap<string, Account>,
): Map<string, Group> => {
  const groups = new Map<string, Group>();
  const ofTicket = new Map<string, Group>();
  for (const { accountId, ticket, facts } of page.tickets) {
    let g = groups.get(accountId);
    if (g === undefined) {
      const account = accounts.get(accountId);
      if (account === undefined) continue;
      groups.set(accountId, (g = { account, revision: 0, tickets: [], events: [] }));
    }
    g.tickets.push({ ticket, facts });
    ofTicket.set(ticketKeyString(ticket), g);
  }
  for (const e of page.events) ofTicket.get(ticketKeyString({ source: e.source, externalId: e.ticketId }))?.events.push(e);
  return groups;
};

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
): Promise<number[]> => {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const lines = plans.map(() => new Map<string, AccountLines>());
  const derived = plans.map(() => 0);
  for await (const page of store.iterateTicketPages({ createdBefore, factsVersion: context.facts.version })) {
    for (const [id, group] of byAccount(page, byId)) {
      for (const [i, p] of plans.entries()) {
        const scored = scoreGroupTickets(group, { ...context, asOf: p.setting.asOf });
        derived[i] = (derived[i] ?? 0) + scored.derived;
        const mine = lines[i] as Map<string, AccountLines>;
        let acc = mine.get(id);
        if (acc === undefined) mine.set(id, (acc = new AccountLines(p.setting)));
        for (const t of scored.tickets) {
          if (t.ticket.createdAt <= p.setting.window.end) acc.add(t.ticket.source, lineOf(p.setting, t));
        }
      }
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
