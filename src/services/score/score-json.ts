/**
 * The JSON shape `score --json` and `explain --json` print per account. `value` is the component's
 * raw value; `scoredValue` is what its risk was computed from (a rate shrunk toward the segment).
 * @module
 */
import type { Baseline, ComponentScore } from '../../core/scoring/account-score.js';
import type { TrendedScore } from './snapshot-codec.js';

export interface ComponentJson {
  readonly name: string;
  readonly value: number | null;
  readonly scoredValue: number | null;
  readonly unit: string;
  readonly statistic: string | null;
  readonly method: string;
  readonly target: number | null;
  readonly baseline: Baseline | null;
  readonly risk: number | null;
  readonly weight: number;
  readonly configuredWeight: number;
  readonly contribution: number;
  readonly missing: boolean;
  readonly reason: string | null;
  readonly n: number;
}

export interface AccountJson {
  readonly accountId: string;
  readonly name: string;
  readonly health: number | null;
  readonly grade: string | null;
  readonly successPoints: number;
  readonly successPointsLifetime: number;
  readonly segment: string;
  readonly fullSegment: string;
  readonly peers: number;
  readonly percentile: number | null;
  readonly trend: number | null;
  readonly components: readonly ComponentJson[];
  readonly sentences: readonly string[];
  readonly overrides: readonly string[];
  readonly kpis: TrendedScore['kpis'];
}

const componentJson = (c: ComponentScore): ComponentJson => ({
  name: c.name,
  value: c.rawValue,
  scoredValue: c.value,
  unit: c.unit,
  statistic: c.statistic ?? null,
  method: c.method,
  target: c.target,
  baseline: c.baseline,
  risk: c.risk,
  weight: c.weight,
  configuredWeight: c.configuredWeight,
  contribution: c.contribution,
  missing: c.missing,
  reason: c.reason ?? null,
  n: c.n,
});

/** @example JSON.stringify(accountJson(score)) */
export const accountJson = (s: TrendedScore): AccountJson => ({
  accountId: s.accountId,
  name: s.name,
  health: s.health,
  grade: s.grade,
  successPoints: s.successPoints,
  successPointsLifetime: s.successPointsLifetime,
  segment: s.segment,
  fullSegment: s.fullSegment,
  peers: s.peers,
  percentile: s.percentile,
  trend: s.trend,
  components: s.components.map(componentJson),
  sentences: s.sentences,
  overrides: s.overrides,
  kpis: s.kpis,
});
