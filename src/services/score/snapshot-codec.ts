/**
 * Score snapshots: one per account per as-of time, stored with the config version that made it.
 * A snapshot keeps what history and the next explanation compare: the health, grade, percentile
 * and trend, and each component's value, risk, weight and contribution. The rest of a score (the
 * sentences, baselines, movers, KPIs) follows from the tickets and the stored config version, so a
 * past score is replayed (`score --as-of D --config-version H`) rather than stored whole: whole
 * scores were some 27 KB an account, 270 MB a run at 10k accounts, and writing them was most of
 * an incremental rescore.
 * @module
 */
import type { Instant } from '../../core/model.js';
import type { AccountScore, ComponentScore } from '../../core/scoring/account-score.js';
import type { Grade } from '../../core/scoring/health.js';
import { COMPONENT_NAMES, type ComponentName } from '../../core/scoring/scoring-config.js';
import type { ScoreSnapshot } from '../../stores/store.js';

/** How a trend was found: from the snapshot stored 30 days before, or by scoring that day too. */
export type TrendBasis = 'snapshots' | 'computed' | 'off';

/** An account score with its 30-day trend: what `score --json` lists. */
export interface TrendedScore extends AccountScore {
  /** Health change over the trend period; null when either end has no health. */
  readonly trend: number | null;
}

/**
 * The score with its trend: `{ ...score, trend }`, the same keys in the same order, through
 * Object.assign. V8 (Node 20) gives each object spread from sources of one hidden class and then
 * extended a hidden class of its own; ranking's scores share one, so 10k spreads made 10k classes
 * and every later read of the scores megamorphic (making 10k snapshots took 30-50% longer).
 */
export const withTrend = (score: AccountScore, trend: number | null): TrendedScore => Object.assign({}, score, { trend });

/** What a snapshot keeps of a component. */
export type ComponentSummary = Pick<ComponentScore, 'name' | 'value' | 'risk' | 'weight' | 'contribution'>;

/** What a snapshot keeps of a score. */
export interface ScoreSummary {
  readonly health: number | null;
  readonly grade: Grade | null;
  readonly trend: number | null;
  readonly components: readonly ComponentSummary[];
}

/** The grade column has no null: an account without a health is stored with this word. */
const NO_GRADE = 'none';
const GRADES: ReadonlySet<string> = new Set<Grade>(['healthy', 'watch', 'at_risk']);

/** JSON's own number text (finite numbers only reach here); null stays null. */
const num = (x: number | null): string => (x === null || !Number.isFinite(x) ? 'null' : String(x));

/**
 * `{"trend":-3.5,"components":{"volume":[value,risk,weight,contribution],…}}`, written by hand:
 * JSON.stringify of 10k nested objects was a measurable part of a rescore.
 */
const summaryBody = (score: TrendedScore): string => {
  const parts = score.components.map(
    (c) => `"${c.name}":[${num(c.value)},${num(c.risk)},${num(c.weight)},${num(c.contribution)}]`,
  );
  return `{"trend":${num(score.trend)},"components":{${parts.join(',')}}}`;
};

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
  body: summaryBody(score),
  computedAt,
});

type Quad = readonly [number | null, number | null, number | null, number | null];

const isQuad = (x: unknown): x is Quad =>
  Array.isArray(x) && x.length === 4 && x.every((v) => v === null || typeof v === 'number');

const summaryComponents = (stored: Record<string, unknown>): ComponentSummary[] | null => {
  const out: ComponentSummary[] = [];
  for (const name of COMPONENT_NAMES) {
    const q = stored[name];
    if (q === undefined) continue;
    if (!isQuad(q)) return null;
    out.push({ name: name satisfies ComponentName, value: q[0], risk: q[1], weight: q[2] ?? 0, contribution: q[3] ?? 0 });
  }
  return out;
};

const KNOWN: ReadonlySet<string> = new Set(COMPONENT_NAMES);

/** Snapshots written by earlier versions kept the whole score: its components are a list of objects. */
const wholeScoreComponents = (stored: readonly unknown[]): ComponentSummary[] | null => {
  const out: ComponentSummary[] = [];
  for (const c of stored as Partial<ComponentSummary>[]) {
    if (typeof c?.name !== 'string' || !KNOWN.has(c.name) || typeof c.weight !== 'number' || typeof c.contribution !== 'number') return null;
    out.push({ name: c.name, value: c.value ?? null, risk: c.risk ?? null, weight: c.weight, contribution: c.contribution });
  }
  return out;
};

/** The summary a snapshot holds; null when its body cannot be read (written by another version, or damaged). */
export const summaryOfSnapshot = (snapshot: ScoreSnapshot): ScoreSummary | null => {
  let body: { trend?: unknown; components?: Record<string, unknown> };
  try {
    body = JSON.parse(snapshot.body) as typeof body;
  } catch {
    return null;
  }
  const stored = body?.components;
  if (typeof stored !== 'object' || stored === null) return null;
  const components = Array.isArray(stored) ? wholeScoreComponents(stored) : summaryComponents(stored);
  if (components === null) return null;
  return {
    health: snapshot.health,
    grade: snapshot.health !== null && GRADES.has(snapshot.grade) ? (snapshot.grade as Grade) : null,
    trend: typeof body.trend === 'number' ? body.trend : null,
    components,
  };
};
