/** Read-side views the API serves: story summaries and slices, documents with spans, entity pages. */
import type { Claim, DossierDocument, Quote, SpanRef } from '../contract/dossier.ts';
import { EXCERPT_CONTEXT_CHARS } from './constants.ts';
import { claimsOfStory, entitiesOfStory, eventsOfStory, flagsOfStory, quotesOfStory, type DossierIndex } from './_index.ts';
import { entityGraph } from './_graph.ts';

export interface Page<T> { items: T[]; total: number; limit: number; offset: number }

export function page<T>(items: T[], limit: number, offset: number): Page<T> {
  return { items: items.slice(offset, offset + limit), total: items.length, limit, offset };
}

/** A short plain-text excerpt around a span, with the span itself marked by offsets into `text`. */
export function excerpt(ix: DossierIndex, ref: SpanRef): { documentId: string; start: number; end: number; before: string; span: string; after: string } {
  const text = ix.documents.get(ref.documentId)?.text ?? '';
  const s = Math.max(0, Math.min(ref.start, text.length));
  const e = Math.max(s, Math.min(ref.end, text.length));
  return {
    documentId: ref.documentId, start: ref.start, end: ref.end,
    before: text.slice(Math.max(0, s - EXCERPT_CONTEXT_CHARS), s),
    span: text.slice(s, e),
    after: text.slice(e, e + EXCERPT_CONTEXT_CHARS),
  };
}

export const outletOf = (doc: DossierDocument | undefined): string => doc?.outlet || doc?.source || 'unknown';

export function docBrief(doc: DossierDocument) {
  return { id: doc.id, title: doc.title, outlet: doc.outlet, source: doc.source, publishedAt: doc.publishedAt, storyId: doc.storyId, duplicateOf: doc.duplicateOf, language: doc.language };
}

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

function quoteBrief(ix: DossierIndex, q: Quote) {
  const doc = ix.documents.get(q.documentId);
  return { id: q.id, documentId: q.documentId, outlet: outletOf(doc), title: doc?.title ?? '', start: q.start, end: q.end, text: q.text, speakerId: q.speakerId, speakerText: q.speakerText, statementId: q.statementId, partial: q.partial ?? false };
}

const normWording = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The quote ledger: one row per statement, its distinct wordings side by side, each with the outlets carrying it. */
export function ledger(ix: DossierIndex, quotes: Quote[]) {
  const groups = new Map<string, Quote[]>();
  for (const q of quotes) {
    const key = q.statementId ?? `quote:${q.id}`;
    const list = groups.get(key) ?? [];
    list.push(q);
    groups.set(key, list);
  }
  return [...groups].map(([key, qs]) => {
    const variants = new Map<string, Quote[]>();
    for (const q of qs) {
      const k = normWording(q.text);
      variants.set(k, [...(variants.get(k) ?? []), q]);
    }
    const speakerId = qs.find((q) => q.speakerId)?.speakerId ?? null;
    const speaker = speakerId ? ix.entities.get(speakerId) : undefined;
    return {
      statementId: key.startsWith('quote:') ? null : key,
      speaker: speaker ? { id: speaker.id, name: speaker.name } : null,
      speakerText: qs.find((q) => q.speakerText)?.speakerText ?? null,
      outletCount: new Set(qs.map((q) => outletOf(ix.documents.get(q.documentId)))).size,
      variants: [...variants.values()].map((vs) => ({ text: vs[0].text, quotes: vs.map((q) => quoteBrief(ix, q)) })),
    };
  }).sort((a, b) => b.outletCount - a.outletCount || b.variants.length - a.variants.length);
}

export type Cell = 'supports' | 'silent' | 'contradicts';

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

