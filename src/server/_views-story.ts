/** Story views: the story list with counts, and one story's slice (everything the story page shows). */
import type { Claim, DossierDocument } from '../contract/dossier.ts';
import { claimsOfStory, entitiesOfStory, eventsOfStory, flagsOfStory, quotesOfStory, type DossierIndex } from './_index.ts';
import { entityGraph } from './_graph.ts';
import { STORY_CLAIMS_PAGE, STORY_MAX_ITEMS } from './constants.ts';
import { docBrief, excerpt, flagView, ledger, outletOf } from './_views.ts';

export interface StorySummary {
  id: string; title: string; dateRange: { from: string | null; to: string | null };
  documentCount: number; outletCount: number; quoteCount: number; claimCount: number; entityCount: number; eventCount: number; flagCount: number;
}

const summaryCache = new WeakMap<DossierIndex, StorySummary[]>();

/** Every story with its counts, most documents first (cached per index). */
export function storySummaries(ix: DossierIndex): StorySummary[] {
  const hit = summaryCache.get(ix);
  if (hit) return hit;
  const out = ix.dossier.stories.map((s): StorySummary => {
    const docs = s.documentIds.map((id) => ix.documents.get(id)).filter((d): d is DossierDocument => Boolean(d));
    const dates = docs.map((d) => d.publishedAt).filter((d): d is string => Boolean(d)).sort();
    return {
      id: s.id, title: s.title,
      dateRange: s.dateRange ?? { from: dates[0] ?? null, to: dates.at(-1) ?? null },
      documentCount: s.documentIds.length,
      outletCount: new Set(docs.map((d) => outletOf(d))).size,
      quoteCount: quotesOfStory(ix, s.id).length,
      claimCount: claimsOfStory(ix, s.id).length,
      entityCount: entitiesOfStory(ix, s.id).length,
      eventCount: eventsOfStory(ix, s.id).length,
      flagCount: flagsOfStory(ix, s.id).length,
    };
  });
  out.sort((a, b) => b.documentCount - a.documentCount || a.title.localeCompare(b.title));
  summaryCache.set(ix, out);
  return out;
}

export type Cell = 'supports' | 'silent' | 'contradicts';

/** Status order on the story page: disagreements first, then what several sources confirm, then the rest. */
const STATUS_RANK: Record<Claim['status'], number> = { contested: 0, corroborated: 1, 'single-source': 2 };

/** Contested, then corroborated (most independent sources first), then single-source; stable otherwise. */
export function byWeight(a: Claim, b: Claim): number {
  return STATUS_RANK[a.status] - STATUS_RANK[b.status]
    || (b.independentSources ?? b.support.length) - (a.independentSources ?? a.support.length)
    || b.support.length - a.support.length;
}

/** Outlets × claims: does each outlet support, contradict, or stay silent on each claim? */
export function matrix(ix: DossierIndex, docIds: string[], claims: Claim[]) {
  const outlets = [...new Set(docIds.map((id) => outletOf(ix.documents.get(id))))].sort();
  const rows = claims.map((c) => {
    const sup = new Set(c.support.map((s) => outletOf(ix.documents.get(s.documentId))));
    const con = new Set(c.conflicts.map((s) => outletOf(ix.documents.get(s.documentId))));
    const cells: Cell[] = outlets.map((o) => (con.has(o) ? 'contradicts' : sup.has(o) ? 'supports' : 'silent'));
    return { claim: { id: c.id, text: c.text, status: c.status, independentSources: c.independentSources ?? null }, cells };
  });
  return { outlets, rows };
}

const dateKey = (v: string | null | undefined): string => v ?? '9999';

/** Which claims of the story to include: the weightiest first, a page at a time. */
export interface ClaimPage { offset: number; limit: number }

/**
 * One story's dossier slice: everything the story page shows. Claims come a page at a time (matrix
 * rows too); the timeline and the ledger stop at STORY_MAX_ITEMS. `totals` says how many there are.
 */
export function storySlice(ix: DossierIndex, storyId: string, page: ClaimPage = { offset: 0, limit: STORY_CLAIMS_PAGE }) {
  const story = ix.stories.get(storyId);
  if (!story) return null;
  const docs = story.documentIds.map((id) => ix.documents.get(id)).filter((d): d is DossierDocument => Boolean(d));
  const allClaims = [...claimsOfStory(ix, storyId)].sort(byWeight);
  const claims = allClaims.slice(page.offset, page.offset + page.limit);
  const events = eventsOfStory(ix, storyId).sort((a, b) => dateKey(a.date?.value).localeCompare(dateKey(b.date?.value)));
  const entities = entitiesOfStory(ix, storyId);
  const statements = ledger(ix, quotesOfStory(ix, storyId));
  return {
    totals: {
      claims: allClaims.length, claimOffset: page.offset, claimLimit: page.limit,
      singleSource: allClaims.filter((c) => c.status === 'single-source').length,
      events: events.length, statements: statements.length,
    },
    story, summary: storySummaries(ix).find((s) => s.id === storyId) ?? null,
    documents: docs.map(docBrief),
    timeline: events.slice(0, STORY_MAX_ITEMS).map((e) => ({ ...e, participants: e.participantIds.map((id) => ({ id, name: ix.entities.get(id)?.name ?? id })), evidence: e.evidence.map((r) => excerpt(ix, r)) })),
    entities: entities.map((e) => ({ id: e.id, name: e.name, type: e.type, mentionCount: e.mentions.filter((m) => ix.storyOfDoc.get(m.documentId) === storyId).length })).sort((a, b) => b.mentionCount - a.mentionCount),
    graph: entityGraph(ix, storyId, entities),
    ledger: statements.slice(0, STORY_MAX_ITEMS),
    claims: claims.map((c) => ({ ...c, support: c.support.map((r) => excerpt(ix, r)), conflicts: c.conflicts.map((r) => excerpt(ix, r)) })),
    matrix: matrix(ix, story.documentIds, claims),
    flags: flagsOfStory(ix, storyId).map((f) => flagView(ix, f)),
  };
}
