/** Turns an extracted content element into text blocks (paragraphs, headings, list items). */
import { PATTERNS } from './patterns.ts';
import { CHROME_MAX_CHARS } from './constants.ts';

export interface Block {
  text: string;
  /** Tag of the nearest block element: p, h2, li, td, ... */
  tag: string;
  /** Characters of the block inside <a>. */
  linkChars: number;
  /** True when inside a heading. */
  heading: boolean;
  /** True when an image came right before this block (captions follow their picture). */
  afterImage: boolean;
  /** True when the block repeats a picture's caption (set after extraction). */
  caption?: boolean;
}

const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'select', 'textarea', 'input', 'form', 'nav', 'aside', 'footer', 'figcaption', 'object', 'embed', 'video', 'audio', 'canvas', 'map', 'dialog']);
const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'tbody', 'thead', 'figure', 'hr', 'br', 'address', 'center', 'details', 'summary']);
const HEADING = /^h[1-6]$/;
const MAX_DEPTH = 400;

interface Ctx { blocks: Block[]; buf: string[]; linkChars: number; tag: string; heading: boolean; inLink: boolean; sawImage: boolean }

function flush(ctx: Ctx): void {
  const text = ctx.buf.join('').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
  if (text) {
    ctx.blocks.push({ text, tag: ctx.tag, linkChars: Math.min(ctx.linkChars, text.length), heading: ctx.heading, afterImage: ctx.sawImage });
    ctx.sawImage = false;
  }
  ctx.buf = [];
  ctx.linkChars = 0;
}

/** True when an element's class/id says it is page chrome (share bar, caption, byline...). */
export function isChromeElement(el: Element): boolean {
  const attr = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (attr.length < 2) return false;
  if (!attr.split(/\s+/).some((tok) => tok && PATTERNS.chromeToken.test(tok))) return false;
  // Never drop a container holding a large share of the article: a mislabelled wrapper, not chrome.
  return (el.textContent ?? '').length <= CHROME_MAX_CHARS;
}

function walk(node: Node, ctx: Ctx, depth: number): void {
  if (depth > MAX_DEPTH) return;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const t = child.nodeValue ?? '';
      ctx.buf.push(t);
      if (ctx.inLink) ctx.linkChars += t.trim().length;
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.tagName.toLowerCase();
    if (tag === 'img' || tag === 'picture') { ctx.sawImage = true; continue; }
    if (SKIP_TAGS.has(tag) || el.hasAttribute('hidden') || isChromeElement(el)) continue;
    if (!BLOCK_TAGS.has(tag)) {
      const wasLink = ctx.inLink;
      if (tag === 'a') ctx.inLink = true;
      walk(el, ctx, depth + 1);
      ctx.inLink = wasLink;
      continue;
    }
    flush(ctx);
    const saved = { tag: ctx.tag, heading: ctx.heading };
    ctx.tag = tag;
    ctx.heading = saved.heading || HEADING.test(tag);
    walk(el, ctx, depth + 1);
    flush(ctx);
    ctx.tag = saved.tag;
    ctx.heading = saved.heading;
  }
}

/** Blocks of text under `root`, in document order, page chrome skipped. */
export function toBlocks(root: Node): Block[] {
  const ctx: Ctx = { blocks: [], buf: [], linkChars: 0, tag: 'div', heading: false, inLink: false, sawImage: false };
  walk(root, ctx, 0);
  flush(ctx);
  return ctx.blocks;
}
