/**
 * dates: check the document's own date against its text, then resolve every date mention
 * (absolute, relative, weekday, month/day without year) against it, recording how.
 */
import type { CleanDocument, DateMention, DocFlag, Span } from '../../contract/pipeline.ts';
import type { DateProvenance } from '../../contract/dossier.ts';
import { addDays, diffDays, parseYmd, startOf, type Ymd } from './_calendar.ts';
import { MONTH_NUMBERS, PATTERNS, WEEKDAYS } from './patterns.ts';
import { apposedWeekdays, dayTimes, insideQuote, wireDatelineAround, morningsAfterNight, namesOccasion, eventSteps, firstDays, pastThisNights, happeningNights, leadNights, quotedDays, quotedEvenings, rangeStarts, sentenceOffsets, vagueDays } from './_whole-text.ts';
import { captionsOf, parseSentence, type DayFreeParse } from './_parse.ts';
import { dottedDays, inWritersOrder, writersOrder } from './_rules.ts';
import type { RawDate } from './_tense.ts';
import { lastDayTold, resolveRaw, type ResolveContext } from './_resolve.ts';
import { agoInLead, checkDocumentDate, type Evidence } from './_doc-date.ts';
import { APPOSITION_METHOD, DATELINE_CHARS, isYearWordMethod } from './constants.ts';
import { spanAt } from '../../util/index.ts';

export { epochDay } from './_calendar.ts';
export { otherSlashedReading } from './_doc-date.ts';
export { captionsOf, holdsPhotoCredit, inCaptionParagraph, opensWithPhotoCredit } from './_parse.ts';
export { HAPPENING_DAY_METHOD, OFFSET_FROM_CLAUSE_METHOD, TIME_OF_DAY_METHODS, isTimeOfDay, placedHappening } from './_whole-text.ts';
export { NEAREST_YEAR_METHOD, RELATIVE_TO_PAGE_METHOD } from './constants.ts';
/** English month and weekday names, lower-case: for other stages' rules about words that name a time. */
export const MONTH_NAMES: readonly string[] = Object.keys(MONTH_NUMBERS);
/** Month abbreviations, lower-case, January first: the first three letters ("jan", "sep") and "sept"; none for May, whose name is three letters. */
export const MONTH_ABBREVIATIONS: readonly string[] = MONTH_NAMES.filter((m) => m !== 'may').flatMap((m) => m === 'september' ? ['sep', 'sept'] : [m.slice(0, 3)]);
export { WEEKDAYS };

export interface DateResolution {
  publishedAt: string | null;
  dateProvenance: DateProvenance;
  dates: DateMention[];
  flags: DocFlag[];
}

/** Any fixed day: absolute dates do not depend on it, and relative ones are re-read later. */
const NEUTRAL_REF: Ymd = { y: 2000, m: 6, d: 15 };

/**
 * Per page (its sentence spans), what each sentence's parse holds on every day (see DayFreeParse), for a page read again
 * on many days: only what depends on the day is parsed again. Kept as long as the page's sentence spans are.
 */
const DAY_FREE = new WeakMap<Span[], { text: string; captions: readonly string[]; bySentence: DayFreeParse[] }>();

function dayFreeParses(sentences: Span[], text: string, captions: readonly string[]): DayFreeParse[] {
  const kept = DAY_FREE.get(sentences);
  if (kept && kept.text === text && kept.captions.length === captions.length && kept.captions.every((c, i) => c === captions[i])) return kept.bySentence;
  const fresh = { text, captions: [...captions], bySentence: [] as DayFreeParse[] };
  DAY_FREE.set(sentences, fresh);
  return fresh.bySentence;
}

function parseAll(text: string, sentences: Span[], ref: Ymd, captions: readonly string[], memos?: DayFreeParse[]): RawDate[] {
  const spans = sentences.length ? sentences : [{ start: 0, end: text.length }];
  const dotted = dottedDays(text, 0, { start: 0, end: text.length }).map((r) => ({
    ...r, sentence: spanAt(spans, r.start) ?? r.sentence,
  }));
  const rest = spans.flatMap((s, i) => parseSentence(text, s, ref, captions, memos && (memos[i] ??= {}))).filter((r) => !dotted.some((d) => d.start < r.end && r.start < d.end));
  const order = writersOrder(text);
  return [...dotted, ...rest].map((r) => inWritersOrder(r, order)).sort((a, b) => a.start - b.start);
}

