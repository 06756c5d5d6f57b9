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
import { type AccountRollup, rollupAccount } from '../../core/scoring/rollup-account.js';
import { riskiestFirst } from '../../core/scoring/score-accounts.js';
import { toIsoDate } from '../../core/time/iso-date.js';
import { windowOf } from '../../core/time/window.js';
import type { AccountTickets, Store, StoredRollup } from '../../stores/store.js';
import type { FactsInputs } from '../facts/derive-facts.js';
import { latestUsageByAccount } from './latest-usage.js';
import { parseRollup, serializeRollup, withoutTicketPoints } from './rollup-codec.js';
import { rollupStamp } from './rollup-stamp.js';
import { scoreGroupTickets } from './score-tickets.js';

export interface RankContext {
  readonly store: Store;
  readonly config: Config;
  readonly configVersion: string;
  readonly facts: FactsInputs;
  readonly calendarFor: (account: Account | null) => BusinessCalendar;
  /** Tickets per store group (default: the store's). */
  readonly batchSize?: number;
}

export interface RankedAt {
  readonly asOf: Instant;
  readonly windowDays: number;
  /** Riskiest first. */
  readonly accounts: readonly AccountScore[];
  readonly segments: readonly SegmentSummary[];
  /** Accounts rolled up from their tickets in this run. */
  readonly recomputed: number;
  /** Accounts whose kept rollup was still current. */
  readonly reused: number;
  /** Tickets whose type, severity, sentiment and theme were derived on the spot (none stored). */
  readonly derivedFacts: number;
  /** Accounts left out because they had churned by `asOf` (see `churnedBy`). */
  readonly churned: number;
}

/** Which kept rollups are still current, by account id. */
const currentRollups = (
  kept: readonly StoredRollup[],
  revisions: ReadonlyMap<string, number>,
  stamps: ReadonlyMap<string, string>,
): Map<string, AccountRollup> => {
  const out = new Map<string, AccountRollup>();
  for (const k of kept) {
    if (revisions.get(k.accountId) !== k.revision || !stamps.has(k.accountId)) continue;
    const parsed = parseRollup(k.body);
    if (parsed !== null && parsed.stamp === stamps.get(k.accountId)) out.set(k.accountId, parsed.rollup);
  }
  return out;
};

/** What one as-of time needs before its stale accounts are read. */
interface Plan {
  readonly asOf: Instant;
  readonly latest: ReadonlyMap<string, UsageRecord>;
  readonly stamps: ReadonlyMap<string, string>;
  readonly rollups: Map<string, AccountRollup>;
  readonly reused: number;
  readonly stale: ReadonlySet<string>;
  derivedFacts: number;
}

const plan = async (ctx: RankContext, asOf: Instant, accounts: readonly Account[], usage: readonly UsageRecord[], revisions: ReadonlyMap<string, number>): Promise<Plan> => {
  const { config } = ctx;
  const latest = latestUsageByAccount(usage, config.segments.adoption.usageMetric, toIsoDate(asOf, config.timezone));
  const stamps = new Map(accounts.map((a) => [a.id, rollupStamp(a, latest.get(a.id) ?? null, ctx.facts.version)]));
  const rollups = currentRollups(await ctx.store.loadRollups(asOf, ctx.configVersion), revisions, stamps);
  const stale = new Set(accounts.filter((a) => !rollups.has(a.id)).map((a) => a.id));
  return { asOf, latest, stamps, rollups, reused: rollups.size, stale, derivedFacts: 0 };
};

/** Rolls one account up as of the plan's time and returns what to keep of it. */
const rollOne = (ctx: RankContext, p: Plan, item: AccountTickets): StoredRollup => {
  const { config } = ctx;
  const zone = config.timezone;
  const windowDays = config.scoring.windowDays;
  const ticketCtx = { config, facts: ctx.facts, calendarFor: ctx.calendarFor, asOf: p.asOf };
  const scored = scoreGroupTickets(item, ticketCtx);
  p.derivedFacts += scored.derived;
  const use = p.latest.get(item.account.id);
  const rollup = withoutTicketPoints(
    rollupAccount({
      account: item.account,
      tickets: scored.tickets,
      usage: use === undefined ? [] : [use],
      asOf: p.asOf,
      windowDays,
      window: windowOf(p.asOf, windowDays, zone),
      scoring: config.scoring,
      segments: config.segments,
      timezone: zone,
    }),
  );
  p.rollups.set(item.account.id, rollup);
  const stamp = rollupStamp(item.account, use ?? null, ctx.facts.version);
  return { accountId: item.account.id, revision: item.revision, body: serializeRollup(rollup, stamp) };
};

/**
 * Scores every account at each of the given as-of times, reading the store once for all of them
 * (the trend and the previous window need earlier times; tickets and events are the costly part).
 * @example const [now, monthAgo] = await rankAtTimes(ctx, [asOf, asOf - 30 * DAY]);
 */
export const rankAtTimes = async (ctx: RankContext, times: readonly Instant[]): Promise<RankedAt[]> => {
  const { store, config } = ctx;
  const [accounts, usage, revisions, outcomes] = await Promise.all([
    store.listAccounts(),
    store.listUsage(),
    store.accountRevisions(),
    store.listOutcomes(),
  ]);
  const plans = await Promise.all(times.map((asOf) => plan(ctx, asOf, accounts, usage, revisions)));
  const stale = new Set(plans.flatMap((p) => [...p.stale]));
  if (stale.size > 0) {
    const groups = store.iterateAccountTickets({
      // Every account stale (a first run): range scans over all of them beat a long id list.
      ...(stale.size === accounts.length ? {} : { accountIds: [...stale] }),
      createdBefore: Math.max(...times) + 1,
      ...(ctx.batchSize === undefined ? {} : { batchSize: ctx.batchSize }),
    });
    for await (const group of groups) {
      for (const p of plans) {
        const toKeep = group.filter((item) => p.stale.has(item.account.id)).map((item) => rollOne(ctx, p, item));
        await store.saveRollups(p.asOf, ctx.configVersion, toKeep);
      }
    }
  }
  return plans.map((p): RankedAt => {
    const left = churnedBy(outcomes, toIsoDate(p.asOf, config.timezone));
    // In account order, so that ranking sees the same input whichever rollups were reused.
    const ordered = accounts.flatMap((a) => (left.has(a.id) ? [] : (p.rollups.get(a.id) ?? [])));
    const ranked = rankSegments(ordered, config.scoring, config.segments);
    return {
      asOf: p.asOf,
      windowDays: config.scoring.windowDays,
      accounts: [...ranked.accounts].sort(riskiestFirst),
      segments: ranked.segments,
      recomputed: ordered.length - p.reused,
      reused: p.reused,
      derivedFacts: p.derivedFacts,
      churned: accounts.filter((a) => left.has(a.id)).length,
    };
  });
};

/** {@link rankAtTimes} at one time. @example (await rankAt(ctx, asOf)).recomputed */
export const rankAt = async (ctx: RankContext, asOf: Instant): Promise<RankedAt> =>
  (await rankAtTimes(ctx, [asOf]))[0] as RankedAt;
