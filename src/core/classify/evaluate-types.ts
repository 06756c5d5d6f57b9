/**
 * Classification quality figures: accuracy, macro-F1, per-class precision/recall/F1 and the
 * confusion matrix, in the shape `ticket-health classify evaluate --json` prints.
 * @module
 */

export interface ClassScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** How many items truly have this label. */
  readonly support: number;
}

export interface Evaluation {
  readonly accuracy: number;
  /** Unweighted mean of per-class F1 over the labels that occur (truly or as predictions). */
  readonly macroF1: number;
  readonly perClass: Readonly<Record<string, ClassScores>>;
  /** `confusion[actual][predicted]` = count. Every label present appears as a row and a column. */
  readonly confusion: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** Precision/recall/F1 are 0 (not NaN) when their denominator is 0, as scikit-learn reports them. */
const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/**
 * Scores predictions against the truth, pairwise by position.
 * @example evaluateTypes(['bug', 'help'], ['bug', 'bug']).accuracy // 0.5
 */
export const evaluateTypes = (
  actual: readonly string[],
  predicted: readonly string[],
): Evaluation => {
  if (actual.length !== predicted.length) {
    throw new Error(`${actual.length} labels but ${predicted.length} predictions`);
  }
  const labels = [...new Set([...actual, ...predicted])].sort();
  const confusion: Record<string, Record<string, number>> = {};
  for (const a of labels) confusion[a] = Object.fromEntries(labels.map((p) => [p, 0]));
  let correct = 0;
  actual.forEach((a, i) => {
    const p = predicted[i] as string;
    const row = confusion[a] as Record<string, number>;
    row[p] = (row[p] ?? 0) + 1;
    if (a === p) correct++;
  });
  const perClass: Record<string, ClassScores> = {};
  for (const label of labels) {
    const tp = confusion[label]?.[label] ?? 0;
    const support = labels.reduce((s, p) => s + (confusion[label]?.[p] ?? 0), 0);
    const predictedCount = labels.reduce((s, a) => s + (confusion[a]?.[label] ?? 0), 0);
    const precision = ratio(tp, predictedCount);
    const recall = ratio(tp, support);
    perClass[label] = { precision, recall, f1: ratio(2 * precision * recall, precision + recall), support };
  }
  const f1s = labels.map((l) => perClass[l]?.f1 ?? 0);
  return {
    accuracy: ratio(correct, actual.length),
    macroF1: ratio(f1s.reduce((s, f) => s + f, 0), f1s.length),
    perClass,
    confusion,
  };
};
