/** Markdown building blocks shared by the section renderers: citations and document labels. */
import type { SpanRef } from '../contract/dossier.ts';
import { MAX_CITES_PER_ITEM } from './constants.ts';
import { clip, escapeMd, oneLine } from './_escape.ts';
import { type Ctx, docTitle, outletName, spanText } from './_lookup.ts';

/** Escape untrusted text for inline Markdown, folded to one line and clipped. */
export const md = (s: string | null | undefined, max?: number): string => escapeMd(clip(oneLine(s ?? ''), max));

/** "Outlet, *Title*" for a document id. */
export function mdDocLabel(ctx: Ctx, documentId: string): string {
  const doc = ctx.docs.get(documentId);
  return `${md(outletName(doc))}, *${md(docTitle(doc, documentId))}*`;
}

/** "Outlet, *Title* (doc id, chars s–e): “exact text”" for one span. */
export function mdCite(ctx: Ctx, ref: SpanRef): string {
  const text = spanText(ctx, ref);
  const where = `(doc ${md(ref.documentId)}, chars ${ref.start}–${ref.end})`;
  return `${mdDocLabel(ctx, ref.documentId)} ${where}: ${text === null ? '_span out of range_' : `“${md(text, Infinity)}”`}`;
}

/** A bulleted list of citations at the given indent, capped with an "and N more" line. */
export function mdCiteList(ctx: Ctx, refs: SpanRef[], indent = ''): string[] {
  const shown = refs.slice(0, MAX_CITES_PER_ITEM).map((r) => `${indent}- ${mdCite(ctx, r)}`);
  if (refs.length > MAX_CITES_PER_ITEM) shown.push(`${indent}- …and ${refs.length - MAX_CITES_PER_ITEM} more`);
  return shown;
}
