import type { StoredArticle } from './types.ts';
import { SCHEMA_VERSION, type Dossier } from '../contract/dossier.ts';

/** A small, realistic stored article for store tests. */
export function storedArticle(id: string, text: string): StoredArticle {
  const raw = { id, source: `feeds/${id}.txt`, format: 'text' as const, content: text, hints: { outlet: 'Harbour Gazette' } };
  const doc = {
    id, source: raw.source, title: text.split('.')[0], outlet: 'Harbour Gazette', byline: null, publishedAt: '2025-06-11',
    dateProvenance: { method: 'input' as const, raw: '2025-06-11', inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  const analysis = {
    documentId: id, publishedAt: '2025-06-11', dateProvenance: doc.dateProvenance, sentences: [], entities: [], mentions: [],
    quotes: [{ start: 1, end: 10, text: text.slice(1, 10), partial: false, speaker: null, speakerText: null, via: null, viaText: null }],
    dates: [], events: [], claims: [], flags: [],
  };
  return { raw, doc, analysis };
}

export function dossierOf(items: StoredArticle[]): Dossier {
  return {
    schemaVersion: SCHEMA_VERSION, generatedAt: '2026-01-01T00:00:00.000Z',
    documents: items.map(({ doc }) => ({ id: doc.id, source: doc.source, title: doc.title, outlet: doc.outlet, byline: null, publishedAt: doc.publishedAt, language: 'en', text: doc.text, storyId: 's1', duplicateOf: null })),
    stories: [{ id: 's1', title: 'Harbour accord', documentIds: items.map((i) => i.doc.id) }],
    entities: [], quotes: items.map(({ doc, analysis }) => ({ id: `${doc.id}:q0`, documentId: doc.id, text: analysis.quotes[0].text, start: 1, end: 10, speakerId: null, speakerText: null, statementId: null })),
    events: [], claims: [], flags: [],
  };
}
