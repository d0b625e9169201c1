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
