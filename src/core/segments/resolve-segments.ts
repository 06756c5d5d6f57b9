/**
 * Segment fallback: a segment with too few accounts for a meaningful median borrows its parent's
 * peers (`enterprise/onboarding/high` → `enterprise/onboarding` → `enterprise` → `all`).
 * These are the definitions, account by account (and exported as such); ranking places every
 * account at once through `placeSegments`, which a property test holds to them.
 * @module
 */
import { ALL_SEGMENT, segmentKey } from './segment-key.js';

const prefixes = (parts: readonly string[]): string[] =>
  parts.map((_, i) => segmentKey(parts.slice(0, i + 1)));

/**
 * Each account's effective segment: the most specific prefix of its key that holds at least
 * `minAccounts` accounts, else `all`.
 * @example resolveSegments(new Map([['a', ['smb', 'new', 'low']]]), 5) // Map { a → 'all' }
 */
export const resolveSegments = (
  fullKeys: ReadonlyMap<string, readonly string[]>,
  minAccounts: number,
): Map<string, string> => {
  const counts = new Map<string, number>();
  for (const parts of fullKeys.values()) {
    for (const p of prefixes(parts)) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  const resolved = new Map<string, string>();
  for (const [id, parts] of fullKeys) {
    const fit = prefixes(parts)
      .reverse()
      .find((p) => (counts.get(p) ?? 0) >= minAccounts);
    resolved.set(id, fit ?? ALL_SEGMENT);
  }
  return resolved;
};

/**
 * The peers of each effective segment: every account whose full key starts with it (`all` = everyone),
 * so an account that fell back to `enterprise` is compared with all enterprise accounts.
 */
export const peerGroups = (
  fullKeys: ReadonlyMap<string, readonly string[]>,
  resolved: ReadonlyMap<string, string>,
): Map<string, string[]> => {
  const groups = new Map<string, string[]>([...new Set(resolved.values())].map((k) => [k, []]));
  for (const [id, parts] of fullKeys) {
    for (const key of [ALL_SEGMENT, ...prefixes(parts)]) groups.get(key)?.push(id);
  }
  return groups;
};
