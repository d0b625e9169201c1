/** Raw date expressions in one sentence: chrono (US casual parser, never the British one) plus our rules. */
import * as chrono from 'chrono-node';
import type { Span } from '../../contract/pipeline.ts';
import { MAX_SENTENCE_CHARS, SAFE_MONTH_DAY } from './constants.ts';
import { PATTERNS } from './patterns.ts';
import { toDate, type Ymd } from './_calendar.ts';
import { tenseAt, WEEKDAY_INDEX, type RawDate } from './_tense.ts';
import { ownRules } from './_rules.ts';

/** The chrono parsers (by their place in the casual parser) whose pattern matched since it was last cleared (see DayFreeParse). */
const chronoMatched = new Set<number>();
const casual = chrono.en.casual; // US casual: "September 13" stays a month and day
/** The casual parsers, each noting that its pattern matched (what they read from the match is theirs). */
const noting = casual.parsers.map((p, i): chrono.Parser => ({
  pattern: (context) => p.pattern(context),
  extract: (context, match) => { chronoMatched.add(i); return p.extract(context, match); },
}));
/** The US casual parser. */
const parser = new chrono.Chrono({ parsers: noting, refiners: casual.refiners });

/**
 * The casual parser cut to the parsers at `places` (in their order), by their places joined: a parser whose pattern
 * matches nowhere in a text adds no result to it on any day, so the cut parser reads that text as the whole one does.
 */
const CUT_PARSERS = new Map<string, chrono.Chrono>();
function cutParser(places: readonly number[]): chrono.Chrono {
  const key = places.join(',');
  let cut = CUT_PARSERS.get(key);
  if (!cut) CUT_PARSERS.set(key, (cut = new chrono.Chrono({ parsers: places.map((i) => noting[i]!), refiners: casual.refiners })));
  return cut;
}

/**
 * "A week ago, on the Friday before the storm, the board met": a bare weekday after "the", named by what it came before or
 * after, in apposition to a day just told, names that day again (not the page's own Friday); resolved only when that
 * day is the weekday named (see resolve).
 */
function weekdayApposition(r: chrono.ParsedResult, s: string, text: string): boolean {
  const c = r.start;
  return c.isCertain('weekday') && !c.isCertain('day') && PATTERNS.weekdayName.test(text)
    && PATTERNS.weekdayAppositionLead.test(s.slice(0, r.index)) && PATTERNS.weekdayAppositionTail.test(s.slice(r.index + text.replace(/[\s,;.:]+$/, '').length));
}

