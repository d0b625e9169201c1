/** Raw date expressions in one sentence: chrono (US casual parser, never the British one) plus our rules. */
import * as chrono from 'chrono-node';
import type { Span } from '../../contract/pipeline.ts';
import { MAX_SENTENCE_CHARS } from './constants.ts';
import { HISTORIC_DAY, HOLIDAYS, MONTH_NUMBERS, MOVEABLE_HOLIDAYS, PATTERNS, SEASON_MONTHS, SPELLED_NUMBERS } from './patterns.ts';
import { addDays, easterSunday, fromDate, nthWeekday, toDate, valid, weekday, type Ymd } from './_calendar.ts';

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
  /** A named day of history ("the Sept. 11 attacks"): never evidence of when the page was written. */
  historic?: boolean;
  /** "within a fortnight": this many days (or months) after the day told just before. */
  deadline?: { days: number; months: number };
  /** "the same day": the day told just before. */
  sameDay?: boolean;
  /** "the next Wednesday", "the previous Friday": that weekday after or before the day told just before. */
  anchoredWeekday?: 'after' | 'before';
  /** A named holiday ("Easter Monday") and the offset from it ("the first working day after"). */
  holiday?: { name: string; offset: HolidayOffset };
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

/** Offsets from a holiday: "the day after/before", "the first working day after/before". */
export type HolidayOffset = 'day-after' | 'day-before' | 'workday-after' | 'workday-before' | null;

/** Month names by their first three letters, for abbreviated forms ("Sept. 3-5"). */
const monthNumber = (name: string): number => MONTH_NUMBERS[name.toLowerCase()]
  ?? Object.entries(MONTH_NUMBERS).find(([k]) => k.startsWith(name.toLowerCase().slice(0, 3)))?.[1] ?? 0;

/** The day of a holiday in year y (fixed or moveable); null for a name we do not know. */
export function holidayDay(name: string, y: number): Ymd | null {
  const fixed = HOLIDAYS[name];
  if (fixed) return { y, m: fixed[0], d: fixed[1] };
  const rule = MOVEABLE_HOLIDAYS[name];
  if (!rule) return null;
  return 'easter' in rule ? addDays(easterSunday(y), rule.easter) : nthWeekday(y, rule.month, rule.weekday, rule.nth);
}

/**
 * Tense of the date at offset `at`: the tense cue nearest to it in its clause, preferring cues
 * before it ("told reporters on Monday that they will never forget" is past; "will meet on
 * Monday" is future; "Saturday Dan Caron was remembered" takes the verb after). Null: no cue.
 */
export function tenseAt(s: string, at: number, beforeOnly = false): Tense {
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
  // "wanted the families paid before Christmas": what was wanted lies after the wanting, so the past tense says nothing.
  const wish = cues.filter((c) => c.at < at && c.tense === 'past' && PATTERNS.intention.test(s.slice(c.at, c.end))).pop();
  if (before?.tense === 'past' && wish && s.slice(wish.end, at).trim().split(/\s+/).length >= 3) return null;
  return (before ?? (beforeOnly ? undefined : after))?.tense ?? null;
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
  // “Fox News Sunday”: a weekday closing a quoted capitalised name is a title.
  if (known('weekday') && !known('day') && PATTERNS.titleBefore.test(s.slice(Math.max(0, r.index - 30), r.index))
    && PATTERNS.titleAfter.test(s.slice(r.index + text.length))) return null;
  // "a brighter tomorrow" is a noun, not a day.
  if (PATTERNS.dayWord.test(text.trim()) && PATTERNS.dayWordNoun.test(s.slice(Math.max(0, r.index - 30), r.index))) return null;
  // "USA TODAY" in mixed-case prose is a newspaper, not a day.
  if (PATTERNS.capsToday.test(text.trim()) && /[a-z]/.test(s)) return null;
  const lead = s.slice(0, r.index);
  const cue = PATTERNS.presentLead.test(lead) ? null : PATTERNS.pastLead.test(lead) || PATTERNS.comparedLead.test(lead) ? 'past'
    // "Monday's debate might not move mountains": what follows a possessive day tells of the event, not of when it is.
    : PATTERNS.scheduledLead.test(lead) && !known('year') ? 'future' : tenseAt(s, r.index, PATTERNS.possessive.test(s.slice(r.index + text.length)));
  // "applies from Monday": a start told with no tense cue lies ahead.
  const tense = cue === null && known('weekday') && !known('day') && PATTERNS.startLead.test(lead) ? 'future' : cue;
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
  for (const m of s.matchAll(PATTERNS.seasonBare)) {
    const name = (m[2] ?? m[4])!.toLowerCase();
    // "in fall" without "the" is too often the verb or the noun.
    if (m[1] && name === 'fall' && !/^the\s/i.test(m[1])) continue;
    const given = m[3] ?? m[5];
    const [first, last] = SEASON_MONTHS[name]!;
    const at = m[1] ? m.index! + m[0].length - m[1].length : m.index!;
    const tense = tenseAt(s, at);
    // Told in the past: the last one begun; otherwise the next one not yet over (the one under way included).
    const y = given ? +given : tense === 'past' ? (first <= ref.m ? ref.y : ref.y - 1) : (last >= ref.m ? ref.y : ref.y + 1);
    const text = s.slice(at, m.index! + m[0].length);
    out.push({ start: base + at, end: base + at + text.length, text, y: null, m: null, d: null, weekday: null,
      relative: true, implied: { y, m: 1, d: 1 }, sentence, future: tense === 'future', tense });
  }
  return out;
}

