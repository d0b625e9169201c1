/**
 * Our own date rules, for what chrono misses or misreads: numeric and dotted dates, years, seasons,
 * holidays, weekends, day pairs, ordinal days, day phrases ("the same day", "within a fortnight").
 */
import type { Span } from '../../contract/pipeline.ts';
import { HISTORIC_DAY, HOLIDAYS, MONTH_NUMBERS, MOVEABLE_HOLIDAYS, ORDINAL_DAY_WORDS, PATTERNS, SEASON_MONTHS, SPELLED_NUMBERS } from './patterns.ts';
import { EARLY_WEEK_LAST_DAY, FUTURE_SLACK_DAYS } from './constants.ts';
import { addDays, diffDays, easterSunday, fromDate, nthWeekday, valid, weekday, type Ymd } from './_calendar.ts';
import { tenseAt, WEEKDAY_INDEX, type HolidayOffset, type RawDate, type Tense } from './_tense.ts';

/** The hour a text is taken to be told at on its day when it gives none: a count of hours back from it stays on that day up to 12. */
const NOON = 12;

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
  // "04.03.24": dotted with a two-digit year is day-first too (chrono reads it month-first).
  for (const m of s.matchAll(PATTERNS.dottedShortYear)) {
    const day = { y: 2000 + +m[3]!, m: +m[2]!, d: +m[1]! };
    if (!valid(day)) continue;
    out.push({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0], y: day.y, m: day.m, d: day.d, weekday: null,
      relative: false, implied: day, sentence, future });
  }
  return out;
}

/** A numeric date's parts as a witness of order: day-first when the first is a day above 12, month-first when the second is. */
function partsWitness(a: number, b: number): 'day' | 'month' | null {
  if (a > 12 && a <= 31 && b >= 1 && b <= 12) return 'day';
  if (b > 12 && b <= 31 && a >= 1 && a <= 12) return 'month';
  return null;
}

/**
 * The order a text writes its numeric dates in: a part above 12 settles it ("13/03/2026" is day-first, so is its
 * "3/4/2026", and a yearless "19/04" settles its "10/04" the same way: a writer who lists dates keeps one style);
 * else the order of its dates in words ("3 March" day-first, "March 3" month-first). Null when nothing says.
 * "24/7" (round the clock) is no date and witnesses nothing.
 */
export function writersOrder(text: string): 'day' | 'month' | null {
  let day = 0, month = 0, dayWords = 0, monthWords = 0;
  const tally = (w: 'day' | 'month' | null): void => { if (w === 'day') day++; else if (w === 'month') month++; };
  for (const m of text.matchAll(PATTERNS.dateOrderWitness)) {
    if (m[1]) monthWords++;
    else if (m[2]) dayWords++;
    else tally(partsWitness(+m[3]!, +m[5]!));
  }
  for (const m of text.matchAll(PATTERNS.yearlessSlashWitness)) {
    // "runway 09/27" names a runway: no date, so no witness of the writer's order.
    if (!PATTERNS.roundTheClock.test(m[0]) && !PATTERNS.designationLead.test(text.slice(Math.max(0, m.index! - 20), m.index!))) tally(partsWitness(+m[1]!, +m[2]!));
  }
  if (day !== month) return day > month ? 'day' : 'month';
  if (dayWords !== monthWords) return dayWords > monthWords ? 'day' : 'month';
  return null;
}

/**
 * An ambiguous numeric date read in the text's own order (readings are day-first, then month-first). A yearless
 * "10/04" (which the parser reads month-first) is re-read day-first in a text that writes its dates day-first.
 */
export function inWritersOrder(r: RawDate, order: 'day' | 'month' | null): RawDate {
  if (!r.readings && order === 'day' && r.y === null && r.m !== null && r.d !== null && PATTERNS.bareSlash.test(r.text.trim())) {
    const [a, b] = r.text.trim().split('/').map(Number) as [number, number];
    if (a === b || a > 12 || b > 12 || r.m !== a || r.d !== b) return r;
    return { ...r, m: b, d: a, implied: { ...r.implied, m: b, d: a }, order };
  }
  if (!r.readings || !order) return r;
  const pick = r.readings[order === 'day' ? 0 : 1]!;
  return { ...r, m: pick.m, d: pick.d, implied: pick, readings: undefined, order };
}

