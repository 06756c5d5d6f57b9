/**
 * Adoption bands: how widely an account uses what it bought, the third axis of the first seed's
 * "compare accounts by tier, lifecycle stage, and adoption level".
 * @module
 */
import type { Account, IsoDate, UsageRecord } from '../model.js';
import type { AdoptionBandsConfig } from '../scoring/scoring-config.js';

/** The latest value of `metric` on or before `asOfDate`; null when there is none. */
export const latestUsage = (
  usage: readonly UsageRecord[],
  metric: string,
  asOfDate: IsoDate,
): number | null => {
  let best: UsageRecord | null = null;
  for (const r of usage) {
    if (r.metric !== metric || r.date > asOfDate) continue;
    if (best === null || r.date > best.date) best = r;
  }
  return best?.value ?? null;
};

/**
 * The account's adoption band: the CRM's own word when it has one, else active users per seat cut at
 * the configured bands, else `unknown`.
 * @example adoptionBand({ adoption: null, seats: 100, ... }, 80, cfg) // 'high' with highFrom 0.7
 */
export const adoptionBand = (
  account: Pick<Account, 'adoption' | 'seats'>,
  activeUsers: number | null,
  config: AdoptionBandsConfig,
): string => {
  const stated = account.adoption?.trim().toLowerCase();
  if (stated) return stated;
  if (account.seats === null || account.seats <= 0 || activeUsers === null) return 'unknown';
  const perSeat = activeUsers / account.seats;
  if (perSeat < config.lowBelow) return 'low';
  return perSeat >= config.highFrom ? 'high' : 'medium';
};
