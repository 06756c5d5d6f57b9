/**
 * Profiles a window of a worker (only the part that is measured, not process start-up) with the
 * inspector's sampling profiler, and maps every frame of our TypeScript back to its source line:
 * tsx runs code whitespace-minified on one line, so raw positions all read `file.ts:1`. Run the
 * worker with `--enable-source-maps` so that the maps are kept.
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { findSourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

/** The part of V8's `.cpuprofile` format that we read and rewrite. */
export interface CpuProfile {
  readonly nodes: readonly { readonly id: number; callFrame: CallFrame; readonly children?: readonly number[] }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const sourceLines = new Map<string, readonly string[]>();
const lineOf = (url: string, line: number): string => {
  let lines = sourceLines.get(url);
  if (lines === undefined) {
    try {
      lines = readFileSync(fileURLToPath(url), 'utf8').split('\n');
    } catch {
      lines = [];
    }
    sourceLines.set(url, lines);
  }
  return lines[line] ?? '';
};

/** `export const contentHash = (values) =>` → `contentHash`; an inline callback stays anonymous. */
const nameBefore = (text: string): string => /([#\w$]+)\s*[:=]\s*(?:async\s*)?(?:function\s*\*?\s*)?\(?\s*$/.exec(text)?.[1] ?? '';

/** Rewrites frames of our own (non-package) files to original lines, naming unnamed functions. */
const mapToSources = (profile: CpuProfile): void => {
  for (const { callFrame: f } of profile.nodes) {
    if (!f.url.startsWith('file://') || f.url.includes('/node_modules/')) continue;
    const entry = findSourceMap(f.url)?.findEntry(f.lineNumber, f.columnNumber);
    if (entry === undefined || !('originalLine' in entry)) continue;
    f.lineNumber = entry.originalLine;
    f.columnNumber = entry.originalColumn;
    if (f.functionName === '') {
      const text = lineOf(f.url, entry.originalLine).slice(0, entry.originalColumn);
      // Node ≥ 20.x maps also carry the original name; @types/node does not know it yet.
      const named = (entry as { name?: string }).name;
      f.functionName = named ?? nameBefore(text);
    }
  }
};

/**
 * Starts sampling; the returned function stops, maps and writes the profile to `path`.
 * @example const stop = await startCpuProfile(); await work(); await stop('.bench/x.cpuprofile');
 */
export const startCpuProfile = async (): Promise<(path: string) => Promise<void>> => {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return async (path) => {
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
    session.disconnect();
    mapToSources(profile);
    writeFileSync(path, JSON.stringify(profile));
  };
};
