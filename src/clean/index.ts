/**
 * clean: turn one RawArticle (scraped text or an HTML page) into a CleanDocument:
 * main text without site chrome, title, byline, outlet, publish date with provenance, language.
 */
import type { CleanDocument, DateCandidate, RawArticle } from '../contract/pipeline.ts';
import { cleanHtml } from './_html-clean.ts';
import { cleanPlainText } from './_text-clean.ts';
import { chooseDate, dateFromUrl, pushCandidate } from './_dates.ts';
import { detectLanguage } from './_language.ts';
import { cleanByline } from './_byline.ts';
import { LINE_PATTERNS } from './patterns.ts';

interface Parts {
  text: string; title: string; byline: string | null; outlet: string | null; url: string | null;
  langAttr: string | null; modifiedAt: string | null; dateCandidates: DateCandidate[]; credits?: string[]; captions?: string[];
}

/** The text credits the cleaner kept for a document (none when it saw none; stored JSON may predate them). */
export function creditLines(doc: CleanDocument): string[] {
  const credits = doc.credits;
  return Array.isArray(credits) ? credits.filter((c): c is string => typeof c === 'string') : [];
}

function parts(raw: RawArticle): Parts {
  const h = raw.hints ?? {};
  const content = typeof raw.content === 'string' ? raw.content : '';
  if (raw.format === 'html') return cleanHtml(content, h.url ?? null);
  const t = cleanPlainText(content, h.title ?? null, h.url ?? null);
  const cands = [...t.dateCandidates];
  const fromUrl = dateFromUrl(h.url ?? null);
  if (fromUrl) pushCandidate(cands, 'url', fromUrl);
  return { text: t.text, title: t.title, byline: t.byline, outlet: t.outlet, url: h.url ?? t.url, langAttr: null, modifiedAt: null, dateCandidates: cands, credits: t.credits, captions: t.captions };
}

/** The year a copyright line of the page prints (see CleanDocument.copyrightYear), or null. */
export function copyrightYear(content: string): number | null {
  const m = LINE_PATTERNS.copyrightYear.exec(content);
  return m ? Number(m[2] ?? m[1]) : null;
}

function build(raw: RawArticle): CleanDocument {
  const h = raw.hints ?? {};
  const p = parts(raw);
  const cands = [...p.dateCandidates];
  if (h.publishedAt) pushCandidate(cands, 'input', h.publishedAt);
  const chosen = chooseDate(cands);
  const outlet = h.outlet?.trim() || p.outlet;
  const doc: CleanDocument = {
    id: raw.id,
    source: raw.source,
    title: (h.title?.trim() || p.title || '').slice(0, 300),
    outlet: outlet || null,
    byline: (h.byline ? cleanByline([h.byline], outlet ?? null) : null) ?? p.byline,
    publishedAt: chosen?.value ?? null,
    dateProvenance: chosen ? { method: chosen.method, raw: chosen.raw, inferred: false } : { method: 'none', raw: null, inferred: false },
    dateCandidates: cands,
    modifiedAt: p.modifiedAt,
    language: detectLanguage(p.text, p.langAttr),
    url: h.url ?? p.url ?? null,
    text: p.text,
  };
  if (p.credits?.length) doc.credits = p.credits;
  // (Only captions the final text still holds as paragraphs: offsets downstream point into it.)
  const captions = (p.captions ?? []).filter((c) => doc.text.includes(c));
  if (captions.length) doc.captions = captions;
  const year = copyrightYear(typeof raw.content === 'string' ? raw.content : '');
  if (year !== null) doc.copyrightYear = year;
  return doc;
}

/** Clean one article. Pure and total: never throws on any input. */
export function cleanArticle(raw: RawArticle): CleanDocument {
  try {
    return build(raw);
  } catch {
    // Last resort on pathological input: the raw text, tags stripped, with no metadata.
    const content = typeof raw?.content === 'string' ? raw.content : '';
    const text = (raw?.format === 'html' ? content.replace(/<[^>]*>/g, ' ') : content).replace(/[ \t]+/g, ' ').trim();
    return {
      id: raw?.id ?? '', source: raw?.source ?? '', title: raw?.hints?.title ?? '', outlet: raw?.hints?.outlet ?? null,
      byline: null, publishedAt: null, dateProvenance: { method: 'none', raw: null, inferred: false }, dateCandidates: [],
      modifiedAt: null, language: 'und', url: raw?.hints?.url ?? null, text,
    };
  }
}

