/** The site name of a plain-text page: a "© 2025 Name" line, else a short brand line at the very top. */
import { OUTLET_MAX_WORDS, OUTLET_TOP_LINES } from './constants.ts';
import { LINE_PATTERNS as L } from './patterns.ts';
import type { Line } from './_text-lines.ts';

/** "TALVAR TODAY" → "Talvar Today". */
export function unshout(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s.toLowerCase().replace(/(^|[\s'&-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

export function guessOutlet(lines: Line[], title: string): string | null {
  for (const l of lines) {
    const m = l.chrome === 'copyright' ? L.copyrightOwner.exec(l.text) : null;
    if (m) return m[1].trim();
  }
  for (const l of lines.slice(0, OUTLET_TOP_LINES)) {
    if (l.prose || (l.chrome && l.chrome !== 'repeated') || l.text === title) continue;
    const name = l.text.split(/\s+[|–—-]\s+/)[0].trim();
    const words = name.split(/\s+/);
    if (words.length > OUTLET_MAX_WORDS || name.length > 50 || L.dateish.test(name) || /\d/.test(name)) continue;
    if (!words.every((w) => /^[\p{Lu}&]/u.test(w) || /^(?:of|the|and|de|la|le)$/i.test(w))) continue;
    return unshout(name);
  }
  return null;
}