function yearsOnly(s: string, base: number, sentence: Span, future: boolean): RawDate[] {
  const out: RawDate[] = [];
  for (const m of [...s.matchAll(PATTERNS.yearOnly), ...s.matchAll(PATTERNS.oldYear), ...s.matchAll(PATTERNS.yearWhen)]) {
    const y = +m[2]!;
    const start = base + m.index! + m[0].length - m[2]!.length;
    if (out.some((o) => o.start === start)) continue;
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
export function countOf(word: string): number {
  if (/^\d+$/.test(word)) return +word;
  return word.toLowerCase().split(/[-\s]+/).reduce((n, w) => n + (SPELLED_NUMBERS[w] ?? NaN), 0);
}

/** "the 1962 treaty", "in the Year 2009", "sixty-four years ago" / "before sixty-four years", "forty years later": years chrono misses. */
function moreYears(s: string, base: number, sentence: Span, ref: Ymd, hour: number): RawDate[] {
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
  for (const m of s.matchAll(PATTERNS.yearList)) push(m.index!, m[1]!, +m[1]!, false);
  for (const m of s.matchAll(PATTERNS.yearTold)) {
    const y = (m[1] ?? m[2] ?? m[3])!;
    push(m.index! + m[0].lastIndexOf(y), y, +y, false);
  }
  // "in the new year" names the coming year only near the turn of one: told in the last months, the next year; in the
  // first two, the year just begun. Between, it names nothing sure (a financial year, a lunar new year).
  for (const m of s.matchAll(PATTERNS.theNewYear)) {
    const at = m.index! + m[0].search(/the\s+new/i);
    if (ref.m >= 9) push(at, s.slice(at, m.index! + m[0].length), ref.y + 1, true);
    else if (ref.m <= 2) push(at, s.slice(at, m.index! + m[0].length), ref.y, true);
  }
  for (const m of s.matchAll(PATTERNS.decadesAgo)) push(m.index!, m[0], ref.y - 10 * countOf(/^(a|one)$/i.test(m[1]!) ? '1' : m[1]!), true);
  for (const m of s.matchAll(PATTERNS.yearsLater)) {
    const n = m[1] ? countOf(m[1]) : 10 * countOf(m[2]!);
    if (!Number.isFinite(n)) continue;
    const y = ref.y + (m[3]!.toLowerCase() === 'later' ? n : -n);
    const tense = tenseAt(s, m.index!);
    out.push({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0], y: null, m: null, d: null, weekday: null,
      relative: true, anchored: true, implied: { y, m: 1, d: 1 }, sentence, future: tense === 'future', tense });
  }
  for (const m of s.matchAll(PATTERNS.yearsAgo)) {
    // "before one week" (a translation's "vor einer Woche"): the unit as a plural.
    const unit = (m[3] ?? 'years').toLowerCase().replace(/s?$/, 's');
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
  for (const m of s.matchAll(PATTERNS.spelledAgo)) {
    const n = countOf(m[1]!);
    if (!Number.isFinite(n)) continue;
    out.push(countedBack(ref, n, m[2]!, base + m.index!, m[0], sentence, tenseAt(s, m.index!), hour));
  }
  // "It is ten days since the ship hit the pier": the happening was ten days before the telling, as "ten days ago".
  for (const m of s.matchAll(PATTERNS.elapsedSinceCount)) {
    const n = /^an?$/i.test(m[2]!) ? 1 : countOf(m[2]!);
    if (!Number.isFinite(n) || n < 1) continue;
    out.push(countedBack(ref, n, m[3]!, base + m.index! + m[0].length - m[1]!.length, m[1]!, sentence, 'past', hour));
  }
  return out;
}

/**
 * The mention `text` at `start` that counts `n` hours, days, weeks or months (`unit`) back from the page's day `ref`: a
 * day, or the month for months. Hours count back from `hour` of that day: noon when the text gives no hour it was told at,
 * as chrono reads "36 hours ago" in digits ("twenty-four hours ago" is the day before); a transcript line's clock time
 * ("[22:00:04] ... Thirty-eight hours ago") when it does.
 */
function countedBack(ref: Ymd, n: number, unit: string, start: number, text: string, sentence: Span, tense: Tense, hour = NOON): RawDate {
  const u = unit.toLowerCase();
  const months = u.startsWith('month');
  const day = months ? fromDate(new Date(Date.UTC(ref.y, ref.m - 1 - n, 1, 12)))
    : u.startsWith('hour') ? addDays(ref, Math.floor((hour - n) / 24)) : addDays(ref, -n * (u.startsWith('week') ? 7 : 1));
  return { start, end: start + text.length, text, y: null, m: months ? day.m : null, d: months ? null : day.d, weekday: null,
    relative: true, implied: day, sentence, future: tense === 'future', tense };
}

/**
 * Day words chrono does not know, each against the day told just before or the reference:
 * "the same day", "died overnight" (the reference day), "within a fortnight" (a deadline),
 * "early next week" (its Monday), "last week" (its month), "Tuesday this week" (that Tuesday), "the day before,
 * on Wednesday" (that Wednesday).
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
    // "questioned on May 9 (the day after)": the bracket glosses May 9, told just before, as the day after the one before it.
    const glossed = PATTERNS.glossedDate.test(s.slice(0, m.index!));
    raw(m.index!, m[0], glossed ? ref : addDays(ref, back ? -1 : 1), { anchored: true });
  }
  for (const m of s.matchAll(PATTERNS.offsetThat)) {
    const n = m[3] ? 1 : countOf(/^an?$/i.test(m[1]!) ? '1' : m[1]!);
    if (!Number.isFinite(n)) continue;
    const days = n * (m[2]?.toLowerCase().startsWith('week') ? 7 : 1) * (m[4]!.toLowerCase() === 'before' ? -1 : 1);
    raw(m.index!, m[0], addDays(ref, days), { anchored: true });
  }
  for (const m of s.matchAll(PATTERNS.overnight)) raw(m.index!, m[0], ref, {});
  for (const m of s.matchAll(PATTERNS.beforeLast)) raw(m.index!, m[0], addDays(ref, -2), {});
  // "the summer before last": the last such season (see seasons) a year further back; "the year before last": two years
  // back; "the month before last": two months back; "the week before last": the week two weeks back, as its month.
  for (const m of s.matchAll(PATTERNS.periodBeforeLast)) {
    const unit = m[1]!.toLowerCase();
    if (unit === 'year') raw(m.index!, m[0], { y: ref.y - 2, m: 1, d: 1 }, { d: null });
    else if (unit === 'month') {
      const at = fromDate(new Date(Date.UTC(ref.y, ref.m - 3, 1, 12)));
      raw(m.index!, m[0], at, { d: null, m: at.m });
    } else if (unit === 'week') {
      const thursday = addDays(ref, -((weekday(ref) + 6) % 7) - 14 + 3);
      raw(m.index!, m[0], thursday, { d: null, m: thursday.m });
    } else {
      const last = SEASON_MONTHS[unit]![1];
      raw(m.index!, m[0], { y: (last < ref.m ? ref.y : ref.y - 1) - 1, m: 1, d: 1 }, { d: null });
    }
  }
  for (const m of s.matchAll(PATTERNS.periodAfterNext)) {
    const unit = m[1]!.toLowerCase();
    if (unit === 'year') raw(m.index!, m[0], { y: ref.y + 2, m: 1, d: 1 }, { d: null, future: true, tense: 'future' });
    else {
      const at = unit === 'month' ? fromDate(new Date(Date.UTC(ref.y, ref.m + 1, 1, 12))) : addDays(ref, -((weekday(ref) + 6) % 7) + 14 + 3);
      raw(m.index!, m[0], at, { d: null, m: at.m, future: true, tense: 'future' });
    }
  }
  for (const m of s.matchAll(PATTERNS.hoursAfterTold)) raw(m.index!, m[0], ref, { sameDay: true, anchored: true });
  for (const m of s.matchAll(PATTERNS.weekendBeforeLast)) raw(m.index!, m[0], addDays(ref, -(((weekday(ref) - 6 + 7) % 7) || 7) - 7), {});
  for (const m of s.matchAll(PATTERNS.weeksFromNow)) {
    const n = countOf(/^(a|one)$/i.test(m[1]!) ? '1' : m[1]!) * (/^fortnight/i.test(m[2]!) ? 14 : 7);
    raw(m.index!, m[0], addDays(ref, n + (m[3]!.toLowerCase() === 'tomorrow' ? 1 : 0)), { future: true, tense: 'future' });
  }
  // "two Sundays ago": the last Sunday before the reference ("last Sunday", one Sunday ago), then weeks further back.
  for (const m of s.matchAll(PATTERNS.weekdaysAgo)) {
    const n = m[1] ? countOf(m[1]) : 2;
    const want = WEEKDAY_INDEX[(m[2] ?? m[3])!.toLowerCase().slice(0, 3)]!;
    if (!Number.isFinite(n) || n < 1) continue;
    raw(m.index!, m[0], addDays(ref, -(((weekday(ref) - want + 7) % 7) || 7) - 7 * (n - 1)), {});
  }
  for (const m of s.matchAll(PATTERNS.ordinalOfMonth)) {
    const which = m[2]!.toLowerCase();
    const first = fromDate(new Date(Date.UTC(ref.y, ref.m - 1 + (which === 'next' ? 1 : which === 'last' ? -1 : 0), 1, 12)));
    const day = { ...first, d: +m[1]! };
    if (valid(day)) raw(m.index!, m[0], day, {});
  }
  for (const m of s.matchAll(PATTERNS.agoToday)) {
    const n = countOf(/^(a|one)$/i.test(m[1]!) ? '1' : m[1]!);
    // "a year ago today" on 29 February: the 28th, that year having no 29th.
    const day = { ...ref, y: ref.y - n };
    raw(m.index!, m[0], valid(day) ? day : { ...day, d: 28 }, {});
  }
  for (const m of s.matchAll(PATTERNS.agoThisMonth)) {
    const n = countOf(/^(a|one)$/i.test(m[1]!) ? '1' : m[1]!);
    raw(m.index!, m[0], { ...ref, y: ref.y - n, d: 1 }, { d: null, m: ref.m });
  }
  for (const m of s.matchAll(PATTERNS.inTheDay)) raw(m.index!, m[0], ref, { sameDay: true, anchored: true });
  for (const m of s.matchAll(PATTERNS.beforeMidnight)) raw(m.index!, m[0], ref, { sameDay: true, anchored: true });
  for (const m of s.matchAll(PATTERNS.smallHours)) raw(m.index!, m[0].replace(/\.$/, ''), addDays(ref, 1), { anchored: true, smallHours: true });
  for (const m of s.matchAll(PATTERNS.hoursLater)) {
    const n = /^\d+$/.test(m[1]!) ? +m[1]! : countOf(m[1]!);
    // "36 hours later" names no day of its own.
    if (!Number.isFinite(n) || n % 24 !== 0) continue;
    raw(m.index!, m[0], addDays(ref, (m[2]!.toLowerCase() === 'later' ? 1 : -1) * (n / 24)), { anchored: true });
  }
  for (const m of s.matchAll(PATTERNS.weekdayWeek)) {
    const want = WEEKDAY_INDEX[(m[1] ?? m[2])!.toLowerCase().slice(0, 3)]!;
    raw(m.index!, m[0], addDays(ref, (((want - weekday(ref) + 7) % 7) || 7) + 7), { future: true, tense: 'future' });
  }
  for (const m of s.matchAll(PATTERNS.periodEdgeOwn)) {
    const unit = (m[1] ?? m[2] ?? m[3])!.toLowerCase();
    raw(m.index!, m[0], { ...ref, d: 1 }, { d: null, m: unit === 'month' ? ref.m : null, monthEnd: true });
  }
  for (const m of s.matchAll(PATTERNS.inTime)) {
    const n = countOf(/^(a|one)$/i.test(m[1]!) ? '1' : m[1]!);
    const unit = m[2]!.toLowerCase();
    raw(m.index!, m[0], ref, { deadline: { days: unit.startsWith('day') ? n : unit.startsWith('week') ? 7 * n : 0, months: unit.startsWith('month') ? n : 0 },
      d: unit.startsWith('month') ? null : ref.d, future: true });
  }
  for (const m of s.matchAll(PATTERNS.dottedNoYear)) {
    const d = +(m[1] ?? m[3])!, mo = +(m[2] ?? m[4])!;
    const at = m.index! + m[0].length - (m[1] ? `${m[1]}.${m[2]}.` : `${m[3]}.${m[4]}`).length;
    if (!valid({ y: 2000, m: mo, d })) continue;
    const tense = tenseAt(s, at);
    out.push({ start: base + at, end: base + m.index! + m[0].length, text: s.slice(at, m.index! + m[0].length), y: null, m: mo, d, weekday: null,
      relative: false, implied: { y: 0, m: mo, d }, sentence, future: tense === 'future', tense });
  }
  for (const m of s.matchAll(PATTERNS.deadline)) {
    const n = countOf(m[1]!.toLowerCase() === 'a' ? '1' : m[1]!);
    const unit = m[2]!.toLowerCase();
    // ("promised an answer within a day" is a duration: a deadline of days counts two or more.)
    if (unit.startsWith('day') && n < 2) continue;
    const days = unit === 'fortnight' ? 14 * n : unit.startsWith('week') ? 7 * n : unit.startsWith('day') ? n : 0;
    raw(m.index!, m[0], ref, { deadline: { days, months: unit.startsWith('month') ? n : 0 }, d: days ? ref.d : null, future: true });
  }
  for (const m of s.matchAll(PATTERNS.withinTheMonth)) raw(m.index!, m[0], ref, { d: null, m: ref.m });
  for (const m of s.matchAll(PATTERNS.weekPhrase)) {
    const monday = addDays(ref, -((weekday(ref) + 6) % 7) + (m[2]!.toLowerCase() === 'next' ? 7 : m[2]!.toLowerCase() === 'last' ? -7 : 0));
    const part = m[1]?.toLowerCase();
    if (part === 'early') raw(m.index!, m[0], monday, {});
    else if (part === 'late') raw(m.index!, m[0], addDays(monday, 4), {});
    // A week without a day: its month (the month of its Thursday, as ISO weeks count).
    else raw(m.index!, m[0], addDays(monday, 3), { d: null, m: addDays(monday, 3).m });
  }
  // "by the end of the week": no day is named, so the week is given as a week is (its month), as golds give "the end of
  // the month" as the month; the month of the week's Friday for its end, of its Monday for its start.
  for (const m of s.matchAll(PATTERNS.weekEdge)) {
    const which = m[2]!.toLowerCase();
    const monday = addDays(ref, -((weekday(ref) + 6) % 7) + (which === 'next' ? 7 : which === 'last' ? -7 : 0));
    const part = m[1]!.toLowerCase();
    const day = addDays(monday, part === 'end' || part === 'close' ? 4 : part === 'middle' ? 2 : 0);
    raw(m.index!, m[0], day, { d: null, m: day.m });
  }
  for (const m of s.matchAll(PATTERNS.weekdayOfWeek)) {
    const which = (m[2] ?? m[3])!.toLowerCase();
    const monday = addDays(ref, -((weekday(ref) + 6) % 7) + (which === 'next' ? 7 : which === 'last' ? -7 : 0));
    const want = WEEKDAY_INDEX[(m[1] ?? m[4])!.toLowerCase().slice(0, 3)]!;
    raw(m.index!, m[0], addDays(monday, (want + 6) % 7), {});
  }
  for (const m of s.matchAll(PATTERNS.offsetApposition)) {
    const wd = PATTERNS.weekdayName.exec(s.slice(m.index! + m[0].length))!;
    raw(m.index!, m[0], ref, { d: null, weekday: WEEKDAY_INDEX[wd[0].toLowerCase().slice(0, 3)] ?? null });
  }
  return out;
}

/** "the end of 2025" (its December), "the start of 2024" (its January): a named year's edge is a month; "Q3 2025": the year. */
function yearEdges(s: string, base: number, sentence: Span): RawDate[] {
  const out: RawDate[] = [];
  for (const m of s.matchAll(PATTERNS.yearEdgeNamed)) {
    const y = +m[2]!, mo = /^(end|close)$/i.test(m[1]!) ? 12 : 1;
    const tense = tenseAt(s, m.index!);
    out.push({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0], y, m: mo, d: null, weekday: null,
      relative: false, implied: { y, m: mo, d: 1 }, sentence, future: tense === 'future', tense });
  }
  for (const m of s.matchAll(PATTERNS.quarterYear)) {
    const y = +m[1]!;
    const tense = tenseAt(s, m.index!);
    out.push({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0], y, m: null, d: null, weekday: null,
      relative: false, implied: { y, m: 1, d: 1 }, sentence, future: tense === 'future', tense });
  }
  return out;
}

