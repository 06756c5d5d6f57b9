/**
 * Scores every account of the store as of one moment, reusing the rollups kept from an earlier run
 * for the same (as-of, config version) where the account has not changed since, then ranking
 * everyone again: one account's new tickets move its peers' percentiles too.
 * @module
 */
import type { Config } from '../../config/schema.js';
import type { BusinessCalendar } from '../../core/calendar/compile-calendar.js';
import type { Account, Instant, UsageRecord } from '../../core/model.js';
import type { AccountScore, SegmentSummary } from '../../core/scoring/account-score.js';
import { churnedBy } from '../../core/scoring/churned-accounts.js';
import { rankSegments } from '../../core/scoring/rank-segments.js';
import { type EffectiveSettings, effectiveSettings } from '../../core/segments/segment-overrides.js';
import type { RollupFigures } from '../../core/scoring/rollup-figures.js';
import { riskiestFirst } from '../../core/scoring/score-accounts.js';
import { toIsoDate } from '../../core/time/iso-date.js';
import type { AccountTickets, Store, StoredRollup } from '../../stores/store.js';
import type { FactsInputs } from '../facts/derive-facts.js';
import { latestUsageByAccount } from './latest-usage.js';
import { fullPass } from './full-pass.js';
import { createdBeforeAll, groupsById, patchRollups, ticketsToRead } from './patch-rollups.js';
import { type LineSetting, lineSetting, linesOf, rollLines } from './roll-lines.js';
import { parseRollup } from './rollup-codec.js';
import { rollupStamp } from './rollup-stamp.js';
import { scoreGroupTickets } from './score-tickets.js';

export interface RankContext {
  readonly store: Store;
  readonly config: Config;
  readonly configVersion: string;
  readonly facts: FactsInputs;
  readonly calendarFor: (account: Account | null) => BusinessCalendar;
  /** Tickets per store group, and per page of a full pass (default: the store's). */
  readonly batchSize?: number;
  /** Lines a full pass holds before spilling them to the store (default `LINE_BUDGET`). */
  readonly lineBudget?: number;
  /** Parts an account's lines may have before a patch writes them as one (default `MAX_LINE_PARTS`). */
  readonly maxLineParts?: number;
  /** Tickets from which a full pass is split between two threads (default `SPLIT_TICKETS`). */
  readonly splitTickets?: number;
}

export interface RankedAt {
  readonly asOf: Instant;
  readonly windowDays: number;
  /** Riskiest first. */
  readonly accounts: readonly AccountScore[];
  readonly segments: readonly SegmentSummary[];
  /** Accounts scored whose rollup was computed in this run (those churned count in `churned` only). */
  readonly recomputed: number;
  /** Of those, accounts patched with their changed tickets only (their other tickets not read). */
  readonly patched: number;
  /** Accounts scored whose kept rollup was still current. */
  readonly reused: number;
  /** Tickets whose type, severity, sentiment and theme were derived on the spot (none stored). */
  readonly derivedFacts: number;
  /** Accounts left out because they had churned by `asOf` (see `churnedBy`). */
  readonly churned: number;
  /** Seconds by part of the run (shared by all times of one call): where a rescore's time goes. */
  readonly parts: Readonly<Record<string, number>>;
  /** Threads that read the tickets: 2 when a full pass was split (see `full-pass.ts`). */
  readonly threads: number;
}

/** What one as-of time needs before its stale accounts are read. */
interface Plan {
  readonly setting: LineSetting;
  readonly latest: ReadonlyMap<string, UsageRecord>;
  readonly rollups: Map<string, RollupFigures>;
  /** Accounts whose kept rollup is current. */
  readonly reused: ReadonlySet<string>;
  /** Accounts to roll up from all their tickets. */
  readonly stale: Set<string>;
  /** Accounts to patch with their changed tickets: id → the facts write their rollup followed. */
  readonly patch: Map<string, number>;
  derivedFacts: number;
}

/**
 * Sorts each kept rollup into reused (revision and stamp match), patchable (stamp matches, lines
 * kept, and every change since is a facts write: `trusted`) or stale.
 */
