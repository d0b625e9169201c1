/** Language code: the page's `lang` attribute checked against detection by eld. */
import { eld } from 'eld/medium';
import { ELD_READS_CHARS, ENGLISH_COMMON, ENGLISH_MARKERS, ENGLISH_SHARED, EN_CHECK_MAX_GAP, EN_CHECK_MAX_OTHER_LETTERS, EN_CHECK_MIN_SHARE, EN_CHECK_MIN_WORDS, EN_CHECK_WINDOW_CHARS, LANG_MIN_LETTERS, LANG_SAMPLE_CHARS } from './constants.ts';
import { LANGUAGE_PATTERNS as P } from './patterns.ts';

/** True when `s` holds at least `min` letters; counts only as far as needed (ASCII without a regex). */
function hasLetters(s: string, min: number): boolean {
  let n = 0;
  for (let i = 0; i < s.length && n < min; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) { if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) n++; continue; }
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (P.letter.test(String.fromCodePoint(cp))) n++;
  }
  return n >= min;
}

/**
 * True when the opening eld reads is plainly English: English function words make up a good share
 * of it, no run of more than a few words goes without a common English word (a clause in another
 * language would) and it has (nearly) no letters outside ASCII. eld reads such a text as English too:
 * the same answer on every AEB page (HTML, text, wrapped), ECB+, GVC, demo and dev2 text and 3k
 * synthetic ones, and on 30k windows mixing English with clauses of eight other languages. eld costs
 * far more than this check, so most English news no longer pays for it.
 */
export function surelyEnglish(sample: string): boolean {
  const end = Math.min(sample.length, ELD_READS_CHARS);
  let chars = 0, words = 0, markers = 0, gap = 0, other = 0;
  let i = 0;
  while (i < end && chars <= EN_CHECK_WINDOW_CHARS) {
    // One word: a run of letters (ASCII ones without a regex).
    const from = i;
    while (i < end) {
      const c = sample.charCodeAt(i);
      if (c < 0x80) { if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) { i++; continue; } break; }
      const cp = sample.codePointAt(i)!;
      if (!P.letter.test(String.fromCodePoint(cp))) break;
      if (++other > EN_CHECK_MAX_OTHER_LETTERS) return false;
      i += cp > 0xffff ? 2 : 1;
    }
    if (i === from) { i++; continue; }
    const w = sample.slice(from, i).toLowerCase();
    words++;
    if (ENGLISH_MARKERS.has(w)) markers++;
    if (ENGLISH_COMMON.has(w)) gap = 0; else if (!ENGLISH_SHARED.has(w) && ++gap > EN_CHECK_MAX_GAP) return false;
    chars += w.length + 1;
  }
  return words >= EN_CHECK_MIN_WORDS && markers >= words * EN_CHECK_MIN_SHARE;
}

/** Two-letter code; `attr` ("en-GB", "en_US") wins unless a long enough text is reliably detected as another language. */
export function detectLanguage(text: string, attr: string | null): string {
  const fromAttr = attr ? attr.trim().toLowerCase().split(/[-_]/)[0] : '';
  const attrCode = /^[a-z]{2,3}$/.test(fromAttr) ? fromAttr : '';
  // A bounded prefix, cut at a word end: detection cost grows with length and accuracy does not (see docs/quality-clean.md).
  const cut = text.length > LANG_SAMPLE_CHARS ? text.lastIndexOf(' ', LANG_SAMPLE_CHARS) : -1;
  const sample = text.length > LANG_SAMPLE_CHARS ? text.slice(0, cut > LANG_SAMPLE_CHARS / 2 ? cut : LANG_SAMPLE_CHARS) : text;
  if (!hasLetters(sample, LANG_MIN_LETTERS)) return attrCode || 'und';
  if (surelyEnglish(sample)) return 'en';
  try {
    const r = eld.detect(sample);
    if (r.language && r.isReliable()) return r.language;
  } catch { /* detection failure: fall back to the attribute */ }
  return attrCode || 'und';
}
