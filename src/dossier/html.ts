import type { Dossier } from '../contract/dossier.ts';
import { makeCtx, plural } from './_lookup.ts';
import { h, section } from './_html-common.ts';
import { htmlEntities, htmlQuotes, htmlStories, htmlSummary } from './_html-sections.ts';
import { htmlClaims, htmlFlags, htmlTimeline } from './_html-evidence.ts';
import { htmlDocumentList, htmlDocumentViews } from './_html-docs.ts';
import { page } from './_html-shell.ts';

/**
 * HTML dossier: one self-contained file (inline CSS and one inline script, strict CSP, no network).
 * Every item links to `#doc-<id>:<start>-<end>`, which opens that document with the span marked.
 * All article content is escaped; only http(s) source URLs become links.
 */
export function renderHtml(d: Dossier): string {
  const ctx = makeCtx(d);
  const sections: [string, string, string, string][] = [
    ['stories', 'Stories', htmlStories(ctx), 'No stories.'],
    ['entities', 'Entities', htmlEntities(ctx), 'No entities.'],
    ['quotes', 'Quotes by statement', htmlQuotes(ctx), 'No quotes.'],
    ['timeline', 'Timeline', htmlTimeline(ctx), 'No events.'],
    ['claims', 'Claims', htmlClaims(ctx), 'No claims.'],
    ['flags', 'Flags', htmlFlags(ctx), 'No flags.'],
    ['documents', 'Documents', htmlDocumentList(ctx), 'No documents.'],
  ];
  const nav = `<nav aria-label="Sections"><ul>${sections.map(([id, title]) => `<li><a href="#${id}">${title}</a></li>`).join('')}</ul></nav>`;
  const header = `<h1>Dossier</h1><p class="meta">${plural(d.documents.length, 'document')} · generated ${h(d.generatedAt)}</p>${nav}` +
    '<noscript><p class="note">Highlighting cited spans needs JavaScript; document links work without it.</p></noscript>';
  const main =
    htmlSummary(ctx) +
    sections.map(([id, title, body, empty]) => section(id, title, body, empty)).join('') +
    `<section id="views" aria-label="Document views">${htmlDocumentViews(ctx)}</section>`;
  return page({ title: 'Dossier', header, main, footer: `Triangulate dossier · schema version ${h(String(d.schemaVersion))}` });
}
