/**
 * Online story clustering. Documents are taken in (day, id) order; each joins the best-scoring
 * story found through an inverted index of story terms, or opens a new story. A new story is linked
 * to an earlier similar story outside the date window as the same storyline.
 */
import { COHESION_RATIO, MAX_GAP_DAYS, JOIN_MIN_SCORE, LOOKUP_TERMS, MAX_CANDIDATES, MERGE_LOOKUP_TERMS, LATER_EVENT_DAYS, POSTINGS_SCAN, SPLIT_MIN_MEMBERS, STORY_MERGE_MIN, STORYLINE_MIN_SCORE, TITLE_CANDIDATES } from './constants.ts';
import type { DocFeatures } from './features.ts';
import { StoryModel } from './_story.ts';
import { keptApart } from './_split.ts';
import { Vocabulary, type SparseVec } from './_vocab.ts';

export class StoryClusterer {
  vocab = new Vocabulary();
  stories: StoryModel[] = [];
  private byId = new Map<string, number>();
  /** Term id → indexes of stories whose centroid has held it, oldest first. */
  private postings = new Map<number, number[]>();
  /** Stories not yet closed (indexes), and the first index not yet looked at. */
  private openList: number[] = [];
  private openFrom = 0;
  /** Scratch counters by story index for `candidates` (kept at zero between calls). */
  private shared = new Int32Array(1024);

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
    let { best, line, linked } = this.bestStory(v, f, -1);
    if (best < 0) {
      best = this.open(docId, line >= 0 ? this.stories[line]!.line : null);
      // A later page that follows two earlier stories of the topic ties their storylines into one: a
      // blog or a translation told apart from the coverage at first is linked once the follow-up names both.
      if (line >= 0) this.joinLines(this.stories[line]!.line, linked);
    }
    this.addTo(best, v, f);
    this.batch.push({ id: docId, v, f, story: best });
    return best;
  }

  /** Documents assigned (not forced) since the last `takeBatch`, with their vectors: for `reassignBatch`. */
  batch: { id: string; v: SparseVec; f: DocFeatures; story: number }[] = [];

  /** Score of a document vector against one story (< 0 when dates rule it out), and its plain cosine. */
  scoreDoc(s: number, v: SparseVec, f: DocFeatures, selfIn = false): { score: number; sim: number } {
    const story = this.stories[s]!;
    let dot = story.dot(v);
    let link = story.link(dot);
    if (selfIn) {
      // The document is a member: its linkage to the others (its own weights taken out).
      let self = 0;
      for (let i = 0; i < v.ids.length; i++) if (story.weight(v.ids[i]!) > 0) self += v.w[i]! * v.w[i]!;
      dot -= self;
      link = story.vn > 1 ? story.link(dot) * story.vn / (story.vn - 1) : 0;
    }
    const sim = story.norm ? dot / story.norm : 0;
    // An undated page has no day to tell two stories of one cast apart, and a one-page story's linkage is its raw
    // cosine while a big story's is an average over members that each tell a part (a wire pair's closeness sets its
    // cohesion): the page is compared with every story by its nearest member, the report of the same event.
    const near = Number.isFinite(f.day) ? null : this.nearestMember(s, v, selfIn);
    const linkage = near ?? link;
    // A document much looser to the story than its members are to each other is another event.
    const base = story.score(linkage, f.day, f.year);
    return { score: linkage < COHESION_RATIO * story.cohesion() ? Math.min(0, base) : base, sim };
  }

  /** Highest cosine of a vector to a story's other members, when all of them are in the batch (else null). */
  private nearestMember(s: number, v: SparseVec, selfIn: boolean): number | null {
    const mine = new Map<number, number>();
    for (let i = 0; i < v.ids.length; i++) mine.set(v.ids[i]!, v.w[i]!);
    let best = 0;
    let seen = 0;
    for (const e of this.batch) {
      if (e.story !== s) continue;
      seen++;
      if (e.v === v) continue;
      let dot = 0;
      for (let i = 0; i < e.v.ids.length; i++) dot += e.v.w[i]! * (mine.get(e.v.ids[i]!) ?? 0);
      if (dot > best) best = dot;
    }
    const others = this.stories[s]!.vn - (selfIn ? 1 : 0);
    return seen - (selfIn ? 1 : 0) === others && others > 0 ? best : null;
  }

  /**
   * Best story to join (≥ JOIN_MIN_SCORE, or -1) and, when `withLine` and none is joinable, the
   * most similar other one (centroid cosine ≥ STORYLINE_MIN_SCORE) for the storyline. Stories out of the date window are not
   * scored unless that storyline is needed (at scale most candidates are old, closed stories).
   */
  bestStory(v: SparseVec, f: DocFeatures, exclude: number, withLine = true): { best: number; bestScore: number; line: number; linked: number[] } {
    let best = -1;
    let bestScore = JOIN_MIN_SCORE;
    let line = -1;
    let lineScore = STORYLINE_MIN_SCORE;
    // Every story as similar as a storyline link asks (the best of them gives the line).
    const linked: number[] = [];
    const ruledOut: number[] = [];
    for (const s of this.candidates(v.ids, LOOKUP_TERMS)) {
      const story = this.stories[s]!;
      if (s === exclude || story.mergedInto >= 0 || story.vn === 0) continue;
      if (story.gap(f.day) > MAX_GAP_DAYS) { ruledOut.push(s); continue; }
      const { score, sim } = this.scoreDoc(s, v, f);
      if (score > bestScore || (score === bestScore && best >= 0 && s < best)) { best = s; bestScore = score; }
      // Any story it cannot join may be its storyline: also one in the date window that scored too low (an arrest days after the disaster it follows).
      if (sim > STORYLINE_MIN_SCORE) linked.push(s);
      if (sim > lineScore) { line = s; lineScore = sim; }
    }
    if (withLine && best < 0) {
      for (const s of ruledOut) {
        const sim = this.stories[s]!.cosine(v);
        if (sim > STORYLINE_MIN_SCORE) linked.push(s);
        if (sim > lineScore) { line = s; lineScore = sim; }
      }
    }
    return { best, bestScore, line, linked };
  }

  /** Move a document's vector from one story to another (batch reassignment). */
  move(v: SparseVec, f: DocFeatures, from: number, to: number): void {
    this.stories[from]!.remove(v, f.title);
    this.addTo(to, v, f);
  }

  /**
   * Move batch entries (indexes into `batch`, all of one story) to a new story in the same
   * storyline: a split of a story that held two events. Returns the new story's index.
   */
  splitOff(entries: number[]): number {
    const first = this.batch[entries[0]!]!;
    const from = first.story;
    const to = this.open(first.id, this.stories[from]!.line);
    for (const i of entries) {
      const e = this.batch[i]!;
      this.move(e.v, e.f, from, to);
      e.story = to;
    }
    return to;
  }

  /** Every story of the storylines of `linked` goes to storyline `into`. */
  private joinLines(into: string, linked: number[]): void {
    const others = new Set(linked.map((s) => this.stories[s]!.line).filter((l) => l !== into));
    if (!others.size) return;
    for (const story of this.stories) if (others.has(story.line)) story.line = into;
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

  /**
   * Stories sharing the document's top terms, most recent postings first; only the
   * MAX_CANDIDATES sharing the most terms are scored in full (cosine is the costly part).
   */
  candidates(ids: ArrayLike<number>, lookup: number): number[] {
    if (this.shared.length < this.stories.length) {
      const grown = new Int32Array(Math.max(1024, this.stories.length * 2));
      grown.set(this.shared);
      this.shared = grown;
    }
    const shared = this.shared;
    const touched: number[] = [];
    const k = Math.min(ids.length, lookup);
    for (let i = 0; i < k; i++) {
      const list = this.postings.get(ids[i]!);
      if (!list) continue;
      for (let j = list.length - 1, seen = 0; j >= 0 && seen < POSTINGS_SCAN; j--, seen++) {
        const s = list[j]!;
        if (shared[s]++ === 0) touched.push(s);
      }
    }
    const out = touched.length > MAX_CANDIDATES ? topByCount(touched, shared, MAX_CANDIDATES) : touched;
    for (const s of touched) shared[s] = 0;
    return out;
  }

  /**
   * Pack the centroids of stories whose date range ended more than the joining window before
   * `day` (no dated document can join them any more): keeps memory flat at a million documents.
   */
  closeBefore(day: number): void {
    if (!Number.isFinite(day)) return;
    for (let i = this.openFrom; i < this.stories.length; i++) this.openList.push(i);
    this.openFrom = this.stories.length;
    this.openList = this.openList.filter((i) => {
      const s = this.stories[i]!;
      if (s.mergedInto >= 0) return false;
      if (Number.isFinite(s.maxDay) && s.maxDay < day - MAX_GAP_DAYS - 1) { s.close(); return false; }
      return true;
    });
  }

  /** The live story a (possibly merged-away) story now belongs to. */
  resolve(idx: number): number {
    let i = idx;
    while (this.stories[i]!.mergedInto >= 0) i = this.stories[i]!.mergedInto;
    return i;
  }

  /**
   * Merge stories opened in this batch (index ≥ firstNew) with their most similar neighbour, best
   * pair first (lazy centroid linkage): repairs greedy single-pass choices. Stories from earlier
   * runs never merge with each other and always survive, so earlier assignments stay put.
   */
  refine(firstNew: number): void {
    // Batch documents per story: stories made of them alone are judged by nearest neighbours.
    const members = new Map<number, number[]>();
    this.members = members;
    this.batch.forEach((e, i) => {
      if (!members.has(e.story)) members.set(e.story, []);
      members.get(e.story)!.push(i);
    });
    let pairs: [number, number, number][] = [];
    for (let a = firstNew; a < this.stories.length; a++) this.mergeCandidates(a, pairs);
    while (pairs.length) {
      pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
      const retry: [number, number, number][] = [];
      const touched = new Set<number>();
      for (const [score, a, b] of pairs) {
        const sa = this.stories[a]!;
        const sb = this.stories[b]!;
        if (sa.mergedInto >= 0 || sb.mergedInto >= 0) continue;
        if (touched.has(a) || touched.has(b)) {
          const again = this.mergeScore(a, b);
          if (again >= STORY_MERGE_MIN) retry.push([again, a, b]);
          continue;
        }
        if (score < this.mergeMin(a, b) || this.apart(a, b)) continue;
        for (const t of sa.absorb(sb)) this.post(t, a);
        sb.mergedInto = a;
        members.set(a, [...(members.get(a) ?? []), ...(members.get(b) ?? [])]);
        touched.add(a);
      }
      pairs = retry;
    }
  }

  /**
   * Measure how central each batch document is in the story it ended in and offer its headline
   * as the story's title: the medoid's headline describes the majority, where the first or the
   * most name-heavy member's may report a minority event. One dot product per document.
   */
  rankTitles(): void {
    for (const e of this.batch) {
      if (!e.f.title) continue;
      const story = this.stories[this.resolve(e.story)]!;
      story.offerTitle(e.f.title, e.f.titleTerms, story.centrality(e.v));
    }
  }

  /** Batch documents per story during `refine`. */
  private members = new Map<number, number[]>();

  /** True when every document vector of the story is in the batch (so its members can be compared one by one). */
  private inBatch(s: number): boolean {
    return this.members.get(s)?.length === this.stories[s]!.vn;
  }

  /**
   * Merge score of two stories: from their members' vectors when both are made of this batch's
   * documents alone (the neighbour check then decides), else from the centroids with the cohesion rule.
   */
  private mergeScore(a: number, b: number): number {
    const exact = this.inBatch(a) && this.inBatch(b) ? this.averageLink(this.members.get(a)!, this.members.get(b)!) : null;
    return this.stories[a]!.mergeScore(this.stories[b]!, exact);
  }

  /** Average cosine between the batch documents of two groups (sum vectors, untruncated). */
  private averageLink(a: number[], b: number[]): number {
    const sum = new Map<number, number>();
    for (const i of a) {
      const v = this.batch[i]!.v;
      for (let k = 0; k < v.ids.length; k++) sum.set(v.ids[k]!, (sum.get(v.ids[k]!) ?? 0) + v.w[k]!);
    }
    let dot = 0;
    for (const i of b) {
      const v = this.batch[i]!.v;
      for (let k = 0; k < v.ids.length; k++) dot += v.w[k]! * (sum.get(v.ids[k]!) ?? 0);
    }
    return a.length && b.length ? dot / (a.length * b.length) : 0;
  }

  /** Score two stories need to merge in `refine` (see `mergeThreshold`). */
  private mergeMin(a: number, b: number): number {
    const batchOnly = this.inBatch(a) && this.inBatch(b);
    const smaller = batchOnly ? Math.min(this.members.get(a)!.length, this.members.get(b)!.length) : 0;
    return mergeThreshold(batchOnly, smaller, this.stories[a]!.daysApart(this.stories[b]!));
  }

  /** Two stories of the batch's documents alone whose union the split check would split again. */
  private apart(a: number, b: number): boolean {
    if (!this.inBatch(a) || !this.inBatch(b)) return false;
    return keptApart(this.members.get(a)!.map((i) => this.batch[i]!.v), this.members.get(b)!.map((i) => this.batch[i]!.v));
  }

  private mergeCandidates(a: number, out: [number, number, number][]): void {
    const sa = this.stories[a]!;
    const top = [...sa.centroid].sort((x, y) => y[1] - x[1] || x[0] - y[0]).map((x) => x[0]);
    for (const b of this.candidates(top, MERGE_LOOKUP_TERMS)) {
      if (b >= a) continue; // each pair once, from its newer side; the older story survives
      const score = this.mergeScore(a, b);
      if (score >= STORY_MERGE_MIN) out.push([score, b, a]);
    }
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

/**
 * Score two stories need to merge. The loose STORY_MERGE_MIN is safe only where a check backs it: the centroid
 * cohesion rule, or for two stories of the batch's own documents the nearest-neighbour split check, which cannot judge
 * a side below SPLIT_MIN_MEMBERS. Such small stories LATER_EVENT_DAYS or more apart merge only at the score a
 * document needs to join: later events of one storyline (a release, a homecoming) name its cast on every page.
 * `smaller`: members of the smaller story (batchOnly); `days`: between their date ranges (NaN when undated).
 */
export function mergeThreshold(batchOnly: boolean, smaller: number, days: number): number {
  return batchOnly && smaller < SPLIT_MIN_MEMBERS && days >= LATER_EVENT_DAYS ? JOIN_MIN_SCORE : STORY_MERGE_MIN;
}

/** The k stories with the most shared terms (ties: the newer story), best first; a partial selection, no full sort. */
function topByCount(touched: number[], count: Int32Array, k: number): number[] {
  const top: number[] = [];
  const better = (a: number, b: number) => count[a]! > count[b]! || (count[a] === count[b] && a > b);
  for (const s of touched) {
    if (top.length === k && !better(s, top[k - 1]!)) continue;
    let i = top.length < k ? top.length : k - 1;
    if (top.length < k) top.push(s);
    while (i > 0 && better(s, top[i - 1]!)) { top[i] = top[i - 1]!; i--; }
    top[i] = s;
  }
  return top;
}
