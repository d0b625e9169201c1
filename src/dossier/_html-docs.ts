/**
 * HTML documents: the list, and one hidden-until-targeted view per document holding its cleaned
 * text as a single escaped text run, so the inline script can highlight spans by text offset.
 */
import type { DossierDocument } from '../contract/dossier.ts';
import { docDomId, escapeHtml, escapeHtmlText, safeHref } from './_escape.ts';
import { type Ctx, docTitle, outletName, shortDate } from './_lookup.ts';
import { docLink, h } from './_html-common.ts';

function published(doc: DossierDocument): string {
  const date = shortDate(doc.publishedAt);
  const base = date ? `<time datetime="${escapeHtml(date)}">${h(date)}</time>` : 'date unknown';
  const p = doc.dateProvenance;
  if (!p) return base;
  if (p.method === 'none') return `${base} (no date found)`;
  const raw = p.raw ? `: “${h(p.raw)}”` : '';
  return `${base} <span class="note">(found by ${h(p.method)}${p.inferred ? ', inferred from the text' : ''}${raw})</span>`;
}

/** The source as given; a live link only for an http(s) URL. */
function source(doc: DossierDocument): string {
  const raw = doc.url ?? doc.source;
  const href = safeHref(doc.url) ?? safeHref(doc.source);
  if (!href) return `<span class="src">${h(raw)}</span>`;
  return `<a class="src" href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${h(href)}</a>`;
}

function metaRows(ctx: Ctx, doc: DossierDocument, stories: Map<string, string>): string {
  const storyTitle = doc.storyId ? stories.get(doc.storyId) ?? doc.storyId : null;
  const rows: [string, string][] = [
    ['Outlet', h(outletName(doc))],
    ['Byline', doc.byline ? h(doc.byline) : 'none'],
    ['Published', published(doc)],
    ['Language', h(doc.language)],
    ['Source', source(doc)],
  ];
  if (storyTitle !== null) rows.push(['Story', h(storyTitle)]);
  if (doc.duplicateOf) rows.push(['Duplicate of', docLink(ctx, doc.duplicateOf)]);
  if (doc.syndicatedFrom) rows.push(['Syndicated from', h(doc.syndicatedFrom)]);
  return `<dl class="docmeta">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

export function htmlDocumentList(ctx: Ctx): string {
  const items = ctx.d.documents.map((doc) => {
    const date = shortDate(doc.publishedAt);
    const tags = [date ? h(date) : 'undated', doc.duplicateOf ? 'duplicate' : '', doc.syndicatedFrom ? 'syndicated' : '']
      .filter(Boolean)
      .join(' · ');
    return `<li>${docLink(ctx, doc.id)} <span class="note">${tags}</span></li>`;
  });
  return items.length ? `<ul class="docs">${items.join('')}</ul>` : '';
}

/** One view per document; the text container holds nothing but the escaped text. */
export function htmlDocumentViews(ctx: Ctx): string {
  const stories = new Map(ctx.d.stories.map((s) => [s.id, s.title]));
  return ctx.d.documents
    .map((doc) => {
      const id = escapeHtml(docDomId(doc.id));
      return (
        `<article class="doc" id="${id}" tabindex="-1" aria-labelledby="${id}-h">` +
        `<h3 id="${id}-h">${h(outletName(doc))}, <cite>${h(docTitle(doc))}</cite></h3>${metaRows(ctx, doc, stories)}` +
        `<p class="status" role="status"></p>` +
        `<div class="doc-text">${escapeHtmlText(doc.text)}</div>` +
        `<p><a href="#documents">Back to documents</a></p></article>`
      );
    })
    .join('');
}
