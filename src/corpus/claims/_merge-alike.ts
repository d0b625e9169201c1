/**
 * Second pass over the claim clusters: the first pass is greedy and order-dependent, so two
 * clusters stating the same figure or the same dated event can stay apart ("340 licences issued"
 * in two groups of outlets). Clusters sharing such a key merge when their mean link is strong.
 */
import { ALIGN_MIN, ALIGN_MIN_CROSS_STORY, MAX_CONFLICT_CANDIDATES, MEAN_SAMPLE } from './constants.ts';
import type { ClaimItem } from './_features.ts';
import { crossStoryOk, similarity, tallyApart, type Weights } from './_similarity.ts';

/** Figures ("licence:340") and dated events ("transfer:2025-06-12") the cluster states. */
function keys(c: ClaimItem[]): string[] {
  const out = new Set<string>();
  for (const x of c) {
    for (const [cls, vs] of x.numbers) for (const v of vs) out.add(`n:${cls}:${v}`);
    for (const [t, d] of x.eventDays) out.add(`e:${t}:${d}`);
  }
  return [...out];
}

function meanLink(a: ClaimItem[], b: ClaimItem[], w: Weights): number | null {
  const sa = a.slice(0, MEAN_SAMPLE);
  const sb = b.slice(0, MEAN_SAMPLE);
  let sum = 0;
  let ok = 0;
  for (const x of sa) for (const y of sb) {
    const s = similarity(x, y, w);
    if (crossStoryOk(x, y, s, ALIGN_MIN_CROSS_STORY, w)) ok++;
    sum += s;
  }
  // Most pairs must be allowed across stories, not all: one vaguer member does not keep apart two
  // groups that state the same figure on the same day.
  return ok * 2 >= sa.length * sb.length ? sum / (sa.length * sb.length) : null;
}

export function mergeAlike(clusters: ClaimItem[][], w: Weights): ClaimItem[][] {
  const out: ClaimItem[][] = [];
  const byKey = new Map<string, number[]>();
  for (const c of clusters) {
    const ks = keys(c);
    const cands = [...new Set(ks.flatMap((k) => byKey.get(k) ?? []))].sort((a, b) => a - b).slice(0, MAX_CONFLICT_CANDIDATES);
    let best = -1;
    let bestScore = ALIGN_MIN;
    for (const oi of cands) {
      const o = out[oi]!;
      if (c.some((b) => o.some((a) => a.documentId === b.documentId || tallyApart(a, b)))) continue;
      const s = meanLink(o, c, w);
      if (s !== null && s >= bestScore) { best = oi; bestScore = s; }
    }
    const at = best >= 0 ? best : out.push([]) - 1;
    out[at]!.push(...c);
    for (const k of ks) {
      const list = byKey.get(k) ?? [];
      if (list.at(-1) !== at) list.push(at);
      byKey.set(k, list);
    }
  }
  return out;
}
