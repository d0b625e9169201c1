/**
 * Line classification of scraped plain text. Each line gets features (length, sentence end,
 * repetition, link-like words, position); prose lines form clusters and the largest cluster is
 * the body; inside it, short lines that look like chrome or metadata are dropped.
 */
import { CHROME_WORD_SHARE, CLUSTER_GAP_LINES, HEADING_MAX_CHARS, PROSE_MIN_CHARS, REPEAT_MIN } from './constants.ts';
import { LINE_PATTERNS as L } from './patterns.ts';

export interface Line {
  text: string;
  /** Blank line(s) before it in the input: a paragraph break. */
  breakBefore: boolean;
  prose: boolean;
  /** Why the line is chrome, or null. */
  chrome: string | null;
}

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Why a short line is chrome, or null. Prose lines are never chrome here. */
function chromeReason(s: string, repeats: number, prevSame: boolean, title: string): string | null {
  const words = s.split(/\s+/).length;
  if (L.hashtags.test(s)) return 'hashtags';
  if (L.readingTime.test(s) && words <= 8) return 'reading-time';
  if (L.imageFile.test(s) && words <= 12) return 'image-file';
  if (L.counter.test(s)) return 'counter';
  if (L.breadcrumb.test(s) && words <= 16) return 'breadcrumb';
  if (title && norm(s) === norm(title)) return 'title';
  if (prevSame) return 'repeat-adjacent';
  if (repeats >= REPEAT_MIN) return 'repeated';
  const chromeWords = (s.match(L.chromeWord) ?? []).length;
  if (chromeWords && chromeWords / words >= CHROME_WORD_SHARE) return 'link-words';
  if (!/\p{L}/u.test(s)) return 'no-letters';
  return null;
}

export function classifyLines(input: string, title: string): Line[] {
  const raw = input.replace(/\r\n?/g, '\n').split('\n');
  const lines: Line[] = [];
  let blank = false;
  for (const r of raw) {
    const text = r.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
    if (!text) { blank = true; continue; }
    lines.push({ text, breakBefore: blank, prose: false, chrome: null });
    blank = false;
  }
  const counts = new Map<string, number>();
  for (const l of lines) { const k = norm(l.text); counts.set(k, (counts.get(k) ?? 0) + 1); }
  lines.forEach((l, i) => {
    const words = l.text.split(/\s+/).length;
    l.prose = l.text.length >= PROSE_MIN_CHARS && words >= 10 && L.sentenceEnd.test(l.text);
    if (l.prose) return;
    const prevSame = i > 0 && norm(lines[i - 1].text) === norm(l.text);
    l.chrome = chromeReason(l.text, counts.get(norm(l.text)) ?? 0, prevSame, title);
  });
  // A caption shown twice in a row: drop the first copy as well.
  lines.forEach((l, i) => { if (lines[i + 1]?.chrome === 'repeat-adjacent' && !l.prose) l.chrome = 'repeat-adjacent'; });
  return lines;
}

/** [start, end) of the body: the prose cluster with the most characters. */
export function bodySpan(lines: Line[]): [number, number] {
  let best: [number, number] = [0, 0];
  let bestChars = -1;
  let start = -1, last = -1, chars = 0;
  const close = (): void => {
    if (start >= 0 && chars > bestChars) { best = [start, last + 1]; bestChars = chars; }
  };
  lines.forEach((l, i) => {
    if (!l.prose) return;
    if (start >= 0 && i - last > CLUSTER_GAP_LINES) { close(); start = -1; chars = 0; }
    if (start < 0) start = i;
    last = i;
    chars += l.text.length;
  });
  close();
  if (bestChars < 0) return [0, lines.length];
  return best;
}

/** Short line inside the body kept as a subheading or short paragraph. */
export function keepShort(l: Line): boolean {
  if (l.chrome) return false;
  return l.text.length <= HEADING_MAX_CHARS || L.sentenceEnd.test(l.text);
}
