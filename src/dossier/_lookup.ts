/**
 * Read-only views over a Dossier shared by the Markdown and HTML renderers: lookups by id,
 * span text, quote groups by statement, and the timeline order. Tolerates dangling ids.
 */
import type { Dossier, DossierDocument, DossierEvent, Entity, EntityType, Quote, SpanRef } from '../contract/dossier.ts';
import { MAX_SPAN_CHARS } from './constants.ts';
import { clip, oneLine } from './_escape.ts';

export interface Ctx {
  d: Dossier;
  docs: Map<string, DossierDocument>;
  entities: Map<string, Entity>;
}

export function makeCtx(d: Dossier): Ctx {
  return {
    d,
    docs: new Map((d.documents ?? []).map((x) => [x.id, x])),
    entities: new Map((d.entities ?? []).map((x) => [x.id, x])),
  };
}

/** The exact text of a span (whitespace folded, clipped), or null when the span is out of range. */
export function spanText(ctx: Ctx, ref: SpanRef): string | null {
  const doc = ctx.docs.get(ref.documentId);
  if (!doc || !validSpan(doc.text, ref.start, ref.end)) return null;
  return clip(oneLine(doc.text.slice(ref.start, ref.end)), MAX_SPAN_CHARS);
}

export function validSpan(text: string, start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;
}

export function outletName(doc: DossierDocument | undefined): string {
  return doc?.outlet?.trim() || 'Unknown outlet';
}

export function docTitle(doc: DossierDocument | undefined, fallbackId = ''): string {
  return doc?.title?.trim() || (doc ? `Untitled (${doc.id})` : `Missing document ${fallbackId}`);
}

/** The calendar part of an ISO date/time ("2025-03-04T10:00:00Z" → "2025-03-04"), else the raw value. */
export function shortDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m = /^\d{4}(-\d{2}(-\d{2})?)?/.exec(iso);
  return m ? m[0] : iso;
}

export function entityName(ctx: Ctx, id: string | null | undefined): string | null {
  return id ? ctx.entities.get(id)?.name ?? null : null;
}

/** Earliest and latest publish dates among a story's documents. */
export function storyRange(ctx: Ctx, documentIds: string[]): { from: string | null; to: string | null } {
  const dates = documentIds.map((id) => shortDate(ctx.docs.get(id)?.publishedAt)).filter((x): x is string => !!x).sort();
  return { from: dates[0] ?? null, to: dates[dates.length - 1] ?? null };
}

/** Distinct outlets of a list of document ids, in first-seen order. */
export function outletsOf(ctx: Ctx, documentIds: string[]): string[] {
  return [...new Set(documentIds.map((id) => outletName(ctx.docs.get(id))))];
}

export interface Wording {
  text: string;
  quotes: Quote[];
}
export interface StatementGroup {
  id: string;
  speaker: string;
  wordings: Wording[];
}

const wordingKey = (t: string): string => oneLine(t).toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '');

/**
 * Quotes grouped by statement (ungrouped quotes stand alone), each split into distinct wordings;
 * the most widely carried statements and wordings come first.
 */
export function statementGroups(ctx: Ctx): StatementGroup[] {
  const byStatement = new Map<string, Quote[]>();
  for (const q of ctx.d.quotes ?? []) {
    const key = q.statementId ? `s:${q.statementId}` : `q:${q.id}`;
    const list = byStatement.get(key) ?? [];
    list.push(q);
    byStatement.set(key, list);
  }
  const statementSpeaker = new Map((ctx.d.statements ?? []).map((s) => [s.id, s.speakerId]));
  const groups = [...byStatement.entries()].map(([key, quotes]) => {
    const wordings = new Map<string, Wording>();
    for (const q of quotes) {
      const k = wordingKey(q.text);
      const w = wordings.get(k) ?? { text: oneLine(q.text), quotes: [] };
      w.quotes.push(q);
      wordings.set(k, w);
    }
    const first = quotes[0];
    const sid = first.statementId;
    const speaker =
      entityName(ctx, (sid && statementSpeaker.get(sid)) || null) ??
      quotes.map((q) => entityName(ctx, q.speakerId) ?? q.speakerText?.trim()).find((x) => !!x) ??
      'Unattributed';
    return { id: key.slice(2), speaker, wordings: [...wordings.values()].sort((a, b) => b.quotes.length - a.quotes.length) };
  });
  return groups.map((g, i) => ({ g, i, n: g.wordings.reduce((n, w) => n + w.quotes.length, 0) }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map(({ g }) => g);
}

/** Each entity type with the heading its section has in both renderings, in section order. */
export const TYPE_HEADINGS: readonly (readonly [EntityType, string])[] = [
  ['person', 'People'],
  ['organization', 'Organisations'],
  ['place', 'Places'],
  ['other', 'Other'],
];

/** Entities of one type, most-mentioned first (dossier order among equals). */
export function entitiesOfType(ctx: Ctx, type: EntityType): Entity[] {
  return (ctx.d.entities ?? [])
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.type === type)
    .sort((a, b) => b.e.mentions.length - a.e.mentions.length || a.i - b.i)
    .map(({ e }) => e);
}

/** Events by date (coarser precision first within a shared prefix), undated ones last; stable otherwise. */
export function orderedEvents(d: Dossier): DossierEvent[] {
  return (d.events ?? [])
    .map((e, i) => ({ e, i }))
    .sort((a, b) => {
      const x = a.e.date?.value ?? null;
      const y = b.e.date?.value ?? null;
      if (x === y) return a.i - b.i;
      if (x === null) return 1;
      if (y === null) return -1;
      return x < y ? -1 : 1;
    })
    .map(({ e }) => e);
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
