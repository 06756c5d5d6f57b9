/**
 * What, besides its tickets, a stored rollup depends on. The account revision moves only when a
 * ticket or event of the account changes; an edited account (tier, seats), new usage or a retrained
 * type model would leave it alone, so those go into a stamp stored with the rollup, and a rollup is
 * reused only when both revision and stamp still match.
 * @module
 */
import * as crypto from 'node:crypto';
import type { Account, UsageRecord } from '../../core/model.js';

/**
 * SHA-256 of a text as hex. Node's one-shot `crypto.hash` (20.12 and later) makes no Hash object:
 * a rescore stamps every account, 10k stamps cold 40–50 → 30–37 ms. Earlier Node 20 releases,
 * which the engines field admits, take the Hash object.
 */
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text)
    : (text) => crypto.createHash('sha256').update(text).digest('hex');

/**
 * @param latestUsage the usage record scoring reads for the account (its latest active users), or null
 * @param factsVersion the version ticket facts are derived under
 * @example rollupStamp(account, null, 'a1b2c3d4e5f6') // 16 hex digits
 */
export const rollupStamp = (account: Account, latestUsage: UsageRecord | null, factsVersion: string): string =>
  // Plain JSON, not key-sorted: the store decodes accounts and usage with their keys in one order,
  // and a different order would only cost a recompute. Sorting keys was 130 ms of a 10k-account rescore.
  sha256Hex(JSON.stringify([account, latestUsage, factsVersion])).slice(0, 16);
