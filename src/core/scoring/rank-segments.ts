/**
 * The ranking step: places every rolled-up account in its peer segment (with fallback), shrinks its
 * rates toward the segment, turns each component into a risk, and combines them into the health.
 * Depends on all accounts at once, so it runs after any rollup changes.
 * @module
 */
import { type PeerSegment, placeSegments } from '../segments/place-segments.js';
import { segmentKey } from '../segments/segment-key.js';
import type { AccountScore, ComponentScore, SegmentSummary } from './account-score.js';
import { missingText } from './component-words.js';
import { HIGHER_IS_WORSE, type MissingReason } from './components/component.js';
import { gradeOf } from './health.js';
import { type ComponentColumn, type PeerStats, peerStats } from './peer-stats.js';
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

const NO_SENTENCES: readonly string[] = [];

/** Member `at`'s scored value of the column, or why it has none (-1: not a member). */
const scoredAt = (column: ComponentColumn, at: number): number | MissingReason =>
  at < 0 ? 'no_tickets' : (column.scored[at] as number | MissingReason);

/** The components' risks of the account being scored, reused from one account to the next. */
interface RiskScratch {
  readonly risks: Float64Array;
  /** 1 where the component has a risk, 0 where it is left out. */
  readonly hasRisk: Uint8Array;
}

/**
 * An account's nine component scores, from its member row `at` in its peers' columns (-1: none).
 * Written as indexed loops over plain objects, with `combineRisks` worked inline: ranking builds
 * nine of these for every account of the store, mostly before the code is optimised, and
 * `combineRisks` allocated nine parts, nine results and two arrays an account besides. The
 * arithmetic is `combineRisks`'s, step for step.
 */
const scoreComponents = (r: RollupFigures, peers: PeerStats, at: number, scratch: RiskScratch): ComponentScore[] => {
  const settings = r.settings.components;
  const { columns } = peers;
  const { risks, hasRisk } = scratch;
  let total = 0;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i] as ComponentColumn;
    const cfg = settings[column.name];
    const value = scoredAt(column, at);
    const risk =
      typeof value !== 'number'
        ? null
        : cfg.method === 'clamp'
          ? clampRisk(value, cfg.good, cfg.bad)
          : percentileRisk(value, column.population, HIGHER_IS_WORSE[column.name]);
    hasRisk[i] = risk === null ? 0 : 1;
    risks[i] = risk ?? 0;
    if (risk !== null) total += cfg.weight;
  }
  const components: ComponentScore[] = [];
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i] as ComponentColumn;
    const { name, baseline } = column;
    const raw = r.components[name];
    const cfg = settings[name];
    const scored = scoredAt(column, at);
    const risk = hasRisk[i] === 1 ? (risks[i] as number) : null;
    const weight = total <= 0 || risk === null ? 0 : cfg.weight / total;
    // One literal per set of optional fields, in the order `score --json` prints them: a field
    // added to a built literal went out of line, and building 90,000 took two to three times as long.
    const value = typeof scored === 'number' ? scored : null;
    const rawValue = raw.value;
    const { unit, n, statistic, hits } = raw;
    const method = cfg.method;
    const target = cfg.method === 'clamp' ? cfg.good : null;
    const configuredWeight = cfg.weight;
    const contribution = total <= 0 || risk === null ? 0 : weight * (100 - risk);
    let c: ComponentScore;
    if (typeof scored === 'number') {
      const left = false;
      if (statistic === undefined) {
        c = hits === undefined
          ? { name, value, rawValue, unit, method, target, baseline, risk, weight, configuredWeight, contribution, missing: left, n }
          : { name, value, rawValue, unit, method, target, baseline, risk, weight, configuredWeight, contribution, missing: left, n, hits };
      } else {
        c = hits === undefined
          ? { name, value, rawValue, unit, method, target, baseline, risk, weight, configuredWeight, contribution, missing: left, n, statistic }
          : { name, value, rawValue, unit, method, target, baseline, risk, weight, configuredWeight, contribution, missing: left, n, statistic, hits };
      }
    } else {
      const left = true;
      const missingReason = scored;
      const reason = scored === 'no_tickets' ? NO_TICKETS_TEXT[name] : missingText(name, scored, n, cfg.minCount);
      if (statistic === undefined) {
        c = hits === undefined
          ? { name, value, rawValue, unit, method, target, baseline, risk, weight, configuredWeight, contribution, missing: left, n, missingReason, reason }
          : { name, value, rawValue, unit, method, target, baseline, risk, weight, configuredWeight, contribution, missing: left, n, hits, missingReason, reason };
      } else {
        c = hits === undefined
          ? { name, value, rawValue, unit, method, target, baseline, risk, weight, configuredWeight, contribution, missing: left, n, statistic, missingReason, reason }
          : { name, value, rawValue, unit, method, target, baseline, risk, weight, configuredWeight, contribution, missing: left, n, statistic, hits, missingReason, reason };
      }
    }
    components.push(c);
  }
  return components;
};