/** "sixty-four years ago", or a number in digits: the count. */
function countOf(word: string): number {
  if (/^\d+$/.test(word)) return +word;
  return word.toLowerCase().split(/[-\s]+/).reduce((n, w) => n + (SPELLED_NUMBERS[w] ?? NaN), 0);
}

/** "the 1962 treaty", "in the Year 2009", "sixty-four years ago" / "before sixty-four years": years chrono misses. */
function moreYears(s: string, base: number, sentence: Span, ref: Ymd): RawDate[] {
  const out: RawDate[] = [];
  const push = (at: number, text: string, y: number, relative: boolean): void => {
    const tense = tenseAt(s, at);
    out.push({ start: base + at, end: base + at + text.length, text, y: relative ? null : y, m: null, d: null, weekday: null,
      relative, implied: { y, m: 1, d: 1 }, sentence, future: tense === 'future', tense });
  };
  for (const m of s.matchAll(PATTERNS.yearAttributive)) push(m.index! + m[0].length - m[1]!.length, m[1]!, +m[1]!, false);
  // "the Sept. 11 attacks": a day of history, with its year (so "before Sept. 11" elsewhere takes it too).
  for (const m of s.matchAll(PATTERNS.namedHistoricDay)) {
    const tense = tenseAt(s, m.index!);
    out.push({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0], ...HISTORIC_DAY, weekday: null,
      relative: false, implied: { ...HISTORIC_DAY }, sentence, future: false, tense, historic: true });
  }
  for (const m of s.matchAll(PATTERNS.yearSpan)) push(m.index! + m[0].length - m[1]!.length, m[1]!, +m[1]!, false);
  for (const m of s.matchAll(PATTERNS.yearsAgo)) {
    const unit = (m[3] ?? 'years').toLowerCase();
    const months = m[4] ? 18 : unit === 'months' ? countOf(m[2]!) : 0;
    const n = m[4] ? 0 : countOf((m[1] ?? m[2])!);
    if (!Number.isFinite(n) || n < 0 || n >= 200) continue;
    const tense = tenseAt(s, m.index!);
    const back = (implied: Ymd, d: number | null, mo: number | null): void => {
      out.push({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0], y: null, m: mo, d, weekday: null,
        relative: true, implied, sentence, future: tense === 'future', tense });
    };
    if (months) {
      const at = fromDate(new Date(Date.UTC(ref.y, ref.m - 1 - months, 1, 12)));
      back(at, null, at.m);
    } else if (unit === 'days' || unit === 'weeks') {
      const day = addDays(ref, -n * (unit === 'weeks' ? 7 : 1));
      back(day, day.d, null);
    } else if (n > 0) push(m.index!, m[0], ref.y - n, true);
  }
  return out;
}

/**
 * Day words chrono does not know, each against the day told just before or the reference:
 * "the same day", "died overnight" (the reference day), "within a fortnight" (a deadline),
 * "early next week" (its Monday), "last week" (its month), "the day before, on Wednesday" (that Wednesday).
 */
