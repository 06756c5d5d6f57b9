/**
 * The statistics of one peer segment: pooled rates (the shrinkage prior), each member's scored value
 * per component, and the baselines (median, p75, p90).
 * @module
 */
import type { MissingReason } from './components/component.js';
import type { Baseline } from './account-score.js';
import type { RollupFigures } from './rollup-figures.js';
import { shrinkRate } from './risk.js';
import { COMPONENT_NAMES, type ComponentName } from './scoring-config.js';
import { quantileSorted } from './stats.js';

/** Components that are a share of hits among `n`, and so are shrunk. */
export const RATE_COMPONENTS: ReadonlySet<ComponentName> = new Set([
  'severity_share',
  'reopen_rate',
  'sla_miss_rate',
]);

export type Scored = { readonly value: number } | { readonly value: null; readonly missing: MissingReason };

export interface PeerStats {
  readonly key: string;
  readonly members: readonly RollupFigures[];
  readonly rates: Partial<Record<ComponentName, number>>;
  /** Scored value per member id, per component. */
  readonly values: ReadonlyMap<string, Readonly<Record<ComponentName, Scored>>>;
  /** Each component's scored values over the members, sorted ascending. */
  readonly populations: Readonly<Record<ComponentName, readonly number[]>>;
  readonly baselines: Readonly<Record<ComponentName, Baseline | null>>;
}

const pooledRate = (members: readonly RollupFigures[], name: ComponentName): number => {
  let hits = 0;
  let n = 0;
  for (const m of members) {
    hits += m.components[name].hits ?? 0;
    n += m.components[name].n;
  }
  return n === 0 ? 0 : hits / n;
};

/** One member's value as scored in this segment: null under the minimum count, shrunk if a rate. */
const scoredValue = (m: RollupFigures, name: ComponentName, prior: number, k: number): Scored => {
  const c = m.components[name];
  if (c.value === null) return { value: null, missing: 'no_tickets' };
  if (c.n < m.settings.components[name].minCount) return { value: null, missing: 'below_minimum' };
  if (!RATE_COMPONENTS.has(name)) return { value: c.value };
  return { value: shrinkRate(c.hits ?? 0, c.n, prior, k) };
};

/** The spread of a population sorted ascending. */
const baselineOf = (sorted: readonly number[]): Baseline | null =>
  sorted.length === 0
    ? null
    : {
        median: quantileSorted(sorted, 0.5) as number,
        p75: quantileSorted(sorted, 0.75) as number,
        p90: quantileSorted(sorted, 0.9) as number,
        accounts: sorted.length,
      };

/** Computes a peer segment's statistics from its members' rollups. */
export const peerStats = (key: string, members: readonly RollupFigures[], k: number): PeerStats => {
  const rates: Partial<Record<ComponentName, number>> = {};
  for (const name of RATE_COMPONENTS) rates[name] = pooledRate(members, name);
  const values = new Map<string, Record<ComponentName, Scored>>();
  const populations = {} as Record<ComponentName, number[]>;
  for (const name of COMPONENT_NAMES) populations[name] = [];
  for (const m of members) {
    const row = {} as Record<ComponentName, Scored>;
    for (const name of COMPONENT_NAMES) {
      const scored = scoredValue(m, name, rates[name] ?? 0, k);
      row[name] = scored;
      if (scored.value !== null) populations[name].push(scored.value);
    }
    values.set(m.accountId, row);
  }
  const baselines = {} as Record<ComponentName, Baseline | null>;
  for (const name of COMPONENT_NAMES) baselines[name] = baselineOf(populations[name].sort((a, b) => a - b));
  return { key, members, rates, values, populations, baselines };
};
