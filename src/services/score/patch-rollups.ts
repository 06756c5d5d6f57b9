/**
 * Patches kept rollups with the tickets that changed since they were computed: each account's kept
 * lines lose the tickets whose facts were written again (changed, moved away, given new events) and
 * gain the new lines of those that belong to it now, and the account is rolled up from its lines
 * again. Only the changed tickets are read, never the accounts' other tickets.
 *
 * Sound only while no ticket is pending facts (every change since is then a facts write after the
 * rollup's), which the caller checks.
 * @module
 */
import type { AccountRollup } from '../../core/scoring/account-tally.js';
import type { Account, Instant, UsageRecord } from '../../core/model.js';
import { ticketKey } from '../../core/scoring/scored-ticket.js';
import type { AccountTickets, ChangedTicket, Store, StoredRollup } from '../../stores/store.js';
import { KeySet } from './key-set.js';
import { type KeyedLine, LineRows, encodeLines } from './line-codec.js';
import { patchedRows, readRows } from './patched-lines.js';
import { type LineSetting, linesOf, rollEach } from './roll-lines.js';
import { type TicketScoringContext, scoreGroupTickets } from './score-tickets.js';

/** One as-of time's accounts to patch: account id → the facts write its kept rollup was computed after. */
export interface PatchPlan {
  readonly setting: LineSetting;
  readonly patch: ReadonlyMap<string, number>;
  readonly latest: ReadonlyMap<string, UsageRecord>;
}

export interface Patched {
  readonly rollups: Map<string, AccountRollup>;
  readonly toKeep: StoredRollup[];
  /** Accounts whose kept lines could not be read: recompute them from all their tickets. */
  readonly unreadable: Set<string>;
  derived: number;
}

/** The changed tickets some plan needs: those written after the rollup of the account they are in now. */
export const ticketsToRead = (changed: readonly ChangedTicket[], plans: readonly PatchPlan[]): ChangedTicket[] =>
  changed.filter((c) => plans.some((p) => (p.patch.get(c.accountId) ?? Number.POSITIVE_INFINITY) < c.seq));

/**
 * Parts an account's lines may be kept in before a patch writes them all again as one: each patch
 * appends a part, and reading many small parts costs more than writing one.
 */
export const MAX_LINE_PARTS = 16;

/**
 * @param groups the changed tickets as `Store.ticketsByKey` read them
 * @param seq the facts write the patched rollups are current after
 * @param maxLineParts parts an account's lines may have before the patch writes them as one
 */
export const patchRollups = async (
  store: Store,
  configVersion: string,
  plan: PatchPlan,
  changed: readonly ChangedTicket[],
  groups: ReadonlyMap<string, AccountTickets>,
  context: Omit<TicketScoringContext, 'asOf'>,
  accounts: ReadonlyMap<string, Account>,
  revisions: ReadonlyMap<string, number>,
  seq: number,
  maxLineParts = MAX_LINE_PARTS,
): Promise<Patched> => {
  const s = plan.setting;
  const out: Patched = { rollups: new Map(), toKeep: [], unreadable: new Set(), derived: 0 };
  const kept = await store.loadRollupLines(s.asOf, configVersion, [...plan.patch.keys()]);
  // The keys (as lines name them, see `ticketKey`) of tickets written after each kept rollup: most
  // rollups share one.
  const gones = new Map<number, KeySet>();
  const goneSince = (since: number): KeySet => {
    let gone = gones.get(since);
    if (gone === undefined) {
      gone = new KeySet(changed.flatMap((c) => (c.seq > since ? [`${c.source}:${c.externalId}`] : [])));
      gones.set(since, gone);
    }
    return gone;
  };
  // One for every account: its arrays grow to the largest account's lines and stay.
  const rows = new LineRows();
  for (const [id, since] of plan.patch) {
    const account = accounts.get(id);
    const parts = kept.get(id);
    if (account === undefined || parts === undefined || !readRows(rows, parts)) {
      out.unreadable.add(id);
      continue;
    }
    const gone = goneSince(since);
    const group = groups.get(id);
    let fresh: KeyedLine[] = [];
    if (group !== undefined) {
      const changed = { ...group, tickets: group.tickets.filter((t) => gone.has(ticketKey(t.ticket))) };
      const scored = scoreGroupTickets(changed, { ...context, asOf: s.asOf });
      out.derived += scored.derived;
      fresh = linesOf(s, scored.tickets);
    }
    const place = group !== undefined;
    const lines = patchedRows(rows, parts.length, gone, fresh, place);
    const count = parts.length;
    const appended = count >= maxLineParts ? undefined : { part: count, lines: encodeLines(fresh, lines.dropped) };
    const rolled = rollEach(s, account, revisions.get(id) ?? 0, plan.latest.get(id) ?? null, seq, appended, lines.each);
    out.rollups.set(id, rolled.rollup);
    out.toKeep.push(rolled.stored);
  }
  return out;
};

/** The groups `Store.ticketsByKey` returned, by account id. */
export const groupsById = (groups: readonly AccountTickets[]): Map<string, AccountTickets> =>
  new Map(groups.map((g) => [g.account.id, g]));

/** The latest of the given as-of times plus 1 ms: tickets created before it can matter. */
export const createdBeforeAll = (times: readonly Instant[]): Instant => Math.max(...times) + 1;