function dayPhrases(s: string, base: number, sentence: Span, ref: Ymd): RawDate[] {
  const out: RawDate[] = [];
  const raw = (at: number, text: string, implied: Ymd, extra: Partial<RawDate>): void => {
    const tense = tenseAt(s, at);
    out.push({ start: base + at, end: base + at + text.length, text, y: null, m: null, d: implied.d, weekday: null,
      relative: true, implied, sentence, future: tense === 'future', tense, ...extra });
  };
  for (const m of s.matchAll(PATTERNS.sameDay)) raw(m.index!, m[0], ref, { sameDay: true, anchored: true });
  for (const m of s.matchAll(PATTERNS.dayStep)) {
    const back = m[1]?.toLowerCase() === 'previous' || m[2]?.toLowerCase() === 'before';
    raw(m.index!, m[0], addDays(ref, back ? -1 : 1), { anchored: true });
  }
  for (const m of s.matchAll(PATTERNS.overnight)) raw(m.index!, m[0], ref, {});
  for (const m of s.matchAll(PATTERNS.agoToday)) {
    const n = countOf(/^(a|one)$/i.test(m[1]!) ? '1' : m[1]!);
    raw(m.index!, m[0], { ...ref, y: ref.y - n }, {});
  }
  for (const m of s.matchAll(PATTERNS.inTime)) {
    const n = countOf(/^(a|one)$/i.test(m[1]!) ? '1' : m[1]!);
    const unit = m[2]!.toLowerCase();
    raw(m.index!, m[0], ref, { deadline: { days: unit.startsWith('day') ? n : unit.startsWith('week') ? 7 * n : 0, months: unit.startsWith('month') ? n : 0 },
      d: unit.startsWith('month') ? null : ref.d, future: true });
  }
  for (const m of s.matchAll(PATTERNS.dottedNoYear)) {
    const d = +m[1]!, mo = +m[2]!;
    const at = m.index! + m[0].length - `${m[1]}.${m[2]}.`.length;
    if (!valid({ y: 2000, m: mo, d })) continue;
    const tense = tenseAt(s, at);
    out.push({ start: base + at, end: base + m.index! + m[0].length, text: s.slice(at, m.index! + m[0].length), y: null, m: mo, d, weekday: null,
      relative: false, implied: { y: 0, m: mo, d }, sentence, future: tense === 'future', tense });
  }
  for (const m of s.matchAll(PATTERNS.deadline)) {
    const n = countOf(m[1]!.toLowerCase() === 'a' ? '1' : m[1]!);
    const unit = m[2]!.toLowerCase();
    const days = unit === 'fortnight' ? 14 * n : unit.startsWith('week') ? 7 * n : 0;
    raw(m.index!, m[0], ref, { deadline: { days, months: unit.startsWith('month') ? n : 0 }, d: days ? ref.d : null, future: true });
  }
  for (const m of s.matchAll(PATTERNS.weekPhrase)) {
    const monday = addDays(ref, -((weekday(ref) + 6) % 7) + (m[2]!.toLowerCase() === 'next' ? 7 : m[2]!.toLowerCase() === 'last' ? -7 : 0));
    const part = m[1]?.toLowerCase();
    if (part === 'early') raw(m.index!, m[0], monday, {});
    else if (part === 'late') raw(m.index!, m[0], addDays(monday, 4), {});
    // A week without a day: its month (the month of its Thursday, as ISO weeks count).
    else raw(m.index!, m[0], addDays(monday, 3), { d: null, m: addDays(monday, 3).m });
  }
  for (const m of s.matchAll(PATTERNS.offsetApposition)) {
    const wd = PATTERNS.weekdayName.exec(s.slice(m.index! + m[0].length))!;
    raw(m.index!, m[0], ref, { d: null, weekday: WEEKDAY_INDEX[wd[0].toLowerCase().slice(0, 3)] ?? null });
  }
  return out;
}

/** "mid-May", "early June 2025": the month (chrono skips "mid-May"; "May" alone needs a context). */
function monthParts(s: string, base: number, sentence: Span): RawDate[] {
  const out: RawDate[] = [];
  for (const m of s.matchAll(PATTERNS.monthPart)) {
    const mo = MONTH_NUMBERS[m[1]!.toLowerCase()]!;
    const y = m[2] ? +m[2] : null;
    const tense = tenseAt(s, m.index!);
    out.push({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0], y, m: mo, d: null, weekday: null,
      relative: false, implied: { y: y ?? 0, m: mo, d: 1 }, sentence, future: tense === 'future', tense });
  }
  return out;
}

/** A month/day mention for one day of a pair ("3" of "3 and 4 March"). */
function dayOf(s: string, base: number, sentence: Span, at: number, text: string, mo: number, d: number, y: number | null): RawDate | null {
  if (!valid({ y: y ?? 2000, m: mo, d })) return null;
  const tense = tenseAt(s, at);
  return { start: base + at, end: base + at + text.length, text, y, m: mo, d, weekday: null,
    relative: false, implied: { y: y ?? 0, m: mo, d }, sentence, future: tense === 'future', tense };
}

