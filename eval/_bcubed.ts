/** B-cubed precision, recall and F1 of a predicted clustering against a gold one (same item set). */
export interface BCubed { precision: number; recall: number; f1: number }

export function bcubed(gold: Map<string, string>, pred: Map<string, string>): BCubed {
  const goldMembers = new Map<string, Set<string>>();
  const predMembers = new Map<string, Set<string>>();
  for (const [item, g] of gold) {
    const p = pred.get(item) ?? `__alone:${item}`;
    if (!goldMembers.has(g)) goldMembers.set(g, new Set());
    goldMembers.get(g)!.add(item);
    if (!predMembers.has(p)) predMembers.set(p, new Set());
    predMembers.get(p)!.add(item);
  }
  let p = 0;
  let r = 0;
  for (const [item, g] of gold) {
    const gm = goldMembers.get(g)!;
    const pm = predMembers.get(pred.get(item) ?? `__alone:${item}`)!;
    let both = 0;
    for (const x of pm) if (gm.has(x)) both++;
    p += both / pm.size;
    r += both / gm.size;
  }
  const n = gold.size || 1;
  const precision = p / n;
  const recall = r / n;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