function fromChrono(r: chrono.ParsedResult, base: number, sentence: Span, s: string): RawDate | null {
  const c = r.start;
  // "On March 3, 12 people were hurt": a year after a month and day is written in full; two digits after the comma are a
  // count starting the clause, not the year 2012 (an elided year keeps its apostrophe, "March 3, '12").
  const shortYear = c.isCertain('year') && c.isCertain('day') ? PATTERNS.countAfterDay.exec(r.text) : null;
  // "approved in May, 41 million has been paid": the digits after a month and a comma are a count, neither its day nor its year.
  const monthCount = shortYear ? null : PATTERNS.countAfterMonth.exec(r.text);
  const cut = shortYear ?? monthCount;
  const text = cut ? r.text.slice(0, cut.index) : r.text;
  const known = (k: 'year' | 'month' | 'day' | 'weekday'): boolean => ((k === 'year' && cut) || (k === 'day' && monthCount) ? false : c.isCertain(k));
  if (!known('year') && !known('month') && !known('day') && !known('weekday')) return partOfDay(r, base, sentence, s);
  // "Within a day, Orsenna handed over ...": opening a sentence, it counts from the date told just before.
  const withinLead = r.index === 0 && PATTERNS.withinDayLead.test(text.trim());
  // "resigned on Monday, the day before the report was published": the apposition is that Monday.
  const apposition = (PATTERNS.appositionOffset.test(text.trim()) && PATTERNS.appositionLead.test(s.slice(0, r.index))) || weekdayApposition(r, s, text);
  // "at 6:15 p.m. Sunday" is a day; "at 6:15 p.m." alone is not.
  const timeOnly = PATTERNS.noDate.test(text) && !known('weekday') && !known('day');
  if (!withinLead && !apposition && (timeOnly || (PATTERNS.futureDuration.test(text) && !pointAhead(r, s)) || PATTERNS.hedgedDuration.test(text.trim()) || PATTERNS.eventOffset.test(text.trim()))) return null;
  // "4.40am, after three days": a clock time and a duration name no day.
  if (!withinLead && PATTERNS.durationTail.test(text.trim()) && !pointAhead(r, s) && !PATTERNS.weekdayName.test(text) && !PATTERNS.explicitPart.test(text.replace(/\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?|\d+\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\b|\b\d{1,2}\s*[ap]\.?m\.?/gi, ''))) return null;
  // "He sat down", "the Baltimore Sun": a weekday alone must be named in full.
  if (known('weekday') && !known('day') && !known('month') && !PATTERNS.weekdayName.test(text)) return null;
  if (known('weekday') && !known('day') && PATTERNS.namedWeekday.test(s.slice(Math.max(0, r.index - 10), r.index))) return null;
  if (known('weekday') && !known('day') && PATTERNS.recurringWeekdayLead.test(s.slice(Math.max(0, r.index - 20), r.index))) return null;
  // “Fox News Sunday”: a weekday closing a quoted capitalised name is a title.
  if (known('weekday') && !known('day') && PATTERNS.titleBefore.test(s.slice(Math.max(0, r.index - 30), r.index))
    && PATTERNS.titleAfter.test(s.slice(r.index + text.length))) return null;
  // "size 9 1/2", "in the past 1 1/2 years": a fraction after a whole number or before a unit is no date.
  if (PATTERNS.roundTheClock.test(text.trim())) return null;
  // "runway 09/27": a slash pair after a naming noun is a designation.
  if (PATTERNS.bareSlash.test(text.trim()) && (PATTERNS.fractionLead.test(s.slice(0, r.index))
    || PATTERNS.designationLead.test(s.slice(0, r.index)) || PATTERNS.fractionUnit.test(s.slice(r.index + text.length)))) return null;
  if (PATTERNS.pastSpan.test(text.trim()) && PATTERNS.theBefore.test(s.slice(0, r.index))
    && !(PATTERNS.calquedPast.test(text.trim()) && (/^p/.test(text.trim()) || PATTERNS.proseWord.test(s)))) return null;
  // "A few days later", "several weeks ago": chrono counts "a few" as three and "several" as seven; the writer gave no day.
  if (PATTERNS.vagueOffset.test(text.trim().replace(/[\s,.;:]+$/, ''))) return null;
  // "The ban will last 30 days": "last" after a modal or "to" is the verb of a duration, not the 30 days before the page.
  if (PATTERNS.lastSpan.test(text.trim()) && PATTERNS.lastVerbLead.test(s.slice(0, r.index))) return null;
  // "a brighter tomorrow" is a noun, not a day.
  if (PATTERNS.dayWord.test(text.trim()) && (PATTERNS.dayWordNoun.test(s.slice(Math.max(0, r.index - 30), r.index))
    || (/^tomorrow$/i.test(text.trim()) && PATTERNS.tomorrowNoun.test(s.slice(Math.max(0, r.index - 30), r.index))))) return null;
  // "the festival cancelled its last night", "on the last night of the fair": "last" after a possessive, or between "the"
  // and "of", is the final one of a run, not the night before the page.
  if (PATTERNS.lastPart.test(text.trim())) {
    const lead30 = s.slice(Math.max(0, r.index - 30), r.index);
    if (PATTERNS.possessiveLead.test(lead30) || (PATTERNS.theBefore.test(lead30) && PATTERNS.ofTail.test(s.slice(r.index + text.length)))) return null;
  }
  // "USA TODAY" in mixed-case prose is a newspaper, not a day.
  if (PATTERNS.capsToday.test(text.trim()) && /[a-z]/.test(s)) return null;
  const lead = s.slice(0, r.index);
  const possessive = PATTERNS.possessive.test(s.slice(r.index + text.length));
  // "spoke in the run-up to the December 14 poll": a day the telling looked ahead to, told in the past, lies after the
  // telling, not after the page: no tense either way (a weekday, "ahead of Sunday's vote", still looks ahead).
  const aheadOfPast = PATTERNS.aheadLead.test(lead) && known('month') && known('day') && tenseAt(s, r.index, possessive) === 'past';
  const rest = s.slice(r.index + r.text.length);
  // "said the firm had until March 4 to reply": a deadline given carries no tense of its own (see deadlineGivenLead).
  const deadlineGiven = !known('year') && PATTERNS.deadlineGivenLead.test(lead);
  // "said Saturday would be a day of mourning": the weekday is what the saying looked ahead to (see saidSubjectLead).
  const saidAhead = known('weekday') && !known('day') && PATTERNS.saidSubjectLead.test(lead) && PATTERNS.dayAsSubjectTail.test(rest);
  // "had promised to reopen the quay on Monday, but only tugs used it that day": a planned day gone by.
  const planPassed = known('weekday') && !known('day') && PATTERNS.pastPlan.test(lead) && PATTERNS.planDayPassedTail.test(rest);
  // "set November 16 as the opening day", "declared Tuesday a day of mourning": a day chosen for a plan lies ahead of the
  // choosing, whatever the tense of the verb that chose it (before the past leads: "declared" is one).
  const setAs = !known('year') && PATTERNS.setAsLead.test(lead) && !PATTERNS.prepositionFirst.test(text) && PATTERNS.setAsTail.test(rest);
  const cue = deadlineGiven ? null : saidAhead ? 'future' : planPassed ? 'past' : setAs ? 'future' : PATTERNS.presentSayingLead.test(lead) && !known('year') && !PATTERNS.pastAfterDay.test(rest) ? 'future'
    : PATTERNS.presentLead.test(lead) || aheadOfPast
      || (PATTERNS.saidObjectLead.test(lead) && !known('year') && PATTERNS.sayingDayAfter.test(rest)) ? null : PATTERNS.pastLead.test(lead) || PATTERNS.comparedLead.test(lead)
      || (possessive && (PATTERNS.surpassedLead.test(lead) || PATTERNS.inquiryVerbLead.test(lead))) || PATTERNS.inquiryLead.test(lead) ? 'past'
    // "the felling planned for May 4 was postponed": a month's day whose plan's fate follows may lie on either side of the
    // page (a weekday's plan called off is told before its day, so it keeps looking ahead). Told in the pluperfect ("had
    // been postponed"), the fate came before the past the story tells, and the plan belongs to that past.
    : PATTERNS.scheduledLead.test(lead) && known('month') && !known('year') && PATTERNS.planFateAfter.test(rest)
      ? (PATTERNS.pluperfectFate.test(rest) ? 'past' : null)
    // "Monday's debate might not move mountains": what follows a possessive day tells of the event, not of when it is.
    : (PATTERNS.scheduledLead.test(lead) || PATTERNS.aheadLead.test(lead)) && !known('year') ? 'future'
    // "The champion wins 12,000 lirns and a place at the world junior championship in November": a place at a contest that
    // a clause with no tense names is a place at one still to come (told in the past, "won a place ... in May", it is not).
    : PATTERNS.placeAtLead.test(lead) && !known('year') && tenseAt(s, r.index, possessive) === null ? 'future' : tenseAt(s, r.index, possessive);
  // "applies from Monday", "the deadline is Friday", "free until Sunday": a start, a day the present tense names,
  // or a deadline, told with no tense, lies ahead
  // (not "the toll from Tuesday's breach": the word before a possessive day belongs to its noun).
  // "It is on Saturday, and the bishop has asked ...": a present "is" right before the weekday is its own verb, so a
  // past verb further on (another clause) does not move it back; only a cue before it does.
  const weekdayOnly = known('weekday') && !known('day') && !possessive;
  // "The election is in May", read in January: a month the present "is" names is the coming one, as with a weekday.
  const monthOnly = known('month') && !known('year') && !known('weekday') && !possessive;
  const isLead = ((weekdayOnly && PATTERNS.presentIsLead.test(lead)) || (monthOnly && PATTERNS.presentIsMonthLead.test(lead)))
    && tenseAt(s, r.index, true) === null;
  // "closed until the end of May", "must be paid by March 31": a month (or a day of it) given without its year as the end
  // of something, told with no tense, lies ahead as a weekday does ("from May" is often a noun's, "figures from March").
  const monthDeadline = monthOnly && PATTERNS.untilLead.test(lead.replace(PATTERNS.theBefore, ''));
  const decided = weekdayOnly && cue === 'past' && PATTERNS.decidedFrom.test(lead);
  const atLeast = (weekdayOnly || monthOnly) && PATTERNS.untilAtLeastLead.test(lead.replace(PATTERNS.theBefore, ''));
  // "The headline number from Monday is 4.2 billion": "from" there tells whose the thing is, not a start.
  const fromDay = weekdayOnly && PATTERNS.fromDayNounLead.test(lead) && PATTERNS.fromDayVerbTail.test(rest);
  const tense = isLead || decided || atLeast || lastsUntil(weekdayOnly || (known('month') && !known('year') && !possessive), lead) || (cue === null && ((weekdayOnly
    && ((PATTERNS.startLead.test(lead) && !fromDay) || PATTERNS.untilLead.test(lead))) || monthDeadline)) ? 'future' : cue;
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
    // "the June vote", "in a June reshuffle": an article, the month, then a noun of a happening.
    // "through March's disputed run-off": a month in the possessive, then at most two modifiers and a happening's noun, names
    // the happening's month as "the March run-off" does.
    const after = s.slice(r.index + text.length);
    const beforeEvent = (/\b(?:the|an?)\s+$/i.test(before) && PATTERNS.monthBeforeEvent.test(after))
      || (possessive && PATTERNS.possessiveMonthEvent.test(after));
    if (PATTERNS.ambiguousMonth.test(text.trim()) && !PATTERNS.monthContext.test(before) && !beforeEvent) return null;
  }
  const implied = { y: c.get('year') ?? 0, m: c.get('month') ?? 1, d: c.get('day') ?? 1 };
  return {
    start: base + r.index, end: base + r.index + text.length, text,
    y: known('year') ? implied.y : null,
    m: known('month') ? implied.m : null,
    d: known('day') ? implied.d : null,
    weekday: known('weekday') ? (c.get('weekday') ?? null) : null,
    relative, implied, sentence, future, tense, anchored, apposition,
    untilDay: known('weekday') && !known('day') && (PATTERNS.untilLead.test(lead) || PATTERNS.untilAtLeastLead.test(lead)),
    monthEnd: PATTERNS.periodEdge.test(text),
  };
}