const plan = async (
  ctx: RankContext,
  asOf: Instant,
  accounts: readonly Account[],
  usage: readonly UsageRecord[],
  revisions: ReadonlyMap<string, number>,
  trusted: boolean,
): Promise<Plan> => {
  const { config } = ctx;
  const latest = latestUsageByAccount(usage, config.segments.adoption.usageMetric, toIsoDate(asOf, config.timezone));
  const kept = new Map((await ctx.store.loadRollups(asOf, ctx.configVersion)).map((k) => [k.accountId, k]));
  const p: Plan = {
    setting: lineSetting(config, asOf, ctx.facts.version),
    latest,
    rollups: new Map(),
    reused: new Set(),
    stale: new Set(),
    patch: new Map(),
    derivedFacts: 0,
  };
  const settings = new Map<string, EffectiveSettings>();
  const { scoring, segments } = config;
  const settingsOf = (parts: readonly string[]) => {
    const key = parts.join('\u0000');
    let found = settings.get(key);
    if (found === undefined) settings.set(key, (found = effectiveSettings(scoring.components, scoring.grades, segments.overrides, parts)));
    return found;
  };
  for (const a of accounts) {
    const k = kept.get(a.id);
    const parsed = k === undefined ? null : parseRollup(k.body, settingsOf);
    if (k === undefined || parsed === null || parsed.stamp !== rollupStamp(a, latest.get(a.id) ?? null, ctx.facts.version)) {
      p.stale.add(a.id);
    } else if (revisions.get(a.id) === k.revision) {
      p.rollups.set(a.id, parsed.rollup);
    } else if (trusted && k.factsSeq !== undefined) {
      p.patch.set(a.id, k.factsSeq);
    } else {
      p.stale.add(a.id);
    }
  }
  return { ...p, reused: new Set(p.rollups.keys()) };
};

/** Patches every plan's patchable accounts; those whose lines cannot be read turn stale. */
const patchAll = async (ctx: RankContext, plans: readonly Plan[], times: readonly Instant[], seq: number, accounts: readonly Account[], revisions: ReadonlyMap<string, number>): Promise<void> => {
  const seqs = plans.flatMap((p) => [...p.patch.values()]);
  if (seqs.length === 0) return;
  const { store } = ctx;
  const changed = await store.ticketsChangedSince(Math.min(...seqs));
  const groups = groupsById(await store.ticketsByKey(ticketsToRead(changed, plans), createdBeforeAll(times)));
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const context = { config: ctx.config, facts: ctx.facts, calendarFor: ctx.calendarFor };
  for (const p of plans) {
    if (p.patch.size === 0) continue;
    const patched = await patchRollups(store, ctx.configVersion, p, changed, groups, context, byId, revisions, seq, ctx.maxLineParts);
    for (const [id, rollup] of patched.rollups) p.rollups.set(id, rollup);
    for (const id of patched.unreadable) {
      p.patch.delete(id);
      p.stale.add(id);
    }
    p.derivedFacts += patched.derived;
    await store.saveRollups(p.setting.asOf, ctx.configVersion, patched.toKeep);
  }
};

/** Rolls one account up from all its tickets as of the plan's time and returns what to keep of it. */
const rollOne = (ctx: RankContext, p: Plan, item: AccountTickets, seq: number): StoredRollup => {
  const ticketCtx = { config: ctx.config, facts: ctx.facts, calendarFor: ctx.calendarFor, asOf: p.setting.asOf };
  const scored = scoreGroupTickets(item, ticketCtx);
  p.derivedFacts += scored.derived;
  const lines = linesOf(p.setting, scored.tickets);
  const rolled = rollLines(p.setting, item.account, item.revision, p.latest.get(item.account.id) ?? null, lines, seq);
  p.rollups.set(item.account.id, rolled.rollup);
  return rolled.stored;
};

/**
 * Scores every account at each of the given as-of times, reading the store once for all of them
 * (the trend and the previous window need earlier times; tickets and events are the costly part).
 * @example const [now, monthAgo] = await rankAtTimes(ctx, [asOf, asOf - 30 * DAY]);
 */
