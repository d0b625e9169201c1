/**
 * stories: online grouping of documents into duplicates, stories and storylines.
 * `groupDocuments` is the corpus-stage entry; `CorpusGrouper` + `storyFeatures` + `dupFeatures`
 * are the lightweight path (no analyse stage) used at scale: compute features per document in
 * workers, then add them in batches.
 */
import type { Story } from '../../contract/dossier.ts';
import type { AnalysedDocument } from '../../contract/pipeline.ts';
import type { Grouping } from '../types.ts';
import { dupFeatures, withTextCopies } from '../duplicates/index.ts';
import { MS_PER_DAY } from './constants.ts';
import { storyFeatures } from './features.ts';
import { CorpusGrouper, type GroupItem } from './grouper.ts';

export { CorpusGrouper, STATE_VERSION, type GroupItem } from './grouper.ts';
export { storyFeatures, type DocFeatures, type FeatureInput } from './features.ts';
export { dupFeatures } from '../duplicates/index.ts';
export type { Grouping } from '../types.ts';

/**
 * Serializable clustering state kept in the store between runs, so a new batch is assigned to
 * existing stories without recomputing the corpus: vocabulary counts, story centroids (top terms),
 * headline candidates, and per document its MinHash signature and story.
 */
export type StoryState = { version: number; [key: string]: unknown };

/** Features of one analysed document for duplicates and stories. Pure. */
export function groupItem({ doc, analysis }: AnalysedDocument): GroupItem {
  const publishedAt = analysis.publishedAt ?? doc.publishedAt ?? null;
  const inferred = analysis.dateProvenance?.inferred === true && analysis.publishedAt !== doc.publishedAt;
  const mentions = analysis.entities.map((): number[] => []);
  for (const m of analysis.mentions) mentions[m.entity]?.push(m.start);
  const entities = analysis.entities.map((e, i) => ({ name: e.name, type: e.type, mentions: mentions[i] }));
  return {
    id: doc.id,
    publishedAt,
    outlet: doc.outlet,
    dup: dupFeatures(doc.text),
    // An inferred publish date (read from the text) gives the year but not the day: a dateline or
    // an earlier event's date taken as the day rules out stories wrongly (ECB+ 0.864 → see docs).
    story: storyFeatures({ title: doc.title, text: doc.text, publishedAt: inferred ? doc.publishedAt : publishedAt, inferredDate: inferred ? publishedAt : null, entities }),
  };
}

/** Assign new documents to duplicates and stories, given the state left by earlier runs. */
export function groupDocuments(all: AnalysedDocument[], newIds: Set<string>, prior: StoryState | null): { grouping: Grouping; state: StoryState } {
  const grouper = CorpusGrouper.fromJSON(prior);
  // New documents, plus any the state does not know (a lost or reset state is rebuilt).
  const fresh = all.filter((d) => newIds.has(d.doc.id) || !grouper.has(d.doc.id));
  grouper.addBatch(fresh.map(groupItem));
  // Cut-down copies MinHash leaves apart (a wire retitled and shortened by another outlet) are copies too:
  // the dossier says so, and every later stage counts them once with their original.
  return { grouping: withTextCopies(all, toGrouping(all, grouper)), state: grouper.toJSON() as StoryState };
}

function isoDay(day: number): string | null {
  return Number.isFinite(day) ? new Date(day * MS_PER_DAY).toISOString().slice(0, 10) : null;
}

function toGrouping(all: AnalysedDocument[], g: CorpusGrouper): Grouping {
  const duplicateOf = new Map<string, string | null>();
  const syndicatedFrom = new Map<string, string | null>();
  const storyOf = new Map<string, string>();
  const members = new Map<number, AnalysedDocument[]>();
  for (const d of all) {
    const i = g.indexOf(d.doc.id);
    if (i < 0) continue;
    duplicateOf.set(d.doc.id, g.dup.duplicateOf(i));
    syndicatedFrom.set(d.doc.id, g.dup.syndicatedFrom(i));
    const s = g.docStory[i]!;
    storyOf.set(d.doc.id, g.clusterer.stories[s]!.id);
    if (!members.has(s)) members.set(s, []);
    members.get(s)!.push(d);
  }
  const stories: Story[] = [...members].map(([s, docs]) => {
    const model = g.clusterer.stories[s]!;
    const ids = docs.map((d) => d.doc.id).sort();
    const fallback = docs.find((d) => d.doc.text.trim())?.doc.text.trim().split(/(?<=[.!?])\s/)[0]?.slice(0, 120) ?? '';
    return {
      id: model.id,
      title: model.bestTitle() || fallback || model.id,
      documentIds: ids,
      storylineId: model.line,
      dateRange: { from: isoDay(model.minDay), to: isoDay(model.maxDay) },
    };
  });
  stories.sort((a, b) => (a.dateRange?.from ?? '\uffff').localeCompare(b.dateRange?.from ?? '\uffff') || a.id.localeCompare(b.id));
  return { duplicateOf, syndicatedFrom, storyOf, stories };
}
