/** Group claims that state the same thing. */
import { ALIGN_MIN, W_ENTITY, W_EVENT, W_NUMBER } from './constants.ts';
import type { ClaimItem } from './_features.ts';

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union ? inter / union : 0;
}

export function similarity(a: ClaimItem, b: ClaimItem): number {
  let s = jaccard(a.terms, b.terms);
  if (a.eventTypes.some((t) => b.eventTypes.includes(t))) s += W_EVENT;
  if (a.entities.some((e) => b.entities.includes(e))) s += W_ENTITY;
  if ([...a.numbers.keys()].some((k) => b.numbers.has(k))) s += W_NUMBER;
  return s;
}

/** Clusters of claims from different documents; each claim joins its best-matching cluster. */
export function align(items: ClaimItem[]): ClaimItem[][] {
  const clusters: ClaimItem[][] = [];
  for (const it of items) {
    let best: ClaimItem[] | null = null;
    let bestScore = ALIGN_MIN;
    for (const c of clusters) {
      if (c.some((x) => x.documentId === it.documentId)) continue;
      // Mean, not max: one loose link must not chain unrelated claims together.
      const score = c.reduce((sum, x) => sum + similarity(x, it), 0) / c.length;
      if (score >= bestScore) { best = c; bestScore = score; }
    }
    if (best) best.push(it);
    else clusters.push([it]);
  }
  return clusters;
}
