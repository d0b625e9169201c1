/**
 * Online story clustering. Documents are taken in (day, id) order; each joins the best-scoring
 * story found through an inverted index of story terms, or opens a new story. A new story is linked
 * to an earlier similar story outside the date window as the same storyline.
 */
import { JOIN_MIN_SCORE, LOOKUP_TERMS, POSTINGS_SCAN, STORYLINE_MIN_SCORE, TITLE_CANDIDATES } from './constants.ts';
import type { DocFeatures } from './features.ts';
import { StoryModel } from './_story.ts';
import { Vocabulary, type SparseVec } from './_vocab.ts';

export class StoryClusterer {
  vocab = new Vocabulary();
  stories: StoryModel[] = [];
  private byId = new Map<string, number>();
  /** Term id → indexes of stories whose centroid has held it, oldest first. */
  private postings = new Map<number, number[]>();

  /** Count a batch's terms before assigning it, so idf does not depend on order inside the batch. */
  countBatch(batch: DocFeatures[]): void {
    for (const f of batch) this.vocab.addDoc(f);
  }

  /** Assign one document (its features already counted); `storyIndex` forces a story (a duplicate's). Returns the story index. */
  assign(docId: string, f: DocFeatures, storyIndex = -1): number {
    if (storyIndex >= 0) {
      this.stories[storyIndex]!.add(null, f.day, f.year);
      return storyIndex;
    }
    const v = this.vocab.weigh(f);
    let best = -1;
    let bestScore = JOIN_MIN_SCORE;
    let line = -1;
    let lineScore = STORYLINE_MIN_SCORE;
    for (const s of this.candidates(v)) {
      const story = this.stories[s]!;
      const sim = story.cosine(v);
      const score = story.score(sim, f.day, f.year);
      if (score > bestScore || (score === bestScore && best >= 0 && s < best)) { best = s; bestScore = score; }
      if (score < 0 && sim > lineScore) { line = s; lineScore = sim; }
    }
    if (best < 0) best = this.open(docId, line >= 0 ? this.stories[line]!.line : null);
    this.addTo(best, v, f);
    return best;
  }

  private open(docId: string, line: string | null): number {
    let id = `s-${docId.slice(0, 12)}`;
    while (this.byId.has(id)) id += 'x';
    const idx = this.stories.length;
    this.stories.push(new StoryModel(id, line ?? id));
    this.byId.set(id, idx);
    return idx;
  }

  private addTo(idx: number, v: SparseVec, f: DocFeatures): void {
    const story = this.stories[idx]!;
    if (story.titles.length < TITLE_CANDIDATES && f.title) story.titles.push({ title: f.title, ids: [...f.titleTerms] });
    for (const t of story.add(v, f.day, f.year)) this.post(t, idx);
  }

  private post(term: number, idx: number): void {
    const list = this.postings.get(term);
    if (!list) this.postings.set(term, [idx]);
    else if (list[list.length - 1] !== idx) list.push(idx);
  }

  /** Stories sharing one of the document's top terms, most recent postings first. */
  private candidates(v: SparseVec): Set<number> {
    const out = new Set<number>();
    const k = Math.min(v.ids.length, LOOKUP_TERMS);
    for (let i = 0; i < k; i++) {
      const list = this.postings.get(v.ids[i]!);
      if (!list) continue;
      for (let j = list.length - 1, seen = 0; j >= 0 && seen < POSTINGS_SCAN; j--, seen++) out.add(list[j]!);
    }
    return out;
  }

  indexOf(storyId: string): number {
    return this.byId.get(storyId) ?? -1;
  }

  /** Rebuild the postings after restoring stories from state. */
  reindex(): void {
    this.postings.clear();
    this.byId.clear();
    this.stories.forEach((s, i) => {
      this.byId.set(s.id, i);
      for (const t of s.centroid.keys()) this.post(t, i);
    });
  }
}

