/**
 * Headlines in title case ("Hillary Clinton Calls ISIS Violence ‘Genocide’", "‘We Will Not Back
 * Down,’ Mayor Says"): every word is capitalised, so the verb is found by the lexicon alone and the
 * speaker is the run of capitalised words before it (or after the quote, before a final verb).
 */
import { HEADLINE_MIN_WORDS, HEADLINE_CAPITALISED_SHARE, HEADLINE_MAX_CHARS, HEADLINE_MAX_NAME_WORDS } from './constants.ts';
import { NOT_NAMES, PRONOUNS, SPEECH_VERBS } from './patterns.ts';
import type { Phrase } from './_np.ts';
import { tokenize, type Tok } from './_tokens.ts';

/** A headline opens with two capitalised words (after any quote mark): a cheap test before tokenising. */
const TWO_CAPITALS = /^[^\p{L}\p{N}]*[\p{Lu}\p{N}][^\s]*\s+[^\p{L}\p{N}]*\p{Lu}/u;
/** Words of at least this many letters decide whether a line is in title case ("of", "to" may stay lower case). */
const CONTENT_WORD_CHARS = 4;

/** The paragraph is a title-case headline: nearly all content words capitalised. */
export function isTitleCase(text: string, start: number, end: number): boolean {
  if (end - start > HEADLINE_MAX_CHARS || !TWO_CAPITALS.test(text.slice(start, start + HEADLINE_MAX_CHARS))) return false;
  const words = tokenize(text, start, end).filter((t) => t.word && t.text.length >= CONTENT_WORD_CHARS && /\p{L}/u.test(t.text));
  return words.length >= HEADLINE_MIN_WORDS && words.filter((t) => t.cap).length >= HEADLINE_CAPITALISED_SHARE * words.length;
}

const nameWord = (t: Tok | undefined): boolean => !!t && t.word && t.cap && !NOT_NAMES.has(t.lower) && !SPEECH_VERBS.has(t.lower);

function phrase(toks: Tok[], a: number, b: number): Phrase {
  const span = { start: toks[a].start, end: toks[b - 1].end };
  return { ...span, kind: PRONOUNS.has(toks[a].lower) && b - a === 1 ? 'pronoun' : 'name', name: span, head: null };
}

/** Speaker of a quote inside a title-case headline paragraph [paraStart, paraEnd), or null. */
export function headlineSpeaker(text: string, paraStart: number, open: number, close: number, paraEnd: number): Phrase | null {
  // before the quote: "Name Verb … ‘quote’" with the name opening the headline
  const before = tokenize(text, paraStart, open);
  const v = before.findIndex((t, i) => i > 0 && t.cap && SPEECH_VERBS.has(t.lower));
  if (v > 0 && v <= HEADLINE_MAX_NAME_WORDS && before.slice(0, v).every((t) => nameWord(t))) return phrase(before, 0, v);
  // after the quote: "‘quote,’ Name Verb" closing the headline
  const after = tokenize(text, close, paraEnd).filter((t) => !/^[,.’'”"]$/u.test(t.text));
  const w = after.findIndex((t) => t.cap && SPEECH_VERBS.has(t.lower));
  if (w > 0 && w <= HEADLINE_MAX_NAME_WORDS && w >= after.length - 2 && after.slice(0, w).every((t) => nameWord(t))) return phrase(after, 0, w);
  return null;
}
