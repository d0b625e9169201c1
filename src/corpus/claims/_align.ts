/** Group claims that state the same thing. */
import { ALIGN_MIN, CONFLICT_ALIGN_MIN, W_ENTITY, W_EVENT, W_NUMBER } from './constants.ts';
import type { ClaimItem } from './_features.ts';
import { conflictBetween } from './_conflicts.ts';

type Weights = Map<string, number>;

/** Inverse document frequency of each key term: words every article uses ("accord") weigh little. */
function idf(items: ClaimItem[]): Weights {
  const docsWith = new Map<string, Set<string>>();
  const docs = new Set(items.map((i) => i.documentId));
  for (const it of items) for (const t of it.terms) {
    const s = docsWith.get(t) ?? new Set<string>();
    s.add(it.documentId);
    docsWith.set(t, s);
  }
  const w: Weights = new Map();
  for (const [t, s] of docsWith) w.set(t, Math.log((docs.size + 1) / s.size));
  return w;
}

function weightedJaccard(a: Set<string>, b: Set<string>, w: Weights): number {
  let inter = 0;
  let union = 0;
  for (const x of a) { const v = w.get(x) ?? 0; union += v; if (b.has(x)) inter += v; }
  for (const x of b) if (!a.has(x)) union += w.get(x) ?? 0;
  return union ? inter / union : 0;
}

export function similarity(a: ClaimItem, b: ClaimItem, w: Weights): number {
  let s = weightedJaccard(a.terms, b.terms, w);
  if (a.eventTypes.some((t) => b.eventTypes.includes(t))) s += W_EVENT;
  if (a.entities.some((e) => b.entities.includes(e))) s += W_ENTITY;
  if ([...a.numbers.keys()].some((k) => b.numbers.has(k))) s += W_NUMBER;
  return s;
}

/** Clusters of claims from different documents; each claim joins its best-matching cluster. */
export function align(items: ClaimItem[]): ClaimItem[][] {
  const w = idf(items);
  const clusters: ClaimItem[][] = [];
  for (const it of items) {
    let best: ClaimItem[] | null = null;
    let bestScore = ALIGN_MIN;
    for (const c of clusters) {
      if (c.some((x) => x.documentId === it.documentId)) continue;
      // Mean, not max: one loose link must not chain unrelated claims together.
      const score = c.reduce((sum, x) => sum + similarity(x, it, w), 0) / c.length;
      if (score >= bestScore) { best = c; bestScore = score; }
    }
    if (best) best.push(it);
    else clusters.push([it]);
  }
  return mergeConflicting(clusters, w);
}

/**
 * Sources that disagree word their claims differently ("340 licences issued" vs "only 210
 * honoured"): clusters whose claims clash on a figure or a day and are loosely alike are one claim.
 */
function mergeConflicting(clusters: ClaimItem[][], w: Weights): ClaimItem[][] {
  const out: ClaimItem[][] = [];
  for (const c of clusters) {
    const into = out.find((o) => o.some((a) => c.some((b) => a.documentId !== b.documentId
      && conflictBetween(a, b) !== null && similarity(a, b, w) >= CONFLICT_ALIGN_MIN)));
    if (into && !c.some((b) => into.some((a) => a.documentId === b.documentId))) into.push(...c);
    else out.push(c);
  }
  return out;
}
