/**
 * The 30-day trend: each account's health change since 30 days before the as-of time. Read from the
 * snapshots stored for that day when there are any; else that day is scored too, in the same pass
 * over the store (its rollups are kept, so a second run is cheap; no snapshot is written for it:
 * history holds only the runs asked for).
 * @module
 */
import { DateTime } from 'luxon';
import type { Instant } from '../../core/model.js';
import type { AccountScore } from '../../core/scoring/account-score.js';
import type { TrendBasis } from './snapshot-codec.js';

/** The first seed reviews monthly: a month is the span a CSM compares against. */
export const TREND_DAYS = 30;

export interface Trends {
  readonly basis: TrendBasis;
  /** The as-of time compared against. */
  readonly since: Instant;
  readonly byAccount: ReadonlyMap<string, number | null>;
}

/** The same local time `days` calendar days earlier in the zone (DST-safe: end of day stays end of day). */
export const daysBefore = (asOf: Instant, days: number, zone: string): Instant =>
  DateTime.fromMillis(asOf, { zone }).minus({ days }).toMillis();

const change = (now: number | null, then: number | null | undefined): number | null =>
  now === null || then === null || then === undefined ? null : now - then;

/**
 * @param before each account's health at `since` (an account missing there has no trend)
 * @example trendsOf(scores, new Map([['acme', 70]]), since, 'snapshots').byAccount.get('acme') // health − 70
 */
export const trendsOf = (
  current: readonly AccountScore[],
  before: ReadonlyMap<string, number | null>,
  since: Instant,
  basis: TrendBasis,
): Trends => ({
  basis,
  since,
  byAccount: new Map(current.map((a) => [a.accountId, change(a.health, before.get(a.accountId))])),
});
