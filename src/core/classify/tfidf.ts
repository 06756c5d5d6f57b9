/**
 * Tf-idf over hashed feature counts. The vocabulary (which features to keep, and their idf) is fit
 * on training texts only; cross-validation fits it inside each fold so no test text leaks into it.
 * @module
 */
import { BLOCK_COUNT } from './text-features.js';

export interface VocabularyOptions {
  /** Features seen in fewer training texts than this are dropped (mostly noise, and they bloat the model). */
  readonly minDf: number;
  /** Keep at most this many features, the most frequent first: bounds the model's size. */
  readonly maxFeatures: number;
}

export interface Vocabulary {
  /** Kept feature ids, ascending; a feature's column is its position here. */
  readonly features: readonly number[];
  readonly idf: readonly number[];
}

/** A sparse row: parallel column indices and values. */
export interface SparseVector {
  readonly idx: Int32Array;
  readonly val: Float64Array;
}

/** Picks features by document frequency and computes smoothed idf = ln((1 + n) / (1 + df)) + 1. */
export const fitVocabulary = (docs: readonly Map<number, number>[], o: VocabularyOptions): Vocabulary => {
  const df = new Map<number, number>();
  for (const doc of docs) for (const id of doc.keys()) df.set(id, (df.get(id) ?? 0) + 1);
  const kept = [...df.entries()]
    .filter(([, n]) => n >= o.minDf)
    // Ties broken by id so the same data always keeps the same features.
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, o.maxFeatures)
    .sort((a, b) => a[0] - b[0]);
  return {
    features: kept.map(([id]) => id),
    idf: kept.map(([, n]) => Math.log((1 + docs.length) / (1 + n)) + 1),
  };
};

/** Feature id → column, for vectorising. */
export const columnIndex = (vocabulary: Vocabulary): Map<number, number> =>
  new Map(vocabulary.features.map((id, col) => [id, col]));

/**
 * Weighs counts by sublinear tf (1 + ln tf) × idf, scales each block to unit length, then by its
 * block weight, so a long description cannot drown the subject block or vice versa.
 */
export const vectorize = (
  counts: ReadonlyMap<number, number>,
  columns: ReadonlyMap<number, number>,
  idf: readonly number[],
  blockWeights: readonly number[],
  hashBits: number,
): SparseVector => {
  const cols: number[] = [];
  const vals: number[] = [];
  const blocks: number[] = [];
  const norms = new Array<number>(BLOCK_COUNT).fill(0);
  for (const [id, tf] of counts) {
    const col = columns.get(id);
    if (col === undefined) continue;
    const value = (1 + Math.log(tf)) * (idf[col] ?? 0);
    const block = id >>> hashBits;
    cols.push(col);
    vals.push(value);
    blocks.push(block);
    norms[block] = (norms[block] ?? 0) + value * value;
  }
  const idx = Int32Array.from(cols);
  const val = new Float64Array(vals.length);
  vals.forEach((v, i) => {
    const block = blocks[i] as number;
    val[i] = (v / Math.sqrt(norms[block] || 1)) * (blockWeights[block] ?? 1);
  });
  return { idx, val };
};
