/**
 * One pass over a text's words, sentence by sentence, filling the vocabulary bag and (optionally)
 * the name bag: a name is a run of capitalised words (joined by "of", "de", … inside) that does
 * not merely start a sentence. Sentences about another time count BACKGROUND_WEIGHT.
 */
import { BACKGROUND_WEIGHT, ENTITY_WEIGHT, MAX_NAME_WORDS, MIN_TERM_LENGTH } from './constants.ts';
import { PATTERNS } from './patterns.ts';
import { STOPWORDS } from './_stopwords.ts';

const WORD = new RegExp(PATTERNS.word.source, PATTERNS.word.flags);
const SENTENCE = new RegExp(PATTERNS.sentence.source, PATTERNS.sentence.flags);
const CONNECTORS = new Set(['of', 'de', 'al', 'van', 'von', 'der', 'the', 'la', 'bin']);

export function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1);
  return w;
}

/** A sentence that reports another time than the document's own. */
export function isBackground(sentence: string, year: number): boolean {
  if (PATTERNS.pastTime.test(sentence)) return true;
  if (!year) return false;
  for (const y of sentence.matchAll(PATTERNS.year)) if (+y[1]! < year) return true;
  return false;
}

/** True when text[from, to) is non-empty white space (spaces, tabs, line breaks). */
function onlySpace(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160) return false;
  }
  return true;
}

/** True when `raw` starts with a capital: its first character changes in lower case and not in upper case (ASCII decided without building strings). */
function isCapital(raw: string, lower: string): boolean {
  const c = raw.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return raw[0] !== lower[0] && raw[0] === raw[0]!.toUpperCase();
}

function add(bag: Map<string, number>, key: string, w: number): void {
  bag.set(key, (bag.get(key) ?? 0) + w);
}

/**
 * The bag key of a name (lower case): its words in a fixed order, so one name written in another word order is one term.
 * A translation keeps the source language's order ("Street Kalvenny", "the Company Tressivane"), lists invert names
 * ("Berg, Anna" read as "berg anna"); two different names with the same words in another order are rare.
 */
export function nameKey(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  return 'e:' + (words.length > 1 ? words.sort().join(' ') : words.join(''));
}

function flushName(parts: string[], atStart: boolean, weight: number, names: Map<string, number>): void {
  const words = atStart ? parts.slice(1) : parts;
  if (!words.length || words.length > MAX_NAME_WORDS) return;
  const name = words.join(' ');
  if (name.length < MIN_TERM_LENGTH || STOPWORDS.has(name)) return;
  add(names, nameKey(name), weight);
}

/**
 * Scan up to `maxWords` words of `text` (year: the document's, for background sentences).
 * Words go to `bag` with `wordWeight`; names, when `names` is given, with ENTITY_WEIGHT.
 */
export function scanText(text: string, year: number, maxWords: number, wordWeight: number, bag: Map<string, number>, names: Map<string, number> | null): void {
  let budget = maxWords;
  SENTENCE.lastIndex = 0;
  let sm: RegExpExecArray | null;
  while (budget > 0 && (sm = SENTENCE.exec(text)) !== null) {
    const sentence = sm[0];
    if (!sentence) { SENTENCE.lastIndex++; continue; }
    const factor = isBackground(sentence, year) ? BACKGROUND_WEIGHT : 1;
    const ww = wordWeight * factor;
    const nw = ENTITY_WEIGHT * factor;
    let run: string[] = [];
    let runStart = false;
    let pending: string | null = null; // a connector waiting for the next capitalised word
    let prevEnd = -1;
    let first = true;
    WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while (budget > 0 && (m = WORD.exec(sentence)) !== null) {
      budget--;
      const raw = m[0];
      let w = raw.toLowerCase();
      if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
      if (names) {
        const adjacent = prevEnd >= 0 && onlySpace(sentence, prevEnd, m.index);
        const capital = raw.length > 1 && isCapital(raw, w);
        if (capital && run.length && adjacent) {
          if (pending) run.push(pending);
          run.push(w);
          pending = null;
        } else if (capital) {
          if (run.length) flushName(run, runStart, nw, names);
          run = [w];
          runStart = first || PATTERNS.sentenceStart.test(sentence.slice(Math.max(0, m.index - 3), m.index));
          pending = null;
        } else if (run.length && adjacent && !pending && CONNECTORS.has(w)) {
          pending = w;
        } else {
          if (run.length) flushName(run, runStart, nw, names);
          run = [];
          pending = null;
        }
        prevEnd = m.index + raw.length;
        first = false;
      }
      if (w.length < MIN_TERM_LENGTH || STOPWORDS.has(w)) continue;
      if (w.length > 4 && PATTERNS.number.test(w)) continue;
      add(bag, stem(w), ww);
    }
    if (names && run.length) flushName(run, runStart, nw, names);
  }
}

/** Sentence ends of a text and their weights (BACKGROUND_WEIGHT for a sentence about another time, else 1). */
export function sentenceFactors(text: string, year: number): { ends: number[]; factors: number[] } {
  const ends: number[] = [];
  const factors: number[] = [];
  SENTENCE.lastIndex = 0;
  let sm: RegExpExecArray | null;
  while ((sm = SENTENCE.exec(text)) !== null) {
    if (!sm[0]) { if (++SENTENCE.lastIndex > text.length) break; continue; }
    ends.push(sm.index + sm[0].length);
    factors.push(isBackground(sm[0], year) ? BACKGROUND_WEIGHT : 1);
  }
  return { ends, factors };
}

/** Weighted count of the mentions (character offsets) that fall inside the sentences given. */
export function mentionWeight(offsets: number[], s: { ends: number[]; factors: number[] }): number {
  let w = 0;
  for (const at of offsets) {
    let lo = 0;
    let hi = s.ends.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (s.ends[mid]! <= at) lo = mid + 1; else hi = mid; }
    if (lo < s.ends.length) w += s.factors[lo]!;
  }
  return w;
}
