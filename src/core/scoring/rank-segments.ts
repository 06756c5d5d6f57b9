/**
 * The ranking step: places every rolled-up account in its peer segment (with fallback), shrinks its
 * rates toward the segment, turns each component into a risk, and combines them into the health.
 * Depends on all accounts at once, so it runs after any rollup changes.
 * @module
 */
import { peerGroups, resolveSegments } from '../segments/resolve-segments.js';
import { segmentKey } from '../segments/segment-key.js';
import type { AccountScore, ComponentScore, SegmentSummary } from './account-score.js';
import { missingText } from './component-words.js';
import { HIGHER_IS_WORSE } from './components/component.js';
import { combineRisks, gradeOf, type RiskPart } from './health.js';
import { type PeerStats, peerStats, type Scored } from './peer-stats.js';
import { clampRisk, percentileRisk } from './risk.js';
import type { RollupFigures } from './rollup-figures.js';
import { COMPONENT_NAMES, type ScoringConfig, type SegmentsConfig } from './scoring-config.js';
import { describeAccount } from './sentences.js';
import { percentileRankSorted } from './stats.js';

export interface Ranked {
  readonly segments: readonly SegmentSummary[];
  /** In the order of the rollups given. */
  readonly accounts: readonly AccountScore[];
}

type Unranked = Omit<AccountScore, 'percentile' | 'sentences'>;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const NO_TICKETS: Scored = { value: null, missing: 'no_tickets' };
const LEFT_OUT = { weight: 0, contribution: 0 };

/** Written as loops over plain objects: ranking builds nine of these for every account of the store. */
const scoreComponents = (r: RollupFigures, peers: PeerStats): ComponentScore[] => {
  const row = peers.values.get(r.accountId);
  const scored: Scored[] = [];
  const parts: RiskPart[] = [];
  for (const name of COMPONENT_NAMES) {
    const cfg = r.settings.components[name];
    const s = row?.[name] ?? NO_TICKETS;
    const risk =
      s.value === null
        ? null
        : cfg.method === 'clamp'
          ? clampRisk(s.value, cfg.good, cfg.bad)
          : percentileRisk(s.value, peers.populations[name], HIGHER_IS_WORSE[name]);
    scored.push(s);
    parts.push({ risk, weight: cfg.weight });
  }
  const combined = combineRisks(parts);
  return COMPONENT_NAMES.map((name, i): ComponentScore => {
    const raw = r.components[name];
    const cfg = r.settings.components[name];
    const s = scored[i] as Scored;
    const part = combined.parts[i] ?? LEFT_OUT;
    const c: Mutable<ComponentScore> = {
      name,
      value: s.value,
      rawValue: raw.value,
      unit: raw.unit,
      method: cfg.method,
      target: cfg.method === 'clamp' ? cfg.good : null,
      baseline: peers.baselines[name],
      risk: (parts[i] as RiskPart).risk,
      weight: part.weight,
      configuredWeight: cfg.weight,
      contribution: part.contribution,
      missing: s.value === null,
      n: raw.n,
    };
    if (raw.statistic !== undefined) c.statistic = raw.statistic;
    if (raw.hits !== undefined) c.hits = raw.hits;
    if ('missing' in s) {
      c.missingReason = s.missing;
      c.reason = missingText(name, s.missing, raw.n, cfg.minCount);
    }
    return c;
  });
};

const scoreOne = (r: RollupFigures, peers: PeerStats): Unranked => {
  const components = scoreComponents(r, peers);
  const health = components.some((c) => !c.missing && c.weight > 0)
    ? components.reduce((sum, c) => sum + c.contribution, 0)
    : null;
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
  };
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
  const byId = new Map(rollups.map((r) => [r.accountId, r]));
  const fullKeys = new Map(rollups.map((r) => [r.accountId, r.segmentParts]));
  const resolved = resolveSegments(fullKeys, segments.minAccounts);
  const groups = peerGroups(fullKeys, resolved);
  const stats = new Map<string, PeerStats>();
  for (const [key, ids] of groups) {
    const members = ids.flatMap((id) => byId.get(id) ?? []);
    stats.set(key, peerStats(key, members, scoring.shrinkageK));
  }
  const unranked = rollups.map((r) => scoreOne(r, stats.get(resolved.get(r.accountId) ?? 'all') as PeerStats));
  const healthOf = new Map(unranked.map((u) => [u.accountId, u.health]));
  const peerHealth = new Map(
    [...groups].map(([key, ids]) => [
      key,
      ids.flatMap((id) => healthOf.get(id) ?? []).sort((a, b) => a - b),
    ]),
  );
  const accounts = unranked.map((u): AccountScore => {
    const peers = peerHealth.get(u.segment) ?? [];
    const percentile = u.health === null ? null : percentileRankSorted(u.health, peers);
    const rollup = byId.get(u.accountId) as RollupFigures;
    return { ...u, percentile, sentences: describeAccount(u, rollup) };
  });
  const summaries = [...stats.values()].map(
    (s): SegmentSummary => ({ key: s.key, accounts: s.members.length, baselines: s.baselines, rates: s.rates }),
  );
  return { segments: summaries, accounts };
};
