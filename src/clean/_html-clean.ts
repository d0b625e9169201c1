/** One HTML page → body text and metadata. */
import { parseHTML } from 'linkedom';
import type { DateCandidate } from '../contract/pipeline.ts';
import { MAX_HTML_CHARS } from './constants.ts';
import { stripInert } from './_strip.ts';
import { extractBlocks } from './_html-content.ts';
import { readHtmlMeta, type PageMeta } from './_html-meta.ts';
import type { Block } from './_blocks.ts';
import { classifyMetaLine, addLineDate, datedListAt } from './_text-meta.ts';

export interface HtmlResult extends PageMeta {
  text: string;
  /** Kept paragraphs that are photo captions (see CleanDocument.captions). */
  captions: string[];
}

/** Blocks → text: paragraphs and headings separated by a blank line. */
export function blocksToText(blocks: Block[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}

/** Parses a page; a fragment, or a broken "<html" that leaves no document element, is parsed inside a fresh page. */
function parsePage(src: string): Document {
  const wrap = (s: string): Document => parseHTML(`<!doctype html><html><body>${s}</body></html>`).document as unknown as Document;
  if (!src.includes('<html')) return wrap(src);
  const doc = parseHTML(src).document as unknown as Document;
  return doc.documentElement ? doc : wrap(src.replace(/<\/?html\b[^>]*>?/gi, ''));
}

export function cleanHtml(html: string, hintUrl: string | null): HtmlResult {
  const cut = html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
  // Markup that never holds article text is dropped before parsing: a smaller DOM speeds up the parser and Readability.
  const src = stripInert(cut);
  const doc = parsePage(src);
  const meta = readHtmlMeta(doc, hintUrl);
  const blocks = extractBlocks(doc, meta.title);
  // Bylines and timestamps Readability left at the edges of the body are lifted like in plain text.
  const kept: Block[] = [];
  const extra: DateCandidate[] = [];
  const texts = blocks.map((b) => b.text);
  blocks.forEach((b, i) => {
    const edge = i < 4 || i >= blocks.length - 3;
    const metas = edge && !b.heading && !datedListAt(texts, i) ? classifyMetaLine(b.text, false) : null;
    if (!metas) { kept.push(b); return; }
    for (const m of metas) addLineDate(extra, m);
  });
  const captions = [...new Set(kept.filter((b) => b.caption).map((b) => b.text))];
  return { ...meta, dateCandidates: [...meta.dateCandidates, ...extra], text: blocksToText(kept), captions };
}
