/** Title Case lines (headlines, nav bars): every word is capitalised, so names run into each other. */
import type { Span } from '../../contract/pipeline.ts';
import { HEADLINE_CAPS_SHARE, HEADLINE_MAX_CHARS, HEADLINE_MIN_WORDS } from './constants.ts';

const SMALL = /^(?:a|an|the|of|in|on|at|to|for|and|or|but|by|with|from|as|is|vs?)$/i;

/**
 * Title Case lines of `text`. A line the sentence splitter cuts in two (`pieces`: its sentence-bounded chunks) holds
 * two sentences and is prose, however many capitals it has: a photo caption and its credit ("... in Orvedal on
 * Thursday. Photograph: Tamsin Delahunt"); a headline is one phrase.
 */
export function headlineLines(text: string, pieces: readonly Span[] = []): Span[] {
  const out: Span[] = [];
  let start = 0;
  let p = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    while (p < pieces.length && pieces[p].start <= start) p++;
    const cut = p < pieces.length && pieces[p].start < end && /\S/u.test(text.slice(start, pieces[p].start));
    if (cut) { start = end + 1; continue; }
    const words = line.split(/\s+/u).filter((w) => /\p{L}/u.test(w) && !SMALL.test(w));
    const caps = words.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length;
    const sentence = /[.!?]['"”’]?\s*$/u.test(line) || line.length > HEADLINE_MAX_CHARS;
    if (!sentence && words.length >= HEADLINE_MIN_WORDS && caps / words.length >= HEADLINE_CAPS_SHARE) out.push({ start, end });
    start = end + 1;
  }
  return out;
}
