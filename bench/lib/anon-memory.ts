import { readFileSync } from 'node:fs';

/**
 * Peak anonymous resident memory (heap, buffers, native allocations) of this process, sampled from
 * /proc/self/status. Peak RSS also counts the pages of a memory-mapped SQLite file, which the kernel
 * can drop at any time and which grow with the database, not with what the process holds; the
 * anonymous part is what must stay bounded as the data grows.
 */
let peakKiB = 0;

const sample = (): void => {
  try {
    const match = /RssAnon:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) peakKiB = Math.max(peakKiB, Number(match[1]));
  } catch {
    // Not Linux: no figure.
  }
};

/** Starts sampling every 50 ms (unref'd: it never keeps the worker alive). */
export const startAnonSampler = (): void => {
  sample();
  setInterval(sample, 50).unref();
};

/** MiB, after one last sample; null where /proc is not available. */
export const peakAnonMiB = (): number | null => {
  sample();
  return peakKiB === 0 ? null : Math.round(peakKiB / 1024);
};