/**
 * A weekday, or a month (and day) without its year, a state told in the present lasts until ("remains in force until
 * Wednesday", "stays shut until at least January 11", "is closed until the Friday"): one still to come, even in a
 * reported clause after a past verb.
 */
function lastsUntil(yearless: boolean, lead: string): boolean {
  // "is closed until the Friday": the article before the weekday (the Friday of this week) changes nothing.
  return yearless && PATTERNS.presentUntilLead.test(lead.replace(PATTERNS.theBefore, ''));
}

/**
 * "The strike starts in two days", "will report in three weeks": a point that many days ahead, when its clause looks
 * ahead; not a span ("the most in two weeks", "for the first time in ten days", "in two days of talks").
 */
function pointAhead(r: chrono.ParsedResult, s: string): boolean {
  const text = r.text.trim();
  if (!PATTERNS.inDaysAhead.test(text)) return false;
  if (PATTERNS.inDaysSpanLead.test(s.slice(0, r.index)) || PATTERNS.inDaysSpanTail.test(s.slice(r.index + r.text.length))) return false;
  return tenseAt(s, r.index) === 'future';
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
  // "in the morning next Thursday": the word that places the weekday ("next", "last", "this") stays with it.
  const placer = wd ? PATTERNS.weekdayPlacerTail.exec(r.text.slice(0, wd.index)) : null;
  const from = m.index - (placer ? placer[0].length : 0);
  const start = base + r.index + from;
  const tense = tenseAt(s, r.index);
  const weekday = wd ? WEEKDAY_INDEX[wd[0].toLowerCase().slice(0, 3)] ?? null : null;
  if (wd && weekday === null) return null;
  const implied = { y: r.start.get('year') ?? 0, m: r.start.get('month') ?? 1, d: r.start.get('day') ?? 1 };
  return {
    start, end: base + r.index + m.index + m[0].length, text: r.text.slice(from, m.index + m[0].length), y: null, m: null, d: wd ? null : implied.d, weekday,
    relative: true, implied, sentence, future: tense === 'future', tense,
  };
}

