/** Read-side building blocks the API serves: pages, excerpts, document briefs, the quote ledger, flags with their sources. */
import type { DossierDocument, Flag, Quote, SpanRef } from '../contract/dossier.ts';
import { EXCERPT_CONTEXT_CHARS } from './constants.ts';
import type { DossierIndex } from './_index.ts';
import { PATTERNS } from './patterns.ts';

export interface Page<T> { items: T[]; total: number; limit: number; offset: number }

export function page<T>(items: T[], limit: number, offset: number): Page<T> {
  return { items: items.slice(offset, offset + limit), total: items.length, limit, offset };
}

export const outletOf = (doc: DossierDocument | undefined): string => doc?.outlet || doc?.source || 'unknown';

export interface Excerpt { documentId: string; outlet: string; start: number; end: number; before: string; span: string; after: string }

/** A short plain-text excerpt around a span, with the outlet that published it. */
export function excerpt(ix: DossierIndex, ref: SpanRef): Excerpt {
  const doc = ix.documents.get(ref.documentId);
  const text = doc?.text ?? '';
  const s = Math.max(0, Math.min(ref.start, text.length));
  const e = Math.max(s, Math.min(ref.end, text.length));
  return {
    documentId: ref.documentId, outlet: outletOf(doc), start: ref.start, end: ref.end,
    before: s > EXCERPT_CONTEXT_CHARS ? fromWord(text.slice(s - EXCERPT_CONTEXT_CHARS, s)) : text.slice(0, s),
    span: text.slice(s, e),
    after: e + EXCERPT_CONTEXT_CHARS < text.length ? toWord(text.slice(e, e + EXCERPT_CONTEXT_CHARS)) : text.slice(e),
  };
}

/** Context cut out of a longer text starts and ends on whole words ("…etained in March" reads as a typo). */
const fromWord = (s: string): string => { const i = s.search(PATTERNS.firstSpace); return i >= 0 ? s.slice(i + 1) : s; };
const toWord = (s: string): string => { const i = s.search(PATTERNS.lastSpace); return i >= 0 ? s.slice(0, i) : s; };

export function docBrief(doc: DossierDocument) {
  return { id: doc.id, title: doc.title, outlet: doc.outlet, source: doc.source, publishedAt: doc.publishedAt, storyId: doc.storyId, duplicateOf: doc.duplicateOf, language: doc.language };
}

export function quoteBrief(ix: DossierIndex, q: Quote) {
  const doc = ix.documents.get(q.documentId);
  return { id: q.id, documentId: q.documentId, outlet: outletOf(doc), title: doc?.title ?? '', start: q.start, end: q.end, text: q.text, speakerId: q.speakerId, speakerText: q.speakerText, statementId: q.statementId, partial: q.partial ?? false };
}

const normWording = (s: string): string => s.toLowerCase().replace(PATTERNS.nonWord, ' ').trim();

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
      // Whole wordings before fragments ("in good faith" reads best after the sentence it comes from), then the most carried.
      variants: [...variants.values()]
        .map((vs) => ({ text: vs[0].text, fragment: vs.every((q) => q.partial), quotes: vs.map((q) => quoteBrief(ix, q)) }))
        .sort((a, b) => Number(a.fragment) - Number(b.fragment) || b.quotes.length - a.quotes.length || b.text.length - a.text.length),
    };
  }).sort((a, b) => b.outletCount - a.outletCount || b.variants.length - a.variants.length);
}

/**
 * A flag with, per document it names, the outlet, the title and the first span that shows the problem;
 * `readable` is the message with document ids put as outlet names ("<id> duplicates <id>" reads as noise).
 */
export function flagView(ix: DossierIndex, f: Flag) {
  // Longest ids first, so an id that is a prefix of another never splits it.
  const readable = [...f.documentIds].sort((a, b) => b.length - a.length).reduce((m, id) => (ix.documents.has(id) ? m.split(id).join(outletOf(ix.documents.get(id))) : m), f.message);
  return {
    ...f,
    readable,
    sources: f.documentIds.map((id) => {
      const doc = ix.documents.get(id);
      const span = f.evidence?.find((r) => r.documentId === id);
      return { documentId: id, outlet: outletOf(doc), title: doc?.title ?? '', start: span?.start ?? null, end: span?.end ?? null };
    }),
  };
}
