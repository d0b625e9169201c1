import type { Dossier } from '../contract/dossier.ts';
import { makeCtx } from './_lookup.ts';
import { mdEntities, mdQuotes, mdStories, mdSummary } from './_md-sections.ts';
import { mdClaims, mdDocuments, mdFlags, mdTimeline } from './_md-evidence.ts';

/** Sections in reading order; an empty section says so rather than disappearing. */
const SECTIONS: [string, (ctx: ReturnType<typeof makeCtx>) => string[], string][] = [
  ['Stories', mdStories, 'No stories.'],
  ['Entities', mdEntities, 'No entities.'],
  ['Quotes by statement', mdQuotes, 'No quotes.'],
  ['Timeline', mdTimeline, 'No dated events.'],
  ['Claims', mdClaims, 'No claims.'],
  ['Flags', mdFlags, 'No flags.'],
  ['Documents', mdDocuments, 'No documents.'],
];

/**
 * Markdown dossier, readable on its own: summary counts, then every section. All article content
 * is escaped so titles or text can never become live links, images or raw HTML.
 */
export function renderMarkdown(d: Dossier): string {
  const ctx = makeCtx(d);
  const lines = ['# Dossier', '', ...mdSummary(ctx), ''];
  for (const [title, render, empty] of SECTIONS) {
    const body = render(ctx);
    lines.push(`## ${title}`, '', ...(body.length ? body : [empty]), '');
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
