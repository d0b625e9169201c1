/**
 * Clauses of a sentence: one sentence often states several checkable things ("signed the accord
 * on Wednesday after a three-hour meeting"), and each is corroborated or contested on its own.
 */
import type { Span } from '../../contract/pipeline.ts';
import { MAX_TAG_WORDS, MIN_CLAUSE_WORDS, OPENER_WINDOW_CHARS } from './constants.ts';
import { CLAUSE_BREAK, CLAUSE_OPENER, FIGURE_APPOSITION, TRAILING_ATTRIBUTION } from './patterns.ts';

const words = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Offsets (absolute) where a new clause starts, never inside quotation marks. */
function breaks(text: string, s: Span): number[] {
  const out: number[] = [];
  let quoted = false;
  for (let i = s.start; i < s.end; i++) {
    const ch = text[i]!;
    if (ch === '"' || ch === '“' || ch === '”' || ch === '«' || ch === '»') { quoted = ch === '“' || ch === '«' ? true : ch === '"' ? !quoted : false; continue; }
    if (quoted) continue;
    // "about 12,000 were evacuated": a thousands separator is not a clause break.
    if (ch === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
    // "20 million euros ($21.7 million)": a converted figure stays with the figure it converts.
    if (ch === '(' && /^[$€£¥]?\d/.test(text.slice(i + 1, i + 3))) continue;
    if (CLAUSE_BREAK.test(ch)) { out.push(i + 1); continue; }
    // The window holds the longest opener ("and more than 1,200", "and evacuated 300").
    if (ch === ' ' && CLAUSE_OPENER.test(text.slice(i + 1, i + OPENER_WINDOW_CHARS))) out.push(i + 1);
  }
  return out;
}

const holdsFigure = (figures: readonly number[], c: Span): boolean => figures.some((f) => f >= c.start && f < c.end);

/** Trim spaces and punctuation at both ends of text[start, end). */
function trim(text: string, start: number, end: number): Span {
  let a = start;
  let b = end;
  while (a < b && /[\s,;:—–(]/.test(text[a]!)) a++;
  while (b > a && /[\s,;:—–)]/.test(text[b - 1]!)) b--;
  return { start: a, end: b };
}

/**
 * Clauses of `text[s]`, short pieces joined to their neighbour. Covers the sentence in order.
 * `figures`: where the sentence's figures start; two coordinated pieces that each state a figure
 * stay apart however short ("Police arrested 9 | and fined 3"), so each figure is checked on its own.
 */
export function clauses(text: string, s: Span, figures: readonly number[] = []): Span[] {
  const cuts = [s.start, ...breaks(text, s), s.end];
  const raw: Span[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const t = trim(text, cuts[i]!, cuts[i + 1]!);
    if (t.end > t.start) raw.push(t);
  }
  const out: Span[] = [];
  for (const c of raw) {
    const prev = out.at(-1);
    const piece = text.slice(c.start, c.end);
    // "..., Lusmara's civil protection service said." only says who said the clause before.
    const tag = words(piece) <= MAX_TAG_WORDS && TRAILING_ATTRIBUTION.test(piece);
    // "a demand for 40 bitcoin, worth about $4.5 million": the value restates the thing before it.
    const apposition = words(piece) <= MAX_TAG_WORDS && FIGURE_APPOSITION.test(piece);
    const short = words(piece) < MIN_CLAUSE_WORDS || (!!prev && words(text.slice(prev.start, prev.end)) < MIN_CLAUSE_WORDS);
    // Only a coordinated predicate of its own ("and fined 3"), not a converted sum ("(about $2.1 billion)").
    const ownFigures = !!prev && /^and\s/i.test(piece) && holdsFigure(figures, c) && holdsFigure(figures, prev);
    if (prev && (tag || apposition || (short && !ownFigures))) prev.end = c.end;
    else out.push({ ...c });
  }
  return out.length ? out : [{ ...s }];
}
