/** One story while clustering: a truncated tf-idf centroid, its date range, year and headline candidates. */
import { CENTROID_TERMS, COHESION_RATIO, LINKAGE, DAY_DECAY, MAX_GAP_DAYS, TITLE_CANDIDATES, YEAR_MISMATCH_FACTOR } from './constants.ts';
import type { SparseVec } from './_vocab.ts';

export interface TitleCandidate {
  title: string;
  ids: number[];
  /** Average cosine of the headline's document to the story's other members when last measured (0: not measured). */
  central?: number;
}

export class StoryModel {
  private map: Map<number, number> | null = new Map();
  /** Closed form (a story past its date window): term ids sorted ascending with their weights. */
  private packedIds: Int32Array | null = null;
  private packedW: Float32Array | null = null;
  norm = 0;
  n = 0;
  /** Document vectors summed into the centroid (copies join without one). */
  vn = 0;
  minDay = NaN;
  maxDay = NaN;
  year = 0;
  titles: TitleCandidate[] = [];
  /** Index of the story this one was merged into, or -1 while it lives. */
  mergedInto = -1;
  /** Bumped on every change, so stale merge candidates are recomputed. */
  version = 0;
  constructor(public id: string, public line: string) {}

  /** Term weights of the centroid (reopens a closed story). */
  get centroid(): Map<number, number> {
    if (!this.map) {
      this.map = new Map();
      for (let i = 0; i < this.packedIds!.length; i++) this.map.set(this.packedIds![i]!, this.packedW![i]!);
      this.packedIds = null;
      this.packedW = null;
    }
    return this.map;
  }
  set centroid(m: Map<number, number>) {
    this.map = m;
    this.packedIds = null;
    this.packedW = null;
  }

  /** Pack the centroid into two typed arrays (~8 bytes a term instead of a Map's ~40). */
  close(): void {
    if (!this.map) return;
    const ids = Int32Array.from(this.map.keys()).sort();
    this.packedW = Float32Array.from(ids, (t) => this.map!.get(t)!);
    this.packedIds = ids;
    this.map = null;
  }

  get closed(): boolean {
    return this.map === null;
  }

