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
import { quantileSorted, sortedAscending } from './stats.js';

/** Components that are a share of hits among `n`, and so are shrunk. */
export const RATE_COMPONENTS: ReadonlySet<ComponentName> = new Set([
  'severity_share',
  'reopen_rate',
  'sla_miss_rate',
]);

/** One component over a segment's members. */
export interface ComponentColumn {
  readonly name: ComponentName;
  /**
   * Each member's scored value, in member order, or why it has none. Holds the figures' own
   * numbers: a Float64Array would box each anew on every read.
   */
  readonly scored: readonly (number | MissingReason)[];
  /** The values there are, sorted ascending. */
  readonly population: ArrayLike<number>;
  readonly baseline: Baseline | null;
}

export interface PeerStats {
  readonly key: string;
  readonly members: readonly RollupFigures[];
  readonly rates: Partial<Record<ComponentName, number>>;
  /**
   * Per component, in `COMPONENT_NAMES` order: ranking reads nine for each of ten thousand
   * accounts, and a Map of nine keyed `{ value }` objects per member was a fifth of its time.
   */
  readonly columns: readonly ComponentColumn[];
  readonly baselines: Readonly<Record<ComponentName, Baseline | null>>;
}

const pooledRate = (members: readonly RollupFigures[], name: ComponentName): number => {
  let hits = 0;
  let n = 0;
  for (let i = 0; i < members.length; i++) {
    const c = (members[i] as RollupFigures).components[name];
    hits += c.hits ?? 0;
    n += c.n;
  }
  return n === 0 ? 0 : hits / n;
};

/** The spread of a population sorted ascending. */
const baselineOf = (sorted: ArrayLike<number>): Baseline | null =>
  sorted.length === 0
    ? null
    : {
        median: quantileSorted(sorted, 0.5) as number,
        p75: quantileSorted(sorted, 0.75) as number,
        p90: quantileSorted(sorted, 0.9) as number,
        accounts: sorted.length,
      };

/**
 * One component over the members, as scored in this segment: null under the minimum count, shrunk
 * toward `prior` if a rate.
 */
const columnOf = (members: readonly RollupFigures[], name: ComponentName, prior: number, k: number): ComponentColumn => {
  const rate = RATE_COMPONENTS.has(name);
  // Filled with a reason first, so that the array holds references, never unboxed doubles.
  const scored = new Array<number | MissingReason>(members.length).fill('no_tickets');
  const present = new Float64Array(members.length);
  let count = 0;
  for (let i = 0; i < members.length; i++) {
    const m = members[i] as RollupFigures;
    const c = m.components[name];
    if (c.value === null) continue;
    if (c.n < m.settings.components[name].minCount) scored[i] = 'below_minimum';
    else {
      const value = rate ? shrinkRate(c.hits ?? 0, c.n, prior, k) : c.value;
      scored[i] = value;
      present[count++] = value;
    }
  }
  const population = sortedAscending(present.subarray(0, count));
  return { name, scored, population, baseline: baselineOf(population) };
};

/** Computes a peer segment's statistics from its members' rollups. */
export const peerStats = (key: string, members: readonly RollupFigures[], k: number): PeerStats => {
  const rates: Partial<Record<ComponentName, number>> = {};
  for (const name of RATE_COMPONENTS) rates[name] = pooledRate(members, name);
  const columns = COMPONENT_NAMES.map((name) => columnOf(members, name, rates[name] ?? 0, k));
  const baselines = {} as Record<ComponentName, Baseline | null>;
  for (const c of columns) baselines[c.name] = c.baseline;
  return { key, members, rates, columns, baselines };
};