/** A shift of whole months from the reference ("last month", "two months ago", "a month later"): no day of its own. */
const monthOnlyShift = (r: chrono.ParsedResult): boolean => r.start.isCertain('month') && !r.start.isCertain('day')
  && !r.start.isCertain('weekday') && !PATTERNS.explicitPart.test(r.text.replace(/\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi, ''));

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * "The fair runs from Friday to Sunday": a bare weekday ending a range looks the way its start does (the verb's tense
 * sits before the start), so it is not put in the week before a start that lies ahead.
 */
function rangeEnd(r: RawDate | null, head: RawDate | null): RawDate | null {
  if (!r || !head || r.weekday === null || r.d !== null || head.weekday === null || head.d !== null) return r;
  return { ...r, future: head.future, tense: head.tense, untilDay: false };
}

/** The caption paragraphs clean marked in a document (none on documents stored before it marked them). */
export function captionsOf(doc: { captions?: readonly string[] }): readonly string[] {
  return Array.isArray(doc.captions) ? doc.captions : [];
}

/** Whether `s` opens with a photo credit ("Photograph: Name", "(Photo by Name:"): what follows a caption on its line. */
export function opensWithPhotoCredit(s: string): boolean {
  return PATTERNS.captionCredit.test(s);
}

/** Whether sentence `s` carries a photo credit after its last word ("... on Thursday (Photo: Name)", "... Picture: Name"). */
export function holdsPhotoCredit(s: string): boolean {
  return PATTERNS.captionCreditInside.test(s);
}

