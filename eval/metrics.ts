// Classification figures: confusion matrix, accuracy, per-class precision / recall / F1 and macro-F1 (the mean
// of the per-class F1 over the classes the gold labels hold, so a rare class weighs as much as a common one).

export interface ClassFigures {
  precision: number;
  recall: number;
  f1: number;
  /** Gold items of the class. */
  support: number;
}

export interface Figures<L extends string> {
  labels: readonly L[];
  /** confusion[gold][predicted] */
  confusion: Record<L, Record<L, number>>;
  total: number;
  accuracy: number;
  macroF1: number;
  perClass: Record<L, ClassFigures>;
}

export function figures<L extends string>(
  labels: readonly L[],
  pairs: readonly { gold: L; predicted: L }[],
): Figures<L> {
  const zeroRow = (): Record<L, number> => Object.fromEntries(labels.map((l) => [l, 0])) as Record<L, number>;
  const confusion = Object.fromEntries(labels.map((l) => [l, zeroRow()])) as Record<L, Record<L, number>>;
  for (const { gold, predicted } of pairs) confusion[gold][predicted] += 1;
  const perClass = {} as Record<L, ClassFigures>;
  let correct = 0;
  const present: number[] = [];
  for (const label of labels) {
    const truePositives = confusion[label][label];
    correct += truePositives;
    const support = labels.reduce((sum, predicted) => sum + confusion[label][predicted], 0);
    const predictedAs = labels.reduce((sum, gold) => sum + confusion[gold][label], 0);
    const precision = predictedAs ? truePositives / predictedAs : 0;
    const recall = support ? truePositives / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perClass[label] = { precision, recall, f1, support };
    if (support) present.push(f1);
  }
  return {
    labels,
    confusion,
    total: pairs.length,
    accuracy: pairs.length ? correct / pairs.length : 0,
    macroF1: present.length ? present.reduce((a, b) => a + b, 0) / present.length : 0,
    perClass,
  };
}