/** The health: the contributions' sum, null when no component with weight has data. */
const healthOf = (components: readonly ComponentScore[]): number | null => {
  let sum = 0;
  let counted = false;
  for (let i = 0; i < components.length; i++) {
    const c = components[i] as ComponentScore;
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
  for (let s = 0; s < placed.segments.length; s++) {
    const { peers } = placed.segments[s] as PeerSegment;
    for (let row = 0; row < peers.length; row++) {
      const i = peers[row] as number;
      if (placed.segmentOf[i] === s) rowOf[i] = row;
    }
  }
  // Scored first, built once every peer has its health, so that each AccountScore is built whole
  // rather than spread into a copy with its percentile (the spread copied 14 fields into a new
  // object an account). Healths per account as given, and per slot (an id given twice is ranked
  // among its peers with its last rollup's health).
  const healthAt: (number | null)[] = [];
  const healths: (number | null)[] = [];
  const scratch: RiskScratch = { risks: new Float64Array(COMPONENT_NAMES.length), hasRisk: new Uint8Array(COMPONENT_NAMES.length) };
  const componentsAt = rollups.map((r, i) => {
    const slot = slotOf[i] as number;
    const components = scoreComponents(r, stats[placed.segmentOf[slot] as number] as PeerStats, rowOf[slot] as number, scratch);
    const health = healthOf(components);
    healthAt.push(health);
    healths[slot] = health;
    return components;
  });
  const peerHealths = placed.segments.map(({ peers }) => {
    const known = new Float64Array(peers.length);
    let count = 0;
    for (let p = 0; p < peers.length; p++) {
      const health = healths[peers[p] as number];
      if (health !== null && health !== undefined) known[count++] = health;
    }
    return sortedAscending(known.subarray(0, count));
  });
  const accounts = rollups.map((r, i): AccountScore => {
    const slot = slotOf[i] as number;
    const segment = placed.segmentOf[slot] as number;
    const peers = stats[segment] as PeerStats;
    const components = componentsAt[i] as ComponentScore[];
    const health = healthAt[i] as number | null;
    const a: Mutable<AccountScore> = {
      accountId: r.accountId,
      name: r.name,
      health,
      grade: health === null ? null : gradeOf(health, r.settings.grades),
      successPoints: r.successPoints.window,
      successPointsLifetime: r.successPoints.lifetime,
      segment: peers.key,
      fullSegment: latest[slot] === r ? (placed.fullKeys[slot] as string) : segmentKey(r.segmentParts),
      peers: peers.members.length,
      components,
      overrides: r.settings.applied,
      kpis: r.kpis,
      percentile: health === null ? null : percentileRankSorted(health, peerHealths[segment] as ArrayLike<number>),
      // Set next: the sentences read the score.
      sentences: NO_SENTENCES,
    };
    a.sentences = describeAccount(a, latest[slot] as RollupFigures);
    return a;
  });
  const summaries = stats.map(
    (s): SegmentSummary => ({ key: s.key, accounts: s.members.length, baselines: s.baselines, rates: s.rates }),
  );
  return { segments: summaries, accounts };
};