/** Whether the paragraph holding sentence `s` is one clean marked a photo caption (printed with no credit beside it). */
export function inCaptionParagraph(text: string, s: Span, captions: readonly string[]): boolean {
  if (!captions.length) return false;
  const from = text.lastIndexOf('\n', s.start - 1) + 1;
  const to = text.indexOf('\n', s.end);
  return captions.includes(text.slice(from, to < 0 ? text.length : to).trim());
}

/**
 * What one sentence's parse showed to hold on every reference day, for a page read again on many days (redate tries
 * each candidate publish day): our rules' dates when they read nothing of the day (and keep none of it), and which
 * chrono patterns matched. Chrono's patterns do not depend on the reference and its refiners make nothing of no
 * results, so a pattern that matches a sentence on no day adds nothing to it on any; a sentence none of them matches
 * whose own dates hold on every day parses the same on every day. Empty until the sentence is parsed once with it.
 */
export interface DayFreeParse {
  /** Our rules' dates, when they read nothing of the reference day. */
  own?: RawDate[];
  /** Our rules read the reference day: they run again on each day. */
  ownReadsDay?: boolean;
  /**
   * The chrono parsers whose pattern matched the sentence, by their place in the casual parser (unknown until chrono ran
   * once without throwing); none when no pattern matched. A parser's pattern reads the text, not the day, and one that
   * matches nowhere adds no result on any day: later days run only these parsers (see cutParser).
   */
  chronoParsers?: readonly number[];
  /** The whole parse, when it holds on every day. */
  all?: RawDate[];
}

/** Whether `value` (a rule's date or a field of it, one level down) is `ref` itself. */
const keeps = (value: unknown, ref: object): boolean => value === ref
  || (typeof value === 'object' && value !== null && Object.values(value).some((v) => v === ref || (typeof v === 'object' && v !== null && Object.values(v).includes(ref))));

/**
 * "[22:00:04] PRESENTER: Good evening. Thirty-eight hours ago two trains met": a transcript line opens with the clock time
 * its words were said at, on the page's day; counts of hours back in its sentences go from that hour (see countedBack).
 * Undefined for any other paragraph.
 */
