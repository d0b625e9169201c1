/**
 * Hard-wrapped text (what lynx, w3m and html2text dumps look like: lines broken near 78 columns,
 * paragraphs separated by blank lines) → one line per paragraph, so that line classification sees
 * sentences, not fragments. A line was wrapped when the next line's first word would not have fit
 * on it; the width is read from the text itself. Text that is not hard-wrapped is returned as is.
 */
import { LINE_PATTERNS as L } from './patterns.ts';
import { WRAP_MIN_SHARE_MID_SENTENCE, WRAP_MAX_SHARE_OVERLONG, WRAP_OVERLONG_FACTOR, WRAP_MAX_WIDTH, WRAP_MIN_LINES, WRAP_MIN_SHARE, WRAP_WIDTH_QUANTILE } from './constants.ts';

const firstWordLength = (s: string): number => { const i = s.indexOf(' '); return i < 0 ? s.length : i; };

/** The wrap width of a text: a high quantile of the lengths of lines that have another line right after them. */
function wrapWidth(lines: string[]): number {
  const lens = lines.filter((l, i) => l && lines[i + 1]).map((l) => l.length).sort((a, b) => a - b);
  return lens.length ? lens[Math.floor((lens.length - 1) * WRAP_WIDTH_QUANTILE)] : 0;
}

/** True when the line before `next` was broken because `next`'s first word would not fit within `width`. */
const wrappedBefore = (line: string, next: string, width: number): boolean => line.length + 1 + firstWordLength(next) > width;

export function unwrap(input: string): string {
  const lines = input.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd());
  const width = wrapWidth(lines);
  if (!width || width > WRAP_MAX_WIDTH) return input;
  // Paragraphs of one long line each (a scraper's dump) with a few short menu lines stacked at the top:
  // those short lines give a narrow "width" that the paragraphs overrun by far; nothing was wrapped.
  const nonBlank = lines.filter((l) => l.trim());
  if (nonBlank.filter((l) => l.length > width * WRAP_OVERLONG_FACTOR).length > nonBlank.length * WRAP_MAX_SHARE_OVERLONG) return input;
  let pairs = 0, wrapped = 0, midSentence = 0;
  lines.forEach((l, i) => {
    if (!l.trim() || !lines[i + 1]?.trim()) return;
    pairs++;
    if (!wrappedBefore(l, lines[i + 1].trim(), width)) return;
    wrapped++;
    if (!L.sentenceEnd.test(l)) midSentence++;
  });
  // Wrapping breaks lines mid-sentence; full lines that end sentences are one paragraph per line.
  if (wrapped < WRAP_MIN_LINES || wrapped < pairs * WRAP_MIN_SHARE || midSentence < wrapped * WRAP_MIN_SHARE_MID_SENTENCE) return input;
  const out: string[] = [];
  lines.forEach((l, i) => {
    const prev = lines[i - 1];
    if (l.trim() && prev?.trim() && out.length && wrappedBefore(prev, l.trim(), width)) out[out.length - 1] += ` ${l.trim()}`;
    else out.push(l);
  });
  return out.join('\n');
}