/** "Thursday the 19th of February": a day of a named month with its weekday, whose year the weekday may pin. */
function weekdayDaysOfMonth(s: string, base: number, sentence: Span): RawDate[] {
  const out: RawDate[] = [];
  for (const m of s.matchAll(PATTERNS.weekdayDayOfMonth)) {
    const d = +m[2]!, mo = MONTH_NUMBERS[m[3]!.toLowerCase()]!, y = m[4] ? +m[4] : null;
    if (!valid({ y: y ?? 2000, m: mo, d })) continue;
    const tense = tenseAt(s, m.index!);
    out.push({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0], y, m: mo, d,
      weekday: WEEKDAY_INDEX[m[1]!.toLowerCase().slice(0, 3)]!, relative: false, implied: { y: y ?? 0, m: mo, d }, sentence,
      future: tense === 'future', tense });
  }
  return out;
}

/** "mid-May", "early June 2025", "March of 2024", "since May": the month (chrono skips "mid-May"; "May" alone needs a context). */
function monthParts(s: string, base: number, sentence: Span): RawDate[] {
  const out: RawDate[] = [];
  for (const m of s.matchAll(PATTERNS.monthOfYear)) {
    // "May of 2024" needs a capital, as the month "May" alone does.
    if (!/^[A-Z]/.test(m[1]!)) continue;
    const mo = MONTH_NUMBERS[m[1]!.toLowerCase()]!, y = +m[2]!;
    const tense = tenseAt(s, m.index!);
    out.push({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0], y, m: mo, d: null, weekday: null,
      relative: false, implied: { y, m: mo, d: 1 }, sentence, future: tense === 'future', tense });
  }
  for (const m of s.matchAll(PATTERNS.monthPart)) {
    const mo = MONTH_NUMBERS[m[1]!.toLowerCase()]!;
    const y = m[2] ? +m[2] : null;
    const tense = tenseAt(s, m.index!);
    out.push({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0], y, m: mo, d: null, weekday: null,
      relative: false, implied: { y: y ?? 0, m: mo, d: 1 }, sentence, future: tense === 'future', tense });
  }
  // "on bail since May", "closed until May": a month since which something holds is past and a deadline told with no
  // tense lies ahead, as chrono's months are read (_parse.ts).
  for (const m of s.matchAll(PATTERNS.mayAfterPreposition)) {
    const at = m.index! + m[0].length - m[2]!.length;
    const lead = s.slice(0, at);
    const told = PATTERNS.pastLead.test(lead) ? 'past' : tenseAt(s, at);
    const tense = told === null && PATTERNS.untilLead.test(lead) ? 'future' : told;
    out.push({ start: base + at, end: base + at + m[2]!.length, text: m[2]!, y: null, m: 5, d: null, weekday: null,
      relative: false, implied: { y: 0, m: 5, d: 1 }, sentence, future: tense === 'future', tense });
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
 * (only "March 3"): both days become mentions, so each of the two days is found. Also "the first day of March" and "February
 * the 20th", another order chrono reads as the month alone.
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
  for (const m of s.matchAll(PATTERNS.firstDayOf)) {
    out.push(dayOf(s, base, sentence, m.index!, m[0], MONTH_NUMBERS[m[1]!.toLowerCase()]!, 1, m[2] ? +m[2] : null));
  }
  // "the night to 1 April" (a translation's calque of "в ночь на 1 апреля"): the language it comes from dates what
  // happened in that night by the day named, its small hours, so the mention is that day. English "the night before
  // 1 April" is the evening before, the day before the day named.
  for (const m of s.matchAll(PATTERNS.nightInto)) {
    const mo = MONTH_NUMBERS[(m[2] ?? m[3])!.toLowerCase()]!;
    const d = +(m[1] ?? m[4])!;
    const y = m[5] ? +m[5] : null;
    if (!valid({ y: y ?? 2000, m: mo, d })) continue;
    if (!PATTERNS.nightBefore.test(m[0])) { out.push(dayOf(s, base, sentence, m.index!, m[0], mo, d, y)); continue; }
    const eve = addDays({ y: y ?? 2001, m: mo, d }, -1);
    // A yearless 1 January: its eve is 31 December, whose year is inferred like any other yearless day.
    out.push(dayOf(s, base, sentence, m.index!, m[0], eve.m, eve.d, y === null ? null : eve.y));
  }
  // "February the 20th": spoken order, the day after the month.
  for (const m of s.matchAll(PATTERNS.monthTheDay)) {
    out.push(dayOf(s, base, sentence, m.index!, m[0], MONTH_NUMBERS[m[1]!.toLowerCase()]!, +m[2]!, m[3] ? +m[3] : null));
  }
  return out.filter((r): r is RawDate => r !== null);
}

