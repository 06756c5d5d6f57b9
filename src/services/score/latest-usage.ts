/**
 * The one usage record per account that scoring reads: the latest value of the adoption metric on
 * or before the as-of date. Keeping only that record keeps memory flat however long the history.
 * @module
 */
import type { IsoDate, UsageRecord } from '../../core/model.js';

/**
 * @example latestUsageByAccount(await store.listUsage(), 'active_users', '2025-06-30').get('acme')
 */
export const latestUsageByAccount = (
  usage: Iterable<UsageRecord>,
  metric: string,
  asOfDate: IsoDate,
): Map<string, UsageRecord> => {
  const latest = new Map<string, UsageRecord>();
  for (const r of usage) {
    if (r.metric !== metric || r.date > asOfDate) continue;
    const best = latest.get(r.accountId);
    if (best === undefined || r.date > best.date) latest.set(r.accountId, r);
  }
  return latest;
};
