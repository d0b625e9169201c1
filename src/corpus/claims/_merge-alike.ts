/**
 * Second pass over the claim clusters: the first pass is greedy and order-dependent, so two
 * clusters stating the same figure or the same dated event can stay apart ("340 licences issued"
 * in two groups of outlets). Clusters sharing such a key merge when their mean link is strong.
 */
import { ALIGN_MIN, ALIGN_MIN_CROSS_STORY, MAX_CONFLICT_CANDIDATES, MEAN_SAMPLE } from './constants.ts';
import { conflictBetween } from './_conflicts.ts';
import { isSpecificThing, sameValue } from './_figures.ts';
import type { ClaimItem } from './_features.ts';
import { crossStoryOk, similarity, type Weights } from './_similarity.ts';
import { comingBesidePast, tallyApart } from './_days.ts';

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
      if (c.some((b) => o.some((a) => a.documentId === b.documentId || tallyApart(a, b) || comingBesidePast(a, b) || comingBesidePast(b, a)))) continue;
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

/**
 * The last pass: a cluster with no dispute of its own whose every member states a figure of a specific
 * thing that one side of a dispute in its storyline states too ("compensation of 150 ferrins a household",
 * beside "would receive 150 ferrins" disputed by "will get 250 ferrins each"), and whose members are as
 * alike to that side's members as aligned claims are, reports that side: it joins the disputed claim. The
 * first passes compare it with the whole disputed cluster, whose rival wording pulls the mean link down.
 */
export function absorbAgreeing(clusters: ClaimItem[][], w: Weights): ClaimItem[][] {
  const out = clusters.map((c) => [...c]);
  // Only clusters with figures of their own can dispute one or report a side of it.
  const disputes = out.flatMap((c, i) => (c.length > 1 && c.some((x) => x.numbers.size) ? [{ i, sides: disputeSides(c) }] : [])).filter((d) => d.sides.size);
  if (!disputes.length) return out;
  for (const [ai, a] of out.entries()) {
    if (!a.length || a.length > MEAN_SAMPLE || !a.every((x) => x.numbers.size) || disputes.some((d) => d.i === ai)) continue;
    let best = -1;
    let bestScore = ALIGN_MIN;
    for (const { i, sides } of disputes) {
      const k = out[i]!;
      if (!k.length || !a.some((x) => x.line !== null && x.line === k[0]!.line) || a.some((x) => k.some((y) => y.documentId === x.documentId))) continue;
      for (const [cls, list] of sides) for (const side of list) {
        // Every member gives that side's figure and no other of the thing.
        if (!a.every((x) => (x.numbers.get(cls) ?? []).length && x.numbers.get(cls)!.every((v) => sameValue(v, side.value)))) continue;
        const s = meanLink(side.members, a, w);
        if (s !== null && s >= bestScore) { best = i; bestScore = s; }
      }
    }
    if (best < 0) continue;
    out[best]!.push(...a);
    out[ai] = [];
  }
  return out.filter((c) => c.length);
}

/** For each specific thing a cluster disputes the figure of ("ferrin"), each side: the members stating one of its figures, and that figure. */
function disputeSides(c: ClaimItem[]): Map<string, { members: ClaimItem[]; value: number }[]> {
  const out = new Map<string, { members: ClaimItem[]; value: number }[]>();
  const sample = c.slice(0, MEAN_SAMPLE);
  const classes = new Set<string>();
  for (const x of sample) for (const y of sample) {
    const k = conflictBetween(x, y);
    if (k?.kind === 'number' && isSpecificThing(k.unit)) classes.add(k.unit);
  }
  for (const cls of classes) {
    const values = [...new Set(c.flatMap((x) => x.numbers.get(cls) ?? []))];
    out.set(cls, values.map((v) => ({ members: c.filter((x) => (x.numbers.get(cls) ?? []).some((y) => sameValue(y, v))), value: v })));
  }
  return out;
}
