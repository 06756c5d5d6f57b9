/**
 * The ranking step: places every rolled-up account in its peer segment (with fallback), shrinks its
 * rates toward the segment, turns each component into a risk, and combines them into the health.
 * Depends on all accounts at once, so it runs after any rollup changes.
 * @module
 */
import { placeSegments } from '../segments/place-segments.js';
import { segmentKey } from '../segments/segment-key.js';
import type { AccountScore, ComponentScore, SegmentSummary } from './account-score.js';
import { missingText } from './component-words.js';
import { HIGHER_IS_WORSE, type MissingReason } from './components/component.js';
import { gradeOf } from './health.js';
import { type PeerStats, peerStats, type ScoredColumn } from './peer-stats.js';
import { clampRisk, percentileRisk } from './risk.js';
import type { RollupFigures } from './rollup-figures.js';
import { COMPONENT_NAMES, type ComponentName, type ScoringConfig, type SegmentsConfig } from './scoring-config.js';
import { describeAccount } from './sentences.js';
import { percentileRankSorted, sortedAscending } from './stats.js';

export interface Ranked {
  readonly segments: readonly SegmentSummary[];
  /** In the order of the rollups given. */
  readonly accounts: readonly AccountScore[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Why each component was left out when it has no ticket: one string for every account. */
const NO_TICKETS_TEXT = Object.fromEntries(
  COMPONENT_NAMES.map((name) => [name, missingText(name, 'no_tickets', 0, 0)]),
) as Readonly<Record<ComponentName, string>>;

/** Why member `at` (-1: not a member) has no value of the column, null when it has one. */
const missingAt = (column: ScoredColumn, at: number): MissingReason | null => {
  const reason = at < 0 ? undefined : column.missing[at];
  return reason === undefined ? 'no_tickets' : reason;
};

/**
 * An account's nine component scores, from its member row `at` in its peers' columns (-1: none).
 * Written as loops over plain objects, with `combineRisks` worked inline: ranking builds nine of
 * these for every account of the store, and the parts and partial results it allocated were a
 * third of a ranking's garbage. The arithmetic is `combineRisks`'s, step for step.
 */
const scoreComponents = (r: RollupFigures, peers: PeerStats, at: number): ComponentScore[] => {
  const settings = r.settings.components;
  const risks: (number | null)[] = [];
  let total = 0;
  for (const name of COMPONENT_NAMES) {
    const cfg = settings[name];
    const column = peers.columns[name];
    const risk =
      missingAt(column, at) !== null
        ? null
        : cfg.method === 'clamp'
          ? clampRisk(column.values[at] as number, cfg.good, cfg.bad)
          : percentileRisk(column.values[at] as number, peers.populations[name], HIGHER_IS_WORSE[name]);
    risks.push(risk);
    if (risk !== null) total += cfg.weight;
  }
  const components: ComponentScore[] = [];
  for (const [i, name] of COMPONENT_NAMES.entries()) {
    const raw = r.components[name];
    const cfg = settings[name];
    const column = peers.columns[name];
    const missing = missingAt(column, at);
    const risk = risks[i] as number | null;
    const weight = total <= 0 || risk === null ? 0 : cfg.weight / total;
    const c: Mutable<ComponentScore> = {
      name,
      value: missing === null ? (column.values[at] as number) : null,
      rawValue: raw.value,
      unit: raw.unit,
      method: cfg.method,
      target: cfg.method === 'clamp' ? cfg.good : null,
      baseline: peers.baselines[name],
      risk,
      weight,
      configuredWeight: cfg.weight,
      contribution: total <= 0 || risk === null ? 0 : weight * (100 - risk),
      missing: missing !== null,
      n: raw.n,
    };
    if (raw.statistic !== undefined) c.statistic = raw.statistic;
    if (raw.hits !== undefined) c.hits = raw.hits;
    if (missing !== null) {
      c.missingReason = missing;
      c.reason = missing === 'no_tickets' ? NO_TICKETS_TEXT[name] : missingText(name, missing, raw.n, cfg.minCount);
    }
    components.push(c);
  }
  return components;
};

/** The health: the contributions' sum, null when no component with weight has data. */
const healthOf = (components: readonly ComponentScore[]): number | null => {
  let sum = 0;
  let counted = false;
  for (const c of components) {
    sum += c.contribution;
    if (!c.missing && c.weight > 0) counted = true;
  }
  return counted ? sum : null;
};

/**
 * Ranks accounts within their segments and scores them.
 * @example rankSegments(accounts.map((a) => rollupAccount({ account: a, ... })), scoring, segments)
 */
export const rankSegments = (
  rollups: readonly RollupFigures[],
  scoring: Pick<ScoringConfig, 'shrinkageK'>,
  segments: Pick<SegmentsConfig, 'minAccounts'>,
): Ranked => {
  // An id given twice is one account, its last rollup: the one its peers see.
  const slots = new Map<string, number>();
  const latest: RollupFigures[] = [];
  const slotOf = rollups.map((r) => {
    const known = slots.get(r.accountId);
    if (known !== undefined) {
      latest[known] = r;
      return known;
    }
    slots.set(r.accountId, latest.length);
    latest.push(r);
    return latest.length - 1;
  });
  const placed = placeSegments(
    latest.map((r) => r.segmentParts),
    segments.minAccounts,
  );
  const stats = placed.segments.map(({ key, peers }) => peerStats(key, peers.map((i) => latest[i] as RollupFigures), scoring.shrinkageK));
  // Each account's row among the peers of its own segment.
  const rowOf = new Int32Array(latest.length).fill(-1);
  for (const [s, { peers }] of placed.segments.entries()) {
    for (const [row, i] of peers.entries()) if (placed.segmentOf[i] === s) rowOf[i] = row;
  }
  const healths: (number | null)[] = [];
  const accounts = rollups.map((r, i): Mutable<AccountScore> => {
    const slot = slotOf[i] as number;
    const peers = stats[placed.segmentOf[slot] as number] as PeerStats;
    const components = scoreComponents(r, peers, rowOf[slot] as number);
    const health = healthOf(components);
    healths[slot] = health;
    return {
      accountId: r.accountId,
      name: r.name,
      health,
      grade: health === null ? null : gradeOf(health, r.settings.grades),
      successPoints: r.successPoints.window,
      successPointsLifetime: r.successPoints.lifetime,
      segment: peers.key,
      fullSegment: segmentKey(r.segmentParts),
      peers: peers.members.length,
      components,
      overrides: r.settings.applied,
      kpis: r.kpis,
      // Set below, once every peer has its health.
      percentile: null,
      sentences: [],
    };
  });
  const peerHealths = placed.segments.map(({ peers }) =>
    sortedAscending(peers.flatMap((i) => healths[i] ?? [])),
  );
  for (const [i, a] of accounts.entries()) {
    const slot = slotOf[i] as number;
    const peers = peerHealths[placed.segmentOf[slot] as number] as ArrayLike<number>;
    a.percentile = a.health === null ? null : percentileRankSorted(a.health, peers);
    a.sentences = describeAccount(a, latest[slot] as RollupFigures);
  }
  const summaries = stats.map(
    (s): SegmentSummary => ({ key: s.key, accounts: s.members.length, baselines: s.baselines, rates: s.rates }),
  );
  return { segments: summaries, accounts };
};
