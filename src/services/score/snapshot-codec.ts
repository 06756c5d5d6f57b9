/**
 * Score snapshots: one per account per as-of time, stored with the config version that made it.
 * The body is the whole account score with its trend, so history and explanations can be read back
 * without scoring again.
 * @module
 */
import type { Instant } from '../../core/model.js';
import type { AccountScore } from '../../core/scoring/account-score.js';
import type { ScoreSnapshot } from '../../stores/store.js';

/** How a trend was found: from the snapshot stored 30 days before, or by scoring that day too. */
export type TrendBasis = 'snapshots' | 'computed' | 'off';

/** An account score with its 30-day trend: what `score --json` lists. */
export interface TrendedScore extends AccountScore {
  /** Health change over the trend period; null when either end has no health. */
  readonly trend: number | null;
}

/** The grade column has no null: an account without a health is stored with this word. */
const NO_GRADE = 'none';

export const toSnapshot = (
  score: TrendedScore,
  asOf: Instant,
  configVersion: string,
  computedAt: Instant,
): ScoreSnapshot => ({
  accountId: score.accountId,
  asOf,
  configVersion,
  health: score.health,
  grade: score.grade ?? NO_GRADE,
  successPoints: score.successPoints,
  segment: score.segment,
  percentile: score.percentile,
  body: JSON.stringify(score),
  computedAt,
});

/** The score a snapshot holds; null when its body cannot be read (then score again). */
export const scoreOfSnapshot = (snapshot: ScoreSnapshot): TrendedScore | null => {
  try {
    const body = JSON.parse(snapshot.body) as Partial<TrendedScore>;
    if (body.accountId !== snapshot.accountId || !Array.isArray(body.components)) return null;
    return { trend: null, ...body } as TrendedScore;
  } catch {
    return null;
  }
};