function spokenHour(text: string, sentence: Span): number | undefined {
  const para = text.lastIndexOf('\n', sentence.start - 1) + 1;
  const m = PATTERNS.transcriptClock.exec(text.slice(para, para + 12));
  return m ? +m[1]! + +m[2]! / 60 : undefined;
}

/**
 * Our rules' dates in the sentence, kept in `memo` when they do not depend on the day: the rules read the day as
 * `ref`'s fields, so on the first parse they are given a view of it that notes each read; if none was read and no
 * date keeps `ref` itself, the dates are the same on every day. Otherwise they are read again on the plain day.
 */
function ownRulesOnce(text: string, sentence: Span, ref: Ymd, memo: DayFreeParse | undefined): RawDate[] {
  if (memo?.own) return memo.own;
  const s = text.slice(sentence.start, Math.min(sentence.end, sentence.start + MAX_SENTENCE_CHARS));
  const future = PATTERNS.future.test(s);
  const hour = spokenHour(text, sentence);
  if (!memo || memo.ownReadsDay) return ownRules(s, sentence.start, sentence, ref, future, hour);
  let read = false;
  const noted = <T>(v: T): T => { read = true; return v; };
  const watched = new Proxy(ref, {
    get: (t, k, r) => noted(Reflect.get(t, k, r)),
    has: (t, k) => noted(Reflect.has(t, k)),
    ownKeys: (t) => noted(Reflect.ownKeys(t)),
    getOwnPropertyDescriptor: (t, k) => noted(Reflect.getOwnPropertyDescriptor(t, k)),
  });
  const own = ownRules(s, sentence.start, sentence, watched, future, hour);
  if (!read && !own.some((r) => keeps(r, watched))) return (memo.own = own);
  memo.ownReadsDay = true;
  return ownRules(s, sentence.start, sentence, ref, future, hour);
}

/**
 * Chrono's results for the sentence: on a day after the first, by only the parsers whose pattern matched it then, none
 * without running chrono when no pattern did (see DayFreeParse).
 */
function chronoParse(forChrono: string, ref: Ymd, memo: DayFreeParse | undefined): chrono.ParsedResult[] {
  const known = memo?.chronoParsers;
  if (known) return known.length ? cutParser(known).parse(forChrono, { instant: toDate(ref), timezone: 0 }) : [];
  chronoMatched.clear();
  const results = parser.parse(forChrono, { instant: toDate(ref), timezone: 0 });
  if (memo) memo.chronoParsers = [...chronoMatched].sort((a, b) => a - b);
  return results;
}

/**
 * Every date expression in the sentence, read against `ref` (any day when the document has none). `memo`: what an
 * earlier parse of the same sentence of the same text found to hold on every day (see DayFreeParse), filled here.
 */
