/**
 * Segment fallback for a whole ranking at once: the same placement as `resolveSegments` and
 * `peerGroups`, worked out once per distinct full key instead of once per account. Ten thousand
 * accounts share a few dozen keys, and building every account's prefixes three times was a sixth
 * of a ranking.
 * @module
 */
import { ALL_SEGMENT, segmentKey } from './segment-key.js';

export interface PeerSegment {
  readonly key: string;
  /** Indexes of the accounts compared in it: every account whose full key starts with `key`. */
  readonly peers: readonly number[];
}

export interface Placement {
  /** The effective segments, in the order their first account was placed in one. */
  readonly segments: readonly PeerSegment[];
  /** Per account, in the order given: the index in `segments` of its effective segment. */
  readonly segmentOf: readonly number[];
  /** Per account, in the order given: its full key (`segmentKey` of its parts). */
  readonly fullKeys: readonly string[];
}

/** A full key, with what follows from it alone; accounts of the same key share one. */
interface KeyShape {
  readonly parts: readonly string[];
  readonly key: string;
  /** `a`, `a/b`, `a/b/c`: the most specific last. */
  readonly prefixes: readonly string[];
  accounts: number;
}

/** Run for every account, mostly before it is optimised: a loop, no callback. */
const sameParts = (a: readonly string[], b: readonly string[]): boolean => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/**
 * Places each account (given by its full key's parts) in the most specific prefix of its key that
 * holds at least `minAccounts` accounts, else `all`, and lists each such segment's peers.
 * @example placeSegments([['smb', 'new', 'low']], 5) // { segments: [{ key: 'all', peers: [0] }], segmentOf: [0], fullKeys: ['smb/new/low'] }
 */
export const placeSegments = (keys: readonly (readonly string[])[], minAccounts: number): Placement => {
  // Keyed by the joined key, checked part by part: parts holding a `/` may join alike and differ.
  const known = new Map<string, KeyShape>();
  const shapes = keys.map((parts): KeyShape => {
    const joined = segmentKey(parts);
    const found = known.get(joined);
    if (found !== undefined && sameParts(found.parts, parts)) {
      found.accounts += 1;
      return found;
    }
    const shape = { parts, key: joined, prefixes: parts.map((_, i) => segmentKey(parts.slice(0, i + 1))), accounts: 1 };
    if (found === undefined) known.set(joined, shape);
    return shape;
  });
  const distinct = new Set(shapes);
  const counts = new Map<string, number>();
  for (const s of distinct) for (const p of s.prefixes) counts.set(p, (counts.get(p) ?? 0) + s.accounts);
  const fit = new Map<KeyShape, string>();
  for (const s of distinct) {
    fit.set(s, s.prefixes.findLast((p) => (counts.get(p) ?? 0) >= minAccounts) ?? ALL_SEGMENT);
  }
  const index = new Map<string, number>();
  const segments: { readonly key: string; readonly peers: number[] }[] = [];
  const segmentOf = shapes.map((s) => {
    const key = fit.get(s) as string;
    let i = index.get(key);
    if (i === undefined) {
      i = segments.length;
      index.set(key, i);
      segments.push({ key, peers: [] });
    }
    return i;
  });
  // The segments an account of each key counts in (a key part named `all` counts it in `all` twice,
  // as `peerGroups` does).
  const homes = new Map<KeyShape, number[][]>();
  for (const s of distinct) {
    homes.set(s, [ALL_SEGMENT, ...s.prefixes].flatMap((p) => {
      const i = index.get(p);
      return i === undefined ? [] : [(segments[i] as { readonly peers: number[] }).peers];
    }));
  }
  for (let account = 0; account < shapes.length; account++) {
    for (const peers of homes.get(shapes[account] as KeyShape) as number[][]) peers.push(account);
  }
  return { segments, segmentOf, fullKeys: shapes.map((s) => s.key) };
};
