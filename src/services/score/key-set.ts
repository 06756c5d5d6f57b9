/**
 * A set of ticket keys that answers most "no" without hashing the key asked about. A patch asks,
 * for each of an account's kept lines, whether its ticket was written since: almost never, and each
 * key read from a part is a new string whose hash `Set.has` computes first (a tenth of a patch's
 * reading). A bit for the key's length and last three characters says "no" for most keys.
 * @module
 */

const BITS = 1 << 16;

/** Bit of the key's length and last three characters (ids differ most at their end). */
const bitOf = (key: string): number => {
  const n = key.length;
  return (n * 40503 + key.charCodeAt(n - 1) * 31 + key.charCodeAt(n - 2) * 977 + key.charCodeAt(n - 3) * 7919) & (BITS - 1);
};

export class KeySet {
  readonly #keys: ReadonlySet<string>;
  readonly #bits = new Uint8Array(BITS >> 3);

  constructor(keys: Iterable<string>) {
    this.#keys = new Set(keys);
    for (const key of this.#keys) {
      const bit = bitOf(key);
      this.#bits[bit >> 3] = (this.#bits[bit >> 3] as number) | (1 << (bit & 7));
    }
  }

  has(key: string): boolean {
    const bit = bitOf(key);
    return ((this.#bits[bit >> 3] as number) & (1 << (bit & 7))) !== 0 && this.#keys.has(key);
  }
}
