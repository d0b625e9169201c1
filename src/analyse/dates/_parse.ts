/** Raw date expressions in one sentence: chrono (US casual parser, never the British one) plus our rules. */
import * as chrono from 'chrono-node';
import type { Span } from '../../contract/pipeline.ts';
import { MAX_SENTENCE_CHARS } from './constants.ts';
import { HOLIDAYS, MONTH_NUMBERS, PATTERNS, SEASON_MONTHS } from './patterns.ts';
import { addDays, fromDate, toDate, valid, weekday, type Ymd } from './_calendar.ts';

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
  /** "on Monday, the day before ...": the date told just before, not an offset from it. */
  apposition?: boolean;
  /** "end of the month": the month, not its last day. */
  monthEnd?: boolean;
  /** Alternative readings of an ambiguous numeric date (day-first and month-first). */
  readings?: Ymd[];
  sentence: Span;
  future: boolean;
  /** Tense of the clause around the date; null when nothing marks it. */
  tense?: Tense;
}

/** Chrono's weekday numbers (0 = Sunday) by the first three letters of the name. */
const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

const parser = chrono.en.casual; // US casual: "September 13" stays a month and day

/** The clause (between ; : dashes) of sentence `s` that holds offset `at`. */
function clauseAt(s: string, at: number): { start: number; end: number } {
  let start = 0;
  let end = s.length;
  for (const m of s.matchAll(PATTERNS.clauseBreak)) {
    if (m.index! < at) start = m.index! + m[0].length;
    else { end = m.index!; break; }
  }
  return { start, end };
}

export type Tense = 'future' | 'past' | null;

/**
 * Tense of the date at offset `at`: the tense cue nearest to it in its clause, preferring cues
 * before it ("told reporters on Monday that they will never forget" is past; "will meet on
 * Monday" is future; "Saturday Dan Caron was remembered" takes the verb after). Null: no cue.
 */
export function tenseAt(s: string, at: number): Tense {
  const { start, end } = clauseAt(s, at);
  const clause = s.slice(start, end);
  const cues: { at: number; end: number; tense: 'future' | 'past' }[] = [];
  for (const m of clause.matchAll(PATTERNS.futureCue)) cues.push({ at: start + m.index!, end: start + m.index! + m[0].length, tense: 'future' });
  for (const m of clause.matchAll(PATTERNS.pastCue)) {
    const pos = start + m.index!;
    // "is scheduled", "planned to": a past form inside a future cue is part of it.
    if (PATTERNS.notPast.test(m[0]) || cues.some((c) => c.at <= pos && pos < c.end)) continue;
    // "will be paid": a participle after "be" is passive, not past.
    if (PATTERNS.passiveLead.test(s.slice(Math.max(0, pos - 7), pos))) continue;
    cues.push({ at: pos, end: pos + m[0].length, tense: 'past' });
  }
  const before = cues.filter((c) => c.at < at).sort((a, b) => b.at - a.at)[0];
  const after = cues.filter((c) => c.at > at).sort((a, b) => a.at - b.at)[0];
  return (before ?? after)?.tense ?? null;
}

function fromChrono(r: chrono.ParsedResult, base: number, sentence: Span, s: string): RawDate | null {
  const c = r.start;
  const text = r.text;
  const known = (k: 'year' | 'month' | 'day' | 'weekday'): boolean => c.isCertain(k);
  if (!known('year') && !known('month') && !known('day') && !known('weekday')) return partOfDay(r, base, sentence, s);
  // "Within a day, Orsenna handed over ...": opening a sentence, it counts from the date told just before.
  const withinLead = r.index === 0 && PATTERNS.withinDayLead.test(text.trim());
  // "resigned on Monday, the day before the report was published": the apposition is that Monday.
  const apposition = PATTERNS.appositionOffset.test(text.trim()) && PATTERNS.appositionLead.test(s.slice(0, r.index));
  // "at 6:15 p.m. Sunday" is a day; "at 6:15 p.m." alone is not.
  const timeOnly = PATTERNS.noDate.test(text) && !known('weekday') && !known('day');
  if (!withinLead && !apposition && (timeOnly || PATTERNS.futureDuration.test(text) || PATTERNS.eventOffset.test(text.trim()))) return null;
  // "4.40am, after three days": a clock time and a duration name no day.
  if (!withinLead && PATTERNS.durationTail.test(text.trim()) && !PATTERNS.weekdayName.test(text) && !PATTERNS.explicitPart.test(text.replace(/\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?|\d+\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\b|\b\d{1,2}\s*[ap]\.?m\.?/gi, ''))) return null;
  // "He sat down", "the Baltimore Sun": a weekday alone must be named in full.
  if (known('weekday') && !known('day') && !known('month') && !PATTERNS.weekdayName.test(text)) return null;
  // "a brighter tomorrow" is a noun, not a day.
  if (PATTERNS.dayWord.test(text.trim()) && PATTERNS.dayWordNoun.test(s.slice(Math.max(0, r.index - 30), r.index))) return null;
  // "USA TODAY" in mixed-case prose is a newspaper, not a day.
  if (PATTERNS.capsToday.test(text.trim()) && /[a-z]/.test(s)) return null;
  const lead = s.slice(0, r.index);
  const tense = PATTERNS.pastLead.test(lead) ? 'past'
    : PATTERNS.scheduledLead.test(lead) && !known('year') ? 'future' : tenseAt(s, r.index);
  const future = tense === 'future';
  const anchored = withinLead || apposition || PATTERNS.anchoredOffset.test(text.trim());
  const tags = [...c.tags()];
  // Chrono tags "last night" and "this month" with no relative tag but certain fields: a result
  // that names no number and no month is relative to the reference whatever its tags say.
  const relative = tags.some((t) => t.includes('relativeDate') || t.includes('casualReference'))
    || (known('weekday') && !known('day')) || !PATTERNS.explicitPart.test(text);
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
    relative, implied, sentence, future, tense, anchored, apposition,
    monthEnd: PATTERNS.periodEdge.test(text),
  };
}

