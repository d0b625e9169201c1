/** Read-only JSON API over the latest dossier. Every list takes limit/offset and answers a Page. */
import { Hono } from 'hono';
import { z } from 'zod';
import { ClaimStatusSchema, EntityTypeSchema } from '../contract/dossier.ts';
import { buildIndex, storyBucket, type DossierIndex, type StoryBucket } from './_index.ts';
import { IdParam, PageQuery, SearchText, apiError, idParam, intParam, notFound, query } from './_http.ts';
import type { ServerState } from './_state.ts';
import { docBrief, excerpt, flagView, ledger, outletOf, page } from './_views.ts';
import { documentView, entityView } from './_views-pages.ts';
import { storySlice, storySummaries } from './_views-story.ts';
import { STORY_CLAIMS_PAGE } from './constants.ts';

const EMPTY = buildIndex({ schemaVersion: 1, generatedAt: '', documents: [], stories: [], entities: [], quotes: [], events: [], claims: [], flags: [] });

const StoryFilter = PageQuery.extend({ storyId: IdParam.optional() });
const ClaimPageQuery = z.object({ claimOffset: intParam('claimOffset', 0, 0, Number.MAX_SAFE_INTEGER), claimLimit: intParam('claimLimit', STORY_CLAIMS_PAGE, 1, STORY_CLAIMS_PAGE) });
const fold = (s: string): string => s.toLocaleLowerCase();