/** "the next Wednesday", "the previous Friday": a weekday counted from the day told just before. */
function anchoredWeekdays(s: string, base: number, sentence: Span, ref: Ymd): RawDate[] {
  const out: RawDate[] = [];
  for (const m of s.matchAll(PATTERNS.anchoredWeekday)) {
    const wd = WEEKDAY_INDEX[m[3]!.toLowerCase().slice(0, 3)]!;
    const way = m[2] ? 'from' : /next|following/i.test(m[1]!) ? 'after' : 'before';
    const tense = tenseAt(s, m.index!);
    out.push({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0], y: null, m: null, d: null, weekday: wd,
      relative: true, implied: ref, sentence, future: way === 'after', tense, anchoredWeekday: way });
  }
  const push = (at: number, text: string, wd: number, way: 'after' | 'before' | 'from'): void => {
    out.push({ start: base + at, end: base + at + text.length, text, y: null, m: null, d: null, weekday: wd,
      relative: true, implied: ref, sentence, future: way === 'after', tense: tenseAt(s, at), anchoredWeekday: way });
  };
  for (const m of s.matchAll(PATTERNS.anchoredWeekdayAfter)) {
    push(m.index!, m[0], WEEKDAY_INDEX[m[1]!.toLowerCase().slice(0, 3)]!, m[2]!.toLowerCase() === 'after' ? 'after' : 'before');
  }
  // "next Tuesday and Wednesday": the list shares its first weekday's word, so the second is the first after the first.
  for (const m of s.matchAll(PATTERNS.coordinatedWeekday)) {
    const text = m[2]!, at = m.index! + m[0].length - text.length;
    const lead = m[1]!.toLowerCase();
    const tense = lead === 'last' ? 'past' : lead === 'this' ? tenseAt(s, at) : 'future';
    out.push({ start: base + at, end: base + at + text.length, text, y: null, m: null, d: null, weekday: WEEKDAY_INDEX[text.toLowerCase().slice(0, 3)]!,
      relative: true, implied: ref, sentence, future: tense === 'future', tense, anchoredWeekday: 'after' });
  }
  // A weekend told from a day: its Saturday.
  for (const m of s.matchAll(PATTERNS.anchoredWeekend)) {
    push(m.index!, m[0], 6, m[2] ? 'from' : /next|following/i.test(m[1]!) ? 'after' : 'before');
  }
  return out;
}

