/**
 * A small seeded pseudo-random generator (mulberry32), so that fold assignment and anything else
 * that shuffles gives the same answer on every run and machine.
 * @module
 */

/** Returns a function yielding floats in [0, 1), fully determined by `seed`. */
export const seededRandom = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** A seeded Fisher–Yates shuffle; returns a new array. */
export const shuffled = <T>(items: readonly T[], seed: number): T[] => {
  const out = [...items];
  const random = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
};
