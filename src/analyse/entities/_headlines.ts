/** Title Case lines (headlines, nav bars): every word is capitalised, so names run into each other. */
import type { Span } from '../../contract/pipeline.ts';
import { HEADLINE_CAPS_SHARE, HEADLINE_MAX_CHARS, HEADLINE_MIN_WORDS } from './constants.ts';

const SMALL = /^(?:a|an|the|of|in|on|at|to|for|and|or|but|by|with|from|as|is|vs?)$/i;

export function headlineLines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const words = line.split(/\s+/u).filter((w) => /\p{L}/u.test(w) && !SMALL.test(w));
    const caps = words.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length;
    const sentence = /[.!?]['"”’]?\s*$/u.test(line) || line.length > HEADLINE_MAX_CHARS;
    if (!sentence && words.length >= HEADLINE_MIN_WORDS && caps / words.length >= HEADLINE_CAPS_SHARE) out.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return out;
}
