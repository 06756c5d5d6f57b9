/**
 * The health score: `Σ wᵢ·(100 − riskᵢ)` over the components that have data, the weights
 * renormalised to sum to 1. Each term is the component's contribution, so they add up to the health.
 * @module
 */
import type { GradeThresholds } from './scoring-config.js';

export type Grade = 'healthy' | 'watch' | 'at_risk';

export interface RiskPart {
  /** Null when the component has no usable data: it is left out and its weight shared out. */
  readonly risk: number | null;
  readonly weight: number;
}

export interface Combined {
  /** Null when no component with weight has data. */
  readonly health: number | null;
  /** Per part, in order: the renormalised weight and `weight·(100 − risk)` (0 when left out). */
  readonly parts: readonly { readonly weight: number; readonly contribution: number }[];
}

/**
 * The health from component risks and weights: the definition. Ranking works it out inline for
 * 10k accounts (see `rank-segments.ts`), and its property test holds that to this, bit for bit.
 * @example combineRisks([{ risk: 50, weight: 0.2 }, { risk: 0, weight: 0.2 }, { risk: null, weight: 0.6 }])
 * // health 75: weights become 0.5 and 0.5, contributions 25 and 50
 */
export const combineRisks = (parts: readonly RiskPart[]): Combined => {
  const total = parts.reduce((sum, p) => (p.risk === null ? sum : sum + p.weight), 0);
  if (total <= 0) return { health: null, parts: parts.map(() => ({ weight: 0, contribution: 0 })) };
  const out = parts.map((p) => {
    if (p.risk === null) return { weight: 0, contribution: 0 };
    const weight = p.weight / total;
    return { weight, contribution: weight * (100 - p.risk) };
  });
  // The health is the sum of the contributions, so the explanation adds up by construction.
  return { health: out.reduce((sum, p) => sum + p.contribution, 0), parts: out };
};

/** `healthy` at or above `healthy`, `watch` at or above `watch`, else `at_risk`. */
export const gradeOf = (health: number, t: GradeThresholds): Grade =>
  health >= t.healthy ? 'healthy' : health >= t.watch ? 'watch' : 'at_risk';