/** The step a period phrase's word takes from the date told before: "following"/"next" +1, "previous"/"preceding" -1, else 0. */
const stepOfWay = (way: string | undefined): number => {
  const w = way?.toLowerCase();
  return w === 'following' || w === 'next' ? 1 : w === 'previous' || w === 'preceding' ? -1 : 0;
};

/** The tense at a match with the match's own words blanked: "The next year, the village emptied" has no future cue in "next". */
const tenseBesideMatch = (s: string, m: RegExpMatchArray): ReturnType<typeof tenseAt> =>
  tenseAt(s.slice(0, m.index!) + ' '.repeat(m[0].length) + s.slice(m.index! + m[0].length), m.index!);

/** "the following year", "later that month", "the same year": a period stepped from the date told before. */
function anaphoricPeriods(s: string, base: number, sentence: Span, ref: Ymd): RawDate[] {
  const out: RawDate[] = [];
  for (const m of s.matchAll(PATTERNS.anaphoricPeriod)) {
    const step = stepOfWay(m[1]);
    const unit = m[2]!.toLowerCase() as 'year' | 'month' | 'week';
    const tense = tenseBesideMatch(s, m);
    out.push({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0], y: null, m: null, d: null, weekday: null,
      relative: true, implied: ref, sentence, future: tense === 'future', tense, anaphor: { unit, step } });
  }
  for (const m of s.matchAll(PATTERNS.seasonAnaphor)) {
    const step = stepOfWay(m[1]);
    const tense = tenseBesideMatch(s, m);
    out.push({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0], y: null, m: null, d: null, weekday: null,
      relative: true, implied: ref, sentence, future: tense === 'future', tense,
      anaphor: { unit: 'season', step, season: SEASON_MONTHS[m[2]!.toLowerCase()]! } });
  }
  // "The board met on March 5. The week before, the chairman had resigned.": the week before or after the day told;
  // "earlier in the week": that day's week.
  const week = (m: RegExpMatchArray, step: number, future: boolean): void => {
    const tense = tenseAt(s, m.index!);
    out.push({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0], y: null, m: null, d: null, weekday: null,
      relative: true, implied: ref, sentence, future: future && tense === 'future', tense, anaphor: { unit: 'week', step } });
  };
  for (const m of s.matchAll(PATTERNS.weekBeforeAfter)) week(m, m[1]!.toLowerCase() === 'after' ? 1 : -1, false);
  for (const m of s.matchAll(PATTERNS.inThePeriod)) {
    const unit = m[1]!.toLowerCase() as 'year' | 'month' | 'week';
    if (unit === 'week') { week(m, 0, true); continue; }
    const tense = tenseAt(s, m.index!);
    out.push({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0], y: null, m: null, d: null, weekday: null,
      relative: true, implied: ref, sentence, future: tense === 'future', tense, anaphor: { unit, step: 0 } });
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

