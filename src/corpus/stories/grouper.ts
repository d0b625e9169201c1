/**
 * Duplicates + stories together, online: a batch of documents (features computed elsewhere, e.g.
 * in worker threads) is added in (publishedAt, id) order. A copy joins its original's story; other
 * documents go through the story clusterer. The whole state serialises to compact JSON.
 */
import { DuplicateIndex, decodeSig, encodeSig, type DupFeatures } from '../duplicates/index.ts';
import { StoryClusterer } from './clusterer.ts';
import { reassignBatch } from './_reassign.ts';
import { splitBatch } from './_split.ts';
import type { DocFeatures } from './features.ts';
import { StoryModel } from './_story.ts';
import { Vocabulary } from './_vocab.ts';

export interface GroupItem {
  id: string;
  publishedAt: string | null;
  outlet: string | null;
  dup: DupFeatures;
  story: DocFeatures;
}

/** Bumped when stored signatures or centroids change meaning (2: one-permutation MinHash; 3: name terms keyed by their words in sorted order, a speaker label counted once); an older state is rebuilt. */
export const STATE_VERSION = 3;

type DocRow = [id: string, publishedAt: string | null, outlet: string | null, exact: string, sig: string, story: number];

export class CorpusGrouper {
  dup = new DuplicateIndex();
  clusterer = new StoryClusterer();
  /** Story index per document, in the duplicate index's order. */
  docStory: number[] = [];
  private groupStory: number[] = [];
  private position = new Map<string, number>();

  has(id: string): boolean {
    return this.position.has(id);
  }

  /** Add a batch; documents already known are skipped. */
  addBatch(items: GroupItem[]): void {
    const fresh = items.filter((it) => !this.position.has(it.id));
    fresh.sort((a, b) => {
      // Day first (it may come from a dateline when no publish date did), undated last.
      const da = Number.isFinite(a.story.day) ? a.story.day : Infinity;
      const db = Number.isFinite(b.story.day) ? b.story.day : Infinity;
      if (da !== db) return da - db;
      const x = a.publishedAt ?? '\uffff';
      const y = b.publishedAt ?? '\uffff';
      return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
    this.clusterer.countBatch(fresh.map((it) => it.story));
    const firstNewStory = this.clusterer.stories.length;
    const firstNewDoc = this.docStory.length;
    const firstNewGroup = this.dup.groupRoot.length;
    this.clusterer.batch = [];
    const placed: [doc: number, slot: number, group: number, owns: boolean][] = [];
    for (const it of fresh) {
      if (this.position.has(it.id)) continue;
      const group = this.dup.add({ id: it.id, publishedAt: it.publishedAt, outlet: it.outlet }, it.dup);
      const known = this.groupStory[group];
      const slot = known === undefined ? this.clusterer.batch.length : -1;
      const story = this.clusterer.assign(it.id, it.story, known ?? -1);
      if (known === undefined) this.groupStory[group] = story;
      placed.push([this.docStory.length, slot, group, known === undefined]);
      this.position.set(it.id, this.docStory.length);
      this.docStory.push(story);
    }
    // Split stories that took two events, then a second look at the batch's documents; copies follow their original.
    splitBatch(this.clusterer, firstNewStory);
    const finals = reassignBatch(this.clusterer);
    for (const [doc, slot, group, owns] of placed) {
      if (slot < 0) continue;
      this.docStory[doc] = finals[slot]!;
      if (owns) this.groupStory[group] = finals[slot]!;
    }
    for (const [doc, slot, group] of placed) if (slot < 0) this.docStory[doc] = this.groupStory[group]!;
    this.clusterer.refine(firstNewStory);
    this.clusterer.rankTitles();
    this.clusterer.batch = [];
    this.clusterer.closeBefore(minDay(fresh));
    for (let i = firstNewDoc; i < this.docStory.length; i++) this.docStory[i] = this.clusterer.resolve(this.docStory[i]!);
    for (let g = firstNewGroup; g < this.groupStory.length; g++) if (this.groupStory[g] !== undefined) this.groupStory[g] = this.clusterer.resolve(this.groupStory[g]!);
  }

  /** Position of a document in the index, or -1. */
  indexOf(id: string): number {
    return this.position.get(id) ?? -1;
  }

  toJSON(): Record<string, unknown> {
    const docs: DocRow[] = this.dup.docs.map((d, i) => {
      const sig = this.dup.sigOf(i);
      return [d.id, d.publishedAt, d.outlet, this.dup.exactKeys[i]!, sig ? encodeSig(sig) : '', this.docStory[i]!];
    });
    const stories = this.clusterer.stories.map((s) => {
      const t: number[] = [];
      const w: number[] = [];
      s.forEachTerm((term, weight) => { t.push(term); w.push(round(weight)); });
      return { id: s.id, line: s.line, m: s.mergedInto, n: s.n, v: s.vn, d0: nullIfNaN(s.minDay), d1: nullIfNaN(s.maxDay), y: s.year, t, w, h: s.titles.map((c) => [c.title, c.ids, round(c.central ?? 0)]) };
    });
    return { version: STATE_VERSION, vocab: this.clusterer.vocab.toJSON(), stories, docs };
  }

  static fromJSON(state: Record<string, unknown> | null): CorpusGrouper {
    const g = new CorpusGrouper();
    if (!state || state.version !== STATE_VERSION) return g;
    try {
      g.clusterer.vocab = Vocabulary.fromJSON(state.vocab as never);
      for (const raw of (state.stories as StoryJSON[]) ?? []) g.clusterer.stories.push(restoreStory(raw));
      g.clusterer.reindex();
      for (const [id, publishedAt, outlet, exact, sig, story] of (state.docs as DocRow[]) ?? []) {
        const sigArr = sig ? decodeSig(sig) : new Uint32Array(0);
        const group = g.dup.add({ id, publishedAt, outlet }, { exact, sig: sigArr, wordCount: 0 });
        if (g.groupStory[group] === undefined) g.groupStory[group] = story;
        g.position.set(id, g.docStory.length);
        g.docStory.push(story);
      }
    } catch {
      return new CorpusGrouper(); // a corrupt state is rebuilt from scratch by the caller
    }
    return g;
  }
}

interface StoryJSON { id: string; line: string; m?: number; n: number; v?: number; d0: number | null; d1: number | null; y: number; t: number[]; w: number[]; h: [string, number[], number?][] }

function restoreStory(j: StoryJSON): StoryModel {
  const s = new StoryModel(String(j.id), String(j.line ?? j.id));
  s.n = Number(j.n) || 0;
  s.vn = Number(j.v ?? j.n) || 0;
  s.mergedInto = Number.isInteger(j.m) ? j.m! : -1;
  s.minDay = j.d0 ?? NaN;
  s.maxDay = j.d1 ?? NaN;
  s.year = Number(j.y) || 0;
  j.t.forEach((t, i) => s.centroid.set(t, Number(j.w[i]) || 0));
  let sq = 0;
  for (const w of s.centroid.values()) sq += w * w;
  s.norm = Math.sqrt(sq);
  s.titles = (j.h ?? []).map(([title, ids, central]) => ({ title: String(title), ids, central: Number(central) || 0 }));
  return s;
}

/** Earliest day of a batch (NaN when none is dated). */
function minDay(items: GroupItem[]): number {
  let d = NaN;
  for (const it of items) if (Number.isFinite(it.story.day) && !(it.story.day >= d)) d = it.story.day;
  return d;
}

function nullIfNaN(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
