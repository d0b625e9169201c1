/** B-cubed over integer labels, for a million items: counts per (gold, predicted) pair. */
export function bcubedFast(gold: Int32Array, pred: Int32Array): { precision: number; recall: number; f1: number } {
  const gSize = new Map<number, number>();
  const pSize = new Map<number, number>();
  const pair = new Map<number, number>();
  const key = (g: number, p: number) => g * 4_194_304 + p;
  for (let i = 0; i < gold.length; i++) {
    gSize.set(gold[i]!, (gSize.get(gold[i]!) ?? 0) + 1);
    pSize.set(pred[i]!, (pSize.get(pred[i]!) ?? 0) + 1);
    const k = key(gold[i]!, pred[i]!);
    pair.set(k, (pair.get(k) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (let i = 0; i < gold.length; i++) {
    const both = pair.get(key(gold[i]!, pred[i]!))!;
    p += both / pSize.get(pred[i]!)!;
    r += both / gSize.get(gold[i]!)!;
  }
  const n = gold.length || 1;
  const precision = p / n;
  const recall = r / n;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
