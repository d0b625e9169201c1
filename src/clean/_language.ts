/** Language code: the page's `lang` attribute checked against detection by eld. */
import { eld } from 'eld/medium';
import { LANG_MIN_LETTERS } from './constants.ts';

const LETTER = /\p{L}/gu;

/** Two-letter code; `attr` ("en-GB", "en_US") wins unless a long enough text is reliably detected as another language. */
export function detectLanguage(text: string, attr: string | null): string {
  const fromAttr = attr ? attr.trim().toLowerCase().split(/[-_]/)[0] : '';
  const attrCode = /^[a-z]{2,3}$/.test(fromAttr) ? fromAttr : '';
  const sample = text.slice(0, 4000);
  const letters = (sample.match(LETTER) ?? []).length;
  if (letters < LANG_MIN_LETTERS) return attrCode || 'und';
  try {
    const r = eld.detect(sample);
    if (r.language && r.isReliable()) return r.language;
  } catch { /* detection failure: fall back to the attribute */ }
  return attrCode || 'und';
}
