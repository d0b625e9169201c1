/**
 * events: who did what, where and when — typed event mentions from a trigger lexicon, with the
 * sentence's entities as participants and place, the nearest date, and a background flag. A clause no trigger
 * covers that tells a past act with a date of its own is an event typed by its verb's lemma (_generic.ts).
 */
import type { EventMention, Span } from '../../contract/pipeline.ts';
import type { AnalysisContext } from '../context.ts';
import { SPEECH_DATE_CHARS, RELATIVE_VERB_WORDS, ANTECEDENT_GAP_CHARS, NOUN_YEAR_CHARS, BACKGROUND_DAYS, LEAD_SENTENCES, MAX_SUMMARY_CHARS, SINCE_DATE_CHARS, SINCE_LOOKBACK_CHARS, MOURNING_DAY_GAP_CHARS } from './constants.ts';
import { ATTRIBUTIVE_AFTER, ATTRIBUTIVE_BEFORE, SPEECH_DATE_BEFORE, AS_REPORTED_BEFORE, AUXILIARIES_BEFORE, POSSESSIVE_AFTER, RESTRICTIVE_WHO, ALLEGATION, APPOSITION, DURING_BEFORE, ENDING_SPAN, OFFSET_WORDS, OPENING_DATE, GOES_ON, FIRST_BEFORE, FIRST_AFTER, FIRST_SINCE, FIRST_TIME_SINCE_BEFORE, YES_NO_QUESTION, CLAUSE_SEPARATOR, NOUN_YEAR_BEFORE, SPEECH_TYPES, COMPLEMENT, COORDINATED, SINCE_BEFORE, DEFINITE_BEFORE, EVENT_TRIGGERS, GENERIC, LOOKS_BACK, MODAL, RELATIVE_CLAUSE, CONTACT_RELATIVE, SUBORDINATE_BEFORE, PERIOD_BOUND_BEFORE, GENERIC_HEAD_WHO, SPEAKER_RELATIVE, QUOTED_WORDS, SPEECH_PLEDGE, TOPIC_HEADING, CONDITION, INDIRECT_QUESTION, HEDGE_PART, COMPOUND_MODIFIER_AFTER, CASUALTY_COUNT_BEFORE, CASUALTY_VERB, CREDITED_NOW, MOURNING_DAY_BEFORE, MOURNING_DAY_DECLARED, SINCE_NAMED_BEFORE, CIRCUMSTANCE_BEFORE } from './patterns.ts';
import { clauseAround, dateFor, isCaption, participantsAndPlace } from './_sentence-parts.ts';
import { boundsAPeriod, ownSubjectConjuncts, deadlines, gappedConjuncts, namedAsObject, partAround, fellDue, genericHits, namedByDay, stateStarts, stateEnds, nextClauseVerb, toldAsDenied, deniedBefore, addressesReader, toldAsDone, toldAsDoneInPart, toldInSimplePast, superlativeSince, countedSince, toldAsReportedPast, reportedPastPerfects, toldInPresentPerfect, verbAfterRelative, whenClauseDateAt } from './_generic.ts';
import { joinPegged, mergeInDocument, type Reference } from './_merge.ts';
import { dayBefore, insideOffset, monthsBefore, newsOffsetBefore, occasionDay, offsetAfter, referenceDays, resolveOffsets, shiftFromNews, type PendingOffset } from './_offsets.ts';
import { captionsOf, epochDay, isTimeOfDay } from '../dates/index.ts';
import { boundedMemo } from '../../util/index.ts';

export { datesCompatible } from './_merge.ts';
export { EVENT_TRIGGERS, SPEECH_TYPES } from './patterns.ts';

function isBackground(date: string | null, publishedAt: string | null): boolean {
  if (!date || !publishedAt) return false;
  const a = epochDay(date.slice(0, 10));
  const p = epochDay(publishedAt.slice(0, 10));
  return a !== null && p !== null && p - a > BACKGROUND_DAYS;
}

/** Whether a date lies after the page's day (a month or year only when all of it does). */
function laterThan(date: { value: string }, pageDay: string): boolean {
  return date.value > pageDay.slice(0, date.value.length);
}

const afterPage = (date: { value: string }, ctx: AnalysisContext): boolean => !!ctx.publishedAt && laterThan(date, ctx.publishedAt.slice(0, 10));

/**
 * The reading of a date mention that is not after the page's day: its own, or for a weekday read forward
 * ("Saturday" taken as the coming one) the same weekday a week earlier; null when there is none.
 */
function readingNotAfter(d: AnalysisContext['dates'][number], pageDay: string): EventMention['date'] {
  if (!laterThan(d.date, pageDay)) return d.date;
  if (!d.method.startsWith('weekday') || d.date.precision !== 'day') return null;
  const back = dayBefore(d.date, 7);
  return back && !laterThan(back, pageDay) ? back : null;
}

/** A date mention that tells a time at night: "midnight on Tuesday", "late last night", "on Monday night", "overnight". */
const AT_NIGHT = /\b(?:mid|over)?night\b/i;
/** A lead's date mention of a time after the working day: the night, and the evening ("shelled on Wednesday evening"). */
const AFTER_HOURS = /\b(?:(?:mid|over)?night|evening)\b/i;
/** A date mention that names the page's own day as the present: "this morning", "today", "this evening". */
const TODAY_WORDS = /\b(?:today|this (?:morning|afternoon|evening))\b/i;

/**
 * Up to a trigger's last word, a clause of comparison and its verb ("weighed more than the awning was ever made to bear",
 * "longer than the crews had planned", "paid six days later than the mayor had promised"): a "than" clause tells the
 * measure something is compared with, not an act that took place. (Not past a conjunction, which opens a clause of its
 * own: "was less than a decade old and had been repaired in May".)
 */
const THAN_CLAUSE_TO = /\bthan\s+(?:(?!(?:and|but|or|so|yet|then|while|when)\s)[\p{L}'’-]+\s+){1,4}?(?:was|were|is|are|had|has|have|had been|has been|have been)\s+(?:(?:ever|once|first|originally|really)\s+)?[\p{L}'’-]+$/iu;
/**
 * Before a trigger, "without" and what it denies: "without meeting", "without a meeting", "without being charged", "without a
 * way to meet": an act told as lacking did not take place.
 */
const WITHOUT_BEFORE = /\bwithout\s+(?:(?:a|an|any|the|being|having|ever)\s+)?(?:(?:way|chance|means|opportunity|time|place)\s+to\s+)?$/i;
/** Before a trigger, a relative clause on an amount: ", of which the national government ...". */
const OF_WHICH_BEFORE = /,\s*of which\s+[^,;.]*$/i;
/** After its verb, a share of that amount: "half", "a third", "two thirds", "most", "40 per cent", "20 million". */
const SHARE_AFTER = /^\s+(?:(?:a|one|two|three)\s+)?(?:half|thirds?|quarters?|fifths?|tenths?|most|all|the rest|\d[\d,.]*\s*(?:per\s*cent|percent|%|million|billion))\b/i;

/** Before an attributive date, a preposition that places an act on or in the thing it dates ("on their September bills"). */
const ON_DATED_THING = /\b(?:on|in|at|during)\s+(?:the|their|its|his|her|a|an)\s+$/i;
/** A place told as staying shut, now or ahead ("will stay closed", "remains shut"): not "stayed closed", a state of the past. */
const STAYS_SHUT = /^(?:stay|stays|remain|remains)\s+(?:shut|closed)$/i;
/**
 * A measure told as still standing ("The ban on the firm remains in force", "curbs stay in place"): a state at the time of
 * writing, not the measure being taken; with no day of its own it takes neither the lead's day nor the one before.
 */
const STILL_STANDING = /\b(?:remains?|stays?|is still|are still)\s+(?:in\s+(?:force|place|effect)|in\s+operation)\b/i;
/** After an approval, the tally that carried it, in its clause: "(approved) the budget by 41 votes to 17". */
const VOTE_TALLY_AFTER = /^[^.;:]*?\bby\s+[\w,-]+\s+votes?\s+to\s+[\w,-]+/i;
/** Between a state and the day that bounds it: "(stay closed) until at least (Thursday)", "until the (Friday)". */
const UNTIL_AFTER_STATE = /^\s+(?:until|till)\s+(?:at\s+least\s+)?(?:the\s+)?$/i;
/** Before a date, a word that makes it the bound of something still to come: "until Wednesday", "by Friday", "before the 20th". */
const BOUND_AHEAD_BEFORE = /\b(?:until|till|by|before)\s+(?:the\s+)?$/i;

function summarise(text: string): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length <= MAX_SUMMARY_CHARS ? s : `${s.slice(0, MAX_SUMMARY_CHARS - 1).trimEnd()}…`;
}

