/**
 * Every account rolled up from one pass over all tickets in key order (`Store.iterateTicketPages`):
 * a first score, or one under a new config, where every kept rollup is stale. Each account's tally
 * and lines take its tickets as they come, so the store is read front to back once, never account
 * by account.
 *
 * On a large store that another connection can open, the pass is split at a ticket key: this thread
 * takes the tickets up to it, a worker thread those after it on its own connection. The worker's
 * lines come here to be stored (one writer), numbered after the account's own parts, and at the end
 * each account's tally of the later part is merged after this thread's, which gives the rollup of
 * one pass in key order exactly. A failed worker costs a second pass, on this thread alone.
 * @module
 */
import type { Account, Instant, UsageRecord } from '../../core/model.js';
import type { RollupFigures } from '../../core/scoring/rollup-figures.js';
import type { RollupLinesPart, Store, StoredRollup, TicketKey } from '../../stores/store.js';
import { unpackTallies } from './tally-pack.js';
import { startLaterPart } from './later-part.js';
import type { LaterTime, SpilledLines } from './later-part-task.js';
import { passRange, type RangeResult } from './pass-range.js';
import { AccountLines, type LineSetting, spillAll } from './roll-lines.js';
import type { TicketScoringContext } from './score-tickets.js';

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

/** Stores with fewer tickets are read on one thread: a thread's start costs more than it saves. */
export const SPLIT_TICKETS = 100_000;

/**
 * This thread's share of the tickets. It also stores every line and merges the worker's tallies,
 * while the worker starts later (its modules and the model load first) and packs its tallies at the
 * end. Balanced by when each thread is done, timed inside the 1M bench's full rescore (2 cores,
 * quiet machine): at 0.5 this thread finished its tickets at 7.4–7.6 s and then waited 1.0–1.1 s
 * for the worker (rescore 9.8–10.0 s); at 0.56 the two finished 0.13 s apart (8.2–8.4 s; rescore
 * 9.6–9.7 s). Wall times of whole runs alone move too much here to tell such shares apart.
 */
const HEAD_SHARE = 0.56;

export interface FullPassOptions {
  readonly lineBudget?: number;
  /** Split the pass between two threads from this many tickets on (default {@link SPLIT_TICKETS}). */
  readonly splitTickets?: number;
  /** Tickets per page read (default: the store's). */
  readonly batchSize?: number;
}

/** Where the pass is split and how many tickets the store holds, or null to read on one thread. */
const splitPoint = async (store: Store, minimum: number): Promise<{ readonly key: TicketKey; readonly tickets: number } | null> => {
  const tickets = await store.countTickets();
  if (tickets < Math.max(minimum, 2)) return null;
  const key = await store.ticketKeyAt(Math.max(0, Math.floor(tickets * HEAD_SHARE) - 1));
  return key === null ? null : { key, tickets };
};

const setImmediatePromise = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface PassResult {
  /** Per plan: tickets whose facts had to be derived on the spot. */
  readonly derived: readonly number[];
  /** 2 when a worker thread took part of the tickets, else 1. */
  readonly threads: number;
}

/** What the split pass needs besides the store and the plans. */
interface SplitInputs {
  readonly configVersion: string;
  readonly context: Omit<TicketScoringContext, 'asOf'>;
  readonly accounts: ReadonlyMap<string, Account>;
  readonly createdBefore: Instant;
  readonly lineBudget: number;
  readonly batchSize: number | undefined;
}

/**
 * The pass on two threads: this one up to the split key, a worker after it. Null when the worker
 * failed (the caller reads everything again on this thread: parts written so far are overwritten,
 * and those past the last are dropped when the rollups are saved).
 */
const splitPass = async (
  store: Store,
  location: string,
  plans: readonly PassPlan[],
  split: { readonly key: TicketKey; readonly tickets: number },
  inputs: SplitInputs,
): Promise<RangeResult | null> => {
  const { configVersion, context, createdBefore, lineBudget, batchSize } = inputs;
  const paging = batchSize === undefined ? {} : { batchSize };
  const settings = plans.map((p) => p.setting);
  const storeParts = (i: number, parts: readonly RollupLinesPart[]) =>
    store.appendRollupLines((plans[i] as PassPlan).setting.asOf, configVersion, parts);
  const into = plans.map(() => new Map<string, AccountLines>());
  const linesOf = (i: number, id: string): AccountLines => {
    const mine = into[i] as Map<string, AccountLines>;
    let acc = mine.get(id);
    if (acc === undefined) mine.set(id, (acc = new AccountLines((plans[i] as PassPlan).setting)));
    return acc;
  };
  // The worker's lines are stored here as they come, each as the account's next part.
  let writes = Promise.resolve();
  const storeSpilled = (i: number, spilled: readonly SpilledLines[]) => {
    const parts = spilled.map((s) => ({ accountId: s.accountId, part: linesOf(i, s.accountId).nextPart(), lines: s.lines }));
    writes = writes.then(() => storeParts(i, parts));
  };
  const later = startLaterPart(
    {
      location,
      config: context.config,
      times: settings.map((s) => s.asOf),
      factsVersion: context.facts.version,
      createdBefore,
      after: split.key,
      tickets: split.tickets,
      lineBudget,
      ...paging,
    },
    storeSpilled,
  );
  try {
    const head = await passRange(store, settings, context, inputs.accounts, {
      createdBefore,
      through: split.key,
      lineBudget,
      ...paging,
      later: false,
      into,
      spill: async (i, parts) => {
        await storeParts(i, parts);
        // Lets the worker's spilled lines in: this pass's reads never wait on anything else.
        await setImmediatePromise();
      },
    });
    // While the worker finishes and packs its tallies, this thread stores the lines it still holds.
    for (const [i, mine] of into.entries()) await storeParts(i, spillAll(mine));
    const tail = await later.done;
    await writes;
    if (tail === null) return null;
    mergeLater(tail, storeSpilled, linesOf);
    await writes;
    return { lines: into, derived: head.derived.map((n, i) => n + (tail[i]?.derived ?? 0)) };
  } finally {
    await later.stop();
  }
};

/**
 * Rolls up every account at each plan's time and saves the rollups with their lines.
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
  options: FullPassOptions = {},
): Promise<PassResult> => {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const lineBudget = options.lineBudget ?? LINE_BUDGET;
  const location = store.location;
  const split = location === null ? null : await splitPoint(store, options.splitTickets ?? SPLIT_TICKETS);
  const inputs = { configVersion, context, accounts: byId, createdBefore, lineBudget, batchSize: options.batchSize };
  const two = split === null || location === null ? null : await splitPass(store, location, plans, split, inputs);
  const pass =
    two ??
    (await passRange(store, plans.map((p) => p.setting), context, byId, {
      createdBefore,
      lineBudget,
      ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
      later: false,
      spill: (i, parts) => store.appendRollupLines((plans[i] as PassPlan).setting.asOf, configVersion, parts),
    }));
  for (const [i, p] of plans.entries()) {
    const mine = pass.lines[i] as Map<string, AccountLines>;
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
  return { derived: pass.derived, threads: two === null ? 1 : 2 };
};

/** The worker's last lines stored as each account's next part, and its tallies merged after this thread's. */
const mergeLater = (
  tail: readonly LaterTime[],
  storeSpilled: (i: number, spilled: readonly SpilledLines[]) => void,
  linesOf: (i: number, id: string) => AccountLines,
): void => {
  for (const [i, t] of tail.entries()) {
    storeSpilled(i, t.parts);
    unpackTallies(t.tallies, (id, state) => linesOf(i, id).merge(state));
  }
};
