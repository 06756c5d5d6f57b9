/**
 * A floating-point sum that a later part's sum can continue exactly. Float addition rounds at each
 * step, so the sum of A's values then B's is not A's sum plus B's sum; a tally of B that will be
 * merged after A's therefore keeps its addends, and the merge adds them to A's sum one by one, in
 * order: the very steps a single pass over A then B would have taken.
 * @module
 */

/** A sum, and its nonzero addends in order when they were kept (null when not). */
export interface SumState {
  readonly sum: number;
  readonly addends: ArrayLike<number> | null;
}

/**
 * Zeros are not kept: the sum starts at +0 and no addition of finite or infinite values yields −0
 * from a +0 start, so adding ±0 never changes it.
 * @example const s = new OrderedSum(true); s.add(0.1); s.add(0.2); s.state() // { sum: 0.30000000000000004, addends: [0.1, 0.2] }
 */
export class OrderedSum {
  #sum = 0;
  readonly #addends: number[] | null;

  /** @param keepAddends keep what a merge after another sum needs (a later part's tally) */
  constructor(keepAddends: boolean) {
    this.#addends = keepAddends ? [] : null;
  }

  get value(): number {
    return this.#sum;
  }

  add(v: number): void {
    if (v === 0) return;
    this.#sum += v;
    this.#addends?.push(v);
  }

  state(): SumState {
    return { sum: this.#sum, addends: this.#addends };
  }

  /**
   * Continues this sum with a later part's addends. Without them, only an empty sum can take the
   * later one as is (from a zero start its steps are the later part's own); anything else is a bug.
   */
  merge(later: SumState): void {
    const { addends } = later;
    if (addends !== null) {
      for (let i = 0; i < addends.length; i++) this.add(addends[i] as number);
      return;
    }
    if (this.#sum !== 0 || this.#addends !== null) throw new Error('a later sum merged without its addends');
    this.#sum = later.sum;
  }
}