/** How a sentence of running text ends: a full stop, question or exclamation mark, maybe inside a closing quote. */
const SENTENCE_END = /[.!?]["”’)]*\s*$/;

/** The first LEAD_SENTENCES sentences of running text (not captions, not headlines), read no further than needed. */
function leadSentences(sentences: AnalysisContext['sentences'], text: string, captions: readonly string[]): AnalysisContext['sentences'] {
  const out: AnalysisContext['sentences'] = [];
  for (const x of sentences) {
    if (out.length === LEAD_SENTENCES) break;
    if (SENTENCE_END.test(text.slice(x.start, x.end)) && !isCaption(text, x, captions)) out.push(x);
  }
  return out;
}

/**
 * The day of the lead: the first day-precision date in the first sentences (the cleaned text may
 * open with the headline, which carries none).
 */
function leadDay(ctx: AnalysisContext, speaking = false): AnalysisContext['dates'][number] | undefined {
  const text = ctx.doc.text ?? '';
  // A caption above the lead shows a picture of another day ("Customers queue outside a branch on Friday. Photograph: ...").
  // Headlines and kickers ("Vexholt ferry disaster") end with no full stop: they are not the lead's sentences.
  for (const s of leadSentences(ctx.sentences, text, captionsOf(ctx.doc))) {
    // A headline's plan ("energy pact to be signed on Tuesday") is not the day the news happened.
    // Nor is a possessive date ("arrested a suspect in Saturday's shooting"): it dates a noun, not what the lead tells.
    const d = ctx.dates.find((x) => x.start >= s.start && x.end <= s.end && x.date.precision === 'day'
      && !MODAL.test(clauseAround(text.slice(s.start, s.end), x.start - s.start)) && !POSSESSIVE_AFTER.test(text.slice(x.end, x.end + 3))
      // Nor the day a source told it, credited after the act ("..., as reported by KVB this morning"): see AS_REPORTED_BEFORE.
      && !asReported(text, x));
    if (!d) continue;
    // "A levee gave way late Tuesday ..., officials said Wednesday": what is said and promised dates from the telling day.
    const told = speaking ? ctx.dates.find((x) => x.start > d.start && x.end <= s.end && x.date.precision === 'day'
      && SPEECH_DATE_BEFORE.test(text.slice(Math.max(s.start, x.start - SPEECH_DATE_CHARS), x.start))) : undefined;
    return told ?? d;
  }
  return undefined;
}

/**
 * Whether a date is the day a source told what the page credits to it after the act ("..., as reported by KVB this morning"):
 * the source's day, not the page's news (see AS_REPORTED_BEFORE).
 */
function asReported(text: string, d: { start: number }): boolean {
  return AS_REPORTED_BEFORE.test(text.slice(Math.max(0, d.start - SPEECH_DATE_CHARS - 20), d.start));
}

/**
 * Events that no word of their own sentence dates, given the lead's day (the news peg, see withNewsPeg): "Mayor X says 19
 * died" under a lead that says "yesterday". Their day is the lead's words', not theirs, and taking it is a main cause of
 * events found on the wrong day: `eval/_leadday-probe.ts` lists them against the golds. src/corpus/redate does not count
 * them as evidence of an undated page's day under a follow-up's lead (one that tells an earlier event beside its news);
 * under a lead of one day's news it does: on real coverage that lead's day is the evidence ("was shot late Saturday").
 * Kept beside the events, not in them (the contract's EventMention says what an event is, not where its day came from).
 */
const DATED_BY_LEAD = new WeakSet<EventMention>();

/** Whether `findEvents` gave the event the lead's day for want of a date of its own (see DATED_BY_LEAD). */
export function datedByLead(e: EventMention): boolean {
  return DATED_BY_LEAD.has(e);
}

/**
 * The lead's date is the article's news peg: an undated event of a type the text never
 * dates elsewhere took place then ("The transfer was carried out in full" under a Thursday lead).
 * Other undated events take the one day the sentence before them tells, if it tells one.
 */
function withNewsPeg(events: EventMention[], ctx: AnalysisContext, back: Set<string>, perfect: Set<string> = new Set(), reported: Set<string> = new Set()): EventMention[] {
  const lead = leadDay(ctx);
  // A lead's day after the page's ("Saturday" read as the coming one) dates nothing the page tells as done.
  const peg = lead && !isBackground(lead.date.value, ctx.publishedAt) && !afterPage(lead.date, ctx) ? lead.date : null;
  const toldLead = peg ? leadDay(ctx, true) : undefined;
  // A lead told at night ("ran aground shortly before midnight on Tuesday", "were told late last night") on a page of the next
  // day that tells that day as its own ("this morning", "today") is the next day's story: what it tells with no day of its own
  // (the rescue before dawn, the statements, the handouts) followed the night, on the page's day.
  // (So does one told in the evening: "shelled on Wednesday evening" on Thursday morning's page — the denials and calls came after.)
  // (Not a page that only reports the night: "A man was shot late Saturday night. He died in hospital.")
  const text = ctx.doc.text ?? '';
  const afterNight = lead && peg && AFTER_HOURS.test(text.slice(lead.start, lead.end)) ? dayBefore(peg, -1) : null;
  const pageDay = ctx.publishedAt?.slice(0, 10) ?? null;
  const toldAsToday = !!afterNight && afterNight.value === pageDay
    && ctx.dates.some((d) => d.date.value === pageDay && TODAY_WORDS.test(text.slice(d.start, d.end)) && !asReported(text, d));
  const dayPeg = toldAsToday ? afterNight : peg;
  const speechPeg = toldLead && toldLead !== lead && !afterPage(toldLead.date, ctx) ? toldLead.date : dayPeg;
  const pegFor = (e: EventMention): EventMention['date'] => (SPEECH_TYPES.has(e.type) || e.type === 'pledge' ? speechPeg : dayPeg);
  // A type the text dates only long before ("last sent a mission in 2019") does not keep the news day from its undated mentions.
  // (A speech act's does: a text tells many statements, by many speakers.)
  const dated = new Set(events.filter((e) => e.date && !e.background && !SPEECH_TYPES.has(e.type)).map((e) => e.type));
  // Told in the past perfect or as earlier ("had suspended", "last year"): neither the news day nor the day before it.
  const looksBack = (e: EventMention): boolean => e.evidence.every((s) => back.has(`${e.type}|${s.start}`));
  // "At a banquet that evening", "The two presidents then held talks": the story goes on from the day told just before.
  const goesOn = (e: EventMention): boolean => e.evidence.some((s) => GOES_ON.test(text.slice(s.start, s.end)));
  // A sentence that looks back elsewhere ("told a press conference that the files included last year's inspection") is not the lead's.
  // (Not the shifted tense of reported speech: "The regulator said it had appointed an administrator".)
  // (Nor a past perfect that only reports a speaker's news: "said townspeople had been left in the dark and demanded ...".)
  const sentenceBack = (e: EventMention): boolean => e.evidence.every((s) => LOOKS_BACK.test(withoutReportedPast(text.slice(s.start, s.end)))) && !told(e, reported);
  // A text that names no day at all is breaking news: what its lead tells happened the day it was published.
  // (So is one whose only day named is the page's own: "family members arrived on Saturday", the day it was published.)
  const breaking = pageDay && !ctx.dates.some((d) => d.date.precision === 'day' && d.date.value !== pageDay) ? { value: pageDay, precision: 'day' as const } : null;
  return events.map((e) => (e.date ? e
    // A request told in the present perfect with no time of its own ("Brumlow has asked Velskar for help") stands at the time of
    // writing, made some days before: the page's month is what the text tells of its day.
    // So does a promise ("the governor has promised an independent review"), also in the shifted tense of reported speech ("the
    // mayor said the government had promised a compensation scheme"): the promise stands as the speaker reports it.
    // (Not the lead's promise: the lead tells the news of the page's day, "Velland has offered tankers, a spokesman said".)
    : (e.type === 'request' || (e.type === 'pledge' && !leadsType(e, events, ctx))) && pageDay
      && told(e, e.type === 'pledge' ? new Set([...perfect, ...reported]) : perfect) && !e.background
      ? { ...e, date: { value: pageDay.slice(0, 7), precision: 'month' as const } }
    // (Not a speech act: a text tells many, by many speakers, on many days.)
    : leadsType(e, events, ctx) && !SPEECH_TYPES.has(e.type) && onlyNewsDay(e.type, events) ? { ...e, date: onlyNewsDay(e.type, events) }
    : leadsType(e, events, ctx) && breaking && !looksBack(e) && !e.background ? { ...e, date: breaking }
    // A lead that names no day of its own, told in the present perfect ("the death toll has risen to 25"): news on the page's day.
    // (Named with "the" or not: the tense, not the article, says it is news.)
    : leadsType(e, events, ctx) && !peg && pageDay && told(e, perfect) && !e.background ? { ...e, date: { value: pageDay, precision: 'day' as const } }
    : looksBack(e) ? e
    : e.evidence.every((sp) => STILL_STANDING.test(text.slice(sp.start, sp.end))) ? e
    : fromLeadOrBefore(e)));
  /** The day the story goes on from (the sentence before, after "then"), else the lead's, else the sentence before's. */
  function fromLeadOrBefore(e: EventMention): EventMention {
    // "A power cut late on Tuesday night stopped the pumps. Until the morning shift restarted them, ...": the morning after a night is the next day's.
    const morning = morningAfterNight(e, ctx);
    if (morning) return { ...e, date: morning };
    const before = goesOn(e) ? dayBeforeIt(e, ctx) : null;
    const lead = before ? null : goesOn(e) ? peg : (dated.has(e.type) || sentenceBack(e) ? null : pegFor(e));
    const out = { ...e, date: before ?? lead ?? (goesOn(e) ? null : dayBeforeIt(e, ctx)) };
    if (lead) DATED_BY_LEAD.add(out);
    return out;
  }
}

/** Whether every evidence sentence of an event was marked in `marks` (keys "type|sentence start"). */
const told = (e: EventMention, marks: Set<string>): boolean => e.evidence.every((s) => marks.has(`${e.type}|${s.start}`));

/**
 * Whether an undated event is the first of its type and told in the opening sentences: the lead
 * names the news ("A teenager has been charged with shooting his teammate dead") and the body dates it.
 */
function leadsType(e: EventMention, events: EventMention[], ctx: AnalysisContext): boolean {
  const lead = ctx.sentences[Math.min(LEAD_SENTENCES, ctx.sentences.length) - 1];
  const first = e.evidence[0]!.start;
  return !!lead && first < lead.end && events.every((o) => o.type !== e.type || o === e || o.evidence[0]!.start > first);
}

/** The one day (day precision) the text dates its news events of a type to, or null when it dates none or several. */
function onlyNewsDay(type: string, events: EventMention[]): EventMention['date'] {
  const days = events.filter((o) => o.type === type && o.date && !o.background);
  return days.length && days.every((o) => o.date!.precision === 'day' && o.date!.value === days[0]!.date!.value) ? days[0]!.date : null;
}

/**
 * Whether the clause holding a trigger looks back ("The men had been held", "a visitor had reported");
 * what a speaker reports after "that" is not the speech's own tense ("said in a statement that it had suspended").
 */
function looksBackAt(sentence: string, at: number, end: number, triggers: readonly number[] = []): boolean {
  // A restrictive relative has its own tense: "A man who police say shot his wife had been arrested twice"
  // tells the shooting as news; "The man who had been arrested twice shot his wife" too.
  const rel = restrictiveRelatives(sentence, triggers);
  const own = rel.find((r) => r.start <= at && at < r.end);
  const framed = own ? sentence.slice(0, own.end).replace(/[^]/g, (ch, i: number) => (i < own.start ? ' ' : ch))
    : rel.reduce((t, r) => t.slice(0, r.start) + ' '.repeat(r.end - r.start) + t.slice(r.end), sentence);
  // (Nor does a past perfect that reports a speaker's news: "said townspeople had been left in the dark and demanded ...".)
  const seen = withoutReportedPast(sentence, framed);
  const clause = clauseAround(seen, at);
  const start = seen.indexOf(clause);
  // After a verb, the next verb phrase opens another clause, whose tense is its own ("told reporters the measure would
  // stay until investigators understood what had happened"; "was arrested after police had found a knife").
  const next = nextClauseVerb(sentence, at);
  const after = seen.slice(end, next !== null && next > end ? Math.min(next, start + clause.length) : start + clause.length);
  const cut = after.search(/\bthat\b/i);
  return LOOKS_BACK.test(seen.slice(Math.max(0, start), end) + (cut >= 0 ? after.slice(0, cut) : after));
}

/**
 * `seen` (the sentence, or a copy of it with parts blanked) with the past perfects a speech verb reports in the shifted tense
 * blanked (see reportedPastPerfects): "said townspeople had been left in the dark" looks back no more than "have been left".
 */
function withoutReportedPast(sentence: string, seen: string = sentence): string {
  return reportedPastPerfects(sentence).reduce((t, v) => t.slice(0, v.from) + ' '.repeat(Math.max(0, Math.min(t.length, v.to) - v.from)) + t.slice(v.to), seen);
}

/** An early hour of the day: "the morning shift", "before dawn", "at first light". */
const EARLY_HOUR = /\b(?:the morning|(?:before|at) dawn|at first light|at daybreak)\b/i;

/**
 * The day after the night the sentence before tells ("late on Tuesday night"), for an event whose own sentence tells only an early
 * hour ("until the morning shift restarted them"); null otherwise, or when that day is after the page's.
 */
function morningAfterNight(e: EventMention, ctx: AnalysisContext): EventMention['date'] {
  const first = e.evidence[0];
  const text = ctx.doc.text ?? '';
  if (!first || !EARLY_HOUR.test(text.slice(first.start, first.end))) return null;
  const i = ctx.sentences.findIndex((s) => s.start === first.start);
  const prev = i > 0 ? ctx.sentences[i - 1]! : null;
  if (!prev || isCaption(text, prev, captionsOf(ctx.doc))) return null;
  const nights = ctx.dates.filter((d) => d.start >= prev.start && d.end <= prev.end && d.date.precision === 'day' && AT_NIGHT.test(text.slice(d.start, d.end)));
  const next = nights.length === 1 ? dayBefore(nights[0]!.date, -1) : null;
  return next && !afterPage(next, ctx) ? next : null;
}

/**
 * The day the sentence just before tells, when it tells one (and only one): "Officers spent
 * Saturday afternoon at the headquarters. The prosecutor told a press conference ..." — the story
 * goes on on that day.
 */
function dayBeforeIt(e: EventMention, ctx: AnalysisContext): EventMention['date'] {
  const first = e.evidence[0];
  const i = first ? ctx.sentences.findIndex((s) => s.start === first.start) : -1;
  const prev = i > 0 ? ctx.sentences[i - 1]! : null;
  const text = ctx.doc.text ?? '';
  // A caption's day is the picture's, not where the story goes on.
  if (!prev || isCaption(text, prev, captionsOf(ctx.doc))) return null;
  const days = ctx.dates.filter((d) => d.start >= prev.start && d.end <= prev.end);
  // "The office had first raised the alarm on May 6." tells what came before the story, not where it goes on.
  const only = days.length === 1 && days[0]!.date.precision === 'day'
    && !LOOKS_BACK.test(clauseAround(text.slice(prev.start, prev.end), days[0]!.start - prev.start)) ? days[0]! : null;
  return only && !isBackground(only.date.value, ctx.publishedAt) && !afterPage(only.date, ctx) ? only.date : null;
}

/**
 * Relative clauses of a sentence (", who was arrested on Saturday,"), as offsets in it; with the
 * sentence's trigger offsets, also restrictive ones without commas (see restrictiveRelatives).
 */
function relativeClauses(sentence: string, triggers: readonly number[] = []): readonly Readonly<{ start: number; end: number }>[] {
  // (Asked again for every date and rival trigger of the sentence: see reachable.)
  return relativesKnown(`${triggers.join(',')}\u0000${sentence}`, () => [...[...sentence.matchAll(RELATIVE_CLAUSE)].map((m) => ({ start: m.index!, end: relativeEnd(sentence, m) })),
    ...[...sentence.matchAll(CONTACT_RELATIVE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length })),
    ...restrictiveRelatives(sentence, triggers)]);
}
/** Most sentences (with their triggers) relativeClauses keeps read before it starts afresh. */
const MAX_RELATIVES = 4000;
const relativesKnown = boundedMemo<readonly Readonly<{ start: number; end: number }>[]>(MAX_RELATIVES);

