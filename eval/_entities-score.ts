/** Scores for the entity eval: entity P/R/F1 against gold names, and pairwise alias-merge P/R. */

export interface PRF { p: number; r: number; f1: number; tp: number; fp: number; fn: number }

export function prf(tp: number, fp: number, fn: number): PRF {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

/**
 * Pairwise merge scores over labelled mentions (gold label, predicted label): a pair of mentions
 * is a true merge when both put them together, a false merge when only we do, a missed merge
 * when only the gold does. Counted from the contingency table, so it is fast on big sets.
 */
export function mergeScores(items: { gold: string; pred: string }[]): PRF & { falseMerges: number } {
  const cell = new Map<string, number>();
  const g = new Map<string, number>();
  const p = new Map<string, number>();
  for (const it of items) {
    cell.set(`${it.gold}\u0000${it.pred}`, (cell.get(`${it.gold}\u0000${it.pred}`) ?? 0) + 1);
    g.set(it.gold, (g.get(it.gold) ?? 0) + 1);
    p.set(it.pred, (p.get(it.pred) ?? 0) + 1);
  }
  let tp = 0; let goldPairs = 0; let predPairs = 0;
  for (const n of cell.values()) tp += pairs(n);
  for (const n of g.values()) goldPairs += pairs(n);
  for (const n of p.values()) predPairs += pairs(n);
  return { ...prf(tp, predPairs - tp, goldPairs - tp), falseMerges: predPairs - tp };
}

export const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