/**
 * A chrono result with no calendar field: "this afternoon", "tonight" are the reference day;
 * "CBS This Morning on Monday" keeps its weekday (chrono folds it into the time of day).
 */
function partOfDay(r: chrono.ParsedResult, base: number, sentence: Span, s: string): RawDate | null {
  const wd = PATTERNS.weekdayName.exec(r.text);
  const day = PATTERNS.partOfDay.exec(r.text);
  if (!wd && !day) return null;
  const m = (wd ?? day)!;
  const start = base + r.index + m.index;
  const tense = tenseAt(s, r.index);
  const weekday = wd ? WEEKDAY_INDEX[wd[0].toLowerCase().slice(0, 3)] ?? null : null;
  if (wd && weekday === null) return null;
  const implied = { y: r.start.get('year') ?? 0, m: r.start.get('month') ?? 1, d: r.start.get('day') ?? 1 };
  return {
    start, end: start + m[0].length, text: m[0], y: null, m: null, d: wd ? null : implied.d, weekday,
    relative: true, implied, sentence, future: tense === 'future', tense,
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

/** "this summer" → that year; "last summer" → the last one ended before the reference; "next" → the next to begin. */
function seasons(s: string, base: number, sentence: Span, ref: Ymd): RawDate[] {
  const out: RawDate[] = [];
  for (const m of s.matchAll(PATTERNS.season)) {
    const [first, last] = SEASON_MONTHS[m[2]!.toLowerCase()]!;
    const which = m[1]!.toLowerCase();
    const y = which === 'this' ? ref.y
      : which === 'last' || which === 'past' ? (last < ref.m ? ref.y : ref.y - 1)
        : first > ref.m ? ref.y : ref.y + 1;
    out.push({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0], y: null, m: null, d: null, weekday: null,
      relative: true, implied: { y, m: 1, d: 1 }, sentence, future: which === 'next' || which === 'coming' });
  }
  return out;
}

/**
 * "the 20. January": day and month (and year when written), read day-first; chrono sees only the
 * month. Run over the whole text: sentence splitting may cut after "20.".
 */
export function dottedDays(s: string, base: number, sentence: Span): RawDate[] {
  const out: RawDate[] = [];
  for (const m of s.matchAll(PATTERNS.dottedDayMonth)) {
    const d = +m[1]!, mo = MONTH_NUMBERS[m[2]!.toLowerCase()]!, y = m[3] ? +m[3] : null;
    if (!valid({ y: y ?? 2000, m: mo, d })) continue;
    // Tense from the line up to the date ("set for the 20. January" lies ahead).
    const lineStart = s.lastIndexOf('\n', m.index!) + 1;
    const line = s.slice(lineStart, m.index! + m[0].length);
    const lead = line.slice(0, m.index! - lineStart).replace(/\bthe\s+$/i, '');
    const tense = PATTERNS.pastLead.test(lead) ? 'past' : PATTERNS.scheduledLead.test(lead) ? 'future' : tenseAt(line, m.index! - lineStart);
    out.push({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0], y, m: mo, d, weekday: null,
      relative: false, implied: { y: y ?? 0, m: mo, d }, sentence, future: tense === 'future', tense });
  }
  return out;
}

