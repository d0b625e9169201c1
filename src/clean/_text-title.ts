/**
 * The headline of a scraped plain-text page. Every short line above the body is scored on
 * headline features: position (near the body), length, title case, no sentence-final period
 * (captions and notices end with one), repetition (the page title line, a line shown twice,
 * the URL slug) and overlap with the opening of the body. Chrome and metadata lines never win.
 */
import { TITLE_MAX_CHARS, TITLE_MIN_CHARS, TITLE_MIN_WORDS, TITLE_SCAN_LINES, TITLE_MAX_WORDS } from './constants.ts';
import { LINE_PATTERNS as L } from './patterns.ts';
import { norm, wordCount, type Line } from './_text-lines.ts';
import { classifyMetaLine } from './_text-meta.ts';

/** Chrome kinds a headline may carry: shown twice, repeated in the page, or equal to a hint title. */
const TITLE_OK_CHROME = new Set(['repeat-adjacent', 'repeated', 'title']);

/** Content words (4+ letters) of a line, lower-cased. */
function contentWords(s: string): string[] {
  return norm(s).split(' ').filter((w) => w.length >= 4);
}

function share(words: string[], pool: Set<string> | string): number {
  if (!words.length) return 0;
  const hit = words.filter((w) => (typeof pool === 'string' ? pool.includes(w) : pool.has(w))).length;
  return hit / words.length;
}

/** Share of words (of 4+ letters) that start with a capital letter. */
function titleCaseShare(s: string): number {
  const ws = s.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return ws.length ? ws.filter((w) => /^\p{Lu}/u.test(w)).length / ws.length : 0;
}

/** Ends like a sentence with a period, colon or semicolon (captions, notices, labels). */
const CAPTION_END = /[.:;。][\p{Pf}\p{Pe}"'〞]*$/u;
/** A credit in brackets at the end of a caption: "(Kastel Daily)", "[Reuters]". */
const TRAILING_CREDIT = /\s*[([][^()[\]]{1,60}[)\]]\s*$/;
/** A page's section named by a label, as a breadcrumb names it: "Section: Incidents", "Category: Local news". */
const SECTION_LABEL = /^\s*(?:section|category|rubric|department|desk)\s*:\s*[^.!?:]{2,40}$/i;
/** Menu-like separators between items. */
const SEPARATED = /\s[|•·]\s/;

const letterWords = (s: string): number => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

function eligible(l: Line): boolean {
  if (l.chrome && !TITLE_OK_CHROME.has(l.chrome)) return false;
  const words = wordCount(l.text);
  if (l.text.length < TITLE_MIN_CHARS || l.text.length > TITLE_MAX_CHARS || words < TITLE_MIN_WORDS || words > TITLE_MAX_WORDS) return false;
  if (L.urlLine.test(l.text) || L.imageFile.test(l.text)) return false;
  return !classifyMetaLine(l.text, false);
}

/** Slug words of the page address (a URL line near the top, or the given URL). */
function slugWords(lines: Line[], url: string | null): string {
  const u = url ?? lines.slice(0, TITLE_SCAN_LINES).find((l) => L.urlLine.test(l.text))?.text ?? '';
  return u.toLowerCase().replace(/^[a-z]+:\/\/[^/]+/, '').replace(/[^a-z0-9\p{L}]+/gu, ' ');
}

export function guessTitle(lines: Line[], start: number, url: string | null = null): string {
  const end = Math.min(start, lines.length, TITLE_SCAN_LINES);
  const slug = slugWords(lines, url);
  const bodyOpen = new Set(lines.slice(start, start + 3).flatMap((l) => contentWords(l.text)));
  const first = lines[0] ? norm(lines[0].text) : '';
  const counts = new Map<string, number>();
  for (const l of lines.slice(0, Math.max(end, start + 3))) counts.set(norm(l.text), (counts.get(norm(l.text)) ?? 0) + 1);
  let best: { text: string; score: number } | null = null;
  for (let i = 0; i < end; i++) {
    const l = lines[i];
    if (!eligible(l)) continue;
    const n = norm(l.text);
    const words = contentWords(l.text);
    let score = 1 / (1 + (start - 1 - i) / 3); // nearest the body first
    if (CAPTION_END.test(l.text.replace(TRAILING_CREDIT, ''))) score -= 4; // captions and notices end with a period
    if (SEPARATED.test(l.text) || letterWords(l.text) < TITLE_MIN_WORDS) score -= 2; // "World | Maritime": a section label
    // A breadcrumb, or a section label ("Section: Incidents", "Category: Politics"), stands right above the headline.
    if (i > 0 && (lines[i - 1].chrome === 'breadcrumb' || SECTION_LABEL.test(lines[i - 1].text))) score += 1;
    const next = lines[i + 1];
    // A date, a byline or a blog post's "Posted in …" line follows the headline.
    if (next && next.chrome !== 'repeat-adjacent' && (next.chrome === 'reading-time' || L.postMetaLine.test(next.text) || classifyMetaLine(next.text, true))) score += 1.5;
    if (l.prose) score -= 2;
    score += titleCaseShare(l.text) >= 0.6 ? 1 : 0;
    if ((counts.get(n) ?? 0) >= 2) score += 1; // the headline shown twice (page header and article)
    if (i > 0 && n.length >= 15 && first.startsWith(n) && first.length > n.length) score += 3; // "Headline – Site" first line
    if (slug && share(words, slug) >= 0.5) score += 3;
    score += 2 * share(words, bodyOpen);
    score -= (l.text.match(L.chromeWord) ?? []).length;
    if (!best || score > best.score) best = { text: l.text, score };
  }
  if (best) return best.text;
  return lines[0]?.text.slice(0, TITLE_MAX_CHARS) ?? '';
}
