/** Rules that drop blocks Readability keeps: captions, credits, bylines, prompts, link lists, repeats. */
import { DUPLICATE_BLOCK_CHARS, LINK_DENSITY_MAX, SHORT_BLOCK_CHARS } from './constants.ts';
import { PATTERNS } from './patterns.ts';
import type { Block } from './_blocks.ts';

/** Why a block is dropped, or null to keep it. */
export function dropReason(b: Block, title: string): string | null {
  const t = b.text;
  if (t.length > SHORT_BLOCK_CHARS) return null;
  if (PATTERNS.creditLine.test(t)) return 'credit';
  if (PATTERNS.promptLine.test(t) && t.length < 80) return 'prompt';
  if (PATTERNS.ctaWords.test(t) && t.length < 120) return 'cta';
  if (b.linkChars / t.length > LINK_DENSITY_MAX && !b.heading) return 'links';
  if (PATTERNS.byLine.test(t)) return 'byline';
  if (title && t === title) return 'title';
  return null;
}

export function filterBlocks(blocks: Block[], title: string): Block[] {
  const seen = new Set<string>();
  const out: Block[] = [];
  for (const b of blocks) {
    if (dropReason(b, title)) continue;
    if (b.text.length <= DUPLICATE_BLOCK_CHARS) {
      if (seen.has(b.text)) continue;
      seen.add(b.text);
    }
    out.push(b);
  }
  return out;
}
