/**
 * The site name of a plain-text page: a "© 2025 Name" line, else a short brand line at the very top,
 * else the agency a wire's dateline credits ("HARBOURTON, Nordia, May 2 (KNA) —").
 */
import { OUTLET_MAX_WORDS, OUTLET_TOP_LINES } from './constants.ts';
import { BYLINE_PATTERNS, LINE_PATTERNS as L } from './patterns.ts';
import type { Line } from './_text-lines.ts';

/** "TALVAR TODAY" → "Talvar Today". */
export function unshout(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s.toLowerCase().replace(/(^|[\s'&-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

/** The owner a copyright line names ("© 2025 Name.", "(c) 2026 Name. All rights reserved", "Name © All rights reserved"), or null. */
export function copyrightOwner(text: string): string | null {
  const m = L.copyrightOwner.exec(text) ?? L.copyrightOwnerBefore.exec(text);
  return m ? m[1].trim() : null;
}

export function guessOutlet(lines: Line[], title: string): string | null {
  let owner: string | null = null;
  for (const l of lines) {
    owner = l.chrome === 'copyright' ? copyrightOwner(l.text) : null;
    if (owner) break;
  }
  const top = mastheadName(lines, title);
  // "The Harbour Echo" at the top, "© Harbour Echo Ltd 2025" at the foot: the masthead is the name as readers know it.
  if (owner && top && siteKey(top).includes(siteKey(owner.replace(L.companySuffix, '')))) return top;
  return owner ?? top ?? datelineAgency(lines);
}

/** "TOWN, Country, Dec. 17 (KNA) —" opening the first paragraph: group 1 is the agency the wire credits itself to. */
const DATELINE_AGENCY = /^\p{Lu}[\p{Lu}\s.'-]+,[^()\n]{0,60}\(([\p{Lu}][\p{L}.&' -]{1,30})\)\s*[—–-]/u;

/** The agency a wire's own dateline names in its first paragraph: a page that prints no masthead is that agency's. */
function datelineAgency(lines: Line[]): string | null {
  const first = lines.find((l) => l.prose);
  const m = first ? DATELINE_AGENCY.exec(first.text) : null;
  return m ? m[1].trim() : null;
}

/**
 * "By Jane Doe" or "WRITTEN BY Jane Doe | jane@…" at the top is the writer, never the site: a byline line is led by
 * "by", however the page spells it (the byline's own prefix).
 */
const BYLINE_LINE = BYLINE_PATTERNS.byPrefix;

/** A name compared without case, punctuation or a leading "The". */
const siteKey = (s: string): string => s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');

/** A short brand line at the very top of the page. */
function mastheadName(lines: Line[], title: string): string | null {
  for (const [i, l] of lines.slice(0, OUTLET_TOP_LINES).entries()) {
    if (l.prose || l.text === title || BYLINE_LINE.test(l.text)) continue;
    // The masthead is the first thing a scrape shows, often run together with sections or a notice
    // ("Name | World | Energy", "Name - Politics - Translated automatically") and so classed as chrome.
    // A logo saved with its alt text gives the site's name twice running at the very top ("Name" / "Name").
    const masthead = i === 0 && (l.chrome === 'link-words' || l.chrome === 'breadcrumb' || l.chrome === 'notice' || l.chrome === 'repeat-adjacent');
    if (l.chrome && l.chrome !== 'repeated' && !masthead) continue;
    const name = l.text.split(/\s+[|–—»›-]\s+/)[0].trim();
    const words = name.split(/\s+/);
    if (words.length > OUTLET_MAX_WORDS || name.length > 50 || L.dateish.test(name) || /\d/.test(name)) continue;
    if (!words.every((w) => /^[\p{Lu}&]/u.test(w) || /^(?:of|the|and|de|la|le)$/i.test(w))) continue;
    if (masthead && !isMastheadName(name, words)) continue;
    return unshout(name);
  }
  return null;
}

/** A chrome-classed first line names the site only with two words or more and a first word that is no menu word ("Latest News", "Home"). */
function isMastheadName(name: string, words: string[]): boolean {
  return words.length >= 2 && !CHROME_WORD_ONCE.test(words[0]) && (name.match(L.chromeWord) ?? []).length <= 1;
}

/** `chromeWord` without its global flag, for a stateless test of one word. */
const CHROME_WORD_ONCE = new RegExp(L.chromeWord.source, 'i');
