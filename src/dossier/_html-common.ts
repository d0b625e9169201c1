/** HTML building blocks shared by the section renderers: escaped labels, citations, links. */
import type { SpanRef } from '../contract/dossier.ts';
import { MAX_CITES_PER_ITEM } from './constants.ts';
import { clip, docDomId, escapeHtml, oneLine, spanHash } from './_escape.ts';
import { type Ctx, docTitle, outletName, spanText } from './_lookup.ts';

/** Escape untrusted text for HTML, folded to one line and clipped. */
export const h = (s: string | null | undefined, max?: number): string => escapeHtml(clip(oneLine(s ?? ''), max));

/** "Outlet, <cite>Title</cite>" for a document id (escaped). */
export function docLabel(ctx: Ctx, documentId: string): string {
  const doc = ctx.docs.get(documentId);
  return `${h(outletName(doc))}, <cite>${h(docTitle(doc, documentId))}</cite>`;
}

/** A link to the whole document view, or plain text when the document is missing. */
export function docLink(ctx: Ctx, documentId: string): string {
  if (!ctx.docs.has(documentId)) return `<span class="missing">${docLabel(ctx, documentId)}</span>`;
  return `<a href="#${escapeHtml(docDomId(documentId))}">${docLabel(ctx, documentId)}</a>`;
}

/** A link that opens the document with the span highlighted. */
export function spanLink(ctx: Ctx, ref: SpanRef, inner: string): string {
  const doc = ctx.docs.get(ref.documentId);
  if (!doc) return `<span class="missing">${inner}</span>`;
  return `<a class="span" href="${escapeHtml(spanHash(ref.documentId, ref.start, ref.end))}">${inner}</a>`;
}

/** “exact text” — Outlet, Title, the source linked to the highlighted span. */
export function cite(ctx: Ctx, ref: SpanRef): string {
  const text = spanText(ctx, ref);
  if (!ctx.docs.has(ref.documentId)) return `<span class="missing">Missing document ${h(ref.documentId)}</span>`;
  if (text === null) return `${docLink(ctx, ref.documentId)} <span class="note">(span ${ref.start}–${ref.end} out of range)</span>`;
  return `<q>${escapeHtml(text)}</q> <span class="by">— ${spanLink(ctx, ref, docLabel(ctx, ref.documentId))}</span>`;
}

/** A list of citations, capped with an "and N more" item. */
export function citeList(ctx: Ctx, refs: SpanRef[], cls = 'cites'): string {
  if (!refs.length) return '';
  const items = refs.slice(0, MAX_CITES_PER_ITEM).map((r) => `<li>${cite(ctx, r)}</li>`);
  if (refs.length > MAX_CITES_PER_ITEM) items.push(`<li class="note">…and ${refs.length - MAX_CITES_PER_ITEM} more</li>`);
  return `<ul class="${cls}">${items.join('')}</ul>`;
}

/** A titled section with an id for the nav; `empty` is shown when there is nothing to list. */
export function section(id: string, title: string, body: string, empty: string): string {
  return `<section id="${id}" aria-labelledby="h-${id}"><h2 id="h-${id}">${title}</h2>${body || `<p class="note">${empty}</p>`}</section>`;
}
