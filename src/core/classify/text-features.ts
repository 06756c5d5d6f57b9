/**
 * Turns a ticket's subject and description into hashed n-gram counts: word unigrams and bigrams,
 * subject words again as their own block (the subject is the densest statement of intent), and
 * character 3–5-grams inside word boundaries (they catch inflections and typos: "crash", "crashes",
 * "crashing" share "cras"). Hashing avoids building strings for every n-gram, which keeps
 * classifying 100k tickets to seconds; the hash space is large enough that collisions are rare.
 * @module
 */
import { cleanTicketText, type CleanOptions } from './clean-text.js';

export interface FeatureOptions extends CleanOptions {
  /** Longest word n-gram (1 = unigrams only, 2 = also bigrams). */
  readonly maxWordNgram: number;
  /** Character n-gram lengths inside words, e.g. [3, 5]; null to skip them. */
  readonly charNgrams: readonly [number, number] | null;
  /** Bits of the hash space per block (2^bits buckets). */
  readonly hashBits: number;
}

/** Feature blocks; a feature id is `block << hashBits | bucket`. */
export const BLOCKS = { words: 0, subject: 1, chars: 2 } as const;
export const BLOCK_COUNT = 3;

/** What a classifier reads: a bare text, or a ticket's subject and description. */
export type TypeText = string | { readonly subject: string | null; readonly description: string | null };

const FNV_OFFSET = 0x811c9dc5;
const fnvStep = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);
/** A final mix so that similar inputs spread over the buckets (FNV's low bits are weak). */
const avalanche = (h: number): number => {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x45d9f3b);
  x ^= x >>> 16;
  return x >>> 0;
};

const hashWord = (word: string): number => {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = fnvStep(h, word.charCodeAt(i));
  return h;
};

/** Words: runs of letters and digits, lowercased; an inner apostrophe stays ("don't"). */
export const tokenize = (text: string): string[] =>
  text.toLowerCase().match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?|\?/gu) ?? [];

/** Receives each feature occurrence (a feature id, once per occurrence). */
export type FeatureSink = (id: number) => void;

const addWords = (add: FeatureSink, words: readonly string[], block: number, o: FeatureOptions): void => {
  const mask = (1 << o.hashBits) - 1;
  const base = block << o.hashBits;
  const hashes = words.map(hashWord);
  for (let i = 0; i < hashes.length; i++) {
    let h = hashes[i] as number;
    add(base | (avalanche(h) & mask));
    for (let n = 2; n <= o.maxWordNgram && i + n <= hashes.length; n++) {
      h = fnvStep(fnvStep(h, 32), hashes[i + n - 1] as number);
      add(base | (avalanche(h) & mask));
    }
  }
};

const addCharNgrams = (add: FeatureSink, words: readonly string[], o: FeatureOptions): void => {
  if (o.charNgrams === null) return;
  const [min, max] = o.charNgrams;
  const mask = (1 << o.hashBits) - 1;
  const base = BLOCKS.chars << o.hashBits;
  for (const word of words) {
    // Padded with spaces, as scikit-learn's `char_wb` does, so word starts and ends are features.
    const padded = ` ${word} `;
    for (let start = 0; start + min <= padded.length; start++) {
      let h = FNV_OFFSET;
      for (let end = start; end < padded.length && end - start < max; end++) {
        h = fnvStep(h, padded.charCodeAt(end));
        if (end - start + 1 >= min) add(base | (avalanche(h) & mask));
      }
    }
  }
};

/**
 * Calls `add` for every n-gram occurrence of the text. The streaming form lets prediction count
 * straight into the model's columns, without building a map per ticket.
 */
export const forEachFeature = (text: TypeText, options: FeatureOptions, add: FeatureSink): void => {
  const subject = typeof text === 'string' ? '' : (text.subject ?? '');
  const body = typeof text === 'string' ? text : (text.description ?? '');
  const subjectWords = tokenize(cleanTicketText(subject, options));
  const words = [...subjectWords, ...tokenize(cleanTicketText(body, options))];
  addWords(add, words, BLOCKS.words, options);
  addWords(add, subjectWords, BLOCKS.subject, options);
  addCharNgrams(add, words, options);
};

/** Hashed n-gram counts of one text, keyed by feature id. */
export const extractFeatures = (text: TypeText, options: FeatureOptions): Map<number, number> => {
  const counts = new Map<number, number>();
  forEachFeature(text, options, (id) => counts.set(id, (counts.get(id) ?? 0) + 1));
  return counts;
};
