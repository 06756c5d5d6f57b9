/**
 * Reads a V8 `.cpuprofile` (from `node --cpu-prof`) and says where the time went: self time by
 * file (our `src/` files one by one, packages by name, Node internals and natives together) and by
 * function, plus inclusive time of our own functions (synchronous call chains only: after an
 * `await`, V8 no longer sees the async caller on the stack).
 * @module
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface TimeShare {
  readonly name: string;
  readonly seconds: number;
  /** Share of the profile's busy time (idle excluded), 0–1. */
  readonly share: number;
}

export interface ProfileSummary {
  /** Busy seconds by function (self time), every function: what {@link profileGap} compares. */
  readonly selfSeconds: ReadonlyMap<string, number>;
  /** Sampled seconds with the thread busy (idle excluded). */
  readonly busySeconds: number;
  readonly idleSeconds: number;
  readonly byFile: readonly TimeShare[];
  readonly bySelf: readonly TimeShare[];
  /** Our src/ functions, time with the function anywhere on the (synchronous) stack. */
  readonly srcInclusive: readonly TimeShare[];
}

/** `file:///work/main/src/x/y.ts` → `src/x/y.ts`; packages by name; Node's own files together. */
const fileOf = (url: string, functionName: string, root: string): string => {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native code)';
  if (url.startsWith('node:')) return 'node: internals';
  const path = url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : url;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return `package ${pkg[1]}`;
  return path.startsWith(root) ? path.slice(root.length) : path;
};

const top = (totals: Map<string, number>, busy: number, n: number): TimeShare[] =>
  [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => ({ name, seconds: us / 1e6, share: busy === 0 ? 0 : us / busy }));

const add = (m: Map<string, number>, key: string, us: number) => m.set(key, (m.get(key) ?? 0) + us);

/**
 * @param root the repository root with a trailing slash; paths under it are shown relative
 * @example summarizeCpuProfile('.bench/profiles/x.cpuprofile', '/work/main/').byFile[0]
 */
export const summarizeCpuProfile = (path: string, root: string, limit = 15): ProfileSummary => {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode) => {
    const file = fileOf(n.callFrame.url, n.callFrame.functionName, root);
    const fn = n.callFrame.functionName || '(anonymous)';
    return file.startsWith('(') ? fn : `${fn}  ${file}:${n.callFrame.lineNumber + 1}`;
  };
  const files = new Map<string, number>();
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let busy = 0;
  let idle = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i + 1] ?? 0; // the time until the next sample
    const node = byId.get(id);
    if (node === undefined) return;
    if (node.callFrame.functionName === '(idle)') {
      idle += us;
      return;
    }
    busy += us;
    add(files, fileOf(node.callFrame.url, node.callFrame.functionName, root), us);
    add(self, label(node), us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at);
      if (n === undefined || !fileOf(n.callFrame.url, '', root).startsWith('src/')) continue;
      const key = label(n);
      if (!seen.has(key)) add(inclusive, key, us);
      seen.add(key);
    }
  });
  return {
    selfSeconds: new Map([...self].map(([k, us]) => [k, us / 1e6])),
    busySeconds: busy / 1e6,
    idleSeconds: idle / 1e6,
    byFile: top(files, busy, limit),
    bySelf: top(self, busy, limit),
    srcInclusive: top(inclusive, busy, limit),
  };
};

/**
 * Where a run spends more than a reference run of the same work (e.g. our import against the plain
 * insert): self time by function, ours minus theirs, largest first. Shares are of the whole gap.
 */
export const profileGap = (ours: ProfileSummary, reference: ProfileSummary, limit = 15): TimeShare[] => {
  const gap = ours.busySeconds - reference.busySeconds;
  return [...ours.selfSeconds]
    .map(([name, s]) => ({ name, seconds: s - (reference.selfSeconds.get(name) ?? 0) }))
    .filter((x) => x.seconds > 0)
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, limit)
    .map((x) => ({ ...x, share: gap > 0 ? x.seconds / gap : 0 }));
};