/** Month of "from the 14th" (no month named): the reference's, moved a month when the tense says the day has passed or is still to come. */
function ordinalDays(s: string, base: number, sentence: Span, ref: Ymd): RawDate[] {
  const out: RawDate[] = [];
  for (const m of s.matchAll(PATTERNS.ordinalDay)) {
    const d = +m[2]!;
    if (d < 1 || d > 31) continue;
    const at = m.index! + m[1]!.length + 1;
    const tense = tenseAt(s, at);
    const shift = tense === 'future' && d < ref.d ? 1 : tense === 'past' && d > ref.d ? -1 : 0;
    const first = fromDate(new Date(Date.UTC(ref.y, ref.m - 1 + shift, 1, 12)));
    const day = { ...first, d };
    if (!valid(day)) continue;
    const text = s.slice(at, m.index! + m[0].length);
    out.push({ start: base + at, end: base + at + text.length, text, y: null, m: null, d, weekday: null,
      relative: true, implied: day, sentence, future: tense === 'future', tense });
  }
  return out;
}

/** "New Year's Eve", "Christmas Day": a month/day without a year. */
function holidays(s: string, base: number, sentence: Span): RawDate[] {
  const out: RawDate[] = [];
  for (const m of s.matchAll(PATTERNS.holiday)) {
    const [mo, d] = HOLIDAYS[m[1]!.toLowerCase().replace(/[’']/g, '')] ?? [0, 0];
    if (!mo) continue;
    const tense = tenseAt(s, m.index!);
    out.push({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0], y: null, m: mo, d, weekday: null,
      relative: false, implied: { y: 0, m: mo, d }, sentence, future: tense === 'future', tense });
  }
  return out;
}

/** "by the weekend" → the coming Saturday; "last weekend" or a past clause → the Saturday before the reference. */
function weekends(s: string, base: number, sentence: Span, ref: Ymd): RawDate[] {
  const out: RawDate[] = [];
  for (const m of s.matchAll(PATTERNS.weekend)) {
    const lead = m[1]!.toLowerCase();
    const tense = tenseAt(s, m.index!);
    const now = weekday(ref);
    const past = lead === 'last' || (tense === 'past' && lead !== 'next' && lead !== 'this');
    const day = past ? addDays(ref, -(((now - 6 + 7) % 7) || 7))
      : lead === 'next' ? addDays(ref, ((6 - now + 7) % 7) + 7)
        : addDays(ref, now === 0 ? -1 : (6 - now + 7) % 7);
    const at = lead === 'last' || lead === 'next' || lead === 'this' ? m.index! : m.index! + m[1]!.length + 1;
    const text = s.slice(at, m.index! + m[0].length);
    out.push({ start: base + at, end: base + at + text.length, text, y: null, m: null, d: day.d, weekday: null,
      relative: true, implied: day, sentence, future: !past, tense });
  }
  return out;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Every date expression in the sentence, read against `ref` (any day when the document has none). */
export function parseSentence(text: string, sentence: Span, ref: Ymd): RawDate[] {
  const s = text.slice(sentence.start, Math.min(sentence.end, sentence.start + MAX_SENTENCE_CHARS));
  if (!/\d|day|week|month|year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ago|yesterday|tomorrow|tonight|morning|afternoon|evening|spring|summer|autumn|fall/i.test(s)) return [];
  const future = PATTERNS.future.test(s);
  const own = [...slashDates(s, sentence.start, sentence, future), ...yearsOnly(s, sentence.start, sentence, future), ...seasons(s, sentence.start, sentence, ref),
    ...ordinalDays(s, sentence.start, sentence, ref), ...holidays(s, sentence.start, sentence),
    ...weekends(s, sentence.start, sentence, ref)];
  // chrono's time-of-day reference: noon, so "a day earlier" never crosses midnight.
  let results: chrono.ParsedResult[] = [];
  try {
    results = parser.parse(s, { instant: toDate(ref), timezone: 0 });
    // "rose to 23 on Wednesday": chrono takes the figure for the day of the month; read only what follows it.
    results = results.flatMap((r) => {
      const lead = PATTERNS.leadingFigure.exec(r.text);
      if (!lead) return [r];
      const at = r.index + lead[0].length;
      return parser.parse(s.slice(at, r.index + r.text.length), { instant: toDate(ref), timezone: 0 })
        .map((x) => Object.assign(x, { index: x.index + at }));
    });
  } catch {
    results = [];
  }
  const fromC = results
    .map((r) => fromChrono(r, sentence.start, sentence, s))
    .filter((r): r is RawDate => r !== null && !own.some((o) => overlaps(o, r)));
  return [...own, ...fromC].sort((a, b) => a.start - b.start);
}
