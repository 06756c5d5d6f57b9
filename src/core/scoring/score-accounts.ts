/**
 * Scores every account as of one moment: a rollup per account, then one ranking over all of them.
 * @module
 */
import type { Account, Instant, UsageRecord } from '../model.js';
import type { DayClock } from '../time/day-clock.js';
import { windowOf } from '../time/window.js';
import type { AccountScore, SegmentSummary } from './account-score.js';
import { rankSegments } from './rank-segments.js';
import { rollupAccount } from './rollup-account.js';
import type { ScoringConfig, SegmentsConfig } from './scoring-config.js';
import type { ScoredTicket } from './scored-ticket.js';

/** The parts of the configuration scoring reads; the whole `Config` fits. */
export interface ScoreConfig {
  readonly scoring: ScoringConfig;
  readonly segments: SegmentsConfig;
  readonly timezone?: string;
}

export interface ScoreInput {
  readonly accounts: readonly Account[];
  /** Each account's tickets with facts derived as of `asOf`. */
  readonly ticketsByAccount: ReadonlyMap<string, readonly ScoredTicket[]>;
  readonly usage: ReadonlyMap<string, readonly UsageRecord[]>;
  readonly asOf: Instant;
  /** Defaults to `config.scoring.windowDays`. */
  readonly windowDays?: number;
  readonly config: ScoreConfig;
  readonly businessDays?: DayClock;
}

export interface ScoreOutput {
  readonly asOf: Instant;
  readonly windowDays: number;
  /** Riskiest first: lowest health first, accounts without a health last. */
  readonly accounts: readonly AccountScore[];
  readonly segments: readonly SegmentSummary[];
}

/** Lowest health first; ties and no-health accounts by id, so the order is stable. */
export const riskiestFirst = (a: AccountScore, b: AccountScore): number =>
  (a.health ?? Infinity) - (b.health ?? Infinity) || a.accountId.localeCompare(b.accountId);

/**
 * @example
 * scoreAccounts({ accounts, ticketsByAccount, usage: new Map(), asOf, config }).accounts[0] // riskiest
 */
export const scoreAccounts = (input: ScoreInput): ScoreOutput => {
  const { config } = input;
  const windowDays = input.windowDays ?? config.scoring.windowDays;
  const window = windowOf(input.asOf, windowDays, config.timezone ?? 'UTC');
  const rollups = input.accounts.map((account) =>
    rollupAccount({
      account,
      tickets: input.ticketsByAccount.get(account.id) ?? [],
      usage: input.usage.get(account.id) ?? [],
      asOf: input.asOf,
      windowDays,
      window,
      scoring: config.scoring,
      segments: config.segments,
      ...(config.timezone === undefined ? {} : { timezone: config.timezone }),
      ...(input.businessDays === undefined ? {} : { businessDays: input.businessDays }),
    }),
  );
  const ranked = rankSegments(rollups, config.scoring, config.segments);
  return {
    asOf: input.asOf,
    windowDays,
    accounts: [...ranked.accounts].sort(riskiestFirst),
    segments: ranked.segments,
  };
};
