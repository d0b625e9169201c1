/** The raw date record and the tense of the clause a date sits in. */
import type { Span } from '../../contract/pipeline.ts';
import { PATTERNS } from './patterns.ts';
import { INFINITIVE_DATE_WORDS } from './constants.ts';
import type { Ymd } from './_calendar.ts';
import { boundedMemo } from '../../util/index.ts';

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
  /** "before 1am": the small hours after the night of the day told just before, or no date. */
  smallHours?: boolean;
  /** "the same day": the day told just before. */
  sameDay?: boolean;
  /** "the next Wednesday", "the previous Friday", "that Friday": that weekday after, before or from the day told just before. */
  anchoredWeekday?: 'after' | 'before' | 'from';
  /** "the following year", "later that month": a year or month stepped from the date told before. */
  anaphor?: { unit: 'year' | 'month' | 'week' | 'season'; step: number; season?: readonly [number, number] };
  /** "Sunday the 26th": a day of the month whose month its weekday picked. */
  weekdayDay?: boolean;
  /** "on the 3rd": a day of the month with no month named in its sentence. */
  ordinalDay?: boolean;
  /** "by Monday", "until Sunday": a weekday as a deadline, never the day it is said on. */
  untilDay?: boolean;
  /** A named holiday ("Easter Monday") and the offset from it ("the first working day after"). */
  holiday?: { name: string; offset: HolidayOffset };
  /** Alternative readings of an ambiguous numeric date (day-first and month-first). */
  readings?: Ymd[];
  /** An ambiguous numeric date read in the order the text writes its dates in. */
  order?: 'day' | 'month';
  sentence: Span;
  future: boolean;
  /** Tense of the clause around the date; null when nothing marks it. */
  tense?: Tense;
}

/** Chrono's weekday numbers (0 = Sunday) by the first three letters of the name. */
export const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

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

/** The coordinate clause (see PATTERNS.coordinateBreak) of the clause [start, end) of `s` that holds offset `at`. */
function coordinateAt(s: string, start: number, end: number, at: number): { start: number; end: number } {
  let from = start;
  let to = end;
  for (const m of s.slice(start, end).matchAll(PATTERNS.coordinateBreak)) {
    const pos = start + m.index!;
    if (pos < at) from = pos + m[0].length;
    else { to = pos; break; }
  }
  return { start: from, end: to };
}

/**
 * Asides between two commas of the clause [start, end) that close before `at`, opened by a relative pronoun or an
 * article (", who was elected in May,", ", a judge named on Monday,"): spans in `s`.
 */
function asidesBefore(s: string, start: number, end: number, at: number): Span[] {
  const out: Span[] = [];
  const commas: number[] = [];
  for (let i = s.indexOf(',', start); i >= 0 && i < Math.min(end, at); i = s.indexOf(',', i + 1)) commas.push(i);
  for (let k = 0; k + 1 < commas.length; k++) {
    const open = commas[k]! + 1, close = commas[k + 1]!;
    // ", which will be led by a judge, Ivo Brand, and report by May 1": a relative clause that goes on past its comma
    // with a second verb of no subject of its own after "and" is no closed aside: that verb shares its auxiliary.
    if (PATTERNS.asideOpener.test(s.slice(open, close)) && !PATTERNS.relativeGoesOn.test(s.slice(close, at))) out.push({ start: open, end: close });
  }
  return out;
}

/**
 * The quotation of `s` that holds offset `at` (from its opening mark to its closing one), if any: curly marks pair by
 * direction, straight ones by count.
 */
