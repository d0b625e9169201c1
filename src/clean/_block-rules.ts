/** Rules that drop blocks Readability keeps: captions, credits, bylines, stamps, prompts, link lists, tails, repeats. */
import { NOTICE_MAX_CHARS, PROMPT_MAX_WORDS, WHOLE_LINK_SHARE, LABELLED_LINK_MAX_WORDS, PROMO_MAX_CHARS, CAPTION_MAX_CHARS, DUPLICATE_BLOCK_CHARS, EDGE_BLOCKS, LINK_DENSITY_MAX, SHORT_BLOCK_CHARS, TAIL_SHARE } from './constants.ts';
import { LINE_PATTERNS, PATTERNS } from './patterns.ts';
import type { Block } from './_blocks.ts';

const SENTENCE_END = /[.!?…:;"。！？．\p{Pf}\p{Pe}〞]$/u;

/** Why a block is dropped, or null to keep it. */
export function dropReason(b: Block, title: string, linkListContext = true): string | null {
  const t = b.text;
  if (t.length <= NOTICE_MAX_CHARS && isNotice(t)) return 'notice';
  if (t.length > SHORT_BLOCK_CHARS) return PATTERNS.photoCredit.test(t) && t.length < CAPTION_MAX_CHARS ? 'caption' : null;
  if (PATTERNS.creditLine.test(t) || PATTERNS.copyright.test(t)) return 'credit';
  // A prompt is a label or speaks for the site; a sentence that merely starts with "Comments", "Email" or "Ad" is prose.
  if (PATTERNS.promptLine.test(t) && t.length < 80 && (!SENTENCE_END.test(t) || t.split(/\s+/).length <= PROMPT_MAX_WORDS || PATTERNS.selfPromo.test(t))) return 'prompt';
  if (PATTERNS.ctaWords.test(t) && PATTERNS.selfPromo.test(t) && t.length < 120) return 'cta';
  if (PATTERNS.stampLine.test(t)) return 'stamp';
  if (linkListContext && isLinkDense(b)) return 'links';
  // A whole block that is one link and no sentence ("TAYLOR SWIFT'S FORMER LABEL BOSS BLASTS …") is an inline related link.
  if (!b.heading && b.linkChars >= t.length * WHOLE_LINK_SHARE && !SENTENCE_END.test(t) && isShouting(t)) return 'link';
  if (LINE_PATTERNS.labelledLink.test(t) && t.split(/\s+/).length <= LABELLED_LINK_MAX_WORDS) return 'labelled-link';
  if (PATTERNS.byLine.test(t) && PATTERNS.byName.test(t)) return 'byline';
  if (PATTERNS.photoCredit.test(t)) return 'caption';
  if (title && t === title) return 'title';
  return null;
}

/** A machine-translation or automatic-transcript notice, or the site's cookie banner. */
function isNotice(t: string): boolean {
  return LINE_PATTERNS.mtNotice.test(t) || (LINE_PATTERNS.cookieWord.test(t) && LINE_PATTERNS.consentWord.test(t) && (PATTERNS.selfPromo.test(t) || LINE_PATTERNS.thisSite.test(t)));
}

const isLinkDense = (b: Block): boolean => !b.heading && b.linkChars / Math.max(1, b.text.length) > LINK_DENSITY_MAX;

/** A date-only block (any language): a year, digits and few words, no sentence. */
function isDateBlock(t: string): boolean {
  return t.length < 80 && PATTERNS.year.test(t) && !SENTENCE_END.test(t) && (t.match(/\d/g) ?? []).length >= 4;
}

export function filterBlocks(blocks: Block[], title: string): Block[] {
  const out: Block[] = [];
  const total = blocks.reduce((n, b) => n + b.text.length, 0);
  let before = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    before += b.text.length;
    // A "Tags" / "Related" / "More stories" label late in the page starts the site's tail: cut it all.
    if (b.text.length < 60 && PATTERNS.tailMarker.test(b.text) && before > total * (1 - TAIL_SHARE)) break;
    // A link-dense block is a link list only next to another one, or at the edges of the body.
    const edge = i < EDGE_BLOCKS || i >= blocks.length - EDGE_BLOCKS;
    const listContext = edge || (i > 0 && isLinkDense(blocks[i - 1])) || (i + 1 < blocks.length && isLinkDense(blocks[i + 1]));
    if (dropReason(b, title, listContext)) continue;
    // A call to action among the last blocks ("Get the magazine … Click here", "Sign up for our newsletter") is a promo box.
    if (i >= blocks.length - EDGE_BLOCKS && b.text.length < PROMO_MAX_CHARS && PATTERNS.ctaWords.test(b.text)) continue;
    if (edge && isDateBlock(b.text)) continue;
    // A caption or pull quote shown twice in a row goes; a line repeated across a list ("Buy now", "[CNBC]") is content.
    const prev = out[out.length - 1];
    if (b.text.length <= DUPLICATE_BLOCK_CHARS && prev && prev.text === b.text) continue;
    out.push(b);
  }
  return out;
}

/** Written in capitals (at least two, no lower-case letter): a kicker or promo link, not a sentence of the article. */
function isShouting(t: string): boolean {
  return LINE_PATTERNS.shouting.test(t) && !LINE_PATTERNS.lowerCase.test(t);
}