export const rankAtTimes = async (ctx: RankContext, times: readonly Instant[]): Promise<RankedAt[]> => {
  const { store, config } = ctx;
  const parts: Record<string, number> = {};
  let mark = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    parts[name] = (parts[name] ?? 0) + (now - mark) / 1000;
    mark = now;
  };
  // The facts status first: a ticket written after it is patched again by the next rescore.
  const status = await store.factsStatus();
  const [accounts, usage, revisions, outcomes] = await Promise.all([
    store.listAccounts(),
    store.listUsage(),
    store.accountRevisions(),
    store.listOutcomes(),
  ]);
  const trusted = status.pending === 0;
  const plans = await Promise.all(times.map((asOf) => plan(ctx, asOf, accounts, usage, revisions, trusted)));
  lap('load');
  await patchAll(ctx, plans, times, status.seq, accounts, revisions);
  lap('patch');
  // Times at which every account is stale (a first score, a new config, a trend base not scored
  // before) take one pass over all tickets; the other times' stale accounts are read account by
  // account, which costs more a ticket but reads only theirs.
  const whole = plans.filter((p) => p.stale.size === accounts.length);
  const some = plans.filter((p) => p.stale.size > 0 && p.stale.size < accounts.length);
  let threads = 1;
  if (whole.length > 0) {
    const context = { config: ctx.config, facts: ctx.facts, calendarFor: ctx.calendarFor };
    const before = createdBeforeAll(whole.map((p) => p.setting.asOf));
    const pass = await fullPass(store, ctx.configVersion, whole, context, accounts, revisions, before, status.seq, {
      ...(ctx.lineBudget === undefined ? {} : { lineBudget: ctx.lineBudget }),
      ...(ctx.splitTickets === undefined ? {} : { splitTickets: ctx.splitTickets }),
      ...(ctx.batchSize === undefined ? {} : { batchSize: ctx.batchSize }),
    });
    for (const [i, p] of whole.entries()) p.derivedFacts += pass.derived[i] ?? 0;
    threads = pass.threads;
  }
  const stale = new Set(some.flatMap((p) => [...p.stale]));
  if (stale.size > 0) {
    const groups = store.iterateAccountTickets({
      accountIds: [...stale],
      createdBefore: createdBeforeAll(some.map((p) => p.setting.asOf)),
      ...(ctx.batchSize === undefined ? {} : { batchSize: ctx.batchSize }),
    });
    for await (const group of groups) {
      for (const p of some) {
        const toKeep = group.filter((item) => p.stale.has(item.account.id)).map((item) => rollOne(ctx, p, item, status.seq));
        await store.saveRollups(p.setting.asOf, ctx.configVersion, toKeep);
      }
    }
  }
  lap('recompute');
  return plans.map((p): RankedAt => {
    const asOf = p.setting.asOf;
    const left = churnedBy(outcomes, toIsoDate(asOf, config.timezone));
    // In account order, so that ranking sees the same input whichever rollups were reused.
    const ordered: RollupFigures[] = [];
    let churned = 0;
    let reused = 0;
    let patched = 0;
    // One pass, counting as it goes: this runs for every account on every rescore.
    for (const a of accounts) {
      if (left.has(a.id)) {
        churned += 1;
        continue;
      }
      const r = p.rollups.get(a.id);
      if (r === undefined) continue;
      ordered.push(r);
      if (p.reused.has(r.accountId)) reused += 1;
      if (p.patch.has(r.accountId)) patched += 1;
    }
    const ranked = rankSegments(ordered, config.scoring, config.segments);
    return {
      asOf,
      windowDays: config.scoring.windowDays,
      accounts: [...ranked.accounts].sort(riskiestFirst),
      segments: ranked.segments,
      recomputed: ordered.length - reused,
      patched,
      reused,
      derivedFacts: p.derivedFacts,
      churned,
      parts: (lap('rank'), parts),
      threads,
    };
  });
};

/** {@link rankAtTimes} at one time. @example (await rankAt(ctx, asOf)).recomputed */
export const rankAt = async (ctx: RankContext, asOf: Instant): Promise<RankedAt> =>
  (await rankAtTimes(ctx, [asOf]))[0] as RankedAt;