function quoteAround(s: string, at: number): Span | null {
  const open = s.lastIndexOf('“', at), shut = s.lastIndexOf('”', at - 1);
  if (open >= 0 && open > shut) {
    const end = s.indexOf('”', at);
    return { start: open, end: end < 0 ? s.length : end };
  }
  const straight = [...s.slice(0, at).matchAll(/"/g)];
  if (straight.length % 2 === 0) return null;
  const end = s.indexOf('"', at);
  return { start: straight[straight.length - 1]!.index!, end: end < 0 ? s.length : end };
}

/** "wants a new formula agreed by June": a participle of what a present verb wants done by a deadline (no past act). */
function wantedDone(s: string, pos: number, word: string): boolean {
  return PATTERNS.participle.test(word) && PATTERNS.wantedDoneLead.test(s.slice(Math.max(0, pos - 60), pos))
    && PATTERNS.wantedDoneTail.test(s.slice(pos + word.length));
}

/** Offsets from a holiday: "the day after/before", "the first working day after/before". */
export type HolidayOffset = 'day-after' | 'day-before' | 'workday-after' | 'workday-before' | null;

/**
 * Tense of the date at offset `at`: the tense cue nearest to it in its clause, preferring cues
 * before it ("told reporters on Monday that they will never forget" is past; "will meet on
 * Monday" is future; "Saturday Dan Caron was remembered" takes the verb after). Null: no cue.
 */
export function tenseAt(s: string, at: number, beforeOnly = false, perfectUntensed = false): Tense {
  // A pure function of its arguments, asked again for the same sentence and offset by several rules and by every day a
  // page is re-dated on (the cue patterns scanned over the clause cost most of the date pass).
  return tenseKnown(`${at}${beforeOnly ? '<' : '|'}${perfectUntensed ? 'p' : ''}${s}`, () => readTense(s, at, beforeOnly, perfectUntensed));
}
/** Most tenses tenseAt keeps before it starts afresh (see boundedMemo). */
const MAX_TENSES = 20000;
const tenseKnown = boundedMemo<Tense>(MAX_TENSES);

/** A modal before a perfect's "have": "should have", "could not have", "must've" (see readTense). */
const MODAL_PERFECT = /\b(?:should|could|would|must|might|may|ought\s+to)(?:n['’]t)?\s+(?:not\s+)?(?:have|'ve|’ve)\s+(?:\p{L}+\s+){0,2}$/iu;

function readTense(s: string, at: number, beforeOnly: boolean, perfectUntensed = false): Tense {
  const { start, end } = clauseAt(s, at);
  const clause = s.slice(start, end);
  const cues: { at: number; end: number; tense: 'future' | 'past'; untensed?: boolean; perfect?: boolean }[] = [];
  for (const m of clause.matchAll(PATTERNS.futureCue)) {
    const pos = start + m.index!, stop = pos + m[0].length;
    // "set March 3 next year as the first day of the trial": "next year" after a month and day only tells that date's year; it is
    // no tense of the clause (the court set the day on Tuesday, a day gone by).
    if (PATTERNS.yearOfMonthDay.test(s.slice(Math.max(0, pos - 20), stop + 5))) continue;
    // "the rent was due on the 2nd": a past "was due" (not "was due to open", nor told as said, "said it was due on the 9th")
    // tells of a day gone by.
    const pastDue = PATTERNS.pastDue.test(m[0]) && !PATTERNS.dueTo.test(s.slice(stop)) && !PATTERNS.saidBefore.test(s.slice(start, pos));
    // ("cancelled the competition that was due on November 7": the day of what was called off may lie either side of the page.)
    const calledOff = pastDue && PATTERNS.calledOffBefore.test(s.slice(Math.max(0, pos - 80), pos));
    cues.push({ at: pos, end: stop, tense: pastDue ? 'past' : 'future', untensed: calledOff });
  }
  for (const m of clause.matchAll(PATTERNS.pastCue)) {
    const pos = start + m.index!;
    // "is scheduled", "planned to": a past form inside a future cue is part of it.
    if (PATTERNS.notPast.test(m[0]) || cues.some((c) => c.at <= pos && pos < c.end)) continue;
    // "will be paid": a participle after "be" is passive, not past.
    if (PATTERNS.passiveLead.test(s.slice(Math.max(0, pos - 7), pos))) continue;
    // "would be invited in June and a consultant chosen by September 30", "for every night spent away": a participle with
    // its auxiliary left out after "and", or qualifying the noun of "every", tells no past act.
    if (PATTERNS.participle.test(m[0]) && (PATTERNS.gappedPassiveLead.test(s.slice(Math.max(start, pos - 160), pos))
      || PATTERNS.everyNounLead.test(s.slice(Math.max(0, pos - 30), pos)))) continue;
    // "wants written offers by Friday": a participle between a present verb and its noun describes the noun; no past act.
    if (PATTERNS.participle.test(m[0]) && PATTERNS.presentObjectVerb.test(s.slice(Math.max(0, pos - 20), pos))
      && PATTERNS.nounAfterParticiple.test(s.slice(pos + m[0].length))) continue;
    if (wantedDone(s, pos, m[0])) continue;
    // "will seal the last one today, with the first wagons lifted on Friday": the participle of an absolute phrase takes
    // the tense of the clause it hangs on; it tells no past act of its own.
    if (PATTERNS.participle.test(m[0]) && PATTERNS.absoluteWithLead.test(s.slice(Math.max(0, pos - 60), pos))) continue;
    // "would receive compensation, credited on bills in September", "will stand trial for the killing, committed on
    // Saturday": a participle opening a phrase after a comma, with a future told before it, may tell an act to come or one
    // done; it marks no tense for a date after it (not "the statement, written on Monday, will be read out": no future before).
    const untensed = PATTERNS.participle.test(m[0]) && PATTERNS.afterComma.test(s.slice(Math.max(0, pos - 3), pos))
      && cues.some((c) => c.tense === 'future' && c.end <= pos);
    // "go back on the walls in April, once the conservators have dried the canvases": a perfect in a clause of time.
    if (PATTERNS.participle.test(m[0]) && PATTERNS.perfectLead.test(s.slice(Math.max(0, pos - 25), pos))
      && PATTERNS.perfectInTimeClause.test(s.slice(Math.max(0, pos - 90), pos).replace(PATTERNS.perfectLead, ''))) continue;
    const perfect = PATTERNS.participle.test(m[0]) && PATTERNS.presentPerfectLead.test(s.slice(Math.max(0, pos - 25), pos));
    cues.push({ at: pos, end: pos + m[0].length, tense: 'past', untensed, perfect });
  }
  // "\"From May,\" she added, \"we will open late\"": the verb of saying outside a quotation tells when it was said, not
  // when what is said inside it happens; the quote's own words give that.
  const quote = quoteAround(s, at);
  if (quote) {
    const kept = cues.filter((c) => (c.at >= quote.start && c.at < quote.end) || !PATTERNS.reportingVerb.test(s.slice(c.at, c.end).trim()));
    cues.length = 0;
    cues.push(...kept);
  }
  // "The mediator, a judge named on Monday, wants offers by Friday": an aside between commas, closed before the date,
  // tells of its own noun; its verb is not the tense of the date after it.
  const asides = asidesBefore(s, start, end, at);
  if (asides.length) {
    const kept = cues.filter((c) => !asides.some((a) => a.start <= c.at && c.at < a.end));
    cues.length = 0;
    cues.push(...kept);
  }
  // "agreed to meet again on Tuesday": the date of an intended act lies ahead. Only close after the infinitive:
  // "refused to endorse him during a speech at the convention in July" dates the refusal.
  const plan = [...clause.matchAll(PATTERNS.intentionTo)].filter((m) => start + m.index! + m[0].length <= at).pop();
  if (plan) {
    const planEnd = start + plan.index! + plan[0].length;
    const between = s.slice(planEnd, at).trim();
    if ((between ? between.split(/\s+/).length : 0) <= INFINITIVE_DATE_WORDS && !cues.some((c) => c.tense === 'past' && c.at >= planEnd && c.at < at)) return 'future';
  }
  // "voted on Wednesday to raise fares by 12 percent from January 1": the day a decided change takes effect from lies
  // after the deciding, however many words the change takes to tell.
  if (PATTERNS.startLead.test(s.slice(Math.max(start, at - 30), at))
    && [...clause.matchAll(PATTERNS.decidedTo)].some((m) => start + m.index! + m[0].length <= at)) return 'future';
  // "Our aim is to help, and on Tuesday we did not": a date whose coordinate clause has a tensed verb of its own takes
  // that verb's tense. One with none shares the clause's ("will strike on Monday, and again on Thursday").
  const seg = coordinateAt(s, start, end, at);
  const own = cues.filter((c) => c.at >= seg.start && c.at < seg.end);
  const pool = own.length ? own : cues;
  const before = pool.filter((c) => c.at < at).sort((a, b) => b.at - a.at)[0];
  const after = pool.filter((c) => c.at > at).sort((a, b) => a.at - b.at)[0];
  // "wanted the families paid before Christmas": what was wanted lies after the wanting, so the past tense says nothing.
  const wish = cues.filter((c) => c.at < at && c.tense === 'past' && PATTERNS.intention.test(s.slice(c.at, c.end))).pop();
  // "promised payment before Christmas": a deadline of what was promised lies after the promise too.
  if (before?.tense === 'past' && wish && !PATTERNS.didWished.test(s.slice(wish.end, at))
    && (s.slice(wish.end, at).trim().split(/\s+/).length >= 3 || PATTERNS.deadlineLead.test(s.slice(wish.end, at)))) return null;
  // "The ban applies from March 1, the ministry said": a trailing attribution's verb tells when it was said, not when
  // the untensed clause before it happens (not "On Monday, officials said ...", nor "at the briefing, on the 24th, they said
  // the blade was found": a date opening its clause, or one before a verb that goes on to what was said, is the saying's).
  if (!before && after && PATTERNS.reportingVerb.test(s.slice(after.at, after.end)) && PATTERNS.attributionGap.test(s.slice(at, after.at))
    && PATTERNS.attributionTail.test(s.slice(after.end))
    && s.slice(start, at).trim().split(/\s+/).length >= 2) return null;
  // "If she does not come off on Monday, we are looking at weeks": a present tense in a condition tells of what is still to
  // come (the days an "if" weighs lie ahead), when nothing in the clause tells a past.
  if (!before && !cues.some((c) => c.tense === 'past') && PATTERNS.conditionOpen.test(s.slice(Math.max(0, start - 8), start))
    && PATTERNS.presentAux.test(s.slice(start, at))) return 'future';
  // "Two men died: a diver on the 30th, a pilot the next day": a list after a colon with no verb of its own
  // shares the verb its colon hangs on, so the clause before the colon tells its tense.
  if (!cues.length && start > 1 && s[start - 1] === ':') return readTense(s, start - 1, true, perfectUntensed);
  const cue = before ?? (beforeOnly ? undefined : after);
  // "has called the ministers to a hearing on the 18th", "has cancelled the display on the 1st": English gives a present
  // perfect no day gone by, so a day told beside one is of what the act set up or called off (the hearing, the display),
  // which lies ahead of the act, told as done by now: the day is to come (see ordinalDays, which asks this).
  // (Not a modal perfect: "should have shut the slipway on the 2nd" tells what was not done then, a day gone by.)
  if (perfectUntensed && cue?.perfect && cue === before) return MODAL_PERFECT.test(s.slice(Math.max(0, cue.at - 40), cue.at)) ? null : 'future';
  return cue?.untensed ? null : cue?.tense ?? null;
}