function knownYears(raws: RawDate[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of raws) if (r.y !== null && r.m !== null && r.d !== null && !r.relative && !r.readings) out.set(`${r.m}-${r.d}`, r.y);
  return out;
}

/**
 * The day a wire copy's dateline names without its year ("DRESSANY, Mar 14 (QDA) -", read on a day tried for the page),
 * or null: a place in capitals, then the month and day, then the agency or the dash. Copy is filed on the day its
 * dateline names, so a page that prints no date of its own was written on that day.
 */
export function yearlessDatelineDay(dates: readonly DateMention[], text: string): string | null {
  const m = dates.find((x) => x.start < DATELINE_CHARS && x.date.precision === 'day');
  if (!m || /\d{4}/.test(m.text) || !/[A-Za-z]/.test(m.text)) return null;
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  if (!wireDatelineAround(text.slice(lineStart, m.start), text.slice(m.end, m.end + 40))) return null;
  return m.date.value;
}

/**
 * "HENRY COUNTY, Ind. (Aug. 28, 2015) – ..." on a page dated the 27th: a dateline the day after the page date is the
 * local day the story was written (the page date is often the UTC day before); relative days count from it.
 */
function datelineDayAfter(page: Ymd, evidence: Evidence[], text: string): Ymd | null {
  const e = evidence.find((x) => !x.future && x.mention.start < DATELINE_CHARS && PATTERNS.datelineEnd.test(text.slice(x.mention.end, x.mention.end + 40)));
  return e && diffDays(page, e.ymd) === 1 ? e.ymd : null;
}

/** A mention that is a holiday's name and nothing else ("Christmas Eve"). */
const WHOLE_HOLIDAY = new RegExp(`^(?:${PATTERNS.holiday.source})$`, 'i');

/** Every count back in a text ("a week ago", "ten days ago"): see countedBack. */
const AGO_COUNTS = new RegExp(PATTERNS.agoCount.source, 'gi');

/**
 * The day an opening count back names beside it ("Ten days ago, on Christmas Eve,", "Two weeks ago, on March 3,"), with
 * the count: a day told by its date or holiday, not another relative one. Null when the count stands alone.
 * A holiday further on in the count's own clause ("Ten days ago I was at the Halloween dance on the quay") is the
 * occasion of what the count looks back to, so the day it counts to as well; a date there may be another happening's.
 */
function countedBack(text: string, raws: RawDate[], ctx: ResolveContext): { ymd: Ymd; days: number; text: string; opens: boolean } | null {
  const lead = agoInLead({ text });
  // "A week ago, on New Year's Day, the volunteers were still ...": a count back set beside the day it counts to pins the
  // writing day wherever the narration tells it, not only in the opening lines; the lead's count is tried first.
  const later = [...text.matchAll(AGO_COUNTS)]
    .filter((x) => (!lead || x.index! >= lead.end) && !insideQuote(text, x.index!))
    .map((x) => { const c = agoInLead({ text: x[0] }); return c && { ...c, end: x.index! + x[0].length }; });
  for (const ago of [lead, ...later]) {
    if (!ago) continue;
    const r = raws.find((x) => x.start >= ago.end);
    const between = r ? text.slice(ago.end, r.start) : '';
    const beside = /^\s*,\s*(?:on\s+)?$/i.test(between);
    const occasion = r !== undefined && ago === lead && !/[.;:!?\n]/.test(between) && WHOLE_HOLIDAY.test(r.text.trim());
    if (!r || r.relative || r.m === null || r.d === null || !(beside || occasion)) continue;
    const m = resolveRaw(r, ctx);
    const ymd = m && m.date.precision === 'day' ? parseYmd(m.date.value) : null;
    if (ymd) return { ymd, days: ago.days, text: text.slice(ago.end - ago.text.length, r.end), opens: ago === lead };
  }
  return null;
}

