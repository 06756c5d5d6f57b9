/**
 * `ticket-health explain <account>`: one account's score taken apart — each component with its
 * baseline, risk, weight and contribution (they add up to the health), what was left out and why,
 * the change since the previous window, and the tickets that moved it most.
 * @module
 */
import type { LoadedConfig } from '../../config/load-config.js';
import type { Instant, Severity, TicketType } from '../../core/model.js';
import { fail, ok, type Result } from '../../core/result.js';
import type { TopTicket } from '../../core/scoring/account-score.js';
import { churnDates } from '../../core/scoring/churned-accounts.js';
import { explainDelta, type ScoreDelta } from '../../core/scoring/explain-delta.js';
import { toIsoDate } from '../../core/time/iso-date.js';
import { topTickets } from '../../core/scoring/top-tickets.js';
import type { Store } from '../../stores/store.js';
import { type TicketPointsRow, accountTickets } from './account-ticket-points.js';
import { scoreStore } from './score-store.js';
import { resolveScoringSetup } from './scoring-setup.js';
import { type ScoreSummary, summaryOfSnapshot, type TrendedScore } from './snapshot-codec.js';
import { daysBefore } from './trends.js';

/** A ticket that moved the score, as the explanation lists it. */
export interface MovingTicket {
  readonly source: string;
  readonly id: string;
  readonly subject: string | null;
  readonly type: TicketType;
  readonly severity: Severity;
  /** Success Points the ticket earned in the window. */
  readonly points: number;
  /** What it moved, in words: `reopen_rate: 2 reopens (critical)`. */
  readonly metric: string;
  readonly reasons: TopTicket['reasons'];
}

export interface Explanation {
  readonly asOf: Instant;
  readonly configVersion: string;
  readonly account: TrendedScore;
  /** Σ contributions: equal to the health (up to float rounding). */
  readonly contributionSum: number;
  readonly previous: {
    readonly asOf: Instant;
    /** Where the previous score came from: a stored snapshot, or scored now for that time. */
    readonly basis: 'snapshot' | 'computed';
    readonly health: number | null;
  } | null;
  readonly delta: ScoreDelta | null;
  readonly tickets: readonly MovingTicket[];
  /** Every ticket's Success Points: the window totals add up to the account's Success Points. */
  readonly points: readonly TicketPointsRow[];
}

const round = (x: number): number => Math.round(x * 100) / 100;

const moving = (t: TopTicket): MovingTicket => {
  const at = t.key.indexOf(':');
  const metric = t.reasons
    .map((r) => `${r.component}: ${round(r.value)} ${r.unit}${r.label === undefined ? '' : ` (${r.label})`}`)
    .join('; ');
  return {
    source: t.key.slice(0, at),
    id: t.key.slice(at + 1),
    subject: t.subject,
    type: t.type,
    severity: t.severity,
    points: t.points,
    metric,
    reasons: t.reasons,
  };
};

export interface ExplainOptions {
  readonly asOf: Instant;
  readonly configVersion?: string | undefined;
  readonly now: () => Instant;
}

/**
 * @example const e = await explainAccount(store, loaded, 'acme', { asOf, now: Date.now });
 */
export const explainAccount = async (
  store: Store,
  loaded: LoadedConfig,
  accountId: string,
  options: ExplainOptions,
): Promise<Result<Explanation>> => {
  const known = await store.getAccount(accountId);
  if (known === null) {
    return fail([{ code: 'unknown_account', path: 'account', message: `no account "${accountId}"` }]);
  }
  const setup = await resolveScoringSetup(store, loaded, options.configVersion);
  if (!setup.ok) return setup;
  const asOfDate = toIsoDate(options.asOf, setup.value.config.timezone);
  const churned = churnDates(await store.listOutcomes(), asOfDate).get(accountId);
  if (churned !== undefined) {
    const message = `account "${accountId}" churned on ${churned}, by the as-of day ${asOfDate}: churned accounts are not scored (explain it as of an earlier day)`;
    return fail([{ code: 'churned_account', path: 'account', message }]);
  }
  const prevAsOf = daysBefore(options.asOf, setup.value.config.scoring.windowDays, setup.value.config.timezone);
  const snapshot = (await store.listSnapshots({ accountId })).find((s) => s.asOf === prevAsOf);
  const stored: ScoreSummary | null = snapshot === undefined ? null : summaryOfSnapshot(snapshot);
  // The previous window is scored in the same pass over the store when no snapshot has it.
  const scored = await scoreStore(store, loaded, { ...options, save: false, alsoAt: stored === null ? [prevAsOf] : [] });
  if (!scored.ok) return scored;
  const account = scored.value.accounts.find((a) => a.accountId === accountId) as TrendedScore;
  const basis = stored === null ? 'computed' : 'snapshot';
  const mine = await accountTickets(store, scored.value.context, known, options.asOf);
  const previous = stored ?? scored.value.also[0]?.accounts.find((a) => a.accountId === accountId) ?? null;
  return ok({
    asOf: options.asOf,
    configVersion: scored.value.configVersion,
    account,
    contributionSum: account.components.reduce((s, c) => s + c.contribution, 0),
    previous: previous === null ? null : { asOf: prevAsOf, basis, health: previous.health },
    delta: previous === null ? null : explainDelta(account, previous),
    tickets: topTickets(mine.rollup, account.components).map(moving),
    points: mine.points,
  });
};