/**
 * Day pairs sharing one month: "3 and 4 March" (chrono reads only "4 March"), "March 3 and 4"
 * (only "March 3"): both days become mentions, so each of the two days is found.
 */
function dayPairs(s: string, base: number, sentence: Span): RawDate[] {
  const out: (RawDate | null)[] = [];
  for (const m of s.matchAll(PATTERNS.dayPairMonth)) {
    const mo = MONTH_NUMBERS[m[4]!.toLowerCase()]!;
    const y = /((?:19|20)\d{2})\s*$/.exec(m[3]!)?.[1];
    const secondAt = m.index! + m[0].length - m[3]!.length;
    out.push(dayOf(s, base, sentence, m.index!, m[1]!, mo, +m[1]!, y ? +y : null));
    out.push(dayOf(s, base, sentence, secondAt, m[3]!, mo, parseInt(m[3]!, 10), y ? +y : null));
  }
  for (const m of s.matchAll(PATTERNS.monthDayPair)) {
    const mo = monthNumber(m[1]!);
    if (!mo) continue;
    const y = m[4] ? +m[4] : null;
    const second = m[0].lastIndexOf(m[3]!, m[4] ? m[0].length - m[4].length : m[0].length);
    const firstEnd = m[0].indexOf(m[2]!, m[1]!.length) + m[2]!.length;
    out.push(dayOf(s, base, sentence, m.index!, m[0].slice(0, firstEnd), mo, +m[2]!, y));
    out.push(dayOf(s, base, sentence, m.index! + second, m[0].slice(second), mo, +m[3]!, y));
  }
  return out.filter((r): r is RawDate => r !== null);
}

