/**
 * The row hash: tells whether a re-imported row differs from the stored one. It runs once per
 * imported row, so it reads the column values in place (no text built from them, no crypto call),
 * two UTF-16 code units per 32-bit word, into two 32-bit lanes of different construction (a
 * MurmurHash3 body and an xxHash32 round), each finished with MurmurHash3's avalanche: 64 bits.
 *
 * Not for security, and not an identity: a changed row is missed only when its new 64-bit hash
 * equals the old one, about 1 in 1.8 × 10^19 per changed row (a million changed rows a day for a
 * thousand years gives odds of about 2 × 10^-8 that one is missed). Event keys, where a collision
 * would merge two events, keep SHA-1 (`contentHash`).
 * @module
 */
import type { SqlValue } from './codec.js';

/** MurmurHash3's finaliser: every input bit reaches every output bit. */
const avalanche = (h: number): number => {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

/** The character code of one hex digit. */
const hex = (nibble: number): number => (nibble < 10 ? 48 : 87) + nibble;

/** Two 32-bit numbers as 16 hex digits, one string in one allocation (toString + padStart made five). */
const hex16 = (a: number, b: number): string =>
  String.fromCharCode(
    hex(a >>> 28), hex((a >>> 24) & 15), hex((a >>> 20) & 15), hex((a >>> 16) & 15),
    hex((a >>> 12) & 15), hex((a >>> 8) & 15), hex((a >>> 4) & 15), hex(a & 15),
    hex(b >>> 28), hex((b >>> 24) & 15), hex((b >>> 20) & 15), hex((b >>> 16) & 15),
    hex((b >>> 12) & 15), hex((b >>> 8) & 15), hex((b >>> 4) & 15), hex(b & 15),
  );

/**
 * A 64-bit hash of column values as 16 hex digits. Each value is encoded unambiguously: a word
 * with its kind (null, number, text) and length, then its text, so `['ab', '']` and `['a', 'b']`,
 * `1` and `'1'`, `null` and `''` all hash apart.
 * @example rowHash(['csv', 'T-1', null, 3]) // 'ceba6dc5959320e2'
 */
export const rowHash = (values: readonly SqlValue[]): string => {
  let a = 0x2f6b8c1d;
  let b = 0x165667b1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? null;
    const text = v === null ? '' : typeof v === 'number' ? String(v) : v;
    const n = text.length;
    // Kind in the low two bits (0 null, 1 number, 2 text), the length above (V8 strings < 2^29).
    const head = v === null ? 0 : (n << 2) | (typeof v === 'number' ? 1 : 2);
    // k = -2 folds the head word; then two code units per word, the last one alone when odd.
    for (let k = -2; k < n; k += 2) {
      const word = k < 0 ? head : k + 1 < n ? text.charCodeAt(k) | (text.charCodeAt(k + 1) << 16) : text.charCodeAt(k);
      let m = Math.imul(word, 0xcc9e2d51);
      m = (m << 15) | (m >>> 17);
      a ^= Math.imul(m, 0x1b873593);
      a = (a << 13) | (a >>> 19);
      a = (Math.imul(a, 5) + 0xe6546b64) | 0;
      b = (b + Math.imul(word, 0x85ebca77)) | 0;
      b = (b << 13) | (b >>> 19);
      b = Math.imul(b, 0x9e3779b1);
    }
  }
  return hex16(avalanche(a ^ values.length), avalanche(b ^ Math.imul(values.length, 0x27d4eb2f)));
};
