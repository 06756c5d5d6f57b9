/**
 * Active users per account over time: seats in force × adoption, where adoption ramps up after
 * go-live and then follows the account's latent usage trend. Ticket volume follows the same curve,
 * so "fewer tickets with lower usage" is there to be found.
 * @module
 */
import type { UsageRecord } from '../core/model.js';
import { DAY_MS, addMonths, isoDate } from './calendar.js';
import { seatsAt, type SampleAccount } from './account-history.js';
import type { Rng } from './prng.js';
import type { SampleWindow } from './window.js';

/** ln(1.25): one unit of latent usage trend is +25 % active users a year. */
const TREND_PER_YEAR = Math.log(1.25);
const YEAR_MS = 365.25 * DAY_MS;

/** Adoption share at an instant, without noise: onboarding ramp over ~4 months, then the trend. */
export function adoptionAt(a: SampleAccount, w: SampleWindow, at: number): number {
  const monthsLive = (at - a.goLive) / (30.44 * DAY_MS);
  const ramp = Math.min(1, 0.35 + (0.65 * Math.max(0, monthsLive)) / 4);
  const years = (at - w.start) / YEAR_MS;
  const share = a.adoption * ramp * Math.exp(TREND_PER_YEAR * a.latent.usageTrend * years);
  return Math.min(1, Math.max(0.02, share));
}

/** Expected active users at an instant (no noise). */
export function activeUsersAt(a: SampleAccount, w: SampleWindow, at: number): number {
  return Math.max(1, seatsAt(a, at).seats * adoptionAt(a, w, at));
}

/** Whether the account is a live customer at an instant: after go-live and before any churn. */
export function isLive(a: SampleAccount, at: number): boolean {
  return at >= a.goLive && (a.churnAt === null || at < a.churnAt);
}

/**
 * Monthly `active_users` points (same day of month as the window start) while the account is live
 * inside the window: at most 31 rows per account.
 */
export function usageRows(a: SampleAccount, w: SampleWindow, rng: Rng): UsageRecord[] {
  const rows: UsageRecord[] = [];
  for (let m = 0; ; m++) {
    const at = addMonths(w.start, m);
    if (at >= w.endExclusive) break;
    if (!isLive(a, at)) continue;
    const seats = seatsAt(a, at).seats;
    const noisy = activeUsersAt(a, w, at) * (1 + 0.06 * rng.normal());
    const value = Math.min(seats, Math.max(0, Math.round(noisy)));
    rows.push({ accountId: a.id, date: isoDate(at), metric: 'active_users', value });
  }
  return rows;
}

/** The CRM's adoption word at the end (or at churn): low < 40 % of seats active, high ≥ 70 %. */
export function adoptionLevel(a: SampleAccount, w: SampleWindow): 'low' | 'medium' | 'high' {
  const at = a.churnAt !== null ? a.churnAt - DAY_MS : w.lastDay;
  const share = adoptionAt(a, w, at);
  return share < 0.4 ? 'low' : share < 0.7 ? 'medium' : 'high';
}