/**
 * A relative clause on a place, between commas: "were taken to the county hospital, where both were stable this morning".
 * Dated by the time of writing (PRESENT_DAY), it tells how things stand at that place now: its day is not that of the act
 * the clause hangs on, told before it.
 */
const PLACE_RELATIVE = /,\s*where\b(?:[^,;]|(?<=\d),(?=\d))*/g;
/** A date mention that opens with the time of writing: "this morning", "today", "tonight", "now". */
const PRESENT_DAY = /^(?:today|tonight|now|this\s+(?:morning|afternoon|evening))\b/i;
const placeRelatives = (sentence: string): { start: number; end: number }[] =>
  [...sentence.matchAll(PLACE_RELATIVE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));

/** A relative clause in the present perfect, to the next comma or semicolon: "that has ravaged the ridge". */
const PERFECT_RELATIVE = /\s(?:that|which)\s+(?:has|have)\s[^,;]*/gi;

/**
 * The relative clauses in the present perfect ("the wildfire that has ravaged the ridge", "which have flooded"), each from
 * the space before its "that" or "which" to the next comma or semicolon, as offsets in `sentence`: such a clause tells a
 * state up to the time of writing, not the day a date of its sentence states (events and redate both read it so).
 */
export function perfectRelatives(sentence: string): { start: number; end: number }[] {
  return [...sentence.matchAll(PERFECT_RELATIVE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

/** "that" or "which" opening a relative clause with no comma, up to its verb. */
const BARE_RELATIVE = /^\s(?:that|which)\s+/i;

/**
 * Where a relative clause ends: a restrictive one ends before the main clause's verb ("a wildfire that started on the ridge
 * on Tuesday afternoon | swept down the valley and jumped the river": Tuesday is the start's, not the jump's).
 */
function relativeEnd(sentence: string, m: RegExpMatchArray): number {
  const end = m.index! + m[0].length;
  const open = BARE_RELATIVE.exec(m[0]);
  if (!open) return end;
  const main = verbAfterRelative(sentence, m.index! + open[0].length);
  return main !== null && main < end ? main : end;
}

/**
 * "The woman who was stabbed outside a bar on Friday night died on Sunday": a restrictive relative
 * whose verb is a trigger runs from "who" to the main clause's verb — taken as the next trigger, else
 * the next clause break — so the date inside is the relative's act, not the main verb's.
 */
function restrictiveRelatives(sentence: string, triggers: readonly number[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const sorted = [...triggers].sort((a, b) => a - b);
  for (const m of sentence.matchAll(RESTRICTIVE_WHO)) {
    const start = m.index!;
    const own = sorted.find((t) => t > start);
    if (own === undefined || sentence.slice(start, own).trim().split(/\s+/).length > RELATIVE_VERB_WORDS + 1) continue;
    const next = sorted.find((t) => t > own);
    const stop = sentence.slice(own).search(/[,;:]/);
    // The main verb's auxiliaries are the main clause's ("... shot his wife had been arrested twice").
    const main = next === undefined ? sentence.length : next - (AUXILIARIES_BEFORE.exec(sentence.slice(own, next))?.[0].length ?? 0);
    const end = Math.min(main, stop >= 0 ? own + stop : sentence.length);
    out.push({ start, end });
  }
  return out;
}

/**
 * Dates of the sentence a trigger may take: inside a relative clause, only that clause's dates
 * ("who was arrested on Saturday"); outside, none of a relative clause's; and none reported after
 * "that" ("told a press conference that the documents included last year's inspection").
 */
function reachable<T extends { start: number }>(sentence: string, sStart: number, at: number, dates: T[], end: number = at, triggers: readonly number[] = []): T[] {
  const rel = relativeClauses(sentence, triggers);
  // The trigger a relative clause describes ("heavy rain that began on Saturday") may take its dates too.
  const own = rel.find((r) => (r.start <= at - sStart && at - sStart < r.end) || (r.start >= end - sStart && r.start - (end - sStart) <= ANTECEDENT_GAP_CHARS));
  const inOwn = own ? dates.filter((d) => d.start - sStart >= own.start && d.start - sStart < own.end) : [];
  // A trigger inside a relative clause takes none of the main clause's dates ("On Thursday Hallinger,
  // who ran the agency during the recall, was sworn in").
  const within = own && own.start <= at - sStart && at - sStart < own.end;
  if (inOwn.length || within) return inOwn;
  // A happening a present-perfect relative clause describes ("on suspicion of starting the wildfire that has ravaged the
  // ridge") is told as going on up to the time of writing: a day told before it is the act of the clause it is named in
  // ("were arrested yesterday"), not its own; only a verb after the clause, its own main verb, may date it.
  const running = own && !within && perfectRelatives(sentence.slice(own.start, own.end))[0]?.start === 0;
  const places = placeRelatives(sentence);
  return dates.filter((d) => {
    const x = d.start - sStart;
    if (running && x < own.end) return false;
    if (rel.some((r) => r !== own && r.start <= x && x < r.end)) return false;
    if (PRESENT_DAY.test(sentence.slice(x)) && places.some((r) => r.start <= x && x < r.end && !(r.start <= at - sStart && at - sStart < r.end))) return false;
    // The speech verb may come before the trigger ("told a press conference ... that ...").
    const that = x > at - sStart ? sentence.slice(at - sStart, x).search(/\bthat\b/i) : -1;
    return !(that >= 0 && COMPLEMENT.test(sentence.slice(0, at - sStart + that + 4)));
  });
}

/** End (offset in the sentence) of the allegation cue the trigger at `at` sits in, or -1. */
function allegationStart(sentence: string, at: number): number {
  let end = -1;
  for (const m of sentence.slice(0, at).matchAll(ALLEGATION)) end = m.index! + m[0].length;
  return end >= 0 && !/[;.]/.test(sentence.slice(end, at)) ? end : -1;
}

/**
 * A bare year naming a thing ("the 1962 Treaty", "the border war of 1959") dates that noun phrase
 * only: a trigger takes it when it is within the phrase, not across a clause break or further away.
 * (So does a possessive date: "arrested a suspect in Saturday's shooting" dates the shooting, not the arrest.)
 */
function modifiesOther(text: string, d: { start: number; end: number }, at: number, end: number, type: string): boolean {
  // A possessive date ("in Saturday's fatal shooting", "last week's summit") dates the noun after it the same way
  // (or a trigger of the same kind it stands for: "a recount of Sunday's runoff").
  // So does a date set before a noun as its modifier ("over the December 18 blockade"): "the" before it, a noun after.
  const attributive = ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(0, d.start - 8), d.start)) && ATTRIBUTIVE_AFTER.test(text.slice(d.end, d.end + 24));
  // (A thing so dated that the act is done on or in places the act then: "received their compensation on their September bills".)
  // (Not a bare year, "killed in the 1959 border war", nor across a clause break: only the act's own complement.)
  if (attributive && !POSSESSIVE_AFTER.test(text.slice(d.end, d.end + 3)) && ON_DATED_THING.test(text.slice(Math.max(0, d.start - 16), d.start))
    && !/^\d{4}$/.test(text.slice(d.start, d.end)) && at < d.start && !CLAUSE_SEPARATOR.test(text.slice(end, d.start))) return false;
  if (attributive || POSSESSIVE_AFTER.test(text.slice(d.end, d.end + 3))) {
    if (placesAtOccasion(text, d, at, end)) return false;
    const noun = text.slice(d.end, d.end + NOUN_YEAR_CHARS);
    if (EVENT_TRIGGERS.some(([t, re]) => t === type && re.test(noun))) return false;
    // A possessive date in a phrase of another noun ("A notice about Wednesday's burn had been posted on Monday", "the count
    // after Sunday's vote began"): it dates its own noun, not the verb after that phrase.
    if (POSSESSIVE_AFTER.test(text.slice(d.end, d.end + 3)) && PHRASE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, d.start - 10), d.start))) return true;
    return at < d.end || text.slice(d.end, at).length > NOUN_YEAR_CHARS || CLAUSE_SEPARATOR.test(text.slice(d.end, at));
  }
  if (!/^\d{4}$/.test(text.slice(d.start, d.end)) || !NOUN_YEAR_BEFORE.test(text.slice(Math.max(0, d.start - 8), d.start))) return false;
  const gap = d.start >= end ? text.slice(end, d.start) : text.slice(d.end, at);
  return gap.length > NOUN_YEAR_CHARS || CLAUSE_SEPARATOR.test(gap);
}