  /** Weight of one term (0 when absent), without reopening a closed story. */
  weight(t: number): number {
    if (this.map) return this.map.get(t) ?? 0;
    const ids = this.packedIds!;
    let lo = 0;
    let hi = ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const x = ids[mid]!;
      if (x === t) return this.packedW![mid]!;
      if (x < t) lo = mid + 1; else hi = mid - 1;
    }
    return 0;
  }

  /** Visit every centroid term, open or closed. */
  forEachTerm(cb: (t: number, w: number) => void): void {
    if (this.map) for (const [t, w] of this.map) cb(t, w);
    else for (let i = 0; i < this.packedIds!.length; i++) cb(this.packedIds![i]!, this.packedW![i]!);
  }

  get size(): number {
    return this.map ? this.map.size : this.packedIds!.length;
  }

  /** Dot product of a document vector with the centroid (the sum of member vectors). */
  dot(v: SparseVec): number {
    let dot = 0;
    for (let i = 0; i < v.ids.length; i++) dot += v.w[i]! * this.weight(v.ids[i]!);
    return dot;
  }

  /** Cosine between a document vector and the centroid. */
  cosine(v: SparseVec): number {
    return this.norm ? this.dot(v) / this.norm : 0;
  }

  /**
   * Average cosine between two members (0 below two): from the centroid's squared norm, since
   * members are unit vectors (approximate once the centroid is truncated).
   */
  cohesion(): number {
    if (this.vn < 2) return 0;
    return Math.max(0, (this.norm * this.norm - this.vn) / (this.vn * (this.vn - 1)));
  }

  /** Linkage of a document to the story: between centroid cosine and average member cosine. */
  link(dot: number): number {
    return this.norm ? dot / linkNorm(this.norm, this.vn) : 0;
  }

  /** Days from a day to the story's date range (0 inside it, NaN when either is unknown). */
  gap(day: number): number {
    if (!Number.isFinite(day) || !Number.isFinite(this.minDay)) return NaN;
    return day < this.minDay ? this.minDay - day : day > this.maxDay ? day - this.maxDay : 0;
  }

  /** Joining score, or -1 when the dates rule the story out; `sim` is the plain cosine. */
  score(sim: number, day: number, year: number): number {
    return datedScore(sim, this.gap(day), year, this.year);
  }

  add(v: SparseVec | null, day: number, year: number): number[] {
    this.n++;
    this.version++;
    if (Number.isFinite(day)) {
      this.minDay = Number.isFinite(this.minDay) ? Math.min(this.minDay, day) : day;
      this.maxDay = Number.isFinite(this.maxDay) ? Math.max(this.maxDay, day) : day;
    }
    if (!this.year && year) this.year = year;
    if (!v) return [];
    this.vn++;
    const fresh: number[] = [];
    for (let i = 0; i < v.ids.length; i++) {
      const t = v.ids[i]!;
      const old = this.centroid.get(t);
      if (old === undefined) fresh.push(t);
      this.centroid.set(t, (old ?? 0) + v.w[i]!);
    }
    if (this.centroid.size > CENTROID_TERMS * 1.5) this.truncate();
    let sq = 0;
    for (const w of this.centroid.values()) sq += w * w;
    this.norm = Math.sqrt(sq);
    return fresh;
  }

  /** Take a member's vector (and its headline) out of the story; its date range is kept: it only widens. */
  remove(v: SparseVec, title = ''): void {
    const at = title ? this.titles.findIndex((c) => c.title === title) : -1;
    if (at >= 0) this.titles.splice(at, 1);
    const c = this.centroid;
    for (let i = 0; i < v.ids.length; i++) {
      const t = v.ids[i]!;
      const old = c.get(t);
      if (old === undefined) continue;
      const w = old - v.w[i]!;
      if (w > 1e-6) c.set(t, w); else c.delete(t);
    }
    let sq = 0;
    for (const w of c.values()) sq += w * w;
    this.norm = Math.sqrt(sq);
    this.n = Math.max(0, this.n - 1);
    this.vn = Math.max(0, this.vn - 1);
    this.version++;
  }

  /** Days between two stories' date ranges (0 when they overlap, NaN when either is undated). */
  daysApart(o: StoryModel): number {
    if (!Number.isFinite(this.minDay) || !Number.isFinite(o.minDay)) return NaN;
    return Math.max(0, o.minDay - this.maxDay, this.minDay - o.maxDay);
  }

  /** Cosine between two centroids. */
  similarity(o: StoryModel): number {
    if (!this.norm || !o.norm) return 0;
    const [a, b] = this.size < o.size ? [this, o] : [o, this];
    let dot = 0;
    a.forEachTerm((t, w) => { dot += w * b.weight(t); });
    return dot / (linkNorm(this.norm, this.vn) * linkNorm(o.norm, o.vn));
  }

  /**
   * Merge score with another story (-1 when dates rule it out), like a document's joining score.
   * Refused (0) when much looser than either story is inside (the cohesion rule), unless the
   * caller has the members' vectors: then `exactLink` is their average cosine across the two
   * stories (no centroid truncation) and the caller asks their nearest neighbours instead.
   */
  mergeScore(o: StoryModel, exactLink: number | null = null): number {
    const sim = exactLink ?? this.similarity(o);
    const coh = Math.min(this.cohesion(), o.cohesion());
    if (exactLink === null && sim < COHESION_RATIO * coh) return 0; // much looser than either story is inside: two events
    return datedScore(sim, this.daysApart(o), this.year, o.year);
  }

  /** Absorb another story; returns the terms new to this centroid. */
  absorb(o: StoryModel): number[] {
    const fresh: number[] = [];
    const mine = this.centroid;
    o.forEachTerm((t, w) => {
      const old = mine.get(t);
      if (old === undefined) fresh.push(t);
      mine.set(t, (old ?? 0) + w);
    });
    if (this.centroid.size > CENTROID_TERMS * 1.5) this.truncate();
    let sq = 0;
    for (const w of this.centroid.values()) sq += w * w;
    this.norm = Math.sqrt(sq);
    this.n += o.n;
    this.vn += o.vn;
    if (Number.isFinite(o.minDay)) {
      this.minDay = Number.isFinite(this.minDay) ? Math.min(this.minDay, o.minDay) : o.minDay;
      this.maxDay = Number.isFinite(this.maxDay) ? Math.max(this.maxDay, o.maxDay) : o.maxDay;
    }
    if (!this.year) this.year = o.year;
    this.titles = [...this.titles, ...o.titles].sort(byCentrality).slice(0, TITLE_CANDIDATES);
    this.version++;
    o.centroid = new Map();
    o.norm = 0;
    o.titles = [];
    o.version++;
    return fresh;
  }

  private truncate(): void {
    const kept = [...this.centroid].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CENTROID_TERMS);
    this.centroid = new Map(kept);
  }

  /** Average cosine of a member's vector to the story's other members (its own weights taken out; 0 below two). */
  centrality(v: SparseVec): number {
    if (this.vn < 2) return 0;
    let dot = 0;
    for (let i = 0; i < v.ids.length; i++) {
      const w = this.weight(v.ids[i]!);
      if (w > 0) dot += v.w[i]! * (w - v.w[i]!);
    }
    return Math.max(0, dot / (this.vn - 1));
  }

  /**
   * Offer a member's headline with its centrality: it replaces the least central candidate when
   * the list is full, so the candidates are the story's most typical articles, not its first ones.
   */
  offerTitle(title: string, ids: ArrayLike<number>, central: number): void {
    const at = this.titles.findIndex((x) => x.title === title);
    if (at >= 0) { this.titles[at]!.central = central; return; }
    // The term ids are copied only when the headline is kept (one offer per document at scale).
    if (this.titles.length < TITLE_CANDIDATES) { this.titles.push({ title, ids: Array.from(ids), central }); return; }
    const low = this.titles.reduce((m, x, i) => ((x.central ?? 0) < (this.titles[m]!.central ?? 0) ? i : m), 0);
    if (central > (this.titles[low]!.central ?? 0)) this.titles[low] = { title, ids: Array.from(ids), central };
  }

  /**
   * The headline of the most central member (highest average cosine to the others: the medoid),
   * so the title describes what most members report; among equals (unmeasured, or a story of
   * two), the member headline whose words weigh most in the centroid.
   */
  bestTitle(): string {
    let best = '';
    let bestCentral = -1;
    let bestScore = -1;
    for (const c of this.titles) {
      const central = Math.round((c.central ?? 0) * 1e6);
      if (central < bestCentral) continue;
      let s = 0;
      for (const t of c.ids) s += this.weight(t);
      s /= Math.sqrt(c.ids.length || 1);
      if (central > bestCentral || s > bestScore) { bestCentral = central; bestScore = s; best = c.title; }
    }
    return best;
  }
}

/**
 * A similarity weighed by dates: -1 (ruled out) more than MAX_GAP_DAYS apart, less DAY_DECAY a day apart, and cut by
 * YEAR_MISMATCH_FACTOR when both years are known and differ. `gap` is NaN when either day is unknown: no decay then.
 */
function datedScore(sim: number, gap: number, yearA: number, yearB: number): number {
  if (gap > MAX_GAP_DAYS) return -1;
  let s = sim;
  if (Number.isFinite(gap)) s -= DAY_DECAY * gap;
  if (yearA && yearB && yearA !== yearB) s *= YEAR_MISMATCH_FACTOR;
  return s;
}

/** Most central headline candidate first (unmeasured ones last, in their order). */
function byCentrality(a: TitleCandidate, b: TitleCandidate): number {
  return (b.central ?? 0) - (a.central ?? 0);
}

/**
 * Normaliser of a centroid for linkage: its norm (centroid cosine) leans towards big stories,
 * since a sum of many members points at their common core; the member count (average linkage)
 * does not. LINKAGE mixes the two geometrically.
 */
function linkNorm(norm: number, vn: number): number {
  return norm ** (1 - LINKAGE) * Math.max(1, vn) ** LINKAGE;
}
