/**
 * Split check for the stories a batch opened. The online pass joins one document at a time, so
 * when the first reports of two similar events (same team, same charge, another player) arrive
 * interleaved, early joins let the second event in, and the mixed story then looks loose enough
 * to take more. Average cosines cannot tell such a story from a loose one (both events share the
 * head words), but nearest neighbours can: a report's closest fellow members are reports of its
 * own event. So each story is bisected (spectral: the sweep cut of least normalised cut along the
 * second eigenvector of its members' similarity matrix) and split when nearly every member's
 * nearest fellow members fall on its own side. The merge step asks the same question before
 * joining two stories of the batch, so it does not undo a split.
 * Only documents of this batch are looked at (their vectors are at hand; earlier ones never move).
 * Hand-written: a few dozen lines over our own sparse vectors; a linear-algebra package would
 * need dense conversions and gives nothing for matrices of a few dozen rows.
 */
import { SPLIT_EIGEN_ROUNDS, SPLIT_MAX_CROSS, SPLIT_MAX_MEMBERS, SPLIT_MAX_PARTS, SPLIT_MIN_MEMBERS, SPLIT_NEIGHBOURS, SPLIT_PURITY } from './constants.ts';
import type { SparseVec } from './_vocab.ts';

/** Pairwise cosines of unit vectors (diagonal 0), row-major m × m. */
export function similarities(vs: SparseVec[]): Float64Array {
  const m = vs.length;
  const W = new Float64Array(m * m);
  const maps = vs.map((v) => {
    const map = new Map<number, number>();
    for (let i = 0; i < v.ids.length; i++) map.set(v.ids[i]!, v.w[i]!);
    return map;
  });
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) {
      const v = vs[j]!;
      const mi = maps[i]!;
      let d = 0;
      for (let k = 0; k < v.ids.length; k++) d += v.w[k]! * (mi.get(v.ids[k]!) ?? 0);
      W[i * m + j] = d;
      W[j * m + i] = d;
    }
  }
  return W;
}

/** Members ordered along the second eigenvector of D^-1/2 W D^-1/2 (power iteration, deflated). */
function spectralOrder(W: Float64Array, m: number): number[] {
  const scale = new Float64Array(m);
  for (let i = 0; i < m; i++) { let s = 0; for (let j = 0; j < m; j++) s += W[i * m + j]!; scale[i] = 1 / Math.sqrt(s || 1e-9); }
  const N = new Float64Array(m * m);
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) N[i * m + j] = W[i * m + j]! * scale[i]! * scale[j]!;
  const top = Float64Array.from(scale, (x) => 1 / x);
  normalise(top);
  // A fixed, uneven start vector keeps the result deterministic.
  let x = Float64Array.from({ length: m }, (_, i) => ((i * 7919) % 101) / 101 - 0.5);
  let y = new Float64Array(m);
  for (let round = 0; round < SPLIT_EIGEN_ROUNDS; round++) {
    let dot = 0;
    for (let i = 0; i < m; i++) dot += x[i]! * top[i]!;
    for (let i = 0; i < m; i++) x[i] = x[i]! - dot * top[i]!;
    // (N + I) x: the shift makes every eigenvalue non-negative, so the iteration finds the second largest.
    for (let i = 0; i < m; i++) {
      let s = x[i]!;
      for (let j = 0; j < m; j++) s += N[i * m + j]! * x[j]!;
      y[i] = s;
    }
    normalise(y);
    [x, y] = [y, x];
  }
  const f = Array.from(x, (v, i) => v * scale[i]!);
  return Array.from({ length: m }, (_, i) => i).sort((a, b) => f[a]! - f[b]! || a - b);
}

function normalise(v: Float64Array): void {
  let sq = 0;
  for (const x of v) sq += x * x;
  const n = Math.sqrt(sq) || 1;
  for (let i = 0; i < v.length; i++) v[i] = v[i]! / n;
}

/** The sweep cut of least normalised cut along `order` with both sides ≥ SPLIT_MIN_MEMBERS (true = first side). */
function sweepCut(W: Float64Array, m: number, order: number[]): boolean[] | null {
  let vol = 0;
  const deg = new Float64Array(m);
  for (let i = 0; i < m; i++) { let s = 0; for (let j = 0; j < m; j++) s += W[i * m + j]!; deg[i] = s; vol += s; }
  const inA = new Array<boolean>(m).fill(false);
  let cut = 0;
  let volA = 0;
  let best = Infinity;
  let bestK = -1;
  for (let k = 0; k < m - 1; k++) {
    const i = order[k]!;
    for (let j = 0; j < m; j++) if (j !== i) cut += inA[j] ? -W[i * m + j]! : W[i * m + j]!;
    inA[i] = true;
    volA += deg[i]!;
    if (k + 1 < SPLIT_MIN_MEMBERS || m - k - 1 < SPLIT_MIN_MEMBERS || volA <= 0 || vol - volA <= 0) continue;
    const ncut = cut / volA + cut / (vol - volA);
    if (ncut < best) { best = ncut; bestK = k + 1; }
  }
  if (bestK < 0) return null;
  const side = new Array<boolean>(m).fill(false);
  for (let k = 0; k < bestK; k++) side[order[k]!] = true;
  return side;
}

