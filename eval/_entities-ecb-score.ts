/** ECB+ alias-merge scoring: gold cross-document chains vs our global entities, topic by topic. */
import { splitSentences } from '../src/analyse/sentences/index.ts';
import { findEntities, type Recogniser } from '../src/analyse/entities/index.ts';
import { resolveEntities, type MergeOptions } from '../src/corpus/entities/index.ts';
import type { AnalysedDocument, CleanDocument, DocAnalysis } from '../src/contract/pipeline.ts';
import { loadEcb, type EcbDoc } from './_entities-ecb.ts';
import { mergeScores, prf, type PRF } from './_entities-score.ts';

export interface EcbScores {
  docs: number;
  goldMentions: number;
  /** Share of gold mentions overlapped by one of our mentions; `namedFound` for capitalised ones. */
  found: number;
  namedFound: number;
  merge: PRF & { falseMerges: number };
  crossDoc: PRF & { falseMerges: number };
}

/** Share of a gold mention our mention must cover to stand for it ("a bank in Athens" is not "Athens"). */
const MIN_GOLD_COVER = 0.5;

const pairs = (n: number): number => (n * (n - 1)) / 2;

function crossDocScores(items: { gold: string; pred: string; doc: string }[]): PRF & { falseMerges: number } {
  const count = (key: (i: (typeof items)[number]) => string): number => {
    const all = new Map<string, number>();
    const perDoc = new Map<string, number>();
    for (const it of items) { const k = key(it); all.set(k, (all.get(k) ?? 0) + 1); perDoc.set(`${k}\u0001${it.doc}`, (perDoc.get(`${k}\u0001${it.doc}`) ?? 0) + 1); }
    let n = 0;
    for (const v of all.values()) n += pairs(v);
    for (const v of perDoc.values()) n -= pairs(v);
    return n;
  };
  const tp = count((i) => `${i.gold}\u0000${i.pred}`);
  const predPairs = count((i) => i.pred);
  const goldPairs = count((i) => i.gold);
  return { ...prf(tp, predPairs - tp, goldPairs - tp), falseMerges: predPairs - tp };
}

/** ECB+ topics split once for tuning: odd topics are the development half, even topics the held half. */
export type EcbHalf = 'dev' | 'held' | 'all';
const halfOf = (topic: string): EcbHalf => (Number(topic) % 2 === 1 ? 'dev' : 'held');

interface Tally { items: { gold: string; pred: string; doc: string }[]; docs: number; gold: number; named: number; namedHit: number }

function finish(t: Tally): EcbScores {
  return {
    docs: t.docs, goldMentions: t.gold, found: t.gold ? t.items.length / t.gold : 0, namedFound: t.named ? t.namedHit / t.named : 0,
    merge: mergeScores(t.items), crossDoc: crossDocScores(t.items),
  };
}

/**
 * ECB+ scores for one recogniser: each document analysed once, then resolved per topic with each
 * set of merge options; scores for the development half, the held half and all topics.
 */
/** One way to score the same analysis: merge options, and whether pronoun mentions count. */
export interface EcbVariant extends MergeOptions { pronouns?: boolean }
const PRONOUN_TEXT = /^(?:he|him|his|himself|she|her|hers|herself)$/iu;

export function scoreEcb(mode: Recogniser, limitTopics = Infinity, variants: EcbVariant[] = [{}]): Record<EcbHalf, EcbScores>[] | null {
  const data = loadEcb(limitTopics);
  if (!data) return null;
  const tallies = variants.map(() => ({ dev: newTally(), held: newTally(), all: newTally() }));
  for (const [topic, ecbDocs] of data) {
    const analysed: AnalysedDocument[] = ecbDocs.map((d) => {
      const doc = { id: d.id, text: d.text, publishedAt: null, title: '', source: d.id } as unknown as CleanDocument;
      const sentences = splitSentences(d.text);
      const { entities, mentions } = findEntities(doc, sentences, mode, { pronouns: variants.some((v) => v.pronouns) });
      return { doc, analysis: { documentId: d.id, publishedAt: null, sentences, entities, mentions } as unknown as DocAnalysis };
    });
    // pronoun mentions only add mentions, so the analysis without them is the same one filtered
    const plain = analysed.map((a) => ({ ...a, analysis: { ...a.analysis, mentions: a.analysis.mentions.filter((m) => !PRONOUN_TEXT.test(m.text)) } }));
    variants.forEach((opts, v) => {
      const docs = opts.pronouns ? analysed : plain;
      const res = resolveEntities(docs, opts);
      for (const t of [tallies[v][halfOf(topic)], tallies[v].all]) tallyTopic(t, topic, ecbDocs, docs, res.globalIds);
    });
  }
  return tallies.map((t) => ({ dev: finish(t.dev), held: finish(t.held), all: finish(t.all) }));
}

const newTally = (): Tally => ({ items: [], docs: 0, gold: 0, named: 0, namedHit: 0 });

function tallyTopic(t: Tally, topic: string, ecbDocs: EcbDoc[], analysed: AnalysedDocument[], globalIds: Map<string, string[]>): void {
  t.docs += ecbDocs.length;
  ecbDocs.forEach((d, i) => {
    const { mentions } = analysed[i].analysis;
    const ids = globalIds.get(d.id) ?? [];
    for (const g of d.mentions) {
      t.gold++;
      const isNamed = /^\p{Lu}/u.test(d.text.slice(g.start, g.end));
      if (isNamed) t.named++;
      let best: { id: string; ov: number } | null = null;
      for (const m of mentions) {
        const ov = Math.min(m.end, g.end) - Math.max(m.start, g.start);
        if (ov >= MIN_GOLD_COVER * (g.end - g.start) && (!best || ov > best.ov)) best = { id: ids[m.entity], ov };
      }
      if (!best) continue;
      if (isNamed) t.namedHit++;
      t.items.push({ gold: `${topic}:${g.instance}`, pred: `${topic}:${best.id}`, doc: d.id });
    }
  });
}
