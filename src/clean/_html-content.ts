/** Main content of an HTML page: Readability over linkedom, then our block rules. */
import { Readability } from '@mozilla/readability';
import { MAX_DOM_DEPTH, READABILITY_CHAR_THRESHOLD, READABILITY_MAX_ELEMS } from './constants.ts';
import { isChromeElement, toBlocks, type Block } from './_blocks.ts';
import { filterBlocks } from './_block-rules.ts';

/** Runs Readability on `doc` (it mutates the document) and returns the kept blocks. */
/** True when the element tree is nested deeper than `limit` (Readability slows down quadratically there). */
function tooDeep(root: Element | null, limit: number): boolean {
  let depth = 0;
  for (let el = root; el; el = el.firstElementChild) if (++depth > limit) return true;
  return false;
}

/**
 * A <section> holding a single paragraph and nothing else (a summary or standfirst box) becomes that paragraph.
 * Readability does this for a <div> only; left a <section>, the box scores too low to join the body as a sibling
 * and the paragraph is lost ("The death toll from Tuesday's breach …" above a transcript). Chrome boxes stay as they are.
 */
function unwrapLoneParagraphSections(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('section'))) {
    const only = el.firstElementChild;
    if (!only || only !== el.lastElementChild || only.tagName.toLowerCase() !== 'p' || isChromeElement(el)) continue;
    if ((el.textContent ?? '').trim() !== (only.textContent ?? '').trim()) continue;
    el.replaceWith(only);
  }
}

/** The pictures' captions on the page (<figcaption>), white space folded. */
function figureCaptions(doc: Document): Set<string> {
  const out = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll('figcaption'))) {
    const t = (el.textContent ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
    if (t) out.add(t);
  }
  return out;
}

export function extractBlocks(doc: Document, title: string): Block[] {
  let root: Node | null = null;
  unwrapLoneParagraphSections(doc);
  // (Read before Readability, which may drop the figures.)
  const captions = figureCaptions(doc);
  if (!tooDeep(doc.body, MAX_DOM_DEPTH)) try {
    const reader = new Readability(doc as never, {
      charThreshold: READABILITY_CHAR_THRESHOLD,
      maxElemsToParse: READABILITY_MAX_ELEMS,
      keepClasses: true,
      serializer: (el: Node) => el,
      disableJSONLD: true,
    } as never);
    const parsed = reader.parse() as { content?: unknown } | null;
    root = (parsed?.content as Node | undefined) ?? null;
  } catch {
    root = null;
  }
  // Without Readability's pick: the body, or the whole page when the text sits outside any <body>.
  if (!root) root = (doc.body?.textContent?.trim() ? doc.body : doc.documentElement) ?? null;
  if (!root) return [];
  const blocks = filterBlocks(toBlocks(root), title);
  // A figure's caption the page prints again as a paragraph is kept once, as page text, marked a caption.
  for (const b of blocks) if (captions.has(b.text)) b.caption = true;
  return blocks;
}
