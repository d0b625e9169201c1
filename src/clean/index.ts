/**
 * clean: turn one RawArticle (scraped text or an HTML page) into a CleanDocument:
 * main text without site chrome, title, byline, outlet, publish date with provenance, language.
 */
import type { CleanDocument, RawArticle } from '../contract/pipeline.ts';

/** Clean one article. Pure and total: never throws on any input. */
export function cleanArticle(raw: RawArticle): CleanDocument {
  // First implementation: placeholder until the clean stage lands (issue 3).
  const text = raw.format === 'html' ? raw.content.replace(/<[^>]*>/g, ' ') : raw.content;
  return {
    id: raw.id,
    source: raw.source,
    title: raw.hints.title ?? text.trim().split('\n')[0]?.slice(0, 200) ?? '',
    outlet: raw.hints.outlet ?? null,
    byline: raw.hints.byline ?? null,
    publishedAt: raw.hints.publishedAt ?? null,
    dateProvenance: { method: raw.hints.publishedAt ? 'input' : 'none', raw: raw.hints.publishedAt ?? null, inferred: false },
    dateCandidates: [],
    modifiedAt: null,
    language: 'en',
    url: raw.hints.url ?? null,
    text: text.trim(),
  };
}