export function parseSentence(text: string, sentence: Span, ref: Ymd, captions: readonly string[] = [], memo?: DayFreeParse): RawDate[] {
  if (memo?.all) return memo.all;
  const s = text.slice(sentence.start, Math.min(sentence.end, sentence.start + MAX_SENTENCE_CHARS));
  // A sentence with no word of time holds no date on any day; one our rules read on another day has one.
  if (memo?.own === undefined && !memo?.ownReadsDay && !/\d|day|week|month|year|night|hours|hour (?:later|earlier)|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ago|yesterday|tomorrow|tonight|morning|afternoon|evening|spring|summer|autumn|fall|fortnight|christmas|easter|thanksgiving|halloween|ieth|enth|twelfth|twenty|thirty/i.test(s)) return memo ? (memo.all = []) : [];
  const own = ownRulesOnce(text, sentence, ref, memo);
  // chrono's time-of-day reference: noon, so "a day earlier" never crosses midnight.
  let results: chrono.ParsedResult[] = [];
  // The start of the range each range end was cut from ("from Friday to Sunday").
  const rangeHead = new Map<chrono.ParsedResult, chrono.ParsedResult>();
  // "a fortnight ago": chrono knows "two weeks"; both are nine letters, so offsets hold.
  // "on Tuesday afternoon: 24 pupils": a colon and a space open what follows, never a clock time ("14:47" has no space);
  // chrono reads the figure as the hour and, 24 being none, drops the day. A semicolon keeps the offsets.
  const forChrono = s.replace(PATTERNS.fortnight, 'two weeks').replace(/:(?=\s+\d)/g, ';');
  try {
    results = chronoParse(forChrono, ref, memo);
    // "last month" on March 31: chrono shifts the whole day and overflows (February 31 is March 2). A month counted
    // from the page is read against the middle of its month.
    if (ref.d > SAFE_MONTH_DAY && results.some(monthOnlyShift)) {
      const mid = parser.parse(forChrono, { instant: toDate({ ...ref, d: SAFE_MONTH_DAY }), timezone: 0 });
      results = results.map((r) => (monthOnlyShift(r) ? mid.find((x) => x.index === r.index && x.text === r.text && monthOnlyShift(x)) ?? r : r));
    }
    // "rose to 23 on Wednesday": chrono takes the figure for the day of the month; "the evening of
    // 10 March": chrono folds the date into a time of day and drops its fields; "the court sat on 4 March": chrono
    // takes "sat" for Saturday. Read only what follows.
    results = results.flatMap((r) => {
      const lead = PATTERNS.leadingFigure.exec(r.text) ?? PATTERNS.partOfDayOf.exec(r.text) ?? PATTERNS.verbLikeWeekday.exec(r.text)
        ?? PATTERNS.offsetToWeekday.exec(r.text);
      if (!lead) return [r];
      const at = r.index + lead[0].length;
      return parser.parse(forChrono.slice(at, r.index + r.text.length), { instant: toDate(ref), timezone: 0 })
        .map((x) => Object.assign(x, { index: x.index + at }));
    });
    // "since Sunday, now counts 23 dead": the weekday alone is the mention (see nowAfterWeekday).
    results = results.flatMap((r) => {
      const now = PATTERNS.nowAfterWeekday.exec(r.text);
      if (!now) return [r];
      return parser.parse(forChrono.slice(r.index, r.index + now.index), { instant: toDate(ref), timezone: 0 })
        .map((x) => Object.assign(x, { index: x.index + r.index }));
    });
    // "from Monday to Wednesday", "March 3 to March 5": chrono keeps the second day as the range's end; read it as a mention of its own.
    results = results.flatMap((r) => {
      const join = r.end ? PATTERNS.rangeJoint.exec(r.text) : null;
      if (!join) return [r];
      const at = r.index + join.index + join[0].length;
      const tail = parser.parse(forChrono.slice(at, r.index + r.text.length), { instant: toDate(ref), timezone: 0 })
        .map((x) => Object.assign(x, { index: x.index + at }));
      for (const x of tail) rangeHead.set(x, r);
      return [Object.assign(r, { text: r.text.slice(0, join.index) }), ...tail];
    });
    // Mention text from the sentence itself ("fortnight", not "two weeks").
    results = results.map((r) => Object.assign(r, { text: s.slice(r.index, r.index + r.text.length) }));
  } catch {
    results = [];
  }
  const raws = new Map(results.map((r) => [r, fromChrono(r, sentence.start, sentence, s)]));
  const fromC = results
    .map((r) => rangeEnd(raws.get(r)!, raws.get(rangeHead.get(r)!) ?? null))
    .filter((r): r is RawDate => r !== null && !own.some((o) => overlaps(o, r)));
  const all = [...own, ...fromC].sort((a, b) => a.start - b.start);
  // "The new minister is sworn in on Thursday. Photograph: ...": a caption (by its credit, or marked by clean) tells what the
  // photo shows in the present tense; its days are past (or the page's) unless it says outright that it looks ahead.
  const caption = (opensWithPhotoCredit(text.slice(sentence.end, sentence.end + 40)) || holdsPhotoCredit(s)
    || inCaptionParagraph(text, sentence, captions)) && !PATTERNS.captionAhead.test(s);
  const out = caption ? all.map((r): RawDate => (r.future ? { ...r, future: false, tense: 'past' } : r)) : all;
  if (memo?.own && memo.chronoParsers?.length === 0) memo.all = out;
  return out;
}
