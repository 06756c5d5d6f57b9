/**
 * The few items with the largest score seen so far, kept while items stream past: movers are chosen
 * without holding an account's tickets.
 * @module
 */

/**
 * Keeps the `limit` items with the largest score, largest first; ties keep arrival order (an item
 * is not let in on a tie with the last one kept).
 * @example const top = new TopK<string>(2); top.offer('a', 1); top.offer('b', 3); top.items() // ['b', 'a']
 */
export class TopK<T> {
  readonly #limit: number;
  readonly #items: T[] = [];
  readonly #scores: number[] = [];

  constructor(limit: number) {
    this.#limit = Math.max(0, limit);
  }

  /** How many items it keeps at most. */
  get limit(): number {
    return this.#limit;
  }

  /** Would an item with this score be kept? Lets a caller skip building the item. */
  admits(score: number): boolean {
    const n = this.#items.length;
    return this.#limit > 0 && (n < this.#limit || score > (this.#scores[n - 1] as number));
  }

  offer(item: T, score: number): void {
    if (!this.admits(score)) return;
    let i = this.#items.length;
    while (i > 0 && (this.#scores[i - 1] as number) < score) i -= 1;
    this.#items.splice(i, 0, item);
    this.#scores.splice(i, 0, score);
    if (this.#items.length > this.#limit) {
      this.#items.pop();
      this.#scores.pop();
    }
  }

  /** Largest score first. */
  items(): readonly T[] {
    return this.#items;
  }

  /** The kept items' scores, in the order of {@link items}. */
  scores(): readonly number[] {
    return this.#scores;
  }

  /**
   * Takes what a later stream kept, as if its items had come after this one's: the kept items are a
   * stable sort's first `limit`, and an item the later top dropped had `limit` ahead of it there
   * already, so offering only the kept ones, in order, gives the top of both streams in one.
   */
  merge(later: TopK<T>): void {
    const items = later.items();
    const scores = later.scores();
    for (let i = 0; i < items.length; i++) this.offer(items[i] as T, scores[i] as number);
  }
}