/** The month, day and year of the last date named in `lead` ("signed 11/17/2026, ... not on the 16th"). */
function monthBefore(lead: string): { m: number; d: number | null; y: number | null } | null {
  const last = [...lead.matchAll(PATTERNS.namedMonthDate)].pop();
  if (!last) return null;
  const day = /\d{1,2}/.exec(last[0]);
  if (last[1]) return { m: monthNumber(last[1]), d: day ? +day[0] : null, y: null };
  if (last[2]) return { m: monthNumber(last[2]), d: day ? +day[0] : null, y: null };
  const a = +last[3]!, b = +last[4]!;
  // A numeric date says its order only when one part is above 12.
  return a > 12 ? { m: b, d: a, y: +last[5]! } : b > 12 ? { m: a, d: b, y: +last[5]! } : null;
}

/**
 * "arrested on February 28 and remanded on the 1st": a bare day smaller than the day named before it goes on into the
 * next month when that is the nearer reading (a day on, not four weeks back); "signed on the 17th, not on the 16th" and
 * "met on March 14; on the 3rd, ..." stay in the month named. A day something is set for (`scheduled`: "booked for the 9th")
 * lies after the day named before it: the next month's, however near the earlier reading. Never a past act after the reference.
 */
function ordinalMonth(named: { m: number; d: number | null; y: number | null }, d: number, tense: 'future' | 'past' | null, ref: Ymd, scheduled = false): { m: number; y: number | null } {
  if (named.d === null || d >= named.d) return named;
  const y0 = named.y ?? ref.y;
  const m = (named.m % 12) + 1;
  const y = named.y !== null && m === 1 ? named.y + 1 : named.y;
  const ahead = { y: m === 1 ? y0 + 1 : y0, m, d };
  const back = { y: y0, m: named.m, d };
  const from = { y: y0, m: named.m, d: named.d };
  if (!valid(ahead) || !valid(from) || (!scheduled && diffDays(from, ahead) >= diffDays(back, from))) return named;
  if (tense === 'past' && named.y !== null && diffDays(ref, ahead) > FUTURE_SLACK_DAYS) return named;
  return { m, y };
}

/**
 * Month of "from the 14th" (no month named): the month of a date named earlier in the sentence, else
 * the reference's, moved a month when the tense says the day has passed or is still to come.
 */
