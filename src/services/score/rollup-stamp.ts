/**
 * What, besides its tickets, a stored rollup depends on. The account revision moves only when a
 * ticket or event of the account changes; an edited account (tier, seats), new usage or a retrained
 * type model would leave it alone, so those go into a stamp stored with the rollup, and a rollup is
 * reused only when both revision and stamp still match.
 * @module
 */
import { createHash } from 'node:crypto';
import type { Account, UsageRecord } from '../../core/model.js';

/**
 * @param latestUsage the usage record scoring reads for the account (its latest active users), or null
 * @param factsVersion the version ticket facts are derived under
 * @example rollupStamp(account, null, 'a1b2c3d4e5f6') // 16 hex digits
 */
export const rollupStamp = (account: Account, latestUsage: UsageRecord | null, factsVersion: string): string =>
  createHash('sha256')
    // Plain JSON, not key-sorted: the store decodes accounts and usage with their keys in one order,
    // and a different order would only cost a recompute. Sorting keys was 130 ms of a 10k-account rescore.
    .update(JSON.stringify([account, latestUsage, factsVersion]))
    .digest('hex')
    .slice(0, 16);
