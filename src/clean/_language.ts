/** Language code: the page's `lang` attribute checked against detection by eld. */
import { eld } from 'eld/medium';
import { LANG_MIN_LETTERS, LANG_SAMPLE_CHARS } from './constants.ts';

const LETTER = /\p{L}/u;

/** Letters in `s`, counted without building a match array. */
function letterCount(s: string): number {
  let n = 0;
  for (const ch of s) if (LETTER.test(ch)) n++;
  return n;
}

/** Two-letter code; `attr` ("en-GB", "en_US") wins unless a long enough text is reliably detected as another language. */
export function detectLanguage(text: string, attr: string | null): string {
  const fromAttr = attr ? attr.trim().toLowerCase().split(/[-_]/)[0] : '';
  const attrCode = /^[a-z]{2,3}$/.test(fromAttr) ? fromAttr : '';
  // A bounded prefix, cut at a word end: detection cost grows with length and accuracy does not (see docs/quality-clean.md).
  const cut = text.length > LANG_SAMPLE_CHARS ? text.lastIndexOf(' ', LANG_SAMPLE_CHARS) : -1;
  const sample = text.length > LANG_SAMPLE_CHARS ? text.slice(0, cut > LANG_SAMPLE_CHARS / 2 ? cut : LANG_SAMPLE_CHARS) : text;
  const letters = letterCount(sample);
  if (letters < LANG_MIN_LETTERS) return attrCode || 'und';
  try {
    const r = eld.detect(sample);
    if (r.language && r.isReliable()) return r.language;
  } catch { /* detection failure: fall back to the attribute */ }
  return attrCode || 'und';
}
