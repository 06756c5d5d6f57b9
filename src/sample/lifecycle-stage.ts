/**
 * The CRM's lifecycle stage of an account on the last day (or, for a churned account, on its way out).
 * @module
 */
import { DAY_MS } from './calendar.js';
import type { SampleAccount } from './account-history.js';
import type { SampleWindow } from './window.js';

export type LifecycleStage = 'onboarding' | 'adoption' | 'mature' | 'renewal' | 'churned';

/**
 * churned: left at a renewal (CRMs keep former customers, marked); onboarding: live for under 90
 * days; renewal: the next renewal is within 90 days; adoption: live under a year; mature otherwise.
 */
export function lifecycleStage(a: SampleAccount, w: SampleWindow): LifecycleStage {
  if (a.churnAt !== null) return 'churned';
  const live = w.lastDay - a.goLive;
  if (live < 90 * DAY_MS) return 'onboarding';
  if (a.renewalDate - w.lastDay <= 90 * DAY_MS) return 'renewal';
  return live < 365 * DAY_MS ? 'adoption' : 'mature';
}