/**
 * Check the document date against the text and resolve every date mention. Never throws. `reread`: the page is read
 * again as if published on another day (see reanalyseDates), so what its sentences parse to on any day is kept for the next.
 * `settled`: the page's inferred day is the one picked for it, not a day tried (see below).
 */
export function resolveDates(doc: CleanDocument, sentences: Span[], { reread = false, settled = false } = {}): DateResolution {
  const fallback: DateResolution = { publishedAt: doc.publishedAt, dateProvenance: doc.dateProvenance, dates: [], flags: [] };
  try {
    const text = doc.text ?? '';
    const captions = captionsOf(doc);
    const firstRef = parseYmd(doc.publishedAt) ?? parseYmd(doc.dateCandidates?.[0]?.value) ?? null;
    const memos = reread ? dayFreeParses(sentences, text, captions) : undefined;
    const firstDay = firstRef ?? NEUTRAL_REF;
    const raw1 = parseAll(text, sentences, firstDay, captions, memos);
    const ctx1: ResolveContext = { text, ref: firstRef, knownYears: knownYears(raw1) };
    const evidence: Evidence[] = [];
    for (const r of raw1) {
      if (r.relative || r.historic || r.y === null || r.m === null || r.d === null) continue;
      const m = resolveRaw(r, ctx1);
      const ymd = m && m.date.precision === 'day' ? parseYmd(m.date.value) : null;
      if (m && ymd) evidence.push({ mention: m, ymd, future: r.future });
    }
    const recent = raw1.some((r) => r.relative && !r.future && (r.d !== null || r.weekday !== null));
    const yearless = raw1.filter((r) => !r.relative && r.y === null && r.m !== null && r.d !== null);
    const monthDays = yearless.map((r) => ({ m: r.m!, d: r.d! }));
    const pastMonthDays = yearless.filter((r) => !r.future).map((r) => ({ m: r.m!, d: r.d! }));
    // The latest year the text states in a past sentence ("in 2003"): the writing date is no earlier.
    const latestYear = raw1.reduce((y, r) => (!r.relative && !r.future && r.y !== null ? Math.max(y, r.y) : y), 0);
    // Days told as still to come, not a future told in the past ("said the vote was due on the 9th"): the page is written before them.
    const futureDays = raw1.filter((r) => r.future && !r.relative && !r.historic && r.m !== null && r.d !== null && !PATTERNS.futureInPast.test(text.slice(r.sentence.start, r.sentence.end)))
      .map((r) => ({ m: r.m!, d: r.d!, y: r.y, weekday: r.weekday, start: r.start, end: r.end }));
    // Weekdays told in the past by name alone ("met on Thursday"): where the page date puts them is checked against the days the text states.
    const pastWeekdays = raw1.filter((r) => r.relative && !r.future && !r.anchored && !r.anchoredWeekday && !r.untilDay && r.weekday !== null && r.m === null && r.d === null)
      .map((r) => ({ weekday: r.weekday!, start: r.start, end: r.end }));
    const checked = checkDocumentDate(doc, evidence, { recent, monthDays, pastMonthDays, latestYear, futureDays, pastWeekdays, countedBack: countedBack(text, raw1, ctx1) });
    const pageDay = parseYmd(checked.publishedAt);
    const ref = pageDay ? datelineDayAfter(pageDay, evidence, text) ?? pageDay : null;
    // The text is parsed again only on another day: a page with no day before the check and none after it (read on
    // NEUTRAL_REF both times) keeps its first parse, a pure function of the text and the day.
    const day = ref ?? NEUTRAL_REF;
    const same = day.y === firstDay.y && day.m === firstDay.m && day.d === firstDay.d;
    // A page whose day is only inferred (a publish day tried for a page that prints none) dates no time of day by the days
    // it tells: such times would weigh for the day tried as if the page stated it (see dayTimes). Once its day is picked
    // (`settled`), "The fire started at 04:35" after "on Thursday" is on that Thursday as on any dated page.
    // A page that prints a date its own text overrules ("Ten days ago ..." under a widget showing the day it was fetched,
    // flagged) has its day from its own words, as surely as a page that states it: its times are dated as on any dated page.
    const inferred = !settled && ((checked.provenance.inferred && !checked.flag) || doc.dateProvenance.inferred);
    const raws = same ? raw1 : parseAll(text, sentences, day, captions, memos);
    const ctx: ResolveContext = { text, ref, knownYears: knownYears(raws) };
    const dates: DateMention[] = [];
    // The day a story stepped back from ("met on Thursday ... the day before, on Wednesday"): offsets ahead go on from it.
    const line: { main: { ymd: Ymd; at: number; back: string } | null } = { main: null };
    // Each mention's clause tense, for the passes that weigh readings against it.
    const tenseOf = new Map<DateMention, 'past' | 'future' | null>();
    // "said on Saturday that 61 had died since the heatwave began on July 10, more than the 38 announced a day earlier":
    // a since-clause's day opens a span running up to the sentence's own time; an offset told later in that sentence
    // counts from the sentence's time (the day told before the since-clause), not from the span's start.
    let spanOpen: { ymd: Ymd; at: number; until: number } | null = null;
    // "Police on Monday questioned the cook of the inn that hosted a christening in Oskvaine, where two guests fell ill on
    // Friday night. ... Hours later the mayor shut the inn": a day told in a where/when clause after the sentence's
    // own day is background; offsets inside the clause count from it, those after the sentence from the sentence's day.
    let clauseAside: { ymd: Ymd; at: number; until: number } | null = null;
    for (const r of raws) {
      const forward = r.anchored && r.relative && PATTERNS.forwardOffset.test(r.text.trim());
      const main = line.main;
      if (spanOpen && r.start >= spanOpen.until) spanOpen = null;
      if (clauseAside && r.start >= clauseAside.until) { ctx.anchor = clauseAside.ymd; ctx.anchorAt = clauseAside.at; clauseAside = null; }
      const m = resolveRaw(r, forward && main && !ctx.anchorMonthOnly ? { ...ctx, anchor: main.ymd, anchorAt: main.at }
        : r.anchored && spanOpen ? { ...ctx, anchor: spanOpen.ymd, anchorAt: spanOpen.at } : ctx);
      if (!m || dates.some((d) => d.start < m.end && m.start < d.end)) continue;
      dates.push(m);
      tenseOf.set(m, r.future ? 'future' : r.tense ?? null);
      // "now" is no day told: what follows goes on from the day told before it (see PATTERNS.nowWord).
      if (PATTERNS.nowWord.test(m.text.trim())) continue;
      if (m.date.precision === 'day') {
        const day = parseYmd(m.date.value);
        // A step back is a flashback; the same day told again in apposition ("the day before, on Wednesday") is part of it.
        // "the day before, on Wednesday" names the day it steps back from too: the Thursday.
        const from = !day || !r.relative || !PATTERNS.backwardStep.test(r.text) ? null
          : PATTERNS.appositionOffset.test(m.text) ? addDays(day, 1)
            : ctx.anchor && !ctx.anchorMonthOnly && diffDays(ctx.anchor, day) < 0 ? ctx.anchor : null;
        if (from) line.main = { ymd: main?.ymd ?? from, at: main?.at ?? m.start, back: m.date.value };
        else if (!(main && m.date.value === main.back)) line.main = null;
        if (day && !r.relative && ctx.anchor && !ctx.anchorMonthOnly && (ctx.anchorAt ?? -1) >= r.sentence.start
          && PATTERNS.sinceClauseLead.test(text.slice(r.sentence.start, r.start))) spanOpen = { ymd: ctx.anchor, at: ctx.anchorAt!, until: r.sentence.end };
        // (A second day in the same clause is aside too: "where guests fell ill on Saturday and one died a day later".)
        const sentenceDay: { ymd: Ymd; at: number } | null = clauseAside ?? lastDayTold(ctx);
        clauseAside = day && sentenceDay && sentenceDay.at >= r.sentence.start && PATTERNS.relativeClauseLead.test(text.slice(sentenceDay.at, r.start))
          ? { ...sentenceDay, until: r.sentence.end } : null;
        if (!namesOccasion(m, text)) { ctx.anchor = day; ctx.anchorMonthOnly = false; ctx.anchorAt = m.start; if (day) ctx.lastDay = { ymd: day, at: m.start }; }
        if (day && ref && diffDays(ref, day) <= 0) ctx.pastAnchor = day;
      }
      // A named month ("in mid-October") after the last day: offsets that follow count from its middle.
      else if (m.date.precision === 'month' && !r.relative && r.m !== null) { clauseAside = null; ctx.anchor = { ...parseYmd(`${m.date.value}-15`)! }; ctx.anchorMonthOnly = true; ctx.anchorAt = m.start; }
      const told = startOf(m.date.value);
      if (told && !r.relative) ctx.lastTold = { ymd: told, precision: m.date.precision, at: m.start };
      // "a check on May 20 this year": a year told in words next to the day is told as surely as in digits; what follows
      // goes on from it, not from an older year told before it ("October 3, 2022, and ... May 20 this year").
      if (told && !r.relative && !r.historic && (r.y !== null || isYearWordMethod(m.method)) && m.date.precision !== 'year') ctx.yearTold = { ymd: told, at: m.start };
      // "Tuesday, March 3": a day given with its weekday is how a day-by-day story tells its days; so is "Friday the 10th".
      // So is a date with its weekday set after it in apposition ("dated 12/03/2031, the Wednesday,").
      const weekdayAfterDate = r.apposition && r.weekday !== null && m.method === APPOSITION_METHOD;
      if (told && !r.historic && m.date.precision === 'day' && ((!r.relative && r.weekday !== null) || r.weekdayDay || weekdayAfterDate)) ctx.dayTold = { ymd: told, at: m.start };
      // "on Tuesday, June 30 ... at 9:47 pm on 6/30/2026 (June 30 ...)": the story's day told again, with or without its
      // weekday, keeps that day-by-day story going from where it is retold.
      else if (told && !r.relative && m.date.precision === 'day' && ctx.dayTold && diffDays(ctx.dayTold.ymd, told) === 0) ctx.dayTold = { ymd: told, at: m.start };
      // "that night" after "in the Night to 1 April" is the night as English dates one, by its evening (31 March). A day
      // told at night by the words before it ("came out late on April 15, and by that night") is a night told too.
      const atNight = PATTERNS.nightWord.test(m.text) || PATTERNS.nightDayLead.test(text.slice(Math.max(0, m.start - 25), m.start));
      // "overnight" is dated by the morning it ends on (see PATTERNS.overnight): its small hours ("were called shortly after
      // 2 a.m.") fall on that day, so the night it tells began the evening before.
      // "pulled free shortly after midnight ... came ashore at 1.15 a.m.": the small hours after a night ("after midnight")
      // are that night's end, not a night of their own; later small hours end the same night, on the same day.
      if (told && m.date.precision === 'day' && (atNight || PATTERNS.nightTime.test(m.text)) && !r.smallHours) {
        ctx.lateTold = { ymd: PATTERNS.overnightWord.test(m.text.trim()) ? addDays(told, -1) : told, at: m.start };
      }
      // A day told since, other than that night's or the morning after ("it will not be out today", a caption's "on Thursday
      // morning"), moves the story on from that night.
      else if (told && ctx.lateTold && m.date.precision === 'day' && !r.smallHours) {
        const since = diffDays(ctx.lateTold.ymd, told);
        if (since < 0 || since > 1) ctx.lateTold = null;
      }
      if (told && m.date.precision === 'day' && atNight) ctx.nightTold = { ymd: PATTERNS.nightCalque.test(m.text) ? addDays(told, -1) : told, at: m.start };
    }
    return {
      publishedAt: checked.publishedAt,
      dateProvenance: checked.provenance,
      dates: firstDays(morningsAfterNight(inferred ? null : ref, dayTimes(inferred ? null : ref, pastThisNights(happeningNights(leadNights(sentenceOffsets(eventSteps(vagueDays(quotedEvenings(quotedDays(rangeStarts(apposedWeekdays(dates, text), text, ref, (m) => tenseOf.get(m) ?? null), text, ref), text, ref), sentences), text, sentences), text, sentences, ref), text, sentences, ref), text, sentences, ref), text, sentences, ref), text, sentences), text, sentences), text, ref),
      flags: checked.flag ? [checked.flag] : [],
    };
  } catch {
    return fallback;
  }
}