export function readRoutes(state: ServerState): Hono {
  const app = new Hono();
  const ix = (): DossierIndex => state.index() ?? EMPTY;
  const inStory = (x: DossierIndex, storyId: string | undefined, docId: string): boolean => !storyId || x.storyOfDoc.get(docId) === storyId;
  /** All items of a kind, or (with storyId) the story's own, gathered once per index: no rescan of the corpus per request. */
  const scope = <K extends keyof StoryBucket>(x: DossierIndex, storyId: string | undefined, kind: K, all: StoryBucket[K]): StoryBucket[K] =>
    (storyId ? storyBucket(x, storyId)[kind] : all);

  app.get('/status', (c) => {
    const x = state.index();
    return c.json({ ready: Boolean(x), documentCount: state.store.documentCount(), generatedAt: x?.dossier.generatedAt ?? null, storyCount: x?.dossier.stories.length ?? 0 });
  });

  app.get('/stories', (c) => {
    const q = query(c, PageQuery.extend({ q: SearchText.optional() }));
    const x = ix();
    let items = storySummaries(x);
    if (q.q) {
      const needle = fold(q.q);
      const hitStories = new Set([...state.store.matchingDocumentIds(q.q)].map((id) => x.storyOfDoc.get(id)));
      items = items.filter((s) => fold(s.title).includes(needle) || hitStories.has(s.id));
    }
    return c.json(page(items, q.limit, q.offset));
  });

  app.get('/stories/:id', (c) => {
    const id = idParam(c);
    const q = query(c, ClaimPageQuery);
    const slice = storySlice(ix(), id, { offset: q.claimOffset, limit: q.claimLimit });
    if (!slice) throw notFound('story', id);
    return c.json(slice);
  });

  app.get('/documents', (c) => {
    const q = query(c, StoryFilter.extend({ outlet: z.string().max(200).optional() }));
    const x = ix();
    const items = x.dossier.documents.filter((d) => inStory(x, q.storyId, d.id) && (!q.outlet || outletOf(d) === q.outlet)).map(docBrief);
    return c.json(page(items, q.limit, q.offset));
  });

  app.get('/documents/:id', (c) => {
    const id = idParam(c);
    const view = documentView(ix(), id);
    if (!view) throw notFound('document', id);
    return c.json(view);
  });

  app.get('/entities', (c) => {
    const q = query(c, StoryFilter.extend({ q: SearchText.optional(), type: EntityTypeSchema.optional() }));
    const x = ix();
    const needle = q.q ? fold(q.q) : '';
    const items = scope(x, q.storyId, 'entities', x.dossier.entities)
      .filter((e) => (!q.type || e.type === q.type) && (!needle || [e.name, ...e.aliases].some((a) => fold(a).includes(needle))))
      .map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: e.aliases, mentionCount: e.mentions.length }))
      .sort((a, b) => b.mentionCount - a.mentionCount);
    return c.json(page(items, q.limit, q.offset));
  });

  app.get('/entities/:id', (c) => {
    const id = idParam(c);
    const view = entityView(ix(), id);
    if (!view) throw notFound('entity', id);
    return c.json(view);
  });

  app.get('/quotes', (c) => {
    const q = query(c, StoryFilter.extend({ speakerId: IdParam.optional(), documentId: IdParam.optional(), statementId: IdParam.optional() }));
    const x = ix();
    const items = scope(x, q.storyId, 'quotes', x.dossier.quotes).filter((qt) => (!q.speakerId || qt.speakerId === q.speakerId) && (!q.documentId || qt.documentId === q.documentId) && (!q.statementId || qt.statementId === q.statementId));
    return c.json(page(items, q.limit, q.offset));
  });

  app.get('/statements', (c) => {
    const q = query(c, StoryFilter);
    const x = ix();
    return c.json(page(ledger(x, scope(x, q.storyId, 'quotes', x.dossier.quotes)), q.limit, q.offset));
  });

  app.get('/statements/:id', (c) => {
    const id = idParam(c);
    const x = ix();
    const st = x.statements.get(id);
    const quotes = x.quotesByStatement.get(id) ?? [];
    if (!st && !quotes.length) throw notFound('statement', id);
    return c.json({ id, text: st?.text ?? quotes[0].text, ledger: ledger(x, quotes)[0] ?? null });
  });

  app.get('/events', (c) => {
    const q = query(c, StoryFilter);
    const x = ix();
    const items = [...scope(x, q.storyId, 'events', x.dossier.events)]
      .sort((a, b) => (a.date?.value ?? '9999').localeCompare(b.date?.value ?? '9999'));
    return c.json(page(items, q.limit, q.offset));
  });

  app.get('/claims', (c) => {
    const q = query(c, StoryFilter.extend({ status: ClaimStatusSchema.optional() }));
    const x = ix();
    const items = scope(x, q.storyId, 'claims', x.dossier.claims).filter((cl) => !q.status || cl.status === q.status);
    return c.json(page(items, q.limit, q.offset));
  });

  app.get('/claims/:id', (c) => {
    const id = idParam(c);
    const x = ix();
    const cl = x.claims.get(id);
    if (!cl) throw notFound('claim', id);
    return c.json({ ...cl, support: cl.support.map((r) => excerpt(x, r)), conflicts: cl.conflicts.map((r) => excerpt(x, r)) });
  });

  app.get('/flags', (c) => {
    const q = query(c, StoryFilter.extend({ kind: z.string().max(64).optional() }));
    const x = ix();
    const items = scope(x, q.storyId, 'flags', x.dossier.flags).filter((f) => !q.kind || f.kind === q.kind);
    const p = page(items, q.limit, q.offset);
    return c.json({ ...p, items: p.items.map((f) => flagView(x, f)) });
  });

  app.get('/search', (c) => {
    const q = query(c, PageQuery.extend({ q: SearchText.min(1, 'q is required') }));
    const x = ix();
    let hits;
    let total;
    try {
      hits = state.store.search(q.q, q.limit, q.offset);
      total = state.store.searchCount(q.q);
    } catch {
      throw apiError(400, 'invalid_query', 'the search query could not be understood');
    }
    const items = hits.map((h) => {
      const doc = x.documents.get(h.documentId);
      const quote = h.kind === 'quote' ? x.quotes.get(h.id) : undefined;
      return { ...h, title: doc?.title ?? '', outlet: doc ? outletOf(doc) : null, storyId: x.storyOfDoc.get(h.documentId) ?? null, start: quote?.start ?? null, end: quote?.end ?? null };
    });
    return c.json({ items, total, limit: q.limit, offset: q.offset });
  });

  return app;
}
