/**
 * Multinomial logistic regression (softmax) with an L2 penalty on the weights (not the biases),
 * trained by L-BFGS on sparse rows. Its scores are calibrated probabilities, which is what a
 * ticket's type confidence should be.
 * @module
 */
import { DEFAULT_LBFGS, minimizeLbfgs, type LbfgsOptions } from './lbfgs.js';
import type { SparseVector } from './tfidf.js';

export interface SoftmaxWeights {
  /** `weights[k]` is class k's weight per column. */
  readonly weights: readonly Float64Array[];
  readonly bias: readonly number[];
}

/** Class probabilities for one row, numerically stable (max subtracted before exp). */
export const softmaxScores = (w: SoftmaxWeights, row: SparseVector): number[] => {
  const logits = w.weights.map((wk, k) => {
    let s = w.bias[k] ?? 0;
    for (let j = 0; j < row.idx.length; j++) s += (wk[row.idx[j] as number] ?? 0) * (row.val[j] as number);
    return s;
  });
  const max = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
};

/**
 * Minimises mean cross-entropy + (l2 / 2)·‖W‖². `labels[i]` is row i's class index in [0, classes).
 */
export const trainSoftmax = (
  rows: readonly SparseVector[],
  labels: readonly number[],
  classes: number,
  columns: number,
  l2: number,
  lbfgs: LbfgsOptions = DEFAULT_LBFGS,
): SoftmaxWeights => {
  const n = rows.length;
  const biasAt = classes * columns;
  const objective = (x: Float64Array, grad: Float64Array): number => {
    grad.fill(0);
    let loss = 0;
    const logits = new Float64Array(classes);
    rows.forEach((row, i) => {
      for (let k = 0; k < classes; k++) {
        let s = x[biasAt + k] as number;
        const off = k * columns;
        for (let j = 0; j < row.idx.length; j++) s += (x[off + (row.idx[j] as number)] as number) * (row.val[j] as number);
        logits[k] = s;
      }
      const max = Math.max(...logits);
      let sum = 0;
      for (let k = 0; k < classes; k++) sum += Math.exp((logits[k] as number) - max);
      const y = labels[i] as number;
      loss += Math.log(sum) + max - (logits[y] as number);
      for (let k = 0; k < classes; k++) {
        const r = (Math.exp((logits[k] as number) - max) / sum - (k === y ? 1 : 0)) / n;
        const off = k * columns;
        for (let j = 0; j < row.idx.length; j++) {
          const at = off + (row.idx[j] as number);
          grad[at] = (grad[at] as number) + r * (row.val[j] as number);
        }
        grad[biasAt + k] = (grad[biasAt + k] as number) + r;
      }
    });
    let penalty = 0;
    for (let p = 0; p < biasAt; p++) {
      const v = x[p] as number;
      penalty += v * v;
      grad[p] = (grad[p] as number) + l2 * v;
    }
    return loss / n + (l2 / 2) * penalty;
  };
  const x = minimizeLbfgs(objective, new Float64Array(biasAt + classes), lbfgs);
  return {
    weights: Array.from({ length: classes }, (_, k) => x.slice(k * columns, (k + 1) * columns)),
    bias: Array.from(x.slice(biasAt)),
  };
};
