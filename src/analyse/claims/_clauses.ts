/**
 * Clauses of a sentence: one sentence often states several checkable things ("signed the accord
 * on Wednesday after a three-hour meeting"), and each is corroborated or contested on its own.
 */
import type { Span } from '../../contract/pipeline.ts';
import { MAX_TAG_WORDS, MIN_CLAUSE_WORDS, OPENER_WINDOW_CHARS } from './constants.ts';
import { AS_DOING_OPENER, CLAUSE_BREAK, CLAUSE_OPENER, COORDINATED_NOUN_PHRASE, FIGURE_APPOSITION, HAS_VERB, NAME_APPOSITION, PAST_AND_OPENER, REJECTED_ALTERNATIVE, RIVAL_COUNT_OPENER, TRAILING_ATTRIBUTION } from './patterns.ts';

const words = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * Offsets (absolute) where a new clause starts, never inside quotation marks; `weak` gets those of a
 * second predicate that stands apart only when the clause before holds a day.
 */
function breaks(text: string, s: Span, weak: Set<number>): number[] {
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
    if (ch !== ' ') continue;
    const ahead = text.slice(i + 1, i + OPENER_WINDOW_CHARS);
    if (CLAUSE_OPENER.test(ahead) || RIVAL_COUNT_OPENER.test(ahead) || AS_DOING_OPENER.test(ahead)) out.push(i + 1);
    else if (PAST_AND_OPENER.test(ahead)) { out.push(i + 1); weak.add(i + 1); }
  }
  return out;
}

/** Does a semicolon end the text before `at` (spaces aside)? */
const afterSemicolon = (text: string, at: number): boolean => /;\s*$/.test(text.slice(Math.max(0, at - 4), at));

/** Where the stretch from `at` ends: at the next semicolon or the end of the sentence. */
function nextSemicolon(text: string, at: number, end: number): number {
  const i = text.indexOf(';', at);
  return i >= 0 && i < end ? i : end;
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
 * `days`: where the sentence's day-precision dates start. "and" + an irregular past opens a clause of its
 * own when the clause before holds a day ("was signed in Brisenne on October 25 | and took effect at
 * midnight", "entered the building on Monday night | and met union leaders the next day"): that day
 * dates the first act, not the second.
 */
export function clauses(text: string, s: Span, figures: readonly number[] = [], days: readonly number[] = []): Span[] {
  const weak = new Set<number>();
  const cuts = [s.start, ...breaks(text, s, weak), s.end];
  const raw: (Span & { weak?: boolean })[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const t = trim(text, cuts[i]!, cuts[i + 1]!);
    if (t.end > t.start) raw.push(weak.has(cuts[i]!) ? { ...t, weak: true } : t);
  }
  const out: (Span & { rival?: boolean })[] = [];
  for (const [i, { weak: second, ...c }] of raw.entries()) {
    const prev = out.at(-1);
    const piece = text.slice(c.start, c.end);
    if (prev && second && !holdsFigure(days, prev)) { prev.end = c.end; continue; }
    // "The arrests of the general manager, Ada Vole, | and the safety chief, | Ben Mott, came": a second person named in the subject.
    const next = raw[i + 1];
    if (prev && next && COORDINATED_NOUN_PHRASE.test(piece) && NAME_APPOSITION.test(text.slice(next.start, next.end)) && !HAS_VERB.test(text.slice(s.start, c.start))) { prev.end = c.end; continue; }
    // "..., Lusmara's civil protection service said." only says who said the clause before.
    const tag = words(piece) <= MAX_TAG_WORDS && TRAILING_ATTRIBUTION.test(piece);
    // "a demand for 40 bitcoin, worth about $4.5 million": the value restates the thing before it.
    const apposition = words(piece) <= MAX_TAG_WORDS && FIGURE_APPOSITION.test(piece);
    // "..., not the nine the company has given": the figure a clause rejects belongs to the clause,
    // which tells its own figure against that report (a rejected figure read as one stays a clause of its own).
    const rejected = words(piece) <= MAX_TAG_WORDS && REJECTED_ALTERNATIVE.test(piece) && !holdsFigure(figures, c);
    const short = words(piece) < MIN_CLAUSE_WORDS || (!!prev && words(text.slice(prev.start, prev.end)) < MIN_CLAUSE_WORDS);
    // Only a coordinated predicate of its own ("and fined 3"), not a converted sum ("(about $2.1 billion)").
    const ownFigures = !!prev && /^and\s/i.test(piece) && holdsFigure(figures, c) && holdsFigure(figures, prev);
    // "Police said 14 were arrested; the Courier, citing an agency, had 23": after a semicolon a
    // second report with a figure of its own is a claim of its own, however short its pieces.
    const rivalReport = !!prev && afterSemicolon(text, c.start) && holdsFigure(figures, prev)
      && holdsFigure(figures, { start: c.start, end: nextSemicolon(text, c.start, s.end) });
    if (prev && !rivalReport && (tag || apposition || rejected || (short && !ownFigures))) prev.end = c.end;
    else out.push({ ...c, ...(rivalReport ? { rival: true } : {}) });
  }
  // A second report whose figure went on to a clause of its own names no figure itself: it goes back
  // where it stood ("...; a parents' group, Orla Kin, | counts eleven across the country").
  const kept: Span[] = [];
  for (const c of out) {
    const prev = kept.at(-1);
    if (prev && c.rival && !holdsFigure(figures, c)) prev.end = c.end;
    else kept.push({ start: c.start, end: c.end });
  }
  return kept.length ? kept : [{ ...s }];
}