function ordinalDays(s: string, base: number, sentence: Span, ref: Ymd): RawDate[] {
  const out: RawDate[] = [];
  for (const m of s.matchAll(PATTERNS.ordinalDay)) {
    const d = m[2] ? +m[2] : m[3]!.toLowerCase().split(/[-\s]/).reduce((n, w) => n + (ORDINAL_DAY_WORDS[w] ?? NaN), 0);
    if (d < 1 || d > 31) continue;
    const at = m.index! + m[1]!.length + 1;
    const named = monthBefore(s.slice(0, m.index!));
    const tenseHere = tenseAt(s, at);
    const after = s.slice(m.index! + m[0].length);
    // "The closing date is the 17th.": a copula names a day only when the clause ends with it (not "is the 17th largest").
    // So with a verb of saying or of dating: "reports say the 15th;", "a copy dated the 14th." (not "said the 5th battalion").
    if (/^(?:is|was|says?|said|dated)$/i.test(m[1]!) && !PATTERNS.ordinalCopulaEnd.test(after)) continue;
    // "from the 7th Rescue Squadron": the ordinal is part of a unit's or a body's name. (Only after a lower-case "the":
    // a Title Case headline capitalises every word, "Talks Resume On The 14th As …".)
    // A sentence that opens "On the 22nd" sets its day before the subject, with the comma dropped ("On the 22nd Ombrisdale got
    // its power back."): a numbered name is not what a sentence opens on with "On the".
    const opensSentence = /^on$/i.test(m[1]!) && s.slice(0, m.index!).trim() === '';
    if (!opensSentence && PATTERNS.ordinalNameAfter.test(after) && /\bthe\s+\d/u.test(m[0])) continue;
    // "the 17th, a Friday": the nearest month whose 17th is a Friday, as "Friday the 17th".
    const apposed = PATTERNS.ordinalWeekdayAfter.exec(after);
    const onWeekday = apposed ? nearestOnWeekday(ref, d, WEEKDAY_INDEX[apposed[1]!.toLowerCase().slice(0, 3)]!, tenseHere) : undefined;
    if (onWeekday) {
      const text = s.slice(at, m.index! + m[0].length);
      out.push({ start: base + at, end: base + at + text.length, text, y: null, m: null, d, weekday: null,
        relative: true, implied: onWeekday, sentence, future: tenseHere === 'future', tense: tenseHere, weekdayDay: true });
      continue;
    }
    // "out of service since February 20, and a fix was booked for the 9th": what is set for a day lies after the day told
    // before it, so a smaller day of the month is the next month's.
    const inMonth = named && named.m ? ordinalMonth(named, d, tenseHere, ref, PATTERNS.scheduledLead.test(s.slice(0, at))) : null;
    if (inMonth && valid({ y: inMonth.y ?? 2000, m: inMonth.m, d })) {
      const text = s.slice(at, m.index! + m[0].length);
      out.push({ start: base + at, end: base + at + text.length, text, y: inMonth.y, m: inMonth.m, d, weekday: null,
        relative: false, implied: { y: inMonth.y ?? 0, m: inMonth.m, d }, sentence, future: tenseHere === 'future', tense: tenseHere });
      continue;
    }
    // "has not paid since the 22nd": a day counted from lies behind, whatever the verb's tense; "fares rise from the
    // 1st", "by the 16th" with no tense: a start or an end lies ahead.
    // "has called them to a hearing on the 18th": a present perfect gives a bare day of the month no past (see tenseAt).
    const told = m[1]!.toLowerCase() === 'since' ? 'past' : tenseAt(s, at, false, true);
    // "the restart the company set last week for the 20th": a day a plan is set for lies ahead of the setting, whatever the
    // tense of the setting; set in the past, it is a future told in the past (below), not a day of the month before.
    const plannedFor = /^for$/i.test(m[1]!) && PATTERNS.plannedForLead.test(s.slice(0, at));
    const tense = plannedFor || (told === null && PATTERNS.ordinalAheadLead.test(m[1]!)) ? 'future' : told;
    // "had said last week that the repairs would start on the 18th": a future told in the past lies after the saying, not
    // after the page, so a day gone by this month is as good a reading as next month's: the nearer one.
    const toldInPast = tense === 'future' && d < ref.d && (PATTERNS.pastSaidWould.test(s.slice(0, at)) || (plannedFor && told === 'past'))
      && ref.d - d <= diffDays(ref, fromDate(new Date(Date.UTC(ref.y, ref.m, d, 12))));
    const shift = tense === 'future' && d < ref.d && !toldInPast ? 1 : tense === 'past' && d > ref.d ? -1 : 0;
    const first = fromDate(new Date(Date.UTC(ref.y, ref.m - 1 + shift, 1, 12)));
    const day = { ...first, d };
    if (!valid(day)) continue;
    const text = s.slice(at, m.index! + m[0].length);
    out.push({ start: base + at, end: base + at + text.length, text, y: null, m: null, d, weekday: null,
      relative: true, implied: day, sentence, future: tense === 'future', tense, ordinalDay: true });
  }
  return out;
}

/**
 * "Sunday the 26th", "Friday the 13th": the month in which that day falls on that weekday — a month named before it
 * in the sentence when it fits, else the nearest such month the tense allows (the past up to a week ahead of the
 * reference, the future from a week back).
 */
function weekdayOrdinals(s: string, base: number, sentence: Span, ref: Ymd): RawDate[] {
  const out: RawDate[] = [];
  for (const m of s.matchAll(PATTERNS.weekdayOrdinal)) {
    const want = WEEKDAY_INDEX[m[1]!.toLowerCase().slice(0, 3)]!;
    const d = +(m[2] ?? m[3]!);
    const tense = tenseAt(s, m.index!);
    const named = monthBefore(s.slice(0, m.index!));
    const day = named?.m ? dayOnWeekday({ y: named.y ?? ref.y, m: named.m, d }, want) : null;
    const pick = day ?? nearestOnWeekday(ref, d, want, tense);
    if (!pick) continue;
    out.push({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0], y: null, m: null, d, weekday: null,
      relative: true, implied: pick, sentence, future: tense === 'future', tense, weekdayDay: true });
  }
  return out;
}

/** Day `d` of the month nearest the reference (six months either way) in which it falls on weekday `want`, as the tense allows. */
function nearestOnWeekday(ref: Ymd, d: number, want: number, tense: 'future' | 'past' | null | undefined): Ymd | undefined {
  return Array.from({ length: 13 }, (_, i) => fromDate(new Date(Date.UTC(ref.y, ref.m - 1 + i - 6, 1, 12))))
    .map((first) => ({ y: first.y, m: first.m, d }))
    .filter((x) => valid(x) && weekday(x) === want)
    .filter((x) => !tense || (tense === 'future' ? diffDays(ref, x) >= -FUTURE_SLACK_DAYS : diffDays(ref, x) <= FUTURE_SLACK_DAYS))
    .sort((a, b) => Math.abs(diffDays(ref, a)) - Math.abs(diffDays(ref, b)))[0];
}

/** The day itself when it exists and falls on weekday `want`, else null. */
function dayOnWeekday(day: Ymd, want: number): Ymd | null {
  return valid(day) && weekday(day) === want ? day : null;
}

/**
 * "29 February", "Feb. 29" with no year, when the reference year has no leap day (chrono drops them then): a
 * month/day whose year is inferred like any other, among leap years.
 */