/** One story's dossier slice: everything the story page shows. */
export function storySlice(ix: DossierIndex, storyId: string) {
  const story = ix.stories.get(storyId);
  if (!story) return null;
  const docs = story.documentIds.map((id) => ix.documents.get(id)).filter((d): d is DossierDocument => Boolean(d));
  const claims = claimsOfStory(ix, storyId);
  const events = eventsOfStory(ix, storyId).sort((a, b) => dateKey(a.date?.value).localeCompare(dateKey(b.date?.value)));
  const entities = entitiesOfStory(ix, storyId);
  return {
    story, summary: storySummaries(ix).find((s) => s.id === storyId) ?? null,
    documents: docs.map(docBrief),
    timeline: events.map((e) => ({ ...e, participants: e.participantIds.map((id) => ({ id, name: ix.entities.get(id)?.name ?? id })), evidence: e.evidence.map((r) => excerpt(ix, r)) })),
    entities: entities.map((e) => ({ id: e.id, name: e.name, type: e.type, mentionCount: e.mentions.filter((m) => ix.storyOfDoc.get(m.documentId) === storyId).length })).sort((a, b) => b.mentionCount - a.mentionCount),
    graph: entityGraph(ix, storyId, entities),
    ledger: ledger(ix, quotesOfStory(ix, storyId)),
    claims: claims.map((c) => ({ ...c, support: c.support.map((r) => excerpt(ix, r)), conflicts: c.conflicts.map((r) => excerpt(ix, r)) })),
    matrix: matrix(ix, story.documentIds, claims),
    flags: flagsOfStory(ix, storyId),
  };
}

/** One document with its cleaned text and every span in it. */
export function documentView(ix: DossierIndex, id: string) {
  const doc = ix.documents.get(id);
  if (!doc) return null;
  const storyId = ix.storyOfDoc.get(id) ?? null;
  const story = storyId ? ix.stories.get(storyId) : undefined;
  const spans = ix.spansByDoc.get(id) ?? [];
  const ids = (kind: string) => [...new Set(spans.filter((s) => s.kind === kind).map((s) => s.id))];
  return {
    document: doc,
    story: story ? { id: story.id, title: story.title } : null,
    spans,
    entities: ids('entity').map((eid) => ({ id: eid, name: ix.entities.get(eid)?.name ?? eid, type: ix.entities.get(eid)?.type ?? 'other' })),
    quotes: ix.dossier.quotes.filter((q) => q.documentId === id).map((q) => quoteBrief(ix, q)),
    claims: ids('claim').map((cid) => ix.claims.get(cid)).filter((c): c is Claim => Boolean(c)).map((c) => ({ id: c.id, text: c.text, status: c.status })),
    events: ids('event').map((eid) => ({ id: eid, summary: ix.events.get(eid)?.summary ?? '' })),
    flags: ix.dossier.flags.filter((f) => f.documentIds.includes(id)),
    related: (story?.documentIds ?? []).filter((d) => d !== id).map((d) => ix.documents.get(d)).filter((d): d is DossierDocument => Boolean(d)).map(docBrief),
  };
}

/** One entity: aliases, roles over time, quotes spoken, where it is mentioned. */
export function entityView(ix: DossierIndex, id: string) {
  const e = ix.entities.get(id);
  if (!e) return null;
  const docCounts = new Map<string, number>();
  for (const m of e.mentions) docCounts.set(m.documentId, (docCounts.get(m.documentId) ?? 0) + 1);
  const storyIds = new Set([...docCounts.keys()].map((d) => ix.storyOfDoc.get(d)).filter((s): s is string => Boolean(s)));
  return {
    entity: { id: e.id, type: e.type, name: e.name, aliases: e.aliases, linkedIds: e.linkedIds ?? [], mentionCount: e.mentions.length },
    roles: [...(e.roles ?? [])].sort((a, b) => dateKey(a.date).localeCompare(dateKey(b.date))).map((r) => ({ ...r, excerpt: excerpt(ix, r) })),
    quotes: ix.dossier.quotes.filter((q) => q.speakerId === id).map((q) => quoteBrief(ix, q)),
    documents: [...docCounts].map(([docId, count]) => ({ ...docBrief(ix.documents.get(docId) as DossierDocument), mentions: count, first: excerpt(ix, e.mentions.find((m) => m.documentId === docId) as SpanRef) })).filter((d) => d.id),
    stories: [...storyIds].map((s) => ({ id: s, title: ix.stories.get(s)?.title ?? s })),
    events: ix.dossier.events.filter((ev) => ev.participantIds.includes(id) || ev.placeId === id).map((ev) => ({ id: ev.id, summary: ev.summary, date: ev.date })),
  };
}
