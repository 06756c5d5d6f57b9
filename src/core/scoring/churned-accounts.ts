import type { IsoDate, Outcome } from '../model.js';

/**
 * Accounts that had left by `asOfDate`, each with the day it left: their latest outcome on or before
 * that day is `churned`. They are not scored: a customer who already left is no longer a risk to act
 * on, and the open tickets it left behind would otherwise rank it "riskiest" for ever and skew its
 * peers' baselines. A later renewal or expansion (a win-back) brings the account back.
 * @example churnDates([{ accountId: 'a', date: '2025-03-01', outcome: 'churned', amount: null }], '2025-06-30') // Map { 'a' → '2025-03-01' }
 */
export const churnDates = (outcomes: readonly Outcome[], asOfDate: IsoDate): ReadonlyMap<string, IsoDate> => {
  const latest = new Map<string, Outcome>();
  for (const o of outcomes) {
    if (o.date > asOfDate) continue;
    const seen = latest.get(o.accountId);
    // On the same day a churn outranks anything else: the account ends the day gone.
    if (seen === undefined || o.date > seen.date || (o.date === seen.date && o.outcome === 'churned')) {
      latest.set(o.accountId, o);
    }
  }
  const out = new Map<string, IsoDate>();
  for (const [id, o] of latest) if (o.outcome === 'churned') out.set(id, o.date);
  return out;
};

/**
 * The accounts of {@link churnDates}.
 * @example churnedBy([{ accountId: 'a', date: '2025-03-01', outcome: 'churned', amount: null }], '2025-06-30') // Set {'a'}
 */
export const churnedBy = (outcomes: readonly Outcome[], asOfDate: IsoDate): ReadonlySet<string> =>
  new Set(churnDates(outcomes, asOfDate).keys());
