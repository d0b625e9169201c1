/** An in-memory index over one dossier, rebuilt whenever the store holds a newer dossier. */
import type { Claim, Dossier, DossierDocument, DossierEvent, Entity, Flag, Quote, SpanRef, Story } from '../contract/dossier.ts';

export interface Statement { id: string; speakerId: string | null; quoteIds: string[]; text: string }

/** Every span in one document, by kind, for highlighting. */
export interface DocSpan {
  kind: 'entity' | 'quote' | 'claim' | 'event';
  id: string;
  start: number;
  end: number;
  /** Label shown to the reader: entity name, speaker, claim status. */
  label: string;
  /** For claims: whether this span supports or contradicts it. */
  role?: 'support' | 'conflict';
}

export interface DossierIndex {
  dossier: Dossier;
  stories: Map<string, Story>;
  documents: Map<string, DossierDocument>;
  entities: Map<string, Entity>;
  quotes: Map<string, Quote>;
  statements: Map<string, Statement>;
  events: Map<string, DossierEvent>;
  claims: Map<string, Claim>;
  spansByDoc: Map<string, DocSpan[]>;
  /** Story id of each document (null: unassigned). */
  storyOfDoc: Map<string, string | null>;
  /** Quotes by document, by speaker and by statement; flags by document; events by participant or place. */
  quotesByDoc: Map<string, Quote[]>;
  quotesBySpeaker: Map<string, Quote[]>;
  quotesByStatement: Map<string, Quote[]>;
  flagsByDoc: Map<string, Flag[]>;
  eventsByEntity: Map<string, DossierEvent[]>;
}

/** Group items under every key `keys` gives them (each item once per key). */
function groupBy<T>(items: T[], keys: (x: T) => (string | null | undefined)[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) {
    for (const k of new Set(keys(x))) {
      if (!k) continue;
      const list = out.get(k);
      if (list) list.push(x);
      else out.set(k, [x]);
    }
  }
  return out;
}

const byId = <T extends { id: string }>(items: T[]): Map<string, T> => new Map(items.map((x) => [x.id, x]));

/** Statements from the dossier, or derived from quotes' statementId when the extension is absent. */
function statementsOf(d: Dossier): Statement[] {
  if (d.statements?.length) return d.statements;
  const groups = new Map<string, Quote[]>();
  for (const q of d.quotes) {
    if (!q.statementId) continue;
    const list = groups.get(q.statementId) ?? [];
    list.push(q);
    groups.set(q.statementId, list);
  }
  return [...groups].map(([id, qs]) => ({ id, speakerId: qs.find((q) => q.speakerId)?.speakerId ?? null, quoteIds: qs.map((q) => q.id), text: qs[0].text }));
}

function addSpan(map: Map<string, DocSpan[]>, docId: string, span: DocSpan): void {
  const list = map.get(docId);
  if (list) list.push(span);
  else map.set(docId, [span]);
}

function validSpan(ref: SpanRef, docs: Map<string, DossierDocument>): boolean {
  const doc = docs.get(ref.documentId);
  return Boolean(doc) && ref.start >= 0 && ref.end > ref.start && ref.end <= (doc as DossierDocument).text.length;
}