/** "the next Wednesday", "the previous Friday": a weekday counted from the day told just before. */
function anchoredWeekdays(s: string, base: number, sentence: Span, ref: Ymd): RawDate[] {
  const out: RawDate[] = [];
  for (const m of s.matchAll(PATTERNS.anchoredWeekday)) {
    const wd = WEEKDAY_INDEX[m[2]!.toLowerCase().slice(0, 3)]!;
    const after = /next|following/i.test(m[1]!);
    const tense = tenseAt(s, m.index!);
    out.push({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0], y: null, m: null, d: null, weekday: wd,
      relative: true, implied: ref, sentence, future: after, tense, anchoredWeekday: after ? 'after' : 'before' });
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

/** The month (and year) of the last date named in `lead` ("signed 11/17/2026, ... not on the 16th"). */
function monthBefore(lead: string): { m: number; y: number | null } | null {
  const last = [...lead.matchAll(PATTERNS.namedMonthDate)].pop();
  if (!last) return null;
  if (last[1]) return { m: monthNumber(last[1]), y: null };
  if (last[2]) return { m: monthNumber(last[2]), y: null };
  const a = +last[3]!, b = +last[4]!;
  // A numeric date says its order only when one part is above 12.
  return a > 12 ? { m: b, y: +last[5]! } : b > 12 ? { m: a, y: +last[5]! } : null;
}

/**
 * Month of "from the 14th" (no month named): the month of a date named earlier in the sentence, else
 * the reference's, moved a month when the tense says the day has passed or is still to come.
 */
function ordinalDays(s: string, base: number, sentence: Span, ref: Ymd): RawDate[] {
  const out: RawDate[] = [];
  for (const m of s.matchAll(PATTERNS.ordinalDay)) {
    const d = +m[2]!;
    if (d < 1 || d > 31) continue;
    const at = m.index! + m[1]!.length + 1;
    const named = monthBefore(s.slice(0, m.index!));
    if (named && named.m && valid({ y: named.y ?? 2000, m: named.m, d })) {
      const tense = tenseAt(s, at);
      const text = s.slice(at, m.index! + m[0].length);
      out.push({ start: base + at, end: base + at + text.length, text, y: named.y, m: named.m, d, weekday: null,
        relative: false, implied: { y: named.y ?? 0, m: named.m, d }, sentence, future: tense === 'future', tense });
      continue;
    }
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

/**
 * "New Year's Eve", "Easter Monday", "the first working day after Christmas": a month/day without a
 * year (for a moveable feast, its day in the reference year, so the year is inferred the same way).
 */
function holidays(s: string, base: number, sentence: Span, ref: Ymd): RawDate[] {
  const out: RawDate[] = [];
  for (const m of s.matchAll(PATTERNS.holiday)) {
    const name = (m[1] ?? m[2])!.toLowerCase().replace(/[’']/g, '').replace(/^st\.?/, 'st');
    const day = holidayDay(name, ref.y);
    if (!day) continue;
    const off = PATTERNS.holidayOffset.exec(s.slice(0, m.index!));
    const offset: HolidayOffset = off ? `${/first/i.test(off[1]!) ? 'workday' : 'day'}-${off[2]!.toLowerCase() as 'after' | 'before'}` : null;
    const start = off ? off.index : m.index!;
    const tense = tenseAt(s, start);
    const moveable = !HOLIDAYS[name];
    out.push({ start: base + start, end: base + m.index! + m[0].length, text: s.slice(start, m.index! + m[0].length), y: null, m: day.m, d: day.d,
      weekday: null, relative: false, implied: { y: 0, m: day.m, d: day.d }, sentence, future: tense === 'future', tense,
      holiday: offset || moveable ? { name, offset } : undefined });
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
    const past = lead === 'last' || lead.endsWith('past') || (tense === 'past' && lead !== 'next' && lead !== 'this');
    const day = past ? addDays(ref, -(((now - 6 + 7) % 7) || 7))
      : lead === 'next' ? addDays(ref, ((6 - now + 7) % 7) + 7)
        : addDays(ref, now === 0 ? -1 : (6 - now + 7) % 7);
    const at = lead === 'last' || lead === 'next' || lead === 'this' || lead.endsWith('past') ? m.index! : m.index! + m[1]!.length + 1;
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
  if (!/\d|day|week|month|year|overnight|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ago|yesterday|tomorrow|tonight|morning|afternoon|evening|spring|summer|autumn|fall|fortnight|christmas|easter|thanksgiving|halloween/i.test(s)) return [];
  const future = PATTERNS.future.test(s);
  const own = [...slashDates(s, sentence.start, sentence, future), ...yearsOnly(s, sentence.start, sentence, future), ...seasons(s, sentence.start, sentence, ref),
    ...ordinalDays(s, sentence.start, sentence, ref), ...holidays(s, sentence.start, sentence, ref),
    ...weekends(s, sentence.start, sentence, ref), ...monthParts(s, sentence.start, sentence), ...dayPairs(s, sentence.start, sentence),
    ...anchoredWeekdays(s, sentence.start, sentence, ref), ...moreYears(s, sentence.start, sentence, ref), ...dayPhrases(s, sentence.start, sentence, ref)];
  // chrono's time-of-day reference: noon, so "a day earlier" never crosses midnight.
  let results: chrono.ParsedResult[] = [];
  // "a fortnight ago": chrono knows "two weeks"; both are nine letters, so offsets hold.
  const forChrono = s.replace(PATTERNS.fortnight, 'two weeks');
  try {
    results = parser.parse(forChrono, { instant: toDate(ref), timezone: 0 });
    // "rose to 23 on Wednesday": chrono takes the figure for the day of the month; "the evening of
    // 10 March": chrono folds the date into a time of day and drops its fields. Read only what follows.
    results = results.flatMap((r) => {
      const lead = PATTERNS.leadingFigure.exec(r.text) ?? PATTERNS.partOfDayOf.exec(r.text);
      if (!lead) return [r];
      const at = r.index + lead[0].length;
      return parser.parse(forChrono.slice(at, r.index + r.text.length), { instant: toDate(ref), timezone: 0 })
        .map((x) => Object.assign(x, { index: x.index + at }));
    });
    // "from Monday to Wednesday": chrono keeps the second day as the range's end; read it as a mention of its own.
    results = results.flatMap((r) => {
      const join = r.end ? PATTERNS.weekdayRange.exec(r.text) : null;
      if (!join) return [r];
      const at = r.index + join.index + join[0].length;
      const tail = parser.parse(forChrono.slice(at, r.index + r.text.length), { instant: toDate(ref), timezone: 0 })
        .map((x) => Object.assign(x, { index: x.index + at }));
      return [Object.assign(r, { text: r.text.slice(0, join.index) }), ...tail];
    });
    // Mention text from the sentence itself ("fortnight", not "two weeks").
    results = results.map((r) => Object.assign(r, { text: s.slice(r.index, r.index + r.text.length) }));
  } catch {
    results = [];
  }
  const fromC = results
    .map((r) => fromChrono(r, sentence.start, sentence, s))
    .filter((r): r is RawDate => r !== null && !own.some((o) => overlaps(o, r)));
  return [...own, ...fromC].sort((a, b) => a.start - b.start);
}
