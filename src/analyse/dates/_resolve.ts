/** Turn a raw date expression into a calendar date against the reference, recording how. */
import type { DateMention } from '../../contract/pipeline.ts';
import { AFTER_PUBLISH_SLACK_DAYS, FAR_AHEAD_DAYS, FUTURE_SLACK_DAYS, NARRATIVE_GAP_DAYS, NEAREST_YEAR_METHOD, NARRATIVE_REACH_CHARS, RELATIVE_TO_PAGE_METHOD, ORDINAL_MONTH_REACH_CHARS, RECENT_SPEECH_DAYS, RECENTLY_PAST_DAYS, ROUNDED_WEEKS, STORY_RUN_DAYS, UNMARKED_AHEAD_DAYS, WEEKDAY_SLIP_DAYS, WEEKDAY_YEARS_AHEAD, WEEKDAY_YEARS_BACK, APPOSITION_METHOD, yearWordMethod } from './constants.ts';
import { NON_WORKING_DAYS, ORDINAL_YEARS, PATTERNS } from './patterns.ts';
import { addDays, diffDays, fmt, fromDate, valid, weekday, type Ymd } from './_calendar.ts';
import { countOf, holidayDay } from './_rules.ts';
import type { HolidayOffset, RawDate } from './_tense.ts';

export interface ResolveContext {
  text: string;
  ref: Ymd | null;
  /** "M-D" → year, from month/day mentions elsewhere in the text that carry a year. */
  knownYears: Map<string, number>;
  /** Last day-precision date resolved before this mention, for "a day earlier" (mid-month for a month). */
  anchor?: Ymd | null;
  /** The anchor is a month told after the last day ("in mid-October"): offsets from it are months. */
  anchorMonthOnly?: boolean;
  /** Where the anchor was told (its start offset). */
  anchorAt?: number;
  /** The last day told (day precision), and where, kept when a month is told after it: see sameDayAnchor. */
  lastDay?: { ymd: Ymd; at: number } | null;
  /** The last day-precision date resolved before this mention that is not after the reference: see sameDayAnchor. */
  pastAnchor?: Ymd | null;
  /** The last date told at any precision, for "a year later" after "in 1962". */
  lastTold?: { ymd: Ymd; precision: 'day' | 'month' | 'year'; at?: number } | null;
  /** The last date told with its year written out, and where: "arrested in March 2025 and sentenced in July". */
  yearTold?: { ymd: Ymd; at: number } | null;
  /** The last day told outright with its weekday ("Tuesday, March 3"), and where: a day-by-day story's day. */
  dayTold?: { ymd: Ymd; at: number } | null;
  /** The last night told ("in the night to 1 April", "on Tuesday night"), and where: the night "that night" takes up. */
  nightTold?: { ymd: Ymd; at: number } | null;
  /** The last day told at night or with an evening clock time ("at 11.40pm on Wednesday"), and where: see nextSmallHours. */
  lateTold?: { ymd: Ymd; at: number } | null;
}

/** The last day told (the anchor, when it is a day and not a month) and where it was told; null if none. */
export function lastDayTold(ctx: ResolveContext): { ymd: Ymd; at: number } | null {
  return ctx.anchor && !ctx.anchorMonthOnly && ctx.anchorAt !== undefined ? { ymd: ctx.anchor, at: ctx.anchorAt } : null;
}

/**
 * "The dam failed on Tuesday, March 3. On Wednesday, rescuers ...", read on March 20: news names bare
 * weekdays only within the week before the page, so a bare past weekday right after a day told with its
 * weekday more than a week back goes on with that day-by-day story, the first such weekday after it. Only
 * in the same or the next paragraph, and never when the weekday would fall on or after the page date.
 * (A date told without its weekday, "signed on June 11 last year", is background: weekdays after it are the page's.)
 */