function leapDays(s: string, base: number, sentence: Span, ref: Ymd): RawDate[] {
  const out: RawDate[] = [];
  for (const m of s.matchAll(PATTERNS.leapDay)) {
    // (The reference year is read only where the text names the day: a sentence that does not parses alike on every day.)
    if (valid({ y: ref.y, m: 2, d: 29 })) return [];
    const tense = tenseAt(s, m.index!);
    const wd = m[1] ? WEEKDAY_INDEX[m[1].toLowerCase().slice(0, 3)]! : null;
    out.push({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0], y: null, m: 2, d: 29, weekday: wd,
      relative: false, implied: { y: 0, m: 2, d: 29 }, sentence, future: tense === 'future', tense });
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
    const name = (m[1] ?? m[2])!.toLowerCase().replace(/[’']/g, '').replace(/^st\.?/, 'st')
      .replace(/^mlk\b/, 'martin luther king').replace(/\s+jr\.?(?=\s)/, '');
    const day = holidayDay(name, ref.y);
    if (!day) continue;
    const off = PATTERNS.holidayOffset.exec(s.slice(0, m.index!));
    const offset: HolidayOffset = off ? `${/first/i.test(off[1]!) ? 'workday' : 'day'}-${off[2]!.toLowerCase() as 'after' | 'before'}` : null;
    const start = off ? off.index : m.index!;
    const tense = tenseAt(s, start);
    const moveable = !HOLIDAYS[name];
    const end = m.index! + m[0].length;
    // "on Labor Day 2014": the year given with it is that holiday's, whatever the reference year.
    const year = offset ? null : PATTERNS.holidayYear.exec(s.slice(end));
    if (year) {
      const given = holidayDay(name, +year[1]!)!;
      const to = end + year[0].length;
      out.push({ start: base + start, end: base + to, text: s.slice(start, to), y: given.y, m: given.m, d: given.d,
        weekday: null, relative: false, implied: given, sentence, future: tense === 'future', tense });
      continue;
    }
    out.push({ start: base + start, end: base + end, text: s.slice(start, end), y: null, m: day.m, d: day.d,
      weekday: null, relative: false, implied: { y: 0, m: day.m, d: day.d }, sentence, future: tense === 'future', tense,
      holiday: offset || moveable ? { name, offset } : undefined });
  }
  return out;
}

/**
 * "by the weekend" → the coming Saturday; "last weekend" or a past clause → the Saturday before the reference
 * (on a Saturday, the weekend under way). "over the weekend" with no tense, early in the week, is the one just
 * past: news tells what happened ("faces charges after a shooting over the weekend").
 */
function weekends(s: string, base: number, sentence: Span, ref: Ymd): RawDate[] {
  const out: RawDate[] = [];
  for (const m of s.matchAll(PATTERNS.weekend)) {
    const lead = m[1]!.toLowerCase();
    const tense = tenseAt(s, m.index!);
    const now = weekday(ref);
    const named = lead === 'last' || lead.endsWith('past');
    const early = tense === null && lead !== 'next' && lead !== 'this' && now >= 1 && now <= EARLY_WEEK_LAST_DAY;
    const past = named || early || (tense === 'past' && lead !== 'next');
    // "next weekend" is the coming weekend to some writers and the one after it to others: it names no day, only the month
    // of the first weekend not under way (on a Sunday, the one six days on).
    const next = lead === 'next' && !past;
    const day = past ? addDays(ref, now === 6 && !named ? 0 : -(((now - 6 + 7) % 7) || 7))
      : next ? addDays(ref, ((6 - now + 7) % 7) || 7)
        : addDays(ref, now === 0 ? -1 : (6 - now + 7) % 7);
    const at = lead === 'last' || lead === 'next' || lead === 'this' || lead.endsWith('past') ? m.index! : m.index! + m[1]!.length + 1;
    const text = s.slice(at, m.index! + m[0].length);
    out.push({ start: base + at, end: base + at + text.length, text, y: null, m: next ? day.m : null, d: next ? null : day.d, weekday: null,
      relative: true, implied: day, sentence, future: !past, tense });
  }
  return out;
}

/**
 * "expected midweek" → the Wednesday of the week (the next one once this week's is over); told in the past or after
 * "last" → the Wednesday before the reference (this week's, once it is over).
 */
function midweeks(s: string, base: number, sentence: Span, ref: Ymd): RawDate[] {
  const out: RawDate[] = [];
  for (const m of s.matchAll(PATTERNS.midweek)) {
    const lead = m[1]?.toLowerCase();
    const tense = tenseAt(s, m.index!);
    const now = weekday(ref);
    const past = lead === 'last' || (tense === 'past' && lead !== 'next' && lead !== 'by' && lead !== 'until' && lead !== 'till');
    const day = past ? addDays(ref, -(((now - 3 + 7) % 7) || 7)) : addDays(ref, (3 - now + 7) % 7 + (lead === 'next' && now <= 3 ? 7 : 0));
    const at = lead && lead !== 'this' && lead !== 'next' && lead !== 'last' ? m.index! + m[1]!.length + 1 : m.index!;
    const text = s.slice(at, m.index! + m[0].length);
    out.push({ start: base + at, end: base + at + text.length, text, y: null, m: null, d: day.d, weekday: null,
      relative: true, implied: day, sentence, future: !past, tense });
  }
  return out;
}

/**
 * Every date our own rules find in sentence text `s` (starting at `base`), read against `ref`; `hour`: the hour of that day
 * the sentence was told at, when the text gives it (see spokenHour), else noon.
 */
export function ownRules(s: string, base: number, sentence: Span, ref: Ymd, future: boolean, hour = NOON): RawDate[] {
  return [...slashDates(s, base, sentence, future), ...yearsOnly(s, base, sentence, future), ...seasons(s, base, sentence, ref),
    ...ordinalDays(s, base, sentence, ref), ...weekdayOrdinals(s, base, sentence, ref), ...leapDays(s, base, sentence, ref), ...holidays(s, base, sentence, ref),
    ...weekends(s, base, sentence, ref), ...midweeks(s, base, sentence, ref), ...monthParts(s, base, sentence), ...dayPairs(s, base, sentence),
    ...anchoredWeekdays(s, base, sentence, ref), ...anaphoricPeriods(s, base, sentence, ref), ...moreYears(s, base, sentence, ref, hour),
    ...dayPhrases(s, base, sentence, ref), ...yearEdges(s, base, sentence), ...weekdayDaysOfMonth(s, base, sentence)];
}
