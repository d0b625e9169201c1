/** Document and entity pages: a document with every span in it, an entity with its roles, quotes and mentions. */
import type { Claim, DossierDocument, Quote, SpanRef } from '../contract/dossier.ts';
import { summarizeRoles } from '../dossier/index.ts';
import { ROLE_EXCERPTS } from './constants.ts';
import type { DossierIndex } from './_index.ts';
import { docBrief, excerpt, flagView, ledger, outletOf, quoteBrief } from './_views.ts';

/** A span in another document, named by its outlet: where else a claim or statement is found. */
const elsewhere = (ix: DossierIndex, ref: SpanRef, role?: 'support' | 'conflict') =>
  ({ documentId: ref.documentId, outlet: outletOf(ix.documents.get(ref.documentId)), start: ref.start, end: ref.end, ...(role ? { role } : {}) });

/** One document with its cleaned text, every span in it, and for each claim and quote where else it appears. */
export function documentView(ix: DossierIndex, id: string) {
  const doc = ix.documents.get(id);
  if (!doc) return null;
  const storyId = ix.storyOfDoc.get(id) ?? null;
  const story = storyId ? ix.stories.get(storyId) : undefined;
  const spans = ix.spansByDoc.get(id) ?? [];
  const ids = (kind: string) => [...new Set(spans.filter((s) => s.kind === kind).map((s) => s.id))];
  const quotes = ix.quotesByDoc.get(id) ?? [];
  return {
    document: doc,
    story: story ? { id: story.id, title: story.title } : null,
    spans,
    entities: ids('entity').map((eid) => ({ id: eid, name: ix.entities.get(eid)?.name ?? eid, type: ix.entities.get(eid)?.type ?? 'other' })),
    quotes: quotes.map((q) => ({
      ...quoteBrief(ix, q),
      elsewhere: (q.statementId ? ix.statements.get(q.statementId)?.quoteIds ?? [] : [])
        .map((qid) => ix.quotes.get(qid)).filter((o): o is Quote => Boolean(o) && o?.documentId !== id).map((o) => elsewhere(ix, o)),
    })),
    claims: ids('claim').map((cid) => ix.claims.get(cid)).filter((c): c is Claim => Boolean(c)).map((c) => ({
      id: c.id, text: c.text, status: c.status, storyId: c.storyId ?? storyId,
      elsewhere: [...c.support.map((r) => elsewhere(ix, r, 'support')), ...c.conflicts.map((r) => elsewhere(ix, r, 'conflict'))].filter((r) => r.documentId !== id),
    })),
    events: ids('event').map((eid) => ({ id: eid, type: ix.events.get(eid)?.type ?? 'event', summary: ix.events.get(eid)?.summary ?? '', date: ix.events.get(eid)?.date ?? null })),
    flags: (ix.flagsByDoc.get(id) ?? []).map((f) => flagView(ix, f)),
    related: (story?.documentIds ?? []).filter((d) => d !== id).map((d) => ix.documents.get(d)).filter((d): d is DossierDocument => Boolean(d)).map(docBrief),
  };
}

const dateKey = (v: string | null | undefined): string => v ?? '9999';

/** One entity: aliases, roles over time (raw and grouped by title), its statements, events and where it is mentioned. */
export function entityView(ix: DossierIndex, id: string) {
  const e = ix.entities.get(id);
  if (!e) return null;
  const docCounts = new Map<string, number>();
  for (const m of e.mentions) if (ix.documents.has(m.documentId)) docCounts.set(m.documentId, (docCounts.get(m.documentId) ?? 0) + 1);
  const storyIds = new Set([...docCounts.keys()].map((d) => ix.storyOfDoc.get(d)).filter((s): s is string => Boolean(s)));
  const quotes = ix.quotesBySpeaker.get(id) ?? [];
  return {
    entity: { id: e.id, type: e.type, name: e.name, aliases: e.aliases, linkedIds: e.linkedIds ?? [], mentionCount: e.mentions.length },
    roles: [...(e.roles ?? [])].sort((a, b) => dateKey(a.date).localeCompare(dateKey(b.date))).map((r) => ({ ...r, excerpt: excerpt(ix, r) })),
    roleHistory: summarizeRoles(e.roles ?? []).map(({ evidence, ...r }) => ({ ...r, evidence: evidence.filter((x) => ix.documents.has(x.documentId)).slice(0, ROLE_EXCERPTS).map((x) => excerpt(ix, x)) })),
    quotes: quotes.map((q) => quoteBrief(ix, q)),
    ledger: ledger(ix, quotes),
    documents: [...docCounts].map(([docId, count]) => ({ ...docBrief(ix.documents.get(docId) as DossierDocument), mentions: count, first: excerpt(ix, e.mentions.find((m) => m.documentId === docId) as SpanRef) }))
      .sort((a, b) => dateKey(a.publishedAt).localeCompare(dateKey(b.publishedAt))),
    stories: [...storyIds].map((s) => ({ id: s, title: ix.stories.get(s)?.title ?? s })),
    events: [...(ix.eventsByEntity.get(id) ?? [])]
      .sort((a, b) => dateKey(a.date?.value).localeCompare(dateKey(b.date?.value)))
      .map((ev) => ({ id: ev.id, type: ev.type, summary: ev.summary, date: ev.date, evidence: ev.evidence.filter((r) => ix.documents.has(r.documentId)).map((r) => excerpt(ix, r)) })),
  };
}
