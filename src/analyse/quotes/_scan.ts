/**
 * Tolerant quote-mark scanner: straight, curly, single, angle « » and „ “ marks, nesting,
 * quotes left open (ended at the paragraph end) and quotes running over several paragraphs.
 * Apostrophes (don't, the ministers') are not quote marks.
 */
import type { Span } from '../../contract/pipeline.ts';
import {
  DOUBLE_CLOSE_ONLY, DOUBLE_MARKS, DOUBLE_OPEN_ONLY, HAS_WORD, LETTER_OR_DIGIT, OPEN_CONTEXT,
  DOUBLED_MARK, DOUBLED_MARK_ALL, LOST_CLOSE_ATTRIBUTION, LOST_CLOSE_INVERTED, REVERSED_GUILLEMETS, SINGLE_CLOSE_ONLY, SINGLE_MARKS, SINGLE_OPEN_ONLY,
  SPEECH_VERBS,
} from './patterns.ts';

/** One quote as found in the text: inner span (no marks) plus the mark positions. */
export interface ScannedQuote extends Span {
  /** Index of the opening mark. */
  open: number;
  /** Index just past the closing mark (= end when the quote was left open). */
  close: number;
  closed: boolean;
  /** Paragraph index of the opening and closing mark. */
  firstPara: number;
  lastPara: number;
}

interface Open { kind: 'double' | 'single'; at: number }

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && LETTER_OR_DIGIT.test(c);

/** Scan one paragraph [a, b) of `text`; returns top-level quotes (unclosed ones flagged). */
function scanParagraph(text: string, a: number, b: number, para: number): ScannedQuote[] {
  const out: ScannedQuote[] = [];
  const stack: Open[] = [];
  let lastSingleCloser = -2; // computed on first need: position of the paragraph's last possible single closer
  const emit = (o: Open, closeMark: number, closeEnd: number, closed: boolean): void => {
    if (stack.length) return; // nested quotes stay inside their outer quote
    out.push({ start: o.at + 1, end: closeMark, open: o.at, close: closeEnd, closed, firstPara: para, lastPara: para });
  };
  for (let i = a; i < b; i++) {
    const c = text[i];
    const prev = i > a ? text[i - 1] : undefined;
    const next = i + 1 < b ? text[i + 1] : undefined;
    if (DOUBLE_MARKS.has(c)) {
      const openCtx = prev === undefined || OPEN_CONTEXT.test(prev) || DOUBLE_MARKS.has(prev) || SINGLE_MARKS.has(prev);
      const closeCtx = !isSpace(prev) && !isWordChar(next);
      // drop single quotes left open inside the double quote we may be closing: they were apostrophes
      const topDouble = stack.map((o) => o.kind).lastIndexOf('double');
      if (DOUBLE_OPEN_ONLY.has(c) || (topDouble < 0 && !DOUBLE_CLOSE_ONLY.has(c) && (openCtx || !closeCtx) && !isSpace(next))) {
        if (topDouble >= 0 && !DOUBLE_OPEN_ONLY.has(c)) {
          // a new opener while a quote is still open: the earlier one was never closed
          const o = stack[topDouble];
          stack.length = topDouble;
          emit(o, trimEnd(text, o.at + 1, i), i, false);
        }
        stack.push({ kind: 'double', at: i });
      } else if (topDouble >= 0 && (closeCtx || DOUBLE_CLOSE_ONLY.has(c) || !openCtx || isSpace(next))) {
        const o = stack[topDouble];
        stack.length = topDouble;
        emit(o, i, i + 1, true);
      } else if (topDouble >= 0 && openCtx) {
        const o = stack[topDouble];
        stack.length = topDouble;
        emit(o, trimEnd(text, o.at + 1, i), i, false);
        stack.push({ kind: 'double', at: i });
      }
      continue;
    }
    if (!SINGLE_MARKS.has(c)) continue;
    if (isWordChar(prev) && isWordChar(next)) continue; // don't, O’Brien
    const top = stack[stack.length - 1];
    const openCtx = prev === undefined || OPEN_CONTEXT.test(prev) || DOUBLE_MARKS.has(prev);
    if (top?.kind === 'single' && !isSpace(prev) && !isWordChar(next) && !SINGLE_OPEN_ONLY.has(c)) {
      stack.pop();
      emit(top, i, i + 1, true);
    } else if (openCtx && isWordChar(next) && !SINGLE_CLOSE_ONLY.has(c) && c !== '’') {
      stack.push({ kind: 'single', at: i });
    } else if (openCtx && isWordChar(next) && c === '’' && (lastSingleCloser === -2 ? (lastSingleCloser = findLastSingleCloser(text, a, b)) : lastSingleCloser) > i) {
      stack.push({ kind: 'single', at: i }); // a ’ typed as opener, closed later
    }
  }
  // unclosed singles were apostrophes ('90s, the ministers'); an unclosed double ends at the paragraph end
  const firstDouble = stack.findIndex((o) => o.kind === 'double');
  if (firstDouble >= 0) {
    const o = stack[firstDouble];
    stack.length = 0;
    emit(o, trimEnd(text, o.at + 1, b), b, false);
  }
  return out.filter((q) => q.end > q.start && HAS_WORD.test(text.slice(q.start, q.end))).map((q) => (q.closed ? q : endBeforeOwnAttribution(text, q)));
}