function indexSpans(d: Dossier, docs: Map<string, DossierDocument>, entities: Map<string, Entity>): Map<string, DocSpan[]> {
  const spans = new Map<string, DocSpan[]>();
  for (const e of d.entities) {
    for (const m of e.mentions) if (validSpan(m, docs)) addSpan(spans, m.documentId, { kind: 'entity', id: e.id, start: m.start, end: m.end, label: e.name });
  }
  for (const q of d.quotes) {
    const speaker = (q.speakerId && entities.get(q.speakerId)?.name) || q.speakerText || 'unattributed';
    if (validSpan(q, docs)) addSpan(spans, q.documentId, { kind: 'quote', id: q.id, start: q.start, end: q.end, label: speaker });
  }
  for (const c of d.claims) {
    for (const s of c.support) if (validSpan(s, docs)) addSpan(spans, s.documentId, { kind: 'claim', id: c.id, start: s.start, end: s.end, label: c.status, role: 'support' });
    for (const s of c.conflicts) if (validSpan(s, docs)) addSpan(spans, s.documentId, { kind: 'claim', id: c.id, start: s.start, end: s.end, label: c.status, role: 'conflict' });
  }
  for (const ev of d.events) {
    for (const s of ev.evidence) if (validSpan(s, docs)) addSpan(spans, s.documentId, { kind: 'event', id: ev.id, start: s.start, end: s.end, label: ev.summary });
  }
  for (const list of spans.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
  return spans;
}

export function buildIndex(dossier: Dossier): DossierIndex {
  const documents = byId(dossier.documents);
  const entities = byId(dossier.entities);
  const storyOfDoc = new Map<string, string | null>(dossier.documents.map((doc) => [doc.id, doc.storyId]));
  for (const s of dossier.stories) for (const id of s.documentIds) if (!storyOfDoc.get(id)) storyOfDoc.set(id, s.id);
  return {
    dossier,
    stories: byId(dossier.stories),
    documents,
    entities,
    quotes: byId(dossier.quotes),
    statements: byId(statementsOf(dossier)),
    events: byId(dossier.events),
    claims: byId(dossier.claims),
    spansByDoc: indexSpans(dossier, documents, entities),
    storyOfDoc,
    quotesByDoc: groupBy(dossier.quotes, (q) => [q.documentId]),
    quotesBySpeaker: groupBy(dossier.quotes, (q) => [q.speakerId]),
    quotesByStatement: groupBy(dossier.quotes, (q) => [q.statementId]),
    flagsByDoc: groupBy(dossier.flags, (f) => f.documentIds),
    eventsByEntity: groupBy(dossier.events, (e) => [...e.participantIds, e.placeId]),
  };
}

/** Items of one story, gathered once per index so story pages and counts never rescan the corpus. */
export interface StoryBucket { quotes: Quote[]; claims: Claim[]; events: DossierEvent[]; entities: Entity[]; flags: Flag[] }

const bucketCache = new WeakMap<DossierIndex, Map<string, StoryBucket>>();

function buckets(ix: DossierIndex): Map<string, StoryBucket> {
  const hit = bucketCache.get(ix);
  if (hit) return hit;
  const out = new Map<string, StoryBucket>();
  const bucket = (id: string): StoryBucket => {
    let b = out.get(id);
    if (!b) out.set(id, (b = { quotes: [], claims: [], events: [], entities: [], flags: [] }));
    return b;
  };
  /** Push `item` once into the bucket of every story its documents belong to (plus `own`). */
  const spread = <K extends keyof StoryBucket>(kind: K, item: StoryBucket[K][number], docIds: Iterable<string>, own?: string | null): void => {
    const seen = new Set<string>();
    if (own) seen.add(own);
    for (const d of docIds) {
      const sid = ix.storyOfDoc.get(d);
      if (sid) seen.add(sid);
    }
    for (const sid of seen) (bucket(sid)[kind] as StoryBucket[K][number][]).push(item);
  };
  const d = ix.dossier;
  for (const q of d.quotes) spread('quotes', q, [q.documentId]);
  // A claim belongs to its own story, and also shows on every story whose documents support or contradict it.
  for (const c of d.claims) spread('claims', c, [...c.support, ...c.conflicts].map((r) => r.documentId), c.storyId);
  for (const e of d.events) spread('events', e, e.evidence.map((r) => r.documentId));
  for (const e of d.entities) spread('entities', e, e.mentions.map((m) => m.documentId));
  for (const f of d.flags) spread('flags', f, f.documentIds);
  bucketCache.set(ix, out);
  return out;
}

const EMPTY_BUCKET: StoryBucket = { quotes: [], claims: [], events: [], entities: [], flags: [] };
export const storyBucket = (ix: DossierIndex, storyId: string): StoryBucket => buckets(ix).get(storyId) ?? EMPTY_BUCKET;

export const flagsOfStory = (ix: DossierIndex, storyId: string): Flag[] => storyBucket(ix, storyId).flags;
export const claimsOfStory = (ix: DossierIndex, storyId: string): Claim[] => storyBucket(ix, storyId).claims;
export const eventsOfStory = (ix: DossierIndex, storyId: string): DossierEvent[] => [...storyBucket(ix, storyId).events];
export const quotesOfStory = (ix: DossierIndex, storyId: string): Quote[] => storyBucket(ix, storyId).quotes;
export const entitiesOfStory = (ix: DossierIndex, storyId: string): Entity[] => storyBucket(ix, storyId).entities;
