/** Raw date expressions in one sentence: chrono (US casual parser, never the British one) plus our rules. */
import * as chrono from 'chrono-node';
import type { Span } from '../../contract/pipeline.ts';
import { MAX_SENTENCE_CHARS } from './constants.ts';
import { PATTERNS } from './patterns.ts';
import { toDate, valid, type Ymd } from './_calendar.ts';

export interface RawDate extends Span {
  text: string;
  /** Components chrono (or our rule) is certain of. */
  y: number | null;
  m: number | null;
  d: number | null;
  weekday: number | null;
  /** Computed from the reference ("yesterday", "last year", "a week ago"). */
  relative: boolean;
  /** Chrono's reading against the reference, used for relative expressions. */
  implied: Ymd;
  /** "a day earlier", "the next day": an offset from the date mentioned just before. */
  anchored?: boolean;
  /** "end of the month": the month, not its last day. */
  monthEnd?: boolean;
  /** Alternative readings of an ambiguous numeric date (day-first and month-first). */
  readings?: Ymd[];
  sentence: Span;
  future: boolean;
}

const parser = chrono.en.casual; // US casual: "September 13" stays a month and day

/** Future tense in the clause (between ; : dashes) that holds offset `at` of sentence `s`. */
function futureAt(s: string, at: number): boolean {
  let start = 0;
  let end = s.length;
  for (const m of s.matchAll(PATTERNS.clauseBreak)) {
    if (m.index! < at) start = m.index! + m[0].length;
    else { end = m.index!; break; }
  }
  return PATTERNS.future.test(s.slice(start, end));
}

function fromChrono(r: chrono.ParsedResult, base: number, sentence: Span, s: string): RawDate | null {
  const c = r.start;
  const text = r.text;
  const known = (k: 'year' | 'month' | 'day' | 'weekday'): boolean => c.isCertain(k);
  if (!known('year') && !known('month') && !known('day') && !known('weekday')) return null;
  // "Within a day, Orsenna handed over ...": opening a sentence, it counts from the date told just before.
  const withinLead = r.index === 0 && PATTERNS.withinDayLead.test(text.trim());
  if (!withinLead && (PATTERNS.noDate.test(text) || PATTERNS.futureDuration.test(text) || PATTERNS.eventOffset.test(text.trim()))) return null;
  const future = futureAt(s, r.index) && !PATTERNS.pastLead.test(s.slice(0, r.index));
  const anchored = withinLead || PATTERNS.anchoredOffset.test(text.trim());
  const tags = [...c.tags()];
  const relative = tags.some((t) => t.includes('relativeDate') || t.includes('casualReference'))
    || (known('weekday') && !known('day'));
  // Month name alone: must be capitalised, and "May"/"March" need a date context before them.
  if (!relative && known('month') && !known('day') && !known('year')) {
    if (!/^[A-Z]/.test(text.replace(/^(in|of|since)\s+/i, ''))) return null;
    const before = s.slice(0, r.index);
    if (PATTERNS.ambiguousMonth.test(text.trim()) && !PATTERNS.monthContext.test(before)) return null;
  }
  const implied = { y: c.get('year') ?? 0, m: c.get('month') ?? 1, d: c.get('day') ?? 1 };
  return {
    start: base + r.index, end: base + r.index + text.length, text,
    y: known('year') ? implied.y : null,
    m: known('month') ? implied.m : null,
    d: known('day') ? implied.d : null,
    weekday: known('weekday') ? (c.get('weekday') ?? null) : null,
    relative, implied, sentence, future, anchored,
    monthEnd: PATTERNS.periodEdge.test(text),
  };
}

function slashDates(s: string, base: number, sentence: Span, future: boolean): RawDate[] {
  const out: RawDate[] = [];
  for (const m of s.matchAll(PATTERNS.slashDate)) {
    const a = +m[1]!, b = +m[3]!, y = +m[4]!;
    // Dotted dates are day-first; slashed ones may be either, day-first preferred.
    const readings = (m[2] === '.' ? [{ y, m: b, d: a }] : [{ y, m: b, d: a }, { y, m: a, d: b }]).filter(valid);
    if (!readings.length) continue;
    const first = readings[0]!;
    out.push({
      start: base + m.index!, end: base + m.index! + m[0].length, text: m[0],
      y, m: first.m, d: first.d, weekday: null, relative: false, implied: first,
      readings: readings.length > 1 && a !== b ? readings : undefined, sentence, future,
    });
  }
  return out;
}

function yearsOnly(s: string, base: number, sentence: Span, future: boolean): RawDate[] {
  const out: RawDate[] = [];
  for (const m of s.matchAll(PATTERNS.yearOnly)) {
    const y = +m[2]!;
    const start = base + m.index! + m[0].length - m[2]!.length;
    out.push({ start, end: start + 4, text: m[2]!, y, m: null, d: null, weekday: null, relative: false,
      implied: { y, m: 1, d: 1 }, sentence, future });
  }
  return out;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Every date expression in the sentence, read against `ref` (any day when the document has none). */
export function parseSentence(text: string, sentence: Span, ref: Ymd): RawDate[] {
  const s = text.slice(sentence.start, Math.min(sentence.end, sentence.start + MAX_SENTENCE_CHARS));
  if (!/\d|day|week|month|year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ago|yesterday|tomorrow/i.test(s)) return [];
  const future = PATTERNS.future.test(s);
  const own = [...slashDates(s, sentence.start, sentence, future), ...yearsOnly(s, sentence.start, sentence, future)];
  // chrono's time-of-day reference: noon, so "a day earlier" never crosses midnight.
  let results: chrono.ParsedResult[] = [];
  try {
    results = parser.parse(s, { instant: toDate(ref), timezone: 0 });
  } catch {
    results = [];
  }
  const fromC = results
    .map((r) => fromChrono(r, sentence.start, sentence, s))
    .filter((r): r is RawDate => r !== null && !own.some((o) => overlaps(o, r)));
  return [...own, ...fromC].sort((a, b) => a.start - b.start);
}