/** A quote left open whose last clause is its own attribution (", she has declared on the Television.", ", said the President."): the quote ends at that comma. */
function endBeforeOwnAttribution(text: string, q: ScannedQuote): ScannedQuote {
  const body = text.slice(q.start, q.end);
  const subject = LOST_CLOSE_ATTRIBUTION.exec(body);
  const inverted = subject && SPEECH_VERBS.has(subject[3]) ? null : LOST_CLOSE_INVERTED.exec(body);
  const m = subject && SPEECH_VERBS.has(subject[3]) ? subject : inverted && SPEECH_VERBS.has(inverted[2]) ? inverted : null;
  if (!m || m.index === 0) return q;
  const end = q.start + m.index + 1;
  return { ...q, end, close: end, closed: true };
}

function findLastSingleCloser(text: string, a: number, b: number): number {
  for (let j = b - 1; j > a; j--) {
    const c = text[j];
    if ((c === '’' || c === "'") && !isSpace(text[j - 1]) && !isWordChar(j + 1 < b ? text[j + 1] : undefined)) return j;
  }
  return -1;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/u.test(text[e - 1])) e--;
  return e;
}

/**
 * Typewriter doubles (''…'' and ``…''): rewrite each pair, length-preserving, as one straight
 * double mark on the side of the quoted words and a space on the other.
 */
function normaliseDoubledMarks(text: string): string {
  if (!DOUBLED_MARK.test(text)) return text;
  return text.replace(DOUBLED_MARK_ALL, (m, at: number) => {
    const before = at > 0 ? text[at - 1] : ' ';
    return /\s|[([{]/u.test(before) || at === 0 ? ' "' : '" ';
  });
}

/** »…« (reversed guillemets) rewritten, length-preserving, as «…» so the scanner reads them the usual way round. */
function normaliseReversedGuillemets(text: string): string {
  if (!text.includes('»')) return text;
  return text.replace(REVERSED_GUILLEMETS, (_m, inner: string) => `«${inner}»`);
}

/** All top-level quotes of the text, paragraph by paragraph, with multi-paragraph quotes joined. */
export function scanQuotes(raw: string, paragraphs: Span[]): ScannedQuote[] {
  const text = normaliseReversedGuillemets(normaliseDoubledMarks(raw));
  const out: ScannedQuote[] = [];
  paragraphs.forEach((p, idx) => {
    const found = scanParagraph(text, p.start, p.end, idx);
    const prev = out[out.length - 1];
    const first = found[0];
    // a quote left open at the end of the previous paragraph continues when this one opens with a mark
    if (prev && !prev.closed && prev.lastPara === idx - 1 && first && first.open === p.start && prev.close === paragraphs[idx - 1].end) {
      Object.assign(prev, { end: first.end, close: first.close, closed: first.closed, lastPara: idx });
      found.shift();
    }
    out.push(...found);
  });
  return out;
}
