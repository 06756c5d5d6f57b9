/**
 * Prediction with a trained type model. Counting goes straight into the model's columns through a
 * dense id → column table and reused scratch arrays, because a per-ticket map of every n-gram was
 * most of the cost of classifying 100k tickets. The result equals tf-idf + per-block unit scaling +
 * softmax as in training (`tfidf.ts`, `softmax-regression.ts`), up to floating-point rounding.
 * @module
 */
import type { TicketType } from '../model.js';
import { BLOCK_COUNT, forEachFeature, type TypeText } from './text-features.js';
import type { TypeModel, TypePrediction } from './type-model.js';

interface Compiled {
  /**
   * Feature id → column as an open-addressing hash table (ids in `keys`, columns in `cols`, −1 =
   * empty). Twice as many slots as features keeps probes short, and the table stays small enough
   * for the CPU cache, unlike a direct table over the whole hash space.
   */
  readonly keys: Int32Array;
  readonly cols: Int32Array;
  readonly shift: number;
  readonly block: Uint8Array;
  readonly weights: readonly Float64Array[];
  // Scratch space, reused by every call on this model (calls never overlap: JS is single-threaded).
  readonly tf: Float64Array;
  readonly touched: Int32Array;
}

// Keyed by the (immutable) model object, so caching never changes what a call returns.
const compiledModels = new WeakMap<TypeModel, Compiled>();

/** Fibonacci hashing: spreads consecutive ids over the slots. */
const slotOf = (id: number, shift: number): number => Math.imul(id, 0x9e3779b1) >>> shift;

const columnOf = (c: Compiled, id: number): number => {
  const mask = c.keys.length - 1;
  for (let slot = slotOf(id, c.shift); ; slot = (slot + 1) & mask) {
    const key = c.keys[slot] as number;
    if (key === id) return c.cols[slot] as number;
    if (key === -1) return -1;
  }
};

const compile = (model: TypeModel): Compiled => {
  const hit = compiledModels.get(model);
  if (hit) return hit;
  const bits = model.options.hashBits;
  const slotBits = Math.max(4, Math.ceil(Math.log2(model.features.length * 2)));
  const keys = new Int32Array(1 << slotBits).fill(-1);
  const cols = new Int32Array(1 << slotBits);
  const shift = 32 - slotBits;
  const block = new Uint8Array(model.features.length);
  model.features.forEach((id, col) => {
    let slot = slotOf(id, shift);
    while (keys[slot] !== -1) slot = (slot + 1) & (keys.length - 1);
    keys[slot] = id;
    cols[slot] = col;
    block[col] = id >>> bits;
  });
  const built: Compiled = {
    keys,
    cols,
    shift,
    block,
    weights: model.weights.map((w) => Float64Array.from(w)),
    tf: new Float64Array(model.features.length),
    touched: new Int32Array(model.features.length),
  };
  compiledModels.set(model, built);
  return built;
};

/** Per-label logits: bias + Σ over blocks of (w · tf-idf) × block weight / block norm. */
const logits = (model: TypeModel, c: Compiled, touchedCount: number): number[] => {
  const labels = model.labels.length;
  const dots = new Float64Array(labels * BLOCK_COUNT);
  const norms = new Float64Array(BLOCK_COUNT);
  for (let t = 0; t < touchedCount; t++) {
    const col = c.touched[t] as number;
    const value = (1 + Math.log(c.tf[col] as number)) * (model.idf[col] as number);
    const b = c.block[col] as number;
    norms[b] = (norms[b] as number) + value * value;
    for (let k = 0; k < labels; k++) {
      const at = k * BLOCK_COUNT + b;
      dots[at] = (dots[at] as number) + ((c.weights[k] as Float64Array)[col] as number) * value;
    }
    c.tf[col] = 0;
  }
  return model.labels.map((_, k) => {
    let s = model.bias[k] as number;
    for (let b = 0; b < BLOCK_COUNT; b++) {
      const scale = (model.options.blockWeights[b] ?? 1) / Math.sqrt((norms[b] as number) || 1);
      s += (dots[k * BLOCK_COUNT + b] as number) * scale;
    }
    return s;
  });
};

/**
 * The most probable type of a text, its probability, and every label's probability.
 * @example predictType(model, { subject: 'Export crashes', description: null }).type // 'bug'
 */
export const predictType = (model: TypeModel, text: TypeText): TypePrediction => {
  const c = compile(model);
  let touchedCount = 0;
  forEachFeature(text, model.options, (id) => {
    const col = columnOf(c, id);
    if (col < 0) return;
    if (c.tf[col] === 0) c.touched[touchedCount++] = col;
    c.tf[col] = (c.tf[col] as number) + 1;
  });
  const z = logits(model, c, touchedCount);
  const max = Math.max(...z);
  const exps = z.map((v) => Math.exp(v - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  let best = 0;
  const scores: Partial<Record<TicketType, number>> = {};
  model.labels.forEach((label, k) => {
    scores[label] = (exps[k] as number) / sum;
    if ((exps[k] as number) > (exps[best] as number)) best = k;
  });
  return { type: model.labels[best] as TicketType, confidence: (exps[best] as number) / sum, scores };
};
