/** Group claims that state the same thing. */
import { ALIGN_MIN, CONFLICT_ALIGN_MIN, INDEX_TERMS, MAX_CONFLICT_CANDIDATES, MEAN_SAMPLE, W_ENTITY, W_EVENT, W_NUMBER } from './constants.ts';
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
  // Inverted index: a claim is only compared with clusters sharing one of its rarest terms,
  // which keeps alignment near-linear on large corpora.
  const byTerm = new Map<string, number[]>();
  for (const it of items) {
    const rare = [...it.terms].sort((a, b) => (w.get(b) ?? 0) - (w.get(a) ?? 0) || a.localeCompare(b)).slice(0, INDEX_TERMS);
    const candidates = [...new Set(rare.flatMap((t) => byTerm.get(t) ?? []))].sort((a, b) => a - b);
    let best = -1;
    let bestScore = ALIGN_MIN;
    for (const ci of candidates) {
      const c = clusters[ci]!;
      if (c.some((x) => x.documentId === it.documentId)) continue;
      // Mean, not max: one loose link must not chain unrelated claims together.
      // (over the first members only, so a cluster of a thousand copies stays cheap)
      const sample = c.length > MEAN_SAMPLE ? c.slice(0, MEAN_SAMPLE) : c;
      const score = sample.reduce((sum, x) => sum + similarity(x, it, w), 0) / sample.length;
      if (score >= bestScore) { best = ci; bestScore = score; }
    }
    const at = best >= 0 ? best : clusters.push([]) - 1;
    clusters[at]!.push(it);
    for (const t of rare) {
      const list = byTerm.get(t) ?? [];
      if (list.at(-1) !== at) list.push(at);
      byTerm.set(t, list);
    }
  }
  return mergeConflicting(clusters, w);
}

/**
 * Sources that disagree word their claims differently ("340 licences issued" vs "only 210
 * honoured"): clusters whose claims clash on a figure or a day and are loosely alike are one claim.
 */
function mergeConflicting(clusters: ClaimItem[][], w: Weights): ClaimItem[][] {
  const out: ClaimItem[][] = [];
  // Only clusters measuring the same kind of thing can clash on a figure or day.
  const byKey = new Map<string, number[]>();
  const keys = (c: ClaimItem[]): string[] => [...new Set(c.flatMap((x) => [...x.numbers.keys(), ...[...x.eventDays.keys()].map((t) => `ev:${t}`)]))];
  for (const c of clusters) {
    const cands = [...new Set(keys(c).flatMap((k) => byKey.get(k) ?? []))].sort((a, b) => a - b).slice(0, MAX_CONFLICT_CANDIDATES);
    const hit = cands.find((oi) => {
      const o = out[oi]!;
      return o.slice(0, MEAN_SAMPLE).some((a) => c.slice(0, MEAN_SAMPLE).some((b) => a.documentId !== b.documentId
        && conflictBetween(a, b) !== null && similarity(a, b, w) >= CONFLICT_ALIGN_MIN));
    });
    let at: number;
    if (hit !== undefined && !c.some((b) => out[hit]!.some((a) => a.documentId === b.documentId))) { out[hit]!.push(...c); at = hit; }
    else at = out.push(c) - 1;
    for (const k of keys(c)) {
      const list = byKey.get(k) ?? [];
      if (list.at(-1) !== at) list.push(at);
      byKey.set(k, list);
    }
  }
  return out;
}
