/**
 * The hidden truth behind the sample company: per-account latent variables that drive both the tickets
 * (what ticket-health can see) and the renewal outcomes (what its review must predict). Outcomes are
 * never computed from ticket-health's score; they come from these variables plus noise, through the
 * logistic models below. `docs/sample-data.md` states the same coefficients.
 * @module
 */
import type { Rng } from './prng.js';
import type { Tier } from './catalog.js';

/** Per-account latent variables, each on a standard-normal scale. Never written to the CSVs. */
export interface Latent {
  /** How often the product breaks for this account: more tickets, more bugs, more severe ones. */
  readonly defect: number;
  /** Exposure to slow support (queue, coverage, time zone): slower replies and resolutions. */
  readonly slowSupport: number;
  /** Tendency of this account's problems to stay unresolved: reopens, long holds, stuck tickets. */
  readonly unresolved: number;
  /** Trend of active users (+1 ≈ +25 % a year); partly dragged down by bad experience. */
  readonly usageTrend: number;
  /** Ticket-volume appetite unrelated to experience (some customers simply write more). */
  readonly chattiness: number;
}

/** Draws one account's latent variables. Usage trend = own noise − 0.3·defect − 0.2·slowSupport. */
export function drawLatent(rng: Rng): Latent {
  const defect = rng.normal();
  const slowSupport = rng.normal();
  const unresolved = rng.normal();
  const usageTrend = rng.normal() - 0.3 * defect - 0.2 * slowSupport;
  return { defect, slowSupport, unresolved, usageTrend, chattiness: rng.normal() };
}

/** The ticket experience as one number (higher = worse): what the review should rediscover. */
export function latentExperience(l: Latent): number {
  return EXPERIENCE_WEIGHTS.defect * l.defect +
    EXPERIENCE_WEIGHTS.slowSupport * l.slowSupport +
    EXPERIENCE_WEIGHTS.unresolved * l.unresolved;
}

const EXPERIENCE_WEIGHTS = { defect: 0.8, slowSupport: 0.6, unresolved: 0.7 } as const;

/** Coefficients of one logistic model: logit = intercept + Σ coef × variable + tier + N(0, noise). */
export interface LogitModel {
  readonly intercept: number;
  /** Multiplies `latentExperience` (worse experience → positive contribution). */
  readonly experience: number;
  readonly usageTrend: number;
  readonly tier: Readonly<Record<Tier, number>>;
  /** Standard deviation of the Gaussian noise added to the logit at each decision. */
  readonly noise: number;
}

/** P(churn) at a renewal: about 12 % a year for an average account. */
export const CHURN_MODEL: LogitModel = {
  intercept: -2.8,
  experience: 1.0,
  usageTrend: -0.9,
  tier: { enterprise: -0.6, mid_market: 0, smb: 0.35 },
  noise: 0.5,
};

/** P(expansion) at a renewal that did not churn. */
export const EXPANSION_MODEL: LogitModel = {
  intercept: -2.0,
  experience: -0.5,
  usageTrend: 1.1,
  tier: { enterprise: 0.3, mid_market: 0.1, smb: -0.2 },
  noise: 0.5,
};

/** P(contraction) at a renewal that neither churned nor expanded. */
export const CONTRACTION_MODEL: LogitModel = {
  intercept: -2.2,
  experience: 0.4,
  usageTrend: -0.8,
  tier: { enterprise: 0.2, mid_market: 0, smb: -0.3 },
  noise: 0.5,
};

/** Probability from a model for this account, with this decision's noise drawn from `rng`. */
export function modelProbability(model: LogitModel, l: Latent, tier: Tier, rng: Rng): number {
  const logit = model.intercept +
    model.experience * latentExperience(l) +
    model.usageTrend * l.usageTrend +
    model.tier[tier] +
    model.noise * rng.normal();
  return 1 / (1 + Math.exp(-logit));
}