/** Before a possessive date, a preposition that puts it in a phrase of another noun ("a notice about Wednesday's burn"). */
const PHRASE_PREPOSITION_BEFORE = /\b(?:about|of|over|for|after|before|from|against)\s+$/i;
/** Before a possessive date, the preposition that makes its noun the occasion of the clause: "at last night's banquet", "during Monday's march". */
const OCCASION_BEFORE = /\b(?:at|during)\s+$/i;
/** The same, opening the sentence: "At yesterday's briefing, ...". */
const OCCASION_OPENING = /(?:^|[.!?]["”’]?\s+)(?:At|During)\s+$/;
/** Between an occasion's possessive date and an act after it: no clause break, or one that opens a where-clause on the occasion. */
const OCCASION_TO_ACT = /^[^,;.!?]*(?:,\s*where\b[^,;.!?]*)?$/i;

/**
 * Whether a possessive date names the occasion the act took place at ("Toravin raised her glass at last night's banquet",
 * "At last night's banquet, where the president raised her glass", "14 were detained during Monday's protest"): what is
 * done at an occasion is done on its day. (Not "in Saturday's shooting", "over last week's strike": those name what the act
 * is about.)
 */
function placesAtOccasion(text: string, d: { start: number; end: number }, at: number, end: number): boolean {
  if (!POSSESSIVE_AFTER.test(text.slice(d.end, d.end + 3))) return false;
  const before = text.slice(Math.max(0, d.start - 12), d.start);
  if (!OCCASION_BEFORE.test(before)) return false;
  if (at < d.start) return !CLAUSE_SEPARATOR.test(text.slice(end, d.start));
  const between = text.slice(d.end, at);
  return OCCASION_TO_ACT.test(between) || (OCCASION_OPENING.test(before) && !/[;.!?]/.test(between) && (between.match(/,/g) ?? []).length === 1);
}

/**
 * Whether a time of day that takes its day from words told before it ("gave way early Monday, ..., which puts the breach at
 * 3:40 a.m.", see the dates stage's dayTimes) yields, for the trigger ending at `end`, to another day the same span tells
 * after the trigger in words of its own ("... say it failed before midnight on Sunday"): the time only repeats a day, and a
 * day named after the act outweighs it (the splitter may run on over "a.m." into the next sentence, whose day that is).
 */
function timeOverruled(d: AnalysisContext['dates'][number], dates: AnalysisContext['dates'], end: number): boolean {
  return isTimeOfDay(d) && dates.some((x) => x.start >= end && x !== d && !isTimeOfDay(x) && x.date.precision === 'day' && x.date.value !== d.date.value);
}

/**
 * Whether a time of day told before a verb of saying ("it gave way shortly after 9 p.m., and about 120 fell into the river,
 * the spokesman told reporters") is the time of what is reported, not of the telling: a telling is dated by its day, and a
 * clock time that dates one opens its sentence ("At 10 a.m. the minister told reporters ...").
 */
function timeOfReported(d: AnalysisContext['dates'][number], type: string, text: string, sStart: number, at: number): boolean {
  return SPEECH_TYPES.has(type) && isTimeOfDay(d) && d.end <= at && !OPENING_DATE.test(text.slice(sStart, d.start));
}

/** Whether the mention is told as the first of its kind: "the first theft ...", "the theft was the first ...". */
function countsFromEarlier(text: string, s: { start: number; end: number }, at: number, end: number): boolean {
  return FIRST_BEFORE.test(text.slice(Math.max(s.start, at - 16), at)) || FIRST_AFTER.test(text.slice(end, s.end));
}

/** The date of the earlier event a "first ... since <date>" points at, or null. */
function firstSince(text: string, s: { start: number; end: number }, at: number, end: number, dates: AnalysisContext['dates']): EventMention['date'] {
  if (!countsFromEarlier(text, s, at, end)) return null;
  const d = dates.find((x) => x.start >= end && FIRST_SINCE.test(text.slice(end, x.start)));
  return d ? d.date : null;
}

/** Whether offset `at` of a sentence lies between typographic quotation marks (more “ than ” before it). */
function insideQuoteMarks(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  return (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length;
}

/**
 * The sentence with quoted words blanked (the quote stage's quotes, and words between quotation marks it found none in):
 * a speaker's hedge ("“the bank could no longer pay,” the chair said at a news conference") is not the narrator's, so
 * it makes the sentence no talk about events in general.
 */
function unquoted(sentence: string, sStart: number, quotes: AnalysisContext['quotes']): string {
  let out = sentence;
  const blank = (from: number, to: number): void => {
    const a = Math.max(0, from);
    const b = Math.min(out.length, to);
    if (b > a) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  };
  for (const q of quotes) blank(q.start - sStart, q.end - sStart);
  for (const m of sentence.matchAll(QUOTED_WORDS)) blank(m.index!, m.index! + m[0].length);
  return out;
}

/**
 * Before a trigger noun, a speech verb and the phrase that places the speaking at a known event: "told reporters after the (reopening) ".
 * (At most two words between, none a verb of its own: "said he would raise it at the next meeting" places the raising.)
 */
const SPEECH_OCCASION = /\b(?:said|says|told|spoke|added|declared)(?:\s+(?!(?:would|will|could|should|had|has|was|were|is|are|that)\b)[\p{L}'’]+){0,2}\s+(?:at|after|during)\s+the\s+(?:[\p{L}-]+\s+)?$/u;

/** Marks that open or close quoted words, as news text and machine translation print them. */
const QUOTE_MARK = /["“”«»„]/;

/** Whether text offset `at` lies in a whole quote (not a fragment) set between quotation marks and holding no date mention. */
function inUndatedQuote(text: string, at: number, quotes: AnalysisContext['quotes'], dates: AnalysisContext['dates']): boolean {
  return quotes.some((q) => !q.partial && q.start <= at && at < q.end && QUOTE_MARK.test(text.slice(Math.max(0, q.start - 2), q.start + 1))
    && !dates.some((d) => d.start >= q.start && d.end <= q.end));
}

/** Whether offset `at` of a sentence lies in quoted words (a quote of the quote stage, or between quotation marks) that hold a hedge. */
function hedgedQuote(sentence: string, at: number, sStart: number, quotes: AnalysisContext['quotes']): boolean {
  const spans = [...quotes.map((q) => ({ start: q.start - sStart, end: q.end - sStart })),
    ...[...sentence.matchAll(QUOTED_WORDS)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }))];
  return spans.some((q) => q.start <= at && at < q.end && GENERIC.test(sentence.slice(Math.max(0, q.start), q.end)));
}

/** The trigger ending at `end` of `text` is the first half of a compound modifier ("the tornado-struck town"): no act. */
const inModifier = (text: string, end: number): boolean => COMPOUND_MODIFIER_AFTER.test(text.slice(end, end + 16));

/**
 * The trigger at `start`..`end` of `sentence` is a word of a name: written with a capital after a word in lower case and before
 * another capital ("waiting for the Met Service's log", "outside the Summit Hotel"). Running prose gives a verb or a common noun
 * no capital; a title-case headline ("Roof Met Its End") has no lower-case word before, and keeps its triggers.
 */
const inName = (sentence: string, start: number, end: number): boolean => /^\p{Lu}/u.test(sentence.slice(start))
  && /\b\p{Ll}[\p{L}'’-]*\s+$/u.test(sentence.slice(Math.max(0, start - 24), start)) && /^\s+\p{Lu}/u.test(sentence.slice(end, end + 4));

/** Global copies of the trigger patterns, by pattern, for triggerMatch. */
const GLOBAL_OF = new Map<RegExp, RegExp>();

/**
 * The first match of a trigger pattern in `text` that tells an act, or null: a trigger word fused into a compound
 * modifier ("declared a state of disaster in the tornado-struck town on Friday") dates no tornado.
 */
export function triggerMatch(re: RegExp, text: string): RegExpExecArray | null {
  const g = GLOBAL_OF.get(re) ?? GLOBAL_OF.set(re, new RegExp(re.source, `${re.flags.replace('g', '')}g`)).get(re)!;
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    if (!inModifier(text, m.index + m[0].length)) return m;
    if (!m[0].length) g.lastIndex++;
  }
  return null;
}

/**
 * A span told from one happening to another ("shut for 36 hours, from the collision to its reopening on Thursday"): the day
 * told after the second names the second's day, not the first's. FROM_SPAN_BEFORE: the words before the first trigger;
 * TO_OTHER_BEFORE_DATE: the words from the first trigger's end to the day.
 */
const FROM_SPAN_BEFORE = /\bfrom\s+(?:the\s+|its\s+|their\s+|this\s+|that\s+)?$/i;
const TO_OTHER_BEFORE_DATE = /^\s+(?:until|till|to)\s+(?:the\s+|its\s+|their\s+)?[\p{L}-]+(?:\s+of\s+(?:the\s+)?[\p{L}-]+)?\s+(?:on\s+|at\s+|in\s+)?$/iu;
/** Between a day told with a place and a second day with its own "on": "(on Friday) in Carrow and on (Saturday)". */
const PLACED_DAY_THEN_AND = /^\s+(?:in|at)\s+[^,;.]{1,60}?\s+and\s+(?:on\s+)?$/i;
/** After that second day, a place of its own: "(on Saturday) in the nearby hamlets". */
const PLACE_AFTER_DAY = /^\s+(?:in|at)\s+\S/i;
/** What lies between an act's noun and a day it goes on to: "(the evacuation) would continue on (Friday)", "(the search) goes on until". */
const CONTINUED_TO = /^\s+(?:(?:would|will|is\s+to|was\s+to|is\s+due\s+to)\s+)?(?:continue[sd]?|go(?:es)?\s+on|went\s+on)\s+(?:on|until|into|through)?\s*(?:the\s+)?$/i;

/** "the number of people ", "the total of families ": what comes next names the act a count counts (see findEvents). */
const COUNTED_ACT_BEFORE = /\bthe\s+(?:number|count|total|tally)\s+of\s+(?:[\p{L}-]+\s+){1,2}$/iu;

/**
 * "The clinic has now treated 40 people", "crews have now pumped 2 million litres": a "now" between "has"/"have" and a
 * participle that counts what it did tells a running tally at the time of writing, the sum of acts over the days before;
 * it dates the count, not the acts counted (each of which happened on a day the page may tell elsewhere). Not a toll,
 * which is the count itself, dated by the day it was counted.
 */
const TALLY_NOW_BEFORE = /\b(?:has|have)\s+$/i;
const TALLY_NOW_AFTER = /^\s+(?:been\s+)?[a-z]+(?:ed|en|t)\s+(?:(?:more\s+than|at\s+least|over|nearly|almost|about|around|some|a\s+total\s+of)\s+)?(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\b/i;
const tallyNow = (text: string, d: { start: number; end: number }): boolean =>
  /^now$/i.test(text.slice(d.start, d.end).trim()) && TALLY_NOW_BEFORE.test(text.slice(Math.max(0, d.start - 12), d.start)) && TALLY_NOW_AFTER.test(text.slice(d.end, d.end + 80));

/**
 * "The two men, now 41 and 44, will stand trial on May 3", "Ms Orlak, now a judge, testified on Friday": a "now" opening an
 * apposition between commas tells how its noun stands at the time of writing (an age, a post), not when any act took place;
 * it dates no event of the sentence.
 */
const APPOSITION_NOW_BEFORE = /,\s*$/;
const APPOSITION_NOW_AFTER = /^\s+(?:(?:aged\s+)?\d+(?:\s+and\s+\d+)?|(?:a|an|the)\s+[^,;.()]{1,40}?)\s*,/i;
const appositionNow = (text: string, d: { start: number; end: number }): boolean =>
  /^now$/i.test(text.slice(d.start, d.end).trim()) && APPOSITION_NOW_BEFORE.test(text.slice(Math.max(0, d.start - 3), d.start)) && APPOSITION_NOW_AFTER.test(text.slice(d.end, d.end + 60));

/** "the cost of ", "the bill for ": a gerund right after names the act a sum prices ("set the cost of rebuilding a quay at"). */
const PRICED_ACT_BEFORE = /\b(?:cost|costs|price|bill)\s+(?:of|for)\s+$/i;

/** Whether the trigger at `at`…`end` of `sentence` tells a casualty count credited to a source in the present ("14 Persons perished, according to the police"). */
export function restatedToll(sentence: string, at: number, end: number): boolean {
  return CASUALTY_VERB.test(sentence.slice(at, end)) && CASUALTY_COUNT_BEFORE.test(sentence.slice(Math.max(0, at - 80), at))
    && CREDITED_NOW.test(sentence);
}

/** A verb that calls off what was due: "cancelled", "scrapped". */
const CALL_OFF = /^(?:cancell?ed|scrapped)$/i;
/** After a calling-off verb, its object and the day it was due: " the autumn competition that was due on (November 7)". */
const CALLED_OFF_DUE = /^\s+(?:[\p{L}'’-]+\s+){1,4}?(?:that|which)\s+(?:was|were)\s+(?:due|scheduled|planned|set)\s+(?:for|on)\s+(?:the\s+)?$/iu;

/** The triggers with the global flag, compiled once (matchAll needs it; a fresh RegExp per sentence cost most of this pass). */
const GLOBAL_TRIGGERS: ReadonlyArray<readonly [string, RegExp]> = EVENT_TRIGGERS.map(([type, re]) => [type, new RegExp(re.source, `${re.flags.replace('g', '')}g`)] as const);
/**
 * Whether `sentence` denies an act with "no" or "ruled out" before its event noun ("made no arrests", "ruled out a cyber attack"): it tells
 * no event, yet states a checkable fact (a page that counts arrests contradicts it), so the claims stage keeps it.
 */
export function deniedByNo(sentence: string): boolean {
  return GLOBAL_TRIGGERS.some(([, g]) => [...sentence.matchAll(g)].some((m) => deniedBefore(sentence, m.index!)));
}
/** Each type's first place in EVENT_TRIGGERS: hits are grouped by type in that order. */
const GLOBAL_GENERIC = new RegExp(GENERIC.source, `${GENERIC.flags.replace('g', '')}g`);
const TYPE_ORDER: ReadonlyMap<string, number> = new Map(EVENT_TRIGGERS.map(([t], i) => [t, i] as const).reverse());

/** What a sentence tells whatever the page's date: read once per sentence list and kept for the re-dating passes. */
interface SentenceReading {
  sentence: string;
  /** A yes/no question or a hedged condition: no event. */
  skip: boolean;
  bare: string;
  hedged: boolean;
  hedges: { start: number; end: number }[];
  ownPart: boolean;
  participants: number[];
  place: number | null;
  /**
   * The people and place of each clause joined by ", and" with a subject of its own (see ownSubjectConjuncts), from its
   * start (a text offset); empty when the sentence has no such clause. Read when an act of the sentence is first kept
   * (the tagger is costly, and most sentences keep none).
   */
  conjuncts?: { start: number; participants: number[]; place: number | null }[];
  summary: string;
  /** The trigger hits, ordered by type then place, one per type and clause. */
  hits: { type: string; at: number; end: number }[];
}

interface Readings {
  text: string;
  entities: AnalysisContext['entities'];
  mentions: AnalysisContext['mentions'];
  quotes: AnalysisContext['quotes'];
  bySentence: (SentenceReading | undefined)[];
}

/**
 * The date-free readings of a document's sentences, kept per sentence list: the corpus stage re-runs this pass once per
 * candidate day of an undated page with the same sentences, entities and quotes, and none of these readings depends on the day.
 */
const READINGS = new WeakMap<AnalysisContext['sentences'], Readings>();

function readingsFor(ctx: AnalysisContext, text: string): Readings {
  const kept = READINGS.get(ctx.sentences);
  if (kept && kept.text === text && kept.entities === ctx.entities && kept.mentions === ctx.mentions && kept.quotes === ctx.quotes) return kept;
  const fresh: Readings = { text, entities: ctx.entities, mentions: ctx.mentions, quotes: ctx.quotes, bySentence: [] };
  READINGS.set(ctx.sentences, fresh);
  return fresh;
}

function readSentence(ctx: AnalysisContext, text: string, s: AnalysisContext['sentences'][number]): SentenceReading {
  const sentence = text.slice(s.start, s.end);
  const none = { bare: '', hedged: false, hedges: [], ownPart: true, participants: [], place: null, summary: '', hits: [] };
  if (sentence.endsWith('?') && YES_NO_QUESTION.test(sentence)) return { sentence, skip: true, ...none };
  // A topic heading ("The signing.", "And the talks between the two presidents?") names what the next sentences tell.
  if (TOPIC_HEADING.test(sentence.trim())) return { sentence, skip: true, ...none };
  // A photo caption shows what the text tells ("Rescue boats return to harbour on Friday morning. Photograph: ..."): no act of its own.
  if (isCaption(text, s, captionsOf(ctx.doc))) return { sentence, skip: true, ...none };
  // A hedge ("could", "may", "wants to") makes talk about events in general — of its own finite part: a dated act told as
  // done in another part keeps its day ("finished pumping the crude yesterday, and the tanker could be refloated next
  // week"; "A week ago, the commander warned that the slick could reach the bay": the warning is an act, the hedge
  // belongs to the clause it reports). (Not beside a condition: "if the hull breaks, oil could reach the coast".)
  const bare = unquoted(sentence, s.start, ctx.quotes);
  // (An indirect question's "whether ... could" is blanked for the hedge tests, its length kept so places still match.)
  const asked = bare.replace(INDIRECT_QUESTION, (q) => ' '.repeat(q.length));
  const hedged = GENERIC.test(asked);
  if (hedged && CONDITION.test(asked)) return { sentence, skip: true, ...none };
  // (Only a hedge that opens a part of its own — a reported "that", a conjunct "and the tanker could": "demanding to know
  // when they could" still hedges its whole sentence.)
  const hedges = hedged ? [...asked.matchAll(GLOBAL_GENERIC)].map((m) => partAround(bare, m.index!)) : [];
  const ownPart = hedges.every((p) => HEDGE_PART.test(bare.slice(p.start, p.end)));
  const { participants, place } = participantsAndPlace(text, s, ctx.entities, ctx.mentions);
  const hits: { type: string; at: number; end: number }[] = [];
  for (const [type, re] of GLOBAL_TRIGGERS) {
    for (const hit of sentence.matchAll(re)) {
      if (inModifier(sentence, hit.index! + hit[0].length)) continue;
      if (inName(sentence, hit.index!, hit.index! + hit[0].length)) continue;
      // "Aldermen approved the budget by 41 votes to 17": an approval carried by a tally of votes is the vote.
      const voted = type === 'approval' && VOTE_TALLY_AFTER.test(sentence.slice(hit.index! + hit[0].length));
      hits.push({ type: voted ? 'vote' : type, at: s.start + hit.index!, end: s.start + hit.index! + hit[0].length });
    }
  }
  // "Subscribe for home delivery.": a call to the reader is page chrome, no act (the tagger is asked only when a trigger hit).
  if (hits.length && addressesReader(sentence.trim())) return { sentence, skip: true, ...none };
  // One event per type and clause: "handed over 14 fishermen, and the first cargo ship docked".
  // (A type may have several patterns: order by type, then place in the sentence.)
  hits.sort((a, b) => TYPE_ORDER.get(a.type)! - TYPE_ORDER.get(b.type)! || a.at - b.at);
  for (let i = hits.length - 1; i > 0; i--) {
    const h = hits[i]!;
    const prev = hits.slice(0, i).findLast((x) => x.type === h.type);
    if (prev && !CLAUSE_SEPARATOR.test(text.slice(prev.at, h.at))) hits.splice(i, 1);
  }
  return { sentence, skip: false, bare, hedged, hedges, ownPart, participants, place, summary: summarise(sentence), hits };
}

/**
 * "Vellquist was charged today, and the two guards arrested on Monday are still held": each clause with a subject of its own
 * (see ownSubjectConjuncts) and its people and place, from its start (a text offset); none when the sentence has no such clause.
 */
function conjunctsOf(ctx: AnalysisContext, text: string, s: Span, sentence: string): { start: number; participants: number[]; place: number | null }[] {
  const cuts = ownSubjectConjuncts(sentence).map((at) => s.start + at);
  return cuts.length ? [s.start, ...cuts].map((start, i) => ({ start, ...participantsAndPlace(text, { start, end: cuts[i] ?? s.end }, ctx.entities, ctx.mentions) })) : [];
}

/** Event mentions in the document, merged within it. Never throws. */
export function findEvents(ctx: AnalysisContext): EventMention[] {
  try {
    const text = ctx.doc.text ?? '';
    const raw: EventMention[] = [];
    const definite: Reference[] = [];
    const pending: PendingOffset[] = [];
    const lookingBack = new Set<string>();
    const presentPerfect = new Set<string>();
    const reportedNews = new Set<string>();
    const backward: boolean[] = [];
    const lead = leadDay(ctx);
    const newsDay = lead?.date.value ?? ctx.publishedAt?.slice(0, 10) ?? null;
    const pageDay = ctx.publishedAt?.slice(0, 10) ?? null;
    const readings = readingsFor(ctx, text);
    for (const [si, s] of ctx.sentences.entries()) {
      const read = readings.bySentence[si] ?? (readings.bySentence[si] = readSentence(ctx, text, s));
      if (read.skip) continue;
      const { sentence, bare, hedged, hedges, ownPart, place, summary } = read;
      // (Fresh per sentence and pass, as the mentions of one pass share it.)
      const participants = [...read.participants];
      let conjuncts: { start: number; participants: number[]; place: number | null }[] | undefined;
      // The people and place of the clause an act at `at` is told in (the sentence's, unless a conjunct has its own subject).
      const ofAct = (at?: number): { participants: number[]; place: number | null } => {
        if (at === undefined) return { participants, place };
        conjuncts ??= (read.conjuncts ??= conjunctsOf(ctx, text, s, sentence)).map((c) => ({ ...c, participants: [...c.participants] }));
        return conjuncts.findLast((c) => c.start <= at) ?? { participants, place };
      };
      const hedgedAt = (x: number): boolean => {
        if (!hedged) return false;
        if (!ownPart) return true;
        const p = partAround(bare, x);
        return hedges.some((h) => h.start === p.start) || !toldAsDone(sentence, x);
      };
      // A mention whose date this sentence settles outright (an earlier act, a when-clause's, a state's start).
      const pushDated = (type: string, date: NonNullable<EventMention['date']>, back: boolean, at?: number): void => {
        backward.push(back);
        definite.push(null);
        raw.push({ type, summary, date, ...ofAct(at), evidence: [{ start: s.start, end: s.end }], background: false });
      };
      const hits = [...read.hits];
      // A date starting in the sentence is its own, even when the splitter cut inside it ("the 20. January").
      const inSentence = ctx.dates.filter((d) => d.start >= s.start && d.start < s.end);
      // Their offsets in the sentence, as the sentence-level readers (generic acts, states, conjuncts) take them.
      const dateOffsets = inSentence.map((d) => d.start - s.start);
      const triggerOffsets = hits.map((h) => h.at - s.start);
      // Clauses no trigger covers that tell a dated past act get a hit typed by the verb's lemma; it competes for
      // dates only among its own (the trigger events stay as they were) and is kept only when its own clause dates it.
      // The acts of this sentence given a date, for a verbless conjunct that repeats one ("..., and Brell's on the 5th").
      const datedHere: { type: string; at: number; date: NonNullable<EventMention['date']> }[] = [];
      // An event only named after "since" ("the first ferry since the March capsizing sailed on Tuesday") starts a count: it leaves its
      // clause's verb free to tell the clause's own act.
      const namedSince = (x: number): boolean => SINCE_NAMED_BEFORE.test(text.slice(Math.max(s.start, x - SINCE_LOOKBACK_CHARS), x));
      const generic = inSentence.length ? genericHits(sentence, hits.filter((h) => !namedSince(h.at)).map((h) => h.at - s.start), dateOffsets,
        inSentence.filter((d) => pageDay && laterThan(d.date, pageDay)).map((d) => d.start - s.start))
        .map((g) => ({ ...g, at: s.start + g.at, end: s.start + g.end })) : [];
      const withGeneric = [...hits, ...generic];
      // The finite part around a hit (text offset), computed once per hit: every rival's is asked for every date.
      const parts = new Map<number, { start: number; end: number }>();
      const partOf = (x: number): { start: number; end: number } => parts.get(x) ?? parts.set(x, partAround(sentence, x - s.start)).get(x)!;
      for (const hit of withGeneric) {
        const { type, at, end } = hit;
        const isGeneric = !hits.includes(hit);
        if (hedgedAt(at - s.start)) continue;
        // A denied act ("He has not been detained", "No ransom was paid") is no event.
        if (!isGeneric && toldAsDenied(sentence, at - s.start)) continue;
        // A hedge inside quoted words makes the quote's own acts talk in general ("“the bank could no longer meet its
        // obligations,” she said"), not the narrator's.
        if (hedgedQuote(sentence, at - s.start, s.start, ctx.quotes)) continue;
        // A speaker's words between quotation marks that give the act no date of their own ("“The Hollin Dam did not fail in one
        // night,” the judge said") tell what the speaker thinks of it, not a new act: the sentence's event is the speaking.
        // (A dated act a speaker tells is one: "“We warned them on Friday,” Vell told reporters". A transcript's turns are no
        // quotation marks: there the speakers narrate.)
        if (!SPEECH_TYPES.has(type) && inUndatedQuote(text, at, ctx.quotes, ctx.dates)) continue;
        // "The line will cost 640 million, of which the national government has promised half": a relative clause that shares
        // out the amount just named tells how a cost is split, not an act.
        if (OF_WHICH_BEFORE.test(text.slice(s.start, at)) && SHARE_AFTER.test(text.slice(end, Math.min(s.end, end + 40)))) continue;
        // "two villages that face each other across the river without a way to cross": an act told as lacking is none.
        if (WITHOUT_BEFORE.test(text.slice(Math.max(s.start, at - 40), at))) continue;
        // "The ice on it was heavier than the awning was ever made to bear": the standard of a comparison, no act.
        if (THAN_CLAUSE_TO.test(text.slice(Math.max(s.start, at - 80), end))) continue;
        // "Ms Tammark told reporters after the ceremony": the occasion a speech is placed at is an event the text has told, not a new one.
        if (!SPEECH_TYPES.has(type) && SPEECH_OCCASION.test(text.slice(Math.max(s.start, at - 80), at))) continue;
        // "At least five drivers died in the attack, according to the Pellmark agency", "the ministry says nine children died":
        // a count of dead or hurt credited to a source as it stands now, with no date in the sentence, restates the toll of a
        // happening the page tells elsewhere; it is no death or attack of its own on the page's day.
        if (!isGeneric && !inSentence.length && restatedToll(sentence, at - s.start, end - s.start)) continue;
        // "The number of people evacuated is still unclear": an act that only names what a count counts, in a sentence with no
        // date, tells the count's state at the time of writing, not an act of its own on the lead's day.
        if (!isGeneric && !inSentence.length && COUNTED_ACT_BEFORE.test(text.slice(Math.max(s.start, at - 40), at))) continue;
        // "Surveyors set the cost of rebuilding Marrowsleigh quay at 6 million": an act a sum prices is no act done.
        if (PRICED_ACT_BEFORE.test(text.slice(Math.max(s.start, at - 20), at)) && /ing$/i.test(text.slice(at, end).split(/\s/)[0]!)) continue;
        const told = 'told' in hit ? hit.told : null;
        // A when-clause's act takes the date it follows ("in 2019, when the bridge collapsed"), never a done act after the page
        // nor a plan before it.
        if ('dateAt' in hit && hit.dateAt !== undefined) {
          const d = inSentence.find((x) => x.start - s.start === hit.dateAt);
          const wrongSide = !d || (pageDay && (told === 'done' ? laterThan(d.date, pageDay) : told === 'ahead' && d.date.value < pageDay.slice(0, d.date.value.length)));
          if (!wrongSide && d) pushDated(type, d.date, false, at);
          continue;
        }
        // "have cancelled the spring regatta that was due on May 9": what is called off is dated by the day it was due
        // (before or after the page), not by when the calling off was told.
        const dueDay = CALL_OFF.test(text.slice(at, end)) ? inSentence.find((d) => d.start >= end && CALLED_OFF_DUE.test(text.slice(end, d.start))) : undefined;
        if (dueDay) {
          pushDated(type, dueDay.date, false, at);
          continue;
        }
        // A trigger of a when-clause right after a date ("the worst since 2011, when four farmers died") is dated by it, as a
        // generic verb there is (see whenClauseDateAt); never an act told done after the page.
        const whenAt = isGeneric ? undefined : whenClauseDateAt(sentence, at - s.start, dateOffsets);
        const whenDate = whenAt === undefined ? undefined : inSentence.find((x) => x.start - s.start === whenAt);
        if (whenDate && !(pageDay && laterThan(whenDate.date, pageDay))) {
          pushDated(type, whenDate.date, false, at);
          continue;
        }
        // A hit that names one act ("the accident was in 2019", "went to Osk in 2021") may take a bare year.
        const oneAct = 'oneAct' in hit && !!hit.oneAct;
        const rivals = isGeneric ? withGeneric : hits;
        const triggers = rivals.map((h) => h.at - s.start);
        // Quoted words keep their dates: "“I did not think I would see Talvar again this year,” Tesh told reporters".
        // (Quotation marks count too where the quote stage found no quote: "the line he spoke at the signing: “Today ...”".)
        const quoteOf = (x: number) => ctx.quotes.find((q) => q.start <= x && x < q.end) ?? (insideQuoteMarks(sentence, x - s.start) ? 'marks' : undefined);
        const alleged = allegationStart(sentence, at - s.start);
        // "more boats this spring than since the signing": the event a period starts from takes only a date told right after it.
        // (Not the verb right after such an event named by its noun: "since the March capsizing sailed on Tuesday" tells the sailing.)
        const since = SINCE_BEFORE.test(text.slice(Math.max(s.start, at - SINCE_LOOKBACK_CHARS), at))
          && !(isGeneric && hits.some((h) => h.end <= at && /^\s+$/.test(text.slice(h.end, at)) && namedSince(h.at)));
        const sentenceDates = reachable(sentence, s.start, at, inSentence
          .filter((d) => quoteOf(d.start) === quoteOf(at) && (alleged < 0 || d.start >= s.start + alleged) && !timeOverruled(d, inSentence, end) && !timeOfReported(d, type, text, s.start, at)
            // (A trigger may hold its own date: "since the second runway opened in 1998", matched as "opened in 1998".)
            && (!since || (d.start >= at && d.start - end <= SINCE_DATE_CHARS && !/[,;]/.test(text.slice(end, Math.max(end, d.start))))) && !modifiesOther(text, d, at, end, type)
            && !(d.start >= end && countsFromEarlier(text, s, at, end) && FIRST_SINCE.test(text.slice(end, d.start)))
            // ("declared a national day of mourning for Monday": Monday is the mourning's day, not the declaring's.)
            && !(type === 'declaration' && d.start >= end && d.start - end <= MOURNING_DAY_GAP_CHARS && MOURNING_DAY_BEFORE.test(text.slice(end, d.start)))
            // ("declared Tuesday a national day of mourning": Tuesday, the object, is the mourning's day too.)
            && !(type === 'declaration' && d.start > at && d.end <= end && MOURNING_DAY_DECLARED.test(text.slice(at, d.start)))
            // ("has now treated 31 residents": the tally's time, no act's day; see TALLY_NOW_BEFORE.)
            && !(type !== 'toll' && tallyNow(text, d))
            // ("the two men, now 41 and 44, will stand trial on May 3": an age as it stands, no act's day; see APPOSITION_NOW_AFTER.)
            && !appositionNow(text, d)
            // ("for the first time since 2019": the count's start, no act's day.)
            && !FIRST_TIME_SINCE_BEFORE.test(text.slice(Math.max(s.start, d.start - 24), d.start))
            // ("the evacuation would continue on Friday": the day an act under way goes on to, not its own day.)
            && !(d.start >= end && CONTINUED_TO.test(text.slice(end, d.start)))
            && !(d.start >= end && FROM_SPAN_BEFORE.test(text.slice(Math.max(s.start, at - 16), at)) && TO_OTHER_BEFORE_DATE.test(text.slice(end, d.start)))
            // ("four are dead after the explosion, as reported by KVB this morning": the morning is the report's, not the blast's.)
            && !(!SPEECH_TYPES.has(type) && d.start >= end && asReported(text, d))), end, triggers);
        // A trigger inside an offset phrase ("Two months after the state visit, the ministers sat down
        // on Thursday") owns no date outside the phrase.
        const inOffset = insideOffset(text.slice(s.start, at));
        const offsetOwn = inOffset ? sentenceDates.filter((d) => d.start >= end && !/[,;]/.test(text.slice(end, d.start))) : sentenceDates;
        // "Officials said Tuesday the ship docked on Sunday": a date a speech verb governs is the speaking's when
        // the act has another date of its own.
        const unspoken = SPEECH_TYPES.has(type) ? offsetOwn
          : offsetOwn.filter((d) => !SPEECH_DATE_BEFORE.test(text.slice(Math.max(s.start, d.start - SPEECH_DATE_CHARS), d.start)));
        const candidates = unspoken.length ? unspoken : offsetOwn;
        // A date belongs to the trigger nearest to it: "handed over ..., the accord signed on Wednesday".
        // (A trigger that cannot reach the date competes for none: "The woman who was stabbed outside a bar on Friday
        // night died on Sunday" — Friday is the stabbing's, however near "died" stands.)
        // (Nor one whose finite part the date is not in, when the date is in this trigger's: "Demolition of the warehouses begins
        // in September and the hall is due to open in 2029" — September is the demolition's, however near "open" stands.)
        const part = partOf(at);
        const inPart = (p: { start: number; end: number }, d: { start: number }): boolean => d.start - s.start >= p.start && d.start - s.start < p.end;
        const nearest = candidates.filter((d) => rivals.every((h) => Math.abs(d.start - at) <= Math.abs(d.start - h.at)
          || (h.at >= end && h.at < d.start && CIRCUMSTANCE_BEFORE.test(text.slice(end, h.at)))
          || !reachable(sentence, s.start, h.at, [d], h.end, triggers).length
          || (inPart(part, d) && !inPart(partOf(h.at), d))));
        // "visited on Monday night and met them the next day": a date across "and" belongs to the other conjunct.
        const ownConjunct = nearest.filter((d) => !COORDINATED.test(text.slice(Math.min(d.end, at), Math.max(d.start, end))));
        const near = ownConjunct.length ? ownConjunct : nearest;
        // Of those, the ones in the trigger's own clause ("the first gas will flow early next month, and
        // construction will start in the spring": the spring is the construction's).
        const ownClause = near.filter((d) => clauseAround(sentence, d.start - s.start) === clauseAround(sentence, at - s.start)
          // (A generic act is dated by no period's bound: "boarded 27 times since May".)
          && !(isGeneric && boundsAPeriod(text.slice(s.start, d.start), told === 'ahead', text.slice(d.start, d.end))));
        // A date of a clause about what would happen is not lent across a comma to what did ("a ferry would start
        // in July, following the agreement signed during the visit last week").
        const planned = (d: { start: number }): boolean => MODAL.test(clauseAround(sentence, d.start - s.start));
        const modalHere = MODAL.test(clauseAround(sentence, at - s.start));
        // Of those, the ones in the trigger's own finite part: a clause's second verb with a subject or an adverb of its own, a
        // since-clause ("Demolition begins in September and the hall is due to open in 2029", "was promoted last month and now
        // heads the squad", "has not left since it was bought in 1908"): the date there is that verb's, not this one's.
        const ownPart = ownClause.filter((d) => inPart(part, d));
        const owned = ownPart.length ? ownPart : ownClause.length ? ownClause : near.filter((d) => modalHere || !planned(d));
        // Another trigger's date is lent ("signed on Wednesday after three hours of talks") unless it
        // dates what would happen ("told reporters ... the commission would meet in September").
        const clause = clauseAround(sentence, at - s.start);
        const subordinate = SUBORDINATE_BEFORE.test(clause.slice(0, Math.max(0, clause.indexOf(text.slice(at, at + 6)))));
        // What a speaker is reported saying is not dated by the speech ("The visit was announced last month").
        const spoken = (d: { start: number }): boolean => SPEECH_TYPES.has(rivals.reduce((a, h) => (Math.abs(d.start - h.at) < Math.abs(d.start - a.at) ? h : a)).type);
        const free = rivals.length <= 1 ? sentenceDates
          : subordinate || inOffset ? [] : sentenceDates.filter((d) => !MODAL.test(clauseAround(sentence, d.start - s.start)) && (SPEECH_TYPES.has(type) || !spoken(d))
            // ... and an apposition after a comma ("signed on Tuesday, the centerpiece of a two-day visit") borrows
            // only a date that opens the sentence ("On Tuesday, ...").
            && (clauseAround(sentence, d.start - s.start) === clause || !APPOSITION.test(clause) || OPENING_DATE.test(text.slice(s.start, d.start))));
        // The event an offset is measured from takes no date of the sentence ("a year after the two countries signed").
        const reference = !owned.length && inOffset;
        // (A date mention inside that phrase, "comes a year after", dates the news the phrase counts from, not this event.)
        const newsOffset = newsOffsetBefore(text.slice(s.start, at));
        const back = newsOffset && !sentenceDates.some((d) => d.start < s.start + newsOffset.at || d.start >= at) ? newsOffset : null;
        const fromNews = back && newsDay ? shiftFromNews(newsDay, back) : null;
        const offset = owned.length ? null : offsetAfter(text.slice(at, s.end));
        // An event dated by its own offset ("docked three days after the signing") borrows no other date.
        // ... but is that far from the dated event: "arrested on Saturday, four days after the dam gave way".
        // The dated event is the one just before the phrase: no other trigger between its date and the phrase.
        const refDays = reference ? referenceDays(text.slice(s.start, at)) : null;
        const phrase = refDays ? s.start + refDays.at : 0;
        const measured = refDays === null ? null : dateFor(s, phrase, sentenceDates.filter((d) => d.end <= phrase
          && (d.date.precision !== 'year' || ('months' in refDays && refDays.months % 12 === 0))
          && !rivals.some((h) => h.at >= d.end && h.at < phrase)));
        const fromMeasured = !measured || refDays === null ? null
          : 'days' in refDays ? dayBefore(measured, refDays.days) : monthsBefore(measured, refDays.months);
        // An obligation told up to its "by" ("ordered it, after Tuesday's audit, to raise more capital by the end of March") is due
        // on the date that "by" names, however near another date stands to the verb.
        // So is a change told up to its "from" ("to raise tram fares by 12 percent from January 1"): it starts on the day "from" names.
        const due = /\b(?:by|from)$/i.test(text.slice(at, end)) ? sentenceDates.find((d) => d.start >= end && /^\s+(?:the\s+)?$/i.test(text.slice(end, d.start))) : undefined;
        let date = due ? due.date : fromNews ?? fromMeasured ?? (reference || (offset && rivals.length > 1) ? null : dateFor(s, at, owned.length ? owned : free, text));
        // "The council now says the road will stay closed until the end of May": a place told as staying shut until a date
        // is dated by that bound (what a page tells as the reopening), not by the "now" of the saying.
        const untilBound = !isGeneric && type === 'closure' && date && STAYS_SHUT.test(text.slice(at, end))
          ? sentenceDates.find((d) => d.start >= end && UNTIL_AFTER_STATE.test(text.slice(end, d.start))) : undefined;
        if (untilBound) date = untilBound.date;
        // "ending a two-day state visit" on Tuesday: the visit began on Monday.
        const span = date ? ENDING_SPAN.exec(text.slice(Math.max(s.start, at - 60), at)) : null;
        const spanDays = span ? (OFFSET_WORDS[span[1]!.toLowerCase()] ?? Number(span[1])) : 0;
        if (date && spanDays > 1) date = dayBefore(date, spanDays - 1) ?? date;
        // "“…,” Quarnick said after the talks": a speech the sentence does not date, given right after an occasion the text
        // told before, is on that occasion's day (not the page's: wire copy tells Thursday's talks on Friday).
        if (!date && SPEECH_TYPES.has(type)) date = occasionDay(text.slice(at, s.end), raw, pageDay);
        // An act the page tells as done ("was shot", "died") cannot be later than the page: of the dates it may take,
        // it takes one not after the page's day (a weekday read forward is read back a week), else none.
        // (Not a day a request bounds: "asked both sides for offers by Monday" asks them for Monday, ahead.)
        // (Nor a thing the done act names as its object with a calendar day of its own: "have been offered a meeting with the
        // contractor on Tuesday, May 12", "called a strike for June 3" — the offering is done, the meeting lies ahead.)
        if (date && pageDay && laterThan(date, pageDay) && toldAsDone(sentence, at - s.start) && !/\bby$/i.test(text.slice(at, end))
          && !(namedAsObject(sentence, at - s.start) && (owned.length ? owned : free).some((d) => d.date.value === date!.value && !d.method.startsWith('weekday')))) {
          // (Not a day ahead that bounds something else: "has asked for the results, and the other side has promised to send them
          // until Wednesday" — the Wednesday ahead is the sending's deadline, no week-earlier day of the asking.)
          date = dateFor(s, at, (owned.length ? owned : free).flatMap((d) => {
            if (BOUND_AHEAD_BEFORE.test(text.slice(Math.max(s.start, d.start - 16), d.start))) return [];
            const earlier = readingNotAfter(d, pageDay);
            return earlier ? [{ ...d, date: earlier }] : [];
          }));
        }
        // A generic act is kept only when its own clause dates it (inside a quote, a date of the same quote), outside allegations;
        // inside an offset phrase or a relative clause, by a date of its own there ("eight months after cracks forced the city to
        // close it in April", ", who was declared the winner on Friday,").
        // (A since-clause of its own tells the act the period starts from, dated right after its verb: "since it was bought in 1908".)
        const sinceClause = since && /^\s*since\b/i.test(sentence.slice(part.start, part.end));
        if (isGeneric && !(date && ownClause.length && !fromNews && !fromMeasured && !offset && !(inOffset && !owned.length) && (!since || sinceClause) && alleged < 0
          // (Not a relative clause on anyone at all: "a timeline for anyone who missed November" tells no act.)
          && !relativeClauses(sentence, triggers).some((r) => r.start <= at - s.start && at - s.start < r.end && GENERIC_HEAD_WHO.test(sentence.slice(r.start, r.end)))
          // A past act dated after the text was written took that date from its object ("offered a further 3 per cent in 2027");
          // a bare year mostly dates a tally or a state ("moved a record volume last year"), not one act.
          // (A plan lies ahead of the page: "will begin examining the wreckage on Wednesday"; a headline's present,
          // "crane collapses", may take any day of its clause.)
          && !(told === 'done' && pageDay && laterThan(date, pageDay)) && !(told === 'ahead' && pageDay && date.value < pageDay.slice(0, date.value.length))
          && (date.precision !== 'year' || oneAct))) continue;
        // What must, will or would happen, with no date of its own, is not on the timeline.
        // (What an allegation or an "after" presupposes did happen: "will be on hand Wednesday following the death of a pupil".)
        // (A pledge whose trigger holds the "would" promises it: "said it would release $3 million in aid" is a pledge made.)
        // (In a hedged sentence, only an act with a day of its own: the hedge of the other part leaves it no peg.)
        if (hedged && !date) continue;
        const promised = SPEECH_PLEDGE.test(text.slice(at, end));
        // (A done act joined to a plan by "and" is no plan: "was named interim chairman and will open talks" — the plan is its own
        // finite part's.)
        // (Not a speech act: "replied that ... and promised that the accord would outlast both men" speaks of what would be.)
        const planText = promised ? clause.slice(0, Math.max(0, clause.indexOf(text.slice(at, end))))
          : !SPEECH_TYPES.has(type) && type !== 'pledge' && toldAsDoneInPart(sentence, at - s.start) ? sentence.slice(part.start, part.end) : clause;
        // (A trigger that is itself a plan word, in the simple past, tells the act of asking, done: "demanded that the board
        // appear"; not "has long demanded", "had demanded four million dollars", told as what stood before the news.)
        const ownWords = text.slice(at, end);
        const asked = MODAL.test(ownWords) && toldInSimplePast(sentence, at - s.start);
        if (!date && !offset && alleged < 0 && MODAL.test(asked ? planText.replace(ownWords, ' ') : planText)) continue;
        if (offset && !date) pending.push({ index: raw.length, ...offset });
        // "During the visit, the two presidents agreed to ...": the day of the event the text dates elsewhere.
        const frame = date || offset ? undefined : rivals.find((h) => h !== rivals.find((x) => x.at === at && x.type === type) && h.at < at
          && DURING_BEFORE.test(text.slice(Math.max(s.start, h.at - 20), h.at)) && !/[.;]/.test(text.slice(h.end, at)));
        if (frame) pending.push({ index: raw.length, from: frame.type, days: 0 });
        // Undated and looking back, or the content of a dated speech ("informed him yesterday about the results of
        // the inspection"): the news day is not its day either.
        // (More generally: a sentence whose dates went to its other events gives this one no other day.)
        const content = rivals.length > 1 && sentenceDates.length > 0;
        // ... nor is it the day of what a relative clause tells of someone ("Vall, who was questioned by police").
        const relative = relativeClauses(sentence, triggers).some((r) => r.start <= at - s.start && at - s.start < r.end
          // (Not the speaker's act just before the speech: "Ms Orr, who toured the flooded ward, said ...".)
          && !SPEAKER_RELATIVE.test(sentence.slice(r.start)));
        // ... nor of an event named as known ("the line he spoke at the signing"): the timeline joins it to that event.
        const known = DEFINITE_BEFORE.test(text.slice(Math.max(s.start, at - 8), at));
        // ... nor is the day of the act that followed it ("arraigned on Monday after police say he shot ...") its day.
        const actDated = alleged >= 0 && inSentence.some((d) => d.start < s.start + alleged);
        if (!date && !isGeneric && toldInPresentPerfect(sentence, at - s.start)) presentPerfect.add(`${type}|${s.start}`);
        // "The coast guard said 174 people had been pulled from the water": reported speech shifts the news a tense back;
        // in a sentence with no date of its own it looks back no more than "have been pulled" would.
        const reported = !date && !isGeneric && !inSentence.length && toldAsReportedPast(sentence, at - s.start);
        if (reported) reportedNews.add(`${type}|${s.start}`);
        const looksBack = !reported && looksBackAt(sentence, at - s.start, end - s.start, triggers);
        if (!date && (content || relative || known || inOffset || actDated || looksBack)) lookingBack.add(`${type}|${s.start}`);
        // "the first theft from the museum since 1987": the one before took place then.
        const before = firstSince(text, s, at, end, inSentence);
        if (before) pushDated(type, before, true, at);
        backward.push(looksBack);
        definite.push(!DEFINITE_BEFORE.test(text.slice(Math.max(s.start, at - 8), at)) ? null : LOOKS_BACK.test(sentence) ? 'back' : 'news');
        if (date) datedHere.push({ type, at, date });
        // "The airport will stay closed until at least Thursday": a place told as staying shut until a day ahead is shut on the
        // lead's day too; that day is the closure's beside the one its bound dates (what a page tells as the reopening).
        const bound = !isGeneric && type === 'closure' && date && lead && STAYS_SHUT.test(text.slice(at, end))
          ? sentenceDates.find((d) => d.start >= end && d.date.value === date!.value && UNTIL_AFTER_STATE.test(text.slice(end, d.start))) : undefined;
        if (bound && lead && lead.date.value < bound.date.value.slice(0, lead.date.value.length)) pushDated(type, lead.date, false, at);
        raw.push({
          type, summary, date, ...ofAct(at),
          evidence: [{ start: s.start, end: s.end }],
          background: false,
        });
      }
      // (A hedged sentence gives only the acts its triggers tell as done, above: its named days, deadlines and states may be the hedge's.)
      if (hedged) continue;
      // "the count after Sunday's vote": the event a day names by its possessive, on that day.
      for (const n of inSentence.some((d) => d.date.precision === 'day') ? namedByDay(sentence, inSentence.filter((d) => d.date.precision === 'day')
        .map((d) => ({ start: d.start - s.start, end: d.end - s.start })), triggerOffsets) : []) {
        const d = inSentence.find((x) => x.start - s.start === n.dateStart);
        if (d) pushDated(n.type, d.date, false);
      }
      // "the biggest change to the country's schools since 1994": one as big took place then (never after the page).
      for (const n of inSentence.length ? superlativeSince(sentence, inSentence.map((d) => ({ start: d.start - s.start, end: d.end - s.start })), triggerOffsets) : []) {
        const d = inSentence.find((x) => x.start - s.start === n.dateStart);
        if (d && !(pageDay && laterThan(d.date, pageDay))) pushDated(n.type, d.date, true);
      }
      // "A safety check ... was due in May": the act that fell due, on that date (never after the page).
      for (const n of inSentence.length ? fellDue(sentence, inSentence.map((d) => ({ start: d.start - s.start, end: d.end - s.start })), triggerOffsets) : []) {
        const d = inSentence.find((x) => x.start - s.start === n.dateStart);
        if (d && !(pageDay && laterThan(d.date, pageDay))) pushDated(n.type, d.date, false);
      }
      // "ordered a review, to report by the end of April": the act due, on its deadline (never before the page, nor twice:
      // a date an act of the sentence already took is that act's; a bare year sets a target, "to close its last mine by 2030").
      for (const n of inSentence.length ? deadlines(sentence, triggerOffsets, inSentence.map((d) => ({ start: d.start - s.start, end: d.end - s.start }))) : []) {
        const d = inSentence.find((x) => x.start - s.start === n.dateStart);
        if (!d || d.date.precision === 'year' || (pageDay && d.date.value < pageDay.slice(0, d.date.value.length)) || datedHere.some((h) => h.date.value === d.date.value)) continue;
        pushDated(n.type, d.date, false);
      }
      // A state counted from a date ("has been its guest conductor since 2021", "had not been serviced since March"):
      // the act that began it, or was last done, took place then; a state told as ended at a date ("who worked night
      // shifts at the depot until last October"): it ended then (either never after the page).
      // (So does a count of people that have done something since a date: "More than 200 people have seen a doctor since Wednesday".)
      const states = inSentence.length ? [...stateStarts(sentence, triggerOffsets, dateOffsets), ...stateEnds(sentence, triggerOffsets, dateOffsets),
        ...countedSince(sentence, triggerOffsets, dateOffsets)] : [];
      for (const st of states) {
        const d = inSentence.find((x) => x.start - s.start === st.dateStart);
        if (!d || (pageDay && laterThan(d.date, pageDay))) continue;
        pushDated(st.type, d.date, false);
      }
      // "who won the title in 2019 and 2022": a dated act's year joined by "and" to a second bare year tells the act again in that
      // year (not a range: "between 2019 and 2022").
      for (const h of datedHere.filter((x) => x.date.precision === 'year')) {
        const first = inSentence.find((d) => d.date.value === h.date.value && d.date.precision === 'year' && d.start > h.at);
        const second = first && inSentence.find((d) => d.start > first.end && /^\s+and\s+$/.test(text.slice(first.end, d.start)));
        if (!first || !second || second.date.precision !== 'year' || !/^\d{4}$/.test(text.slice(second.start, second.end))
          || /\b(?:between|from)\s+$/i.test(text.slice(Math.max(s.start, first.start - 10), first.start))) continue;
        pushDated(h.type, second.date, false);
      }
      // "Osk's parliament is due to ratify it on 3 March, and Brell's on the 5th": the act before the conjunct, again on its
      // own date (on the same side of the page's day: a plan stays a plan, a done act stays done).
      for (const g of datedHere.length ? gappedConjuncts(sentence, dateOffsets, triggerOffsets) : []) {
        const d = inSentence.find((x) => x.start - s.start === g.dateStart);
        const act = datedHere.filter((h) => h.at - s.start < g.and).at(-1);
        if (!d || !act || d.date.value === act.date.value) continue;
        if (pageDay && laterThan(d.date, pageDay) !== laterThan(act.date, pageDay)) continue;
        pushDated(act.type, d.date, false);
      }
      // "Funerals will be held on Friday in Carrow and on Saturday in the hamlets": each day told with a place of its own is the act
      // again, there, that day (not one act told over two days: "on Thursday and Friday").
      for (const h of datedHere) {
        const first = inSentence.find((d) => d.start > h.at && d.date.value === h.date.value);
        const second = first && inSentence.find((d) => d.start > first.end && PLACED_DAY_THEN_AND.test(text.slice(first.end, d.start))
          && (/\bon\s+$/i.test(text.slice(first.end, d.start)) || /^on\s/i.test(text.slice(d.start, d.end))));
        if (!first || !second || second.date.precision !== 'day' || second.date.value === h.date.value
          || !PLACE_AFTER_DAY.test(text.slice(second.end, s.end))) continue;
        if (pageDay && laterThan(second.date, pageDay) !== laterThan(h.date, pageDay)) continue;
        pushDated(h.type, second.date, false);
      }
    }
    resolveOffsets(raw, pending);
    // An undated mention told as earlier ("since the signing", "had been held") is background too.
    for (const [i, e] of raw.entries()) e.background = isBackground(e.date?.value ?? null, ctx.publishedAt) || (!e.date && !!backward[i]);
    const merged = mergeInDocument(raw, definite, backward);
    const pegged = withNewsPeg(merged, ctx, lookingBack, presentPerfect, reportedNews);
    // What the peg dates joins the event of its type it goes on telling (joinPegged).
    return joinPegged(pegged, new Set(pegged.filter((e, i) => e.date && !merged[i]!.date)));
  } catch {
    return [];
  }
}
