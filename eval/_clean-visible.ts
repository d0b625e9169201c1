/** What a naive scraper saves from a page: all visible text, one line per block element. */
import { parseHTML } from 'linkedom';

const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object']);
const BLOCK = /^(?:p|div|section|article|main|header|footer|nav|aside|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|pre|table|tr|td|th|figure|figcaption|br|hr|form|button|address)$/;

export function visibleText(html: string): string {
  const { document } = parseHTML(html);
  const out: string[] = [];
  const walk = (node: Node, depth: number): void => {
    if (depth > 300) return;
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) { out.push((c.nodeValue ?? '').replace(/\s+/g, ' ')); continue; }
      if (c.nodeType !== 1) continue;
      const tag = (c as Element).tagName.toLowerCase();
      if (INVISIBLE.has(tag)) continue;
      const block = BLOCK.test(tag);
      if (block) out.push('\n');
      walk(c, depth + 1);
      if (block) out.push('\n');
    }
  };
  const root = (document as unknown as Document).body ?? (document as unknown as Document).documentElement;
  if (root) walk(root, 0);
  return out.join('').split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
}

/** Wrap width of text dumps (lynx, w3m and html2text wrap near 78 columns). */
const DUMP_WIDTH = 78;

/** The visible text as a text dump saves it: blocks separated by a blank line, each hard-wrapped at `width` columns. */
export function wrappedText(html: string, width = DUMP_WIDTH): string {
  return visibleText(html).split('\n').map((block) => {
    const out: string[] = [];
    let line = '';
    for (const word of block.split(' ')) {
      if (line && line.length + 1 + word.length > width) { out.push(line); line = word; } else line = line ? `${line} ${word}` : word;
    }
    if (line) out.push(line);
    return out.join('\n');
  }).join('\n\n');
}