/**
 * Share of members' nearest fellow members (up to SPLIT_NEIGHBOURS, fewer than the own side's
 * size) that lie on the member's own side: near 1 when the two sides are two events.
 */
export function neighbourPurity(W: Float64Array, m: number, side: boolean[]): number {
  const sizeA = side.filter(Boolean).length;
  let same = 0;
  let total = 0;
  const row: number[] = [];
  for (let i = 0; i < m; i++) {
    const k = Math.min(SPLIT_NEIGHBOURS, (side[i] ? sizeA : m - sizeA) - 1);
    if (k <= 0) continue;
    row.length = 0;
    for (let j = 0; j < m; j++) if (j !== i) row.push(j);
    row.sort((a, b) => W[i * m + b]! - W[i * m + a]! || a - b);
    for (let r = 0; r < k; r++) { total++; if (side[row[r]!] === side[i]) same++; }
  }
  return total ? same / total : 0;
}

/** True when the union of two groups of one batch would be split again (the merge step's veto). */
export function keptApart(a: SparseVec[], b: SparseVec[]): boolean {
  return bisect([...a, ...b]) !== null;
}

/**
 * Average cosine across the two sides over the looser side's average cosine inside: near 1 when
 * the sides are one event's tight sub-groups (wire copies and their light edits against rewrites).
 */
export function crossRatio(W: Float64Array, m: number, side: boolean[]): number {
  const sum = [0, 0, 0];
  const pairs = [0, 0, 0];
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) {
      const k = side[i] !== side[j] ? 2 : side[i] ? 0 : 1;
      sum[k] += W[i * m + j]!;
      pairs[k]++;
    }
  }
  const inside = Math.min(sum[0]! / (pairs[0] || 1), sum[1]! / (pairs[1] || 1));
  return inside > 0 ? sum[2]! / (pairs[2] || 1) / inside : 1;
}

/** The best cut of a group (normalised-cut sweep), its neighbour purity and cross ratio; null when too small or too large. */
export function bestCut(vs: SparseVec[]): { side: boolean[]; purity: number; ratio: number } | null {
  const m = vs.length;
  if (m < 2 * SPLIT_MIN_MEMBERS || m > SPLIT_MAX_MEMBERS) return null;
  const W = similarities(vs);
  const side = sweepCut(W, m, spectralOrder(W, m));
  return side ? { side, purity: neighbourPurity(W, m, side), ratio: crossRatio(W, m, side) } : null;
}

/** The two sides (indexes into `vs`) a group splits into, or null when it is one event. */
export function bisect(vs: SparseVec[]): [number[], number[]] | null {
  const cut = bestCut(vs);
  if (!cut || cut.purity < SPLIT_PURITY || cut.ratio > SPLIT_MAX_CROSS) return null;
  const left: number[] = [];
  const right: number[] = [];
  cut.side.forEach((s, i) => (s ? left : right).push(i));
  return [left, right];
}

/** Where a split moves documents: the clusterer's side of the split check. */
export interface SplitTarget {
  batch: { v: SparseVec; story: number }[];
  stories: { vn: number }[];
  splitOff(entries: number[]): number;
}

/** Split the stories opened in this batch (index ≥ firstNew) whose members are two events or more. */
export function splitBatch(c: SplitTarget, firstNew: number): void {
  const byStory = new Map<number, number[]>();
  c.batch.forEach((e, i) => {
    if (e.story < firstNew) return;
    if (!byStory.has(e.story)) byStory.set(e.story, []);
    byStory.get(e.story)!.push(i);
  });
  for (const [story, members] of byStory) {
    if (c.stories[story]!.vn !== members.length) continue; // holds documents of another batch
    const queue = [members];
    let parts = 1;
    while (queue.length && parts < SPLIT_MAX_PARTS) {
      const group = queue.shift()!;
      const sides = bisect(group.map((i) => c.batch[i]!.v));
      if (!sides) continue;
      const [l, r] = sides.map((s) => s.map((i) => group[i]!)) as [number[], number[]];
      // The side holding the group's first document keeps the story (and its id).
      const moving = l.includes(group[0]!) ? r : l;
      c.splitOff(moving);
      parts++;
      queue.push(moving === r ? l : r, moving);
    }
  }
}

