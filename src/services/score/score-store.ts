/**
 * `ticket-health score`: every account of the store as of one moment, riskiest first, with its
 * 30-day trend; the config body kept under its version and a snapshot per account saved (scoring
 * the same as-of again replaces them).
 * @module
 */
import type { LoadedConfig } from '../../config/load-config.js';
import type { Instant } from '../../core/model.js';
import type { Result } from '../../core/result.js';
import type { SegmentSummary } from '../../core/scoring/account-score.js';
import type { Store } from '../../stores/store.js';
import { loadFactsInputs } from '../facts/facts-inputs.js';
import { createCalendarPicker } from '../../core/calendar/choose-schedule.js';
import { type RankContext, type RankedAt, rankAtTimes } from './rank-at.js';
import { resolveScoringSetup } from './scoring-setup.js';
import { type TrendBasis, type TrendedScore, toSnapshot, withTrend } from './snapshot-codec.js';
import { daysBefore, TREND_DAYS, type Trends, trendsOf } from './trends.js';

export interface ScoreStoreOptions {
  readonly asOf: Instant;
  /** Replay under a stored config version instead of the loaded config. */
  readonly configVersion?: string | undefined;
  readonly now: () => Instant;
  /** Compute the 30-day trend (default true). */
  readonly trend?: boolean;
  /** Save snapshots (default true); `explain` reads without writing history. */
  readonly save?: boolean;
  /** Tickets per store group, and per page of a full pass (default: the store's; tests force several). */
  readonly batchSize?: number;
  /** Lines a full pass holds before spilling them to the store (tests force several parts). */
  readonly lineBudget?: number;
  /** Parts an account's lines may have before a patch writes them as one (tests force it). */
  readonly maxLineParts?: number;
  /** Tickets from which a full pass is split between two threads (tests force it; Infinity: never). */
  readonly splitTickets?: number;
  /** Other as-of times to score in the same pass (not saved): explain's previous window. */
  readonly alsoAt?: readonly Instant[];
}

export interface StoreScore {
  readonly asOf: Instant;
  readonly configVersion: string;
  readonly replayed: boolean;
  readonly windowDays: number;
  /** Riskiest first. */
  readonly accounts: readonly TrendedScore[];
  readonly segments: readonly SegmentSummary[];
  readonly trendBasis: TrendBasis;
  /** The as-of time the trend compares with; null when off. */
  readonly trendSince: Instant | null;
  /** Accounts rolled up from their tickets at `asOf` (the rest reused their kept rollups). */
  readonly recomputed: number;
  /** Of the recomputed, accounts patched with their changed tickets only. */
  readonly patched: number;
  readonly reused: number;
  readonly derivedFacts: number;
  /** Threads that read the tickets: 2 when a full pass was split. */
  readonly threads: number;
  /** Accounts not scored because they had churned by `asOf`. */
  readonly churned: number;
  readonly seconds: number;
  /** Seconds by part: load, patch, recompute, rank (see `RankedAt.parts`) and save. */
  readonly parts: Readonly<Record<string, number>>;
  /** The context the score ran in, for follow-up scoring at other times. */
  readonly context: RankContext;
  /** The scores at `alsoAt`, in that order. */
  readonly also: readonly RankedAt[];
}

/**
 * @example
 * const result = await scoreStore(store, loadConfig(), { asOf: Date.parse('2025-06-30T23:59:59.999Z'), now: Date.now });
 * if (result.ok) result.value.accounts[0]; // the riskiest account
 */
export const scoreStore = async (
  store: Store,
  loaded: LoadedConfig,
  options: ScoreStoreOptions,
): Promise<Result<StoreScore>> => {
  const started = performance.now();
  const setup = await resolveScoringSetup(store, loaded, options.configVersion);
  if (!setup.ok) return setup;
  const { config, version } = setup.value;
  const context: RankContext = {
    store,
    config,
    configVersion: version,
    facts: await loadFactsInputs(store, config),
    calendarFor: createCalendarPicker(config.businessHours, config.timezone),
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
    ...(options.lineBudget === undefined ? {} : { lineBudget: options.lineBudget }),
    ...(options.maxLineParts === undefined ? {} : { maxLineParts: options.maxLineParts }),
    ...(options.splitTickets === undefined ? {} : { splitTickets: options.splitTickets }),
  };
  const since = daysBefore(options.asOf, TREND_DAYS, config.timezone);
  const stored = options.trend === false ? [] : await store.listSnapshots({ asOf: since });
  const computeTrend = options.trend !== false && stored.length === 0;
  const also = options.alsoAt ?? [];
  const [ranked, ...rest] = await rankAtTimes(context, [options.asOf, ...also, ...(computeTrend ? [since] : [])]);
  if (ranked === undefined) throw new Error('rankAtTimes returned nothing');
  let trends: Trends | null = null;
  if (stored.length > 0) {
    trends = trendsOf(ranked.accounts, new Map(stored.map((s) => [s.accountId, s.health])), since, 'snapshots');
  } else if (computeTrend) {
    const past = rest[also.length] as RankedAt;
    trends = trendsOf(ranked.accounts, new Map(past.accounts.map((a) => [a.accountId, a.health])), since, 'computed');
  }
  const accounts = ranked.accounts.map((a) => withTrend(a, trends?.byAccount.get(a.accountId) ?? null));
  const saveStart = performance.now();
  if (options.save !== false) {
    const now = options.now();
    await store.saveConfigVersion(version, setup.value.body, now);
    await store.saveSnapshots(accounts.map((a) => toSnapshot(a, options.asOf, version, now)));
  }
  return {
    ok: true,
    value: {
      asOf: options.asOf,
      configVersion: version,
      replayed: setup.value.replayed,
      windowDays: ranked.windowDays,
      accounts,
      segments: ranked.segments,
      trendBasis: trends?.basis ?? 'off',
      trendSince: trends?.since ?? null,
      recomputed: ranked.recomputed,
      patched: ranked.patched,
      reused: ranked.reused,
      derivedFacts: ranked.derivedFacts,
      threads: ranked.threads,
      churned: ranked.churned,
      seconds: (performance.now() - started) / 1000,
      parts: { ...ranked.parts, save: (performance.now() - saveStart) / 1000 },
      context,
      also: rest.slice(0, also.length),
    },
  };
};
