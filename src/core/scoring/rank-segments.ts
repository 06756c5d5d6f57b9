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
import { combineRisks, gradeOf } from './health.js';
import { type PeerStats, peerStats } from './peer-stats.js';
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

const scoreComponents = (r: RollupFigures, peers: PeerStats): ComponentScore[] => {
  const row = peers.values.get(r.accountId);
  const partial = COMPONENT_NAMES.map((name) => {
    const raw = r.components[name];
    const cfg = r.settings.components[name];
    const scored = row?.[name] ?? { value: null, missing: 'no_tickets' as const };
    const risk =
      scored.value === null
        ? null
        : cfg.method === 'clamp'
          ? clampRisk(scored.value, cfg.good, cfg.bad)
          : percentileRisk(scored.value, peers.populations[name], HIGHER_IS_WORSE[name]);
    return { name, raw, cfg, scored, risk };
  });
  const combined = combineRisks(partial.map((p) => ({ risk: p.risk, weight: p.cfg.weight })));
  return partial.map(({ name, raw, cfg, scored, risk }, i): ComponentScore => {
    const part = combined.parts[i] ?? { weight: 0, contribution: 0 };
    const base = {
      name,
      value: scored.value,
      rawValue: raw.value,
      unit: raw.unit,
      method: cfg.method,
      target: cfg.method === 'clamp' ? cfg.good : null,
      baseline: peers.baselines[name],
      risk,
      weight: part.weight,
      configuredWeight: cfg.weight,
      contribution: part.contribution,
      missing: scored.value === null,
      n: raw.n,
      ...(raw.statistic === undefined ? {} : { statistic: raw.statistic }),
      ...(raw.hits === undefined ? {} : { hits: raw.hits }),
    };
    if (!('missing' in scored)) return base;
    return { ...base, missingReason: scored.missing, reason: missingText(name, scored.missing, raw.n, cfg.minCount) };
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