function narrativeWeekday(r: RawDate, ctx: ResolveContext): DateMention | null {
  // "The storm broke on September 29 ... the stray heifer was led back on the Friday": a weekday with the article is one
  // of the week the story tells, not of the page's: with no day told with its weekday, it goes on from the last day told.
  const told = ctx.dayTold ?? (/\bthe\s+$/i.test(ctx.text.slice(Math.max(0, r.start - 6), r.start)) ? lastDayTold(ctx) : null);
  if (!told || !ctx.ref || r.future || diffDays(told.ymd, ctx.ref) <= NARRATIVE_GAP_DAYS) return null;
  if (PATTERNS.markedWeekday.test(r.text.trim()) || r.start - told.at > NARRATIVE_REACH_CHARS) return null;
  // "first heard of it on Thursday the 19th of February ... 'she knew on Thursday'": the very weekday the story dated
  // is that day told again (a later one would be "a week later"), however many short paragraphs (a transcript's turns) lie between.
  const same = r.weekday === weekday(told.ymd);
  if (!same && (ctx.text.slice(told.at, r.start).match(PATTERNS.paragraphBreak) ?? []).length > 1) return null;
  // "took ambulances again from Saturday the 14th; imaging followed last Thursday; and the records returned on Monday":
  // a day of the page's own week told since the story's day brings the telling up to the page; a bare weekday after it
  // is the page's, not one more step of the story weeks back. So is the story's own weekday told again after it ("the first
  // attempt on Tuesday, September 15 ... apologised last Monday, went to the village on Tuesday": the Tuesday after that Monday).
  const a = ctx.anchor;
  if (a && !ctx.anchorMonthOnly && (ctx.anchorAt ?? -1) > told.at && diffDays(a, ctx.ref) >= 0
    && diffDays(a, ctx.ref) <= NARRATIVE_GAP_DAYS) return null;
  const day = same ? told.ymd : addDays(told.ymd, (r.weekday! - weekday(told.ymd) + 7) % 7);
  if (diffDays(day, ctx.ref) <= 0) return null;
  return mention(r, fmt(day), 'day', same ? 'the weekday the story dated before' : 'weekday after the day the story told before');
}

/** "was last inspected", "last had its lines checked": the latest time a thing was done, counted back from the page. */
const LAST_DONE = /\blast\s+(?:had|was|were|\p{L}{3,}ed)\b/iu;

/**
 * "The two men appear before a judge on Friday. Her client 'was asleep at home that night'": a night told in the past
 * tense is no night still ahead of the page, so "that night" (or "that day") skips a day told just before it that lies after
 * the page date (a hearing set for Friday, a meeting "set for the 24th") and is the last past day told before, or none.
 */
function sameDayAnchor(r: RawDate, ctx: ResolveContext, ref: Ymd): Ymd | null {
  // "The pumps stopped in the night to 1 April. Since 2 April residents boil water. '... in that night we failed'": "that
  // night" takes up the night told before (in its paragraph or the one before), not a day told since.
  // But "the water broke through late on April 15, and by that night the valley knew": a day named earlier in the same
  // sentence is the day its "that night" belongs to, whatever night was told before it.
  const night = ctx.nightTold;
  const daySameSentence = ctx.anchor && !ctx.anchorMonthOnly && ctx.anchorAt !== undefined && ctx.anchorAt >= r.sentence.start && ctx.anchorAt < r.start;
  if (night && !(daySameSentence && ctx.anchorAt! > night.at) && PATTERNS.nightWord.test(r.text)
    && (ctx.text.slice(night.at, r.start).match(PATTERNS.paragraphBreak) ?? []).length <= 1) return night.ymd;
  // "visited the ward on Wednesday and ordered a report by the end of October. Prosecutors opened an inquiry the same day":
  // "the same day" names a day, and a month told since (a deadline, a period) has none: it is the day told before that
  // month, in its paragraph.
  const lastDay = ctx.lastDay;
  if (ctx.anchorMonthOnly && lastDay && lastDay.at < (ctx.anchorAt ?? -1) && !ctx.text.slice(lastDay.at, r.start).includes('\n')) return lastDay.ymd;
  const a = ctx.anchor;
  if (!a || ctx.anchorMonthOnly || r.tense !== 'past' || diffDays(ref, a) <= 0) return a ?? null;
  return ctx.pastAnchor ?? null;
}

/**
 * "derailed at 11.40pm on Wednesday ... opened the schools to evacuees before 1am": the small hours told after a day told at
 * night (a clock time of the evening, "night", "midnight"), with no day told since but that day or the next (a quote's
 * "today", a caption's "on Thursday morning"), are that night's end: the next day. With no such night the time names no
 * day (the page's own small hours, or any day's).
 */
function nextSmallHours(r: RawDate, ctx: ResolveContext, ref: Ymd): DateMention | null {
  const late = ctx.lateTold;
  if (!late) return null;
  const day = addDays(late.ymd, diffDays(ref, r.implied));
  return mention(r, fmt(day), 'day', 'the small hours after the night told before');
}

/** A future told in the past ("said on Monday that talks would begin on Tuesday"): the weekday after the day it was said. */
function futureInPast(r: RawDate, ctx: ResolveContext): DateMention | null {
  const a = ctx.anchor;
  if (!a || ctx.anchorMonthOnly || !ctx.ref || ctx.anchorAt === undefined || ctx.anchorAt < r.sentence.start || diffDays(a, ctx.ref) <= 0) return null;
  if (!PATTERNS.futureInPast.test(ctx.text.slice(ctx.anchorAt, r.start))) return null;
  const day = addDays(a, ((r.weekday! - weekday(a) + 7) % 7) || 7);
  return mention(r, fmt(day), 'day', 'weekday after the day it was said');
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
/** Chrono keeps trailing punctuation ("On Wednesday,"): the span ends at the last word. */
const mention = (r: RawDate, value: string, precision: 'day' | 'month' | 'year', method: string): DateMention => {
  const text = r.text.replace(/[\s,.;:]+$/, '');
  return { start: r.start, end: r.start + text.length, text, date: { value, precision }, method };
};

/** A weekday without a date: this week's, the last one, or the next one. */
function resolveWeekday(r: RawDate, ref: Ymd, text = ''): DateMention {
  const want = r.weekday!;
  const now = weekday(ref);
  // Chrono keeps trailing punctuation ("last Friday,"): the word patterns need it gone.
  const t = r.text.trim().replace(/[\s,.;:]+$/, '');
  let day: Ymd;
  let method = 'weekday before document date';
  if (PATTERNS.thisWeekday.test(t)) {
    const monday = addDays(ref, -((now + 6) % 7));
    day = addDays(monday, (want + 6) % 7);
    method = 'weekday in document week';
  } else if (PATTERNS.nextWeekday.test(t) || (r.future && !PATTERNS.lastWeekday.test(t))) {
    // "by Monday" said on a Monday is the next one; "will meet on Monday" said on a Monday may be that day.
    const ahead = PATTERNS.nextWeekday.test(t) || r.untilDay ? ((want - now + 7) % 7) || 7 : (want - now + 7) % 7;
    // "next Friday" written on a Thursday is a week on: tomorrow would be "tomorrow" (as "last Tuesday" on a Wednesday).
    day = addDays(ref, ahead === 1 && PATTERNS.nextWeekday.test(t) && /^next\b/i.test(t) ? 8 : ahead);
    method = 'weekday after document date';
  } else if (PATTERNS.lastWeekday.test(t)) {
    // "last Tuesday" written on a Wednesday is the week before: yesterday would be "Tuesday".
    const back = ((now - want + 7) % 7) || 7;
    day = addDays(ref, -(back === 1 ? back + 7 : back));
  } else {
    // "has been working day and night since Friday" written on a Friday: a span that began on the page's own day would
    // run "since this morning"; a weekday names the last one before it.
    const since = PATTERNS.sinceBefore.test(text.slice(Math.max(0, r.start - 8), r.start)) ? 7 : 0;
    day = addDays(ref, -(((now - want + 7) % 7) || since));
  }
  return mention(r, fmt(day), 'day', method);
}

/** "the next Wednesday" after the day told before ("arrived on Monday ... left the next Wednesday"). */
function resolveAnchoredWeekday(r: RawDate, anchor: Ymd, from: string): DateMention {
  const now = weekday(anchor);
  const want = r.weekday!;
  const day = r.anchoredWeekday === 'after' ? addDays(anchor, ((want - now + 7) % 7) || 7)
    : r.anchoredWeekday === 'from' ? addDays(anchor, (want - now + 7) % 7)
      : addDays(anchor, -(((now - want + 7) % 7) || 7));
  return mention(r, fmt(day), 'day', `weekday ${r.anchoredWeekday} ${from}`);
}

const working = (a: Ymd): boolean => weekday(a) !== 0 && weekday(a) !== 6 && !NON_WORKING_DAYS.some(([m, d]) => a.m === m && a.d === d);

/** A holiday's day in year y, moved by "the day after", "the first working day before", .... */
function holidayIn(name: string, offset: HolidayOffset, y: number): Ymd | null {
  const base = holidayDay(name, y);
  if (!base || !offset) return base;
  const step = offset.endsWith('after') ? 1 : -1;
  let day = addDays(base, step);
  if (offset.startsWith('workday')) while (!working(day)) day = addDays(day, step);
  return day;
}

/**
 * Whether a day `dist` days after the reference fits the tense told around the date: the future lies no
 * more than a week back, the past no more than a week ahead; with no tense cue at all ("the Nov. 8 election"
 * in September), a near month ahead may be meant.
 */
function fitsTense(r: RawDate, dist: number): boolean {
  return r.future ? dist >= -FUTURE_SLACK_DAYS : dist <= (r.tense === null ? UNMARKED_AHEAD_DAYS : FUTURE_SLACK_DAYS);
}

/** "the following year", "later that month": stepped from the date told before (else from the reference). */
function resolveAnaphor(r: RawDate, ctx: ResolveContext, ref: Ymd): DateMention | null {
  const { unit, step } = r.anaphor!;
  // "will decide in the next month": told ahead, it is the page's next month, whatever was told before.
  const told = r.future ? null : ctx.lastTold;
  if (unit === 'season') {
    // "that summer": the summer of the year told; "the following spring": the first spring to begin after the date told;
    // "the previous autumn": the last one over before it. A year, as "last summer" is.
    const [first, last] = r.anaphor!.season!;
    const from = told ? told.ymd : ref;
    if (told && told.precision === 'year' && step !== 0) return null;
    const y = step === 0 ? from.y : step > 0 ? (first > from.m ? from.y : from.y + 1) : (last < from.m ? from.y : from.y - 1);
    return mention(r, String(y), 'year', told ? 'season counted from the date mentioned before' : RELATIVE_TO_PAGE_METHOD);
  }
  if (unit === 'year') {
    return mention(r, String((told ? told.ymd.y : ref.y) + step), 'year', told ? 'year stepped from the date mentioned before' : RELATIVE_TO_PAGE_METHOD);
  }
  if (told && told.precision === 'year') return null;
  if (unit === 'week') {
    // "later that week", "the following week": a week, given as its month (the month of its Thursday, as "last week" is),
    // counted from the last day told (a weekday too: "met on Monday ... later that week").
    const a = r.future ? undefined : ctx.anchor;
    if (a && ctx.anchorMonthOnly) return step === 0 ? mention(r, `${a.y}-${pad2(a.m)}`, 'month', 'month of the date mentioned before') : null;
    const from = a ?? ref;
    const thursday = addDays(from, -((weekday(from) + 6) % 7) + 7 * step + 3);
    // "that week", "the same week": the day told's own month; "later that week": the later of it and the week's Thursday.
    const day = step !== 0 ? thursday : /^later\b/i.test(r.text) ? (diffDays(from, thursday) > 0 ? thursday : from)
      : /^earlier\b/i.test(r.text) ? (diffDays(from, thursday) < 0 ? thursday : from) : from;
    return mention(r, `${day.y}-${pad2(day.m)}`, 'month', a ? 'week stepped from the date mentioned before' : RELATIVE_TO_PAGE_METHOD);
  }
  const from = told ? told.ymd : ref;
  const at = new Date(Date.UTC(from.y, from.m - 1 + step, 1, 12));
  return mention(r, `${at.getUTCFullYear()}-${pad2(at.getUTCMonth() + 1)}`, 'month', told ? 'month stepped from the date mentioned before' : RELATIVE_TO_PAGE_METHOD);
}

/**
 * "The crisis began in March. On the 3rd, ...": a day of the month with no month takes the month told just
 * before (in its sentence or the one before), not the page's, when that month is over: a story told back.
 * (A month ahead, "bids are due by March 7", says nothing of "approved on the 14th", the page's month.)
 */
function ordinalInToldMonth(r: RawDate, ctx: ResolveContext): DateMention | null {
  const told = ctx.lastTold;
  const ref = ctx.ref;
  if (!told || !ref || told.precision === 'year' || told.at === undefined || told.at < r.sentence.start - ORDINAL_MONTH_REACH_CHARS) return null;
  if (told.ymd.y * 12 + told.ymd.m >= ref.y * 12 + ref.m) return null;
  if ((ctx.text.slice(told.at, r.start).match(PATTERNS.sentenceEnd) ?? []).length > 1) return null;
  const day = { y: told.ymd.y, m: told.ymd.m, d: r.d! };
  // "sank on 24 February. On the 2nd, ...": a smaller day after a day told goes on into the next month when that is
  // nearer (and not after the reference). "began on April 27. By the 13th, 41 had been checked": what was done by a day
  // was done after the day told as its start, so "by" a smaller day is the next month's however near the earlier one.
  const next = fromDate(new Date(Date.UTC(told.ymd.y, told.ymd.m, r.d!, 12)));
  const byLead = PATTERNS.byLead.test(ctx.text.slice(Math.max(0, r.start - 8), r.start));
  if (told.precision === 'day' && r.d! < told.ymd.d && next.d === r.d && (byLead || diffDays(told.ymd, next) < diffDays(day, told.ymd))
    && diffDays(next, ref) >= 0) return mention(r, fmt(next), 'day', 'day of the month after the day told before');
  if (!valid(day)) return null;
  // "visited on the 27th and will return on the 9th": a day still to come is not in a month already over (unless told
  // as a future in the past, "said it would pay on the 9th"); it is read against the reference.
  if (r.future && diffDays(day, ref) > FUTURE_SLACK_DAYS && !PATTERNS.futureInPast.test(ctx.text.slice(r.sentence.start, r.start))) return null;
  return mention(r, fmt(day), 'day', 'day of the month told before');
}

/**
 * The past day a future told in the past counts from: a day told before it in its sentence ("met on January 12 and
 * agreed to replace it by June"), before the page, with a would/agreed-to between them; null otherwise.
 */
function futureSetOn(r: RawDate, ctx: ResolveContext, ref: Ymd): Ymd | null {
  const a = ctx.anchor;
  if (!r.future || !a || ctx.anchorMonthOnly || ctx.anchorAt === undefined || ctx.anchorAt < r.sentence.start || ctx.anchorAt >= r.start) return null;
  if (diffDays(a, ref) <= 0) return null;
  return PATTERNS.futureInPast.test(ctx.text.slice(ctx.anchorAt, r.start)) ? a : null;
}

/** Year of a month/day (or month) given without one. */
function inferYear(r: RawDate, ctx: ResolveContext): { y: number; method: string } | null {
  const m = r.m!;
  const d = r.d ?? 1;
  // The month and day in year y, the 28th where that year lacks the day, so a month without a day compares too.
  const inYear = (y: number): Ymd => ({ y, m, d: valid({ y, m, d }) ? d : 28 });
  // Whether the month and day come on or after `from` within a year (a month without a day: in its month or later).
  const onOrAfter = (from: Ymd): boolean => m > from.m || (m === from.m && (r.d === null || d >= from.d));
  const sentence = ctx.text.slice(r.sentence.start, r.sentence.end);
  const ref = ctx.ref;
  if (r.d !== null && r.weekday !== null && ref) {
    const years: number[] = [];
    for (let y = ref.y - WEEKDAY_YEARS_BACK; y <= ref.y + WEEKDAY_YEARS_AHEAD; y++) {
      if (valid({ y, m, d }) && weekday({ y, m, d }) === r.weekday) years.push(y);
    }
    // "sank on Friday, 13 March" told in the past is not next year's Friday 13 March. The weekday is the firmer
    // cue: a tense (often a relative clause's, "a filing dated ...") only rules out a year a season or more the wrong way.
    const told = years.filter((y) => {
      const dist = diffDays(ref, { y, m, d });
      return r.tense === null || (r.future ? dist >= -UNMARKED_AHEAD_DAYS : dist <= UNMARKED_AHEAD_DAYS);
    });
    const pool = told.length ? told : years;
    // "freed on Friday, December 6" in a page of December 15 whose December 6 is a Saturday: a recent day with a
    // slipped weekday (or a weekday the text gets wrong), not a Friday, December 6 years back.
    // Past: on or just before the page (a day after it is no recent past); future: from the page on.
    const slipFits = (dist: number): boolean => Math.abs(dist) <= WEEKDAY_SLIP_DAYS
      && (r.tense === null || (r.future ? dist >= -AFTER_PUBLISH_SLACK_DAYS : dist <= AFTER_PUBLISH_SLACK_DAYS));
    const recent = [ref.y - 1, ref.y, ref.y + 1].filter((y) => valid({ y, m, d }) && slipFits(diffDays(ref, { y, m, d })))[0];
    if (recent !== undefined && !pool.includes(recent)) return { y: recent, method: `${NEAREST_YEAR_METHOD} (the weekday given does not match)` };
    if (pool.length) {
      const best = pool.sort((a, b) => Math.abs(diffDays(ref, { y: a, m, d })) - Math.abs(diffDays(ref, { y: b, m, d })))[0]!;
      return { y: best, method: 'year from weekday' };
    }
  }
  if (r.d !== null) {
    const known = ctx.knownYears.get(`${m}-${d}`);
    if (known) return { y: known, method: 'year from the same date elsewhere in text' };
  }
  if (!ref) return null;
  // "the first anniversary of the accord signed on May 2": the date after the word is the old event's;
  // "May 2 marked the first anniversary" is the anniversary day itself, in the ordinary year.
  // "unveiled on the first anniversary next November": a month marked "next" or "last" tells its own year from the page
  // (see the monthLead rule below); the anniversary is that month's, not an old event's.
  const ann = PATTERNS.anniversary.exec(sentence);
  const marked = r.d === null && PATTERNS.monthLead.test(ctx.text.slice(Math.max(0, r.start - 6), r.start));
  if (ann && !marked && r.sentence.start + ann.index < r.start) {
    const word = ann[1]!.toLowerCase();
    const n = ORDINAL_YEARS[word] ?? parseInt(word, 10);
    if (n > 0) return { y: ref.y - n, method: 'year from anniversary' };
  }
  // "on June 11 last year", "March 3 next year", "last year, on May 2": next to the date, not anywhere in the sentence.
  const near = PATTERNS.yearWordNear.exec(ctx.text.slice(Math.max(r.sentence.start, r.start - 20), Math.min(r.sentence.end, r.end + 20)));
  if (near) {
    const word = (near[1] ?? near[2])!.toLowerCase();
    const step = word.startsWith('next') ? 1 : word.startsWith('this') ? 0 : -1;
    return { y: ref.y + step, method: yearWordMethod(word) };
  }
  // "arrested in March 2025 and sentenced in July": the first such day after the date the sentence gave with its year.
  const told = ctx.yearTold;
  // Not into the next year when that puts the day most of a year after the page ("was on 2/24/2026; the union says
  // February 11"): news does not name a day that far ahead without its year, so it is a rival or earlier day of the year told.
  if (told && told.at >= r.sentence.start && told.at < r.start) {
    const after = onOrAfter(told.ymd);
    const farAhead = !after && diffDays(ref, inYear(told.ymd.y + 1)) > FAR_AHEAD_DAYS;
    return { y: after || farAhead ? told.ymd.y : told.ymd.y + 1, method: 'year from the date told before it in the sentence' };
  }
  // "The storm hit on 12 March 2019. On 14 March, the dam burst.": a day told in the next sentence, within a month
  // after the day told with its year, goes on with that story (further on, it may be the page's own time again).
  if (told && r.d !== null && told.at < r.sentence.start && r.start - told.at <= ORDINAL_MONTH_REACH_CHARS
    && (ctx.text.slice(told.at, r.start).match(PATTERNS.sentenceEnd) ?? []).length <= 1) {
    const y = onOrAfter(told.ymd) ? told.ymd.y : told.ymd.y + 1;
    const gap = valid({ y, m, d }) ? diffDays(told.ymd, { y, m, d }) : -1;
    if (gap >= 0 && gap <= STORY_RUN_DAYS) return { y, method: 'year from the date told just before it' };
  }
  // "The mine closed on 3 May 2019. By December, the village had emptied.": a month alone told in the past in the next
  // sentence, within the year after a day told with its year, goes on with that story.
  // But "the boilers were last serviced in March": what was last done is told of its latest time before the page, not of the story.
  if (told && r.d === null && r.tense === 'past' && !LAST_DONE.test(ctx.text.slice(r.sentence.start, r.start))
    && told.at < r.sentence.start && r.start - told.at <= ORDINAL_MONTH_REACH_CHARS
    && (ctx.text.slice(told.at, r.start).match(PATTERNS.sentenceEnd) ?? []).length <= 1 && told.ymd.y < ref.y) {
    const y = m >= told.ymd.m ? told.ymd.y : told.ymd.y + 1;
    const months = (y - told.ymd.y) * 12 + m - told.ymd.m;
    if (months >= 0 && months < 12 && y < ref.y) return { y, method: 'year from the date told just before it' };
  }
  // "In 2019 the storm hit on 12 March": a year the sentence sets its time in before the day.
  // Only a year that opens the sentence: "Sales rose in 2024, and on March 3 the board met" may be this year's March 3.
  const setIn = PATTERNS.inYearOpening.exec(ctx.text.slice(r.sentence.start, r.start));
  if (setIn) return { y: +setIn[1]!, method: 'year the sentence sets its time in' };
  // "The board met on January 12 and agreed to replace the pump by June", read in July: a deadline set in the past
  // lies after the day it was set (this June, now over), not the next June after the page.
  const setOn = futureSetOn(r, ctx, ref);
  if (setOn) {
    const y = onOrAfter(setOn) ? setOn.y : setOn.y + 1;
    return { y, method: 'year from the day the plan was told' };
  }
  // "last March" in March is a year back; "next June" in June a year ahead.
  const lead = PATTERNS.monthLead.exec(ctx.text.slice(Math.max(0, r.start - 6), r.start));
  if (lead && r.d === null) {
    const last = lead[1]!.toLowerCase() === 'last';
    return { y: last ? (m < ref.m ? ref.y : ref.y - 1) : (m > ref.m ? ref.y : ref.y + 1), method: `year from "${lead[1]!.toLowerCase()}"` };
  }
  // "it had promised to do so by the end of June": a plan told in the pluperfect was made before the time the text is
  // at, and its deadline may be over by the page as well as ahead of it: the nearest such month either side.
  // "on Tuesday closed the beach to swimmers until the end of June": a month that ends what a past act set going on a day its
  // sentence tells lies no earlier than that day (the span may still be running; with no day told, "was closed until
  // March" is a span gone by, below).
  const actDay = lastDayTold(ctx);
  if (r.d === null && !r.future && actDay && actDay.at >= r.sentence.start && actDay.at < r.start
    && PATTERNS.untilOnlyLead.test(ctx.text.slice(r.sentence.start, r.start).replace(PATTERNS.theBefore, ''))) {
    return { y: m >= actDay.ymd.m ? actDay.ymd.y : actDay.ymd.y + 1, method: 'year from the day the span was set going' };
  }
  const pastPlan = r.future && PATTERNS.pastPlan.test(ctx.text.slice(r.sentence.start, r.start));
  // A month without a day is as close as the month that holds the reference.
  const distance = (y: number): number => (r.d === null && y === ref.y && m === ref.m ? 0
    : diffDays(ref, inYear(y)));
  // A leap day ("29 February") is only ever in a leap year: the nearest ones around the reference.
  const leap = r.d === 29 && m === 2;
  const cands = (leap ? [-4, -3, -2, -1, 0, 1, 2, 3, 4].map((k) => ref.y + k).filter((y) => valid({ y, m, d })) : [ref.y - 1, ref.y, ref.y + 1])
    .map((y) => ({ y, dist: distance(y) }))
    .filter((c) => pastPlan || fitsTense(r, c.dist));
  cands.sort((a, b) => Math.abs(a.dist) - Math.abs(b.dist));
  const best = cands[0];
  // "The court will review the ballots cast on December 14", read on 8 January: a future clause may name a day just
  // past (the ballots', not the review's); news does not name a day most of a year ahead without its year.
  if (best && r.d !== null && r.future && best.dist > FAR_AHEAD_DAYS) {
    const back = [ref.y - 1, ref.y].find((y) => valid({ y, m, d }) && distance(y) < 0 && distance(y) >= -RECENTLY_PAST_DAYS);
    if (back !== undefined) return { y: back, method: `${NEAREST_YEAR_METHOD} (a future clause naming a day just past)` };
  }
  return best ? { y: best.y, method: NEAREST_YEAR_METHOD } : null;
}

/** Resolve one raw date, or null when it cannot be placed (relative with no reference). */
export function resolveRaw(r: RawDate, ctx: ResolveContext): DateMention | null {
  const ref = ctx.ref;
  if (r.monthEnd && r.y !== null && r.m !== null && (r.relative || r.d !== null) && !PATTERNS.yearEdge.test(r.text.trim())) {
    return mention(r, `${r.y}-${pad2(r.m)}`, 'month', RELATIVE_TO_PAGE_METHOD);
  }
  if (r.readings && r.readings.length > 1) {
    const pick = ref ? [...r.readings].sort((a, b) => Math.abs(diffDays(ref, a)) - Math.abs(diffDays(ref, b)))[0]! : r.readings[0]!;
    return mention(r, fmt(pick), 'day', 'numeric date, order nearest document date');
  }
  if (r.relative) {
    if (!ref) return null;
    if (r.anaphor) return resolveAnaphor(r, ctx, ref);
    if (r.anchoredWeekday && r.weekday !== null) {
      // With no day told before, "the next Wednesday" reads like "next Wednesday".
      return resolveAnchoredWeekday(r, ctx.anchor ?? ref, ctx.anchor ? 'the date mentioned before' : 'document date');
    }
    // "A week ago, on the Friday before the storm": a weekday in apposition names the day told just before, when that day is the weekday named.
    if (r.apposition && r.weekday !== null && ctx.anchor && !ctx.anchorMonthOnly && weekday(ctx.anchor) === r.weekday) return mention(r, fmt(ctx.anchor), 'day', APPOSITION_METHOD);
    if (r.weekday !== null && r.d === null) return (r.future ? futureInPast(r, ctx) : narrativeWeekday(r, ctx)) ?? resolveWeekday(r, ref, ctx.text);
    if (r.monthEnd) {
      const told = ctx.lastTold;
      // "The mine closed on 3 May 2019. By the end of the month, the village had emptied.": in a story told back, "the
      // month" and "the year" are those of the date told just before (in the sentence or the one before), not the page's.
      if (told && r.tense === 'past' && told.precision !== 'year' && PATTERNS.thePeriod.test(r.text) && told.at !== undefined
        && told.at >= r.sentence.start - ORDINAL_MONTH_REACH_CHARS && told.ymd.y * 12 + told.ymd.m < ref.y * 12 + ref.m
        && (ctx.text.slice(told.at, r.start).match(PATTERNS.sentenceEnd) ?? []).length <= 1) {
        return PATTERNS.yearEdge.test(r.text.trim())
          ? mention(r, String(told.ymd.y), 'year', 'year of the date mentioned before')
          : mention(r, `${told.ymd.y}-${pad2(told.ymd.m)}`, 'month', 'month of the date mentioned before');
      }
      return PATTERNS.yearEdge.test(r.text.trim())
        ? mention(r, String(r.implied.y), 'year', RELATIVE_TO_PAGE_METHOD)
        : mention(r, `${r.implied.y}-${pad2(r.implied.m)}`, 'month', RELATIVE_TO_PAGE_METHOD);
    }
    if (r.apposition) return ctx.anchor ? mention(r, fmt(ctx.anchor), 'day', APPOSITION_METHOD) : null;
    if (r.deadline) {
      // "within a fortnight": counted from the day it was said, the day told just before (else the document's).
      // An older day told before is background, not the day of speaking.
      // A day ahead ("starts in two days, and the ballot closes in a week's time") is no day of speaking.
      const from = ctx.anchor && !ctx.anchorMonthOnly && diffDays(ctx.anchor, ref) >= 0 && diffDays(ctx.anchor, ref) <= RECENT_SPEECH_DAYS ? ctx.anchor : ref;
      if (r.deadline.days) return mention(r, fmt(addDays(from, r.deadline.days)), 'day', 'deadline from the date mentioned before');
      const at = new Date(Date.UTC(from.y, from.m - 1 + r.deadline.months, 1, 12));
      return mention(r, `${at.getUTCFullYear()}-${pad2(at.getUTCMonth() + 1)}`, 'month', 'deadline from the date mentioned before');
    }
    if (r.smallHours) return nextSmallHours(r, ctx, ref);
    if (r.anchored && r.d !== null) {
      const anchor = r.sameDay ? sameDayAnchor(r, ctx, ref) : ctx.anchor;
      if (!anchor) return null;
      const day = addDays(anchor, diffDays(ref, r.implied));
      // From a month told just before ("in mid-October ... two weeks later"): as precise as that month.
      if (ctx.anchorMonthOnly && anchor === ctx.anchor) return mention(r, `${day.y}-${pad2(day.m)}`, 'month', 'offset from the month mentioned before');
      return mention(r, fmt(day), 'day', 'offset from the date mentioned before');
    }
    if (r.weekdayDay) return mention(r, fmt(r.implied), 'day', 'month in which the day falls on the weekday given');
    if (r.ordinalDay) {
      const inMonth = ordinalInToldMonth(r, ctx);
      if (inMonth) return inMonth;
    }
    // "six weeks ago": a rounded count, as precise as its month ("a week ago", "two weeks ago" name the day).
    const weeks = PATTERNS.weeksAgo.exec(r.text.trim().replace(/[\s,.;:]+$/, ''));
    if (weeks && r.d !== null && countOf((weeks[1] ?? weeks[2])!) >= ROUNDED_WEEKS) return mention(r, `${r.implied.y}-${pad2(r.implied.m)}`, 'month', 'relative to document date, a rounded count of weeks');
    if (r.d !== null) return mention(r, fmt(r.implied), 'day', RELATIVE_TO_PAGE_METHOD);
    // "two months later": months from the date told just before, not from the document.
    if (r.anchored && r.m !== null && ctx.anchor) {
      const months = (r.implied.y - ref.y) * 12 + (r.implied.m - ref.m);
      const at = new Date(Date.UTC(ctx.anchor.y, ctx.anchor.m - 1 + months, 1, 12));
      return mention(r, `${at.getUTCFullYear()}-${pad2(at.getUTCMonth() + 1)}`, 'month', 'offset from the date mentioned before');
    }
    if (r.m !== null) return mention(r, `${r.implied.y}-${pad2(r.implied.m)}`, 'month', RELATIVE_TO_PAGE_METHOD);
    // "in 1962 ... a year later": years from the date told just before, at its precision.
    if (r.anchored && ctx.lastTold) {
      const t = ctx.lastTold;
      const y = t.ymd.y + r.implied.y - ref.y;
      const value = t.precision === 'day' && valid({ ...t.ymd, y }) ? fmt({ ...t.ymd, y }) : t.precision === 'year' ? String(y) : `${y}-${pad2(t.ymd.m)}`;
      return mention(r, value, t.precision === 'day' && !valid({ ...t.ymd, y }) ? 'month' : t.precision, 'offset from the date mentioned before');
    }
    if (PATTERNS.oneYearAgo.test(r.text.trim())) return mention(r, `${r.implied.y}-${pad2(r.implied.m)}`, 'month', RELATIVE_TO_PAGE_METHOD);
    return mention(r, String(r.implied.y), 'year', RELATIVE_TO_PAGE_METHOD);
  }
  if (r.y !== null) {
    const how = r.order ? `numeric date, ${r.order} first as the text writes its dates` : 'absolute';
    if (r.m !== null && r.d !== null) return valid({ y: r.y, m: r.m, d: r.d }) ? mention(r, fmt({ y: r.y, m: r.m, d: r.d }), 'day', how) : null;
    if (r.m !== null) return mention(r, `${r.y}-${pad2(r.m)}`, 'month', 'absolute');
    return mention(r, String(r.y), 'year', 'absolute');
  }
  if (r.m === null) return null;
  if (r.monthEnd && r.d !== null) return resolveRaw({ ...r, d: null }, ctx);
  const inferred = inferYear(r, ctx);
  if (!inferred) return null;
  if (r.holiday) {
    const day = holidayIn(r.holiday.name, r.holiday.offset, inferred.y);
    return day ? mention(r, fmt(day), 'day', `holiday, ${inferred.method}`) : null;
  }
  if (r.d !== null) {
    const day = { y: inferred.y, m: r.m, d: r.d };
    return valid(day) ? mention(r, fmt(day), 'day', inferred.method) : null;
  }
  return mention(r, `${inferred.y}-${pad2(r.m)}`, 'month', inferred.method);
}
