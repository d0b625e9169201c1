/**
 * A reading of an undated page on one candidate day: what that day makes its relative dates say
 * ("on Tuesday", "yesterday", "a day after"), and how well that agrees with the story's trusted pages.
 */
import type { DateMention, DocAnalysis, EventMention, Span } from '../../contract/pipeline.ts';
import { contentWords, dayOf, eventNames, type DatedEvent, type StoryFacts } from './_facts.ts';
import { COUNTED_DAY_SLACK_DAYS, COUNT_WORDS, COUNTED_BACK, COUNTED_BACK_SLACK_DAYS, DEICTIC_DAY_WORDS, FOLLOW_UP_DAYS, HEADED_DAY_COUNT, HEADED_OFFSET, MAX_COUNTED_PAGES, ORDINAL_WORDS, PRESENT_STATE, RUNNING_DAY, RUNNING_DAY_COUNT, MIN_SHARED_WORDS, SPAN_ENDED, WEEKDAY_NAME } from './constants.ts';
import { isoOfDay } from './_candidates.ts';
import { SPEECH_TYPES, datedByLead, perfectRelatives } from '../../analyse/events/index.ts';
import { OFFSET_FROM_CLAUSE_METHOD, epochDay, placedHappening } from '../../analyse/dates/index.ts';
import { happeningType, withArticle } from './_event-days.ts';
import { memoByKey, spanAt } from '../../util/index.ts';

export interface Reading {
  /** What the candidate day changes in the text: the same key means the same reading. */
  key: string;
  /** Events the day dates, whose type and day a trusted page also gives, naming someone it names. */
  agreements: number;
  /** Events the day dates whose type and day a trusted page gives, where one of the two names nobody: weaker. */
  looseAgreements: number;
  /** Events the day dates, whose type and participants a trusted page gives on other days only. */
  disagreements: number;
  /** Days the candidate makes the text state that a trusted page states too. */
  sharedDays: number;
  /**
   * Days the candidate makes the text state before the first event it shares with the story: a page
   * tells what followed the news it shares ("identified Wednesday" after a Saturday shooting), seldom
   * what came before it, so of two readings that agree alike the one that puts its own days after is the page's.
   */
  daysBeforeStory: number;
  /**
   * Events the candidate dates to a month or a year ("signed a year ago", "in March") that the story tells, by
   * the same people, on a day in that month or year: a page that tells its distance from the story this way is
   * no widget's even when its day-precise events fit the story nowhere (an anniversary piece).
   */
  periodAgreements: number;
  /**
   * Sentences in which the candidate makes the text state a day that a trusted sentence stating that day tells in many of the
   * same words: as good as an event told alike. A sentence counts once however many days it states ("were working by hand
   * for a second day today after the attack of yesterday"): it is one telling of the story, and its words, matched on each of
   * its days, would otherwise weigh twice on whichever day lands both on days the story's follow-ups use the same words.
   */
  toldAlike: number;
  /**
   * How alike those sentences are told: for each, the most content words it shares with a trusted sentence stating its
   * day, summed. Breaks a tie between readings that tell the story by as many pieces (see pickTrial).
   */
  toldWords: number;
  /** What the reading shares with the story (the events it tells alike, by place in the text and day): two readings with the same evidence tell the story alike. */
  evidence: string;
  /**
   * Disagreements of a kind the story tells on few days (see StoryFacts.recurring): one more statement or meeting on a
   * day the story has none contradicts the day less than a second grounding does. They weigh in the score all the same.
   */
  firmDisagreements: number;
  /** Disagreements by events no word of their own sentence dates, given the lead's day (see datedByLead): they keep a reading from being uncontested, and weigh in no score. */
  leadDisagreements: number;
  /** The parts of its key (see `partsOf`) that are disagreements: events told elsewhere on other days only. */
  contradicted: string[];
  /**
   * Independent anchors of the day: sentences whose relative date ("nine days ago", "yesterday", "on Saturday") lands on a
   * day the story gives what the sentence tells (an event of its type, or a sentence in many of the same words), counted
   * once per sentence and once per day landed on (see `anchorCount`).
   */
  anchors: number;
}

/** Key of one event the candidate dates, or of one day it makes the text state: the parts of a reading's key. */
const eventPart = (at: number, e: DatedEvent): string => `e${at}:${e.type}:${e.day}`;
const dayPart = (at: number, day: number): string => `d${at}:${day}`;
/** Key of a heading's count of the page's day of a happening (see headedDayCounts): the day the count puts its start on. */
const headedPart = (at: number, type: string, began: number): string => `h${at}:${type}:${began}`;

/** The parts of a reading's key (events and days it dates), to find what every reading of a page dates alike. */
export const partsOf = (r: Reading): string[] => (r.key ? r.key.split(',') : []);
/** Where in the text a part is told, and as what, without the day read ("e12:attack"): the same event in two readings. */
export const placeOfPart = (part: string): string => part.slice(0, part.lastIndexOf(':'));

/**
 * An event the text dates by itself, alike on every candidate day (a shooting "in May" on the same block), that the story
 * tells on another day, and that counts against the story on the page's own day too: every reading has it against the
 * story, so it tells nothing of the day, only that it is another event than the story's (one that moves with the
 * candidate day, "a report on Tuesday" fitting no candidate, stays evidence). The parts of own and candidate readings at
 * those places.
 */
export function contradictedAlike(own: Reading, trials: Reading[]): Set<string> {
  const [first, ...rest] = trials.map((r) => new Set(r.contradicted));
  const ownPlaces = new Set(own.contradicted.map(placeOfPart));
  const parts = [...(first ?? [])].filter((p) => rest.every((s) => s.has(p)) && ownPlaces.has(placeOfPart(p)));
  const places = new Set(parts.map(placeOfPart));
  return new Set([...parts, ...own.contradicted.filter((p) => places.has(placeOfPart(p)))]);
}

/** Where an event is told (its first evidence) and as what: the same event in two readings of one text. */
const placeOf = (e: EventMention): string => `${e.evidence[0]?.start ?? -1}:${e.type}`;

/** Events the candidate dates otherwise than the undated reading did at the same place, or dates where it left them undated. */
function anchoredMentions(analysis: DocAnalysis, original: DocAnalysis): EventMention[] {
  const before = new Map(original.events.map((e) => [placeOf(e), e.date?.value ?? null]));
  return analysis.events.filter((e) => e.date !== null && before.get(placeOf(e)) !== e.date.value);
}

/**
 * Whether the page read with no date already states the event's day in a sentence telling it ("... killed himself
 * - @reporter June 29, 2016"): that day is the text's, whatever the candidate; the candidate only moved which sentence
 * the event is told at, so it is no reading of the candidate day.
 */
function dayStatedBesideIt(e: EventMention, original: DocAnalysis): boolean {
  const value = e.date?.value;
  return original.dates.some((m) => m.date.value === value && e.evidence.some((s) => s.start <= m.start && m.start < s.end));
}

/**
 * Whether an event the events pass dated only by the lead's day (see datedByLead: "Mayor X says 19 died" under a lead that
 * says "yesterday") stands under a follow-up's lead: one that tells, beside its news, an event of its own two days or more
 * before it ("The inspector was suspended yesterday, three days after an earthquake destroyed the school"). Such a page
 * tells the earlier event as well as the news, and what it tells with no day of its own (the dead, the minister's promise)
 * may be either's, so the lead's day is no evidence of its day: counted, it agrees with the story on whichever day puts the
 * lead beside any report of its type ("19 died" told by every page the day after the quake). Under a lead that tells one
 * day's news ("A girl was shot Monday night ... She was taken to hospital"), the lead's day is the day of the body's
 * undated acts, and they stay evidence.
 */
function underFollowUpLead(e: EventMention, analysis: DocAnalysis): boolean {
  const peg = dayOf(e.date);
  if (peg === null || !datedByLead(e)) return false;
  const pegAt = analysis.dates.find((m) => dayOf(m.date) === peg);
  const lead = pegAt && spanAt(analysis.sentences, pegAt.start);
  if (!lead) return false;
  return analysis.events.some((o) => {
    const day = dayOf(o.date);
    const at = o.evidence[0]?.start ?? -1;
    return day !== null && day <= peg - FOLLOW_UP_DAYS && !datedByLead(o) && lead.start <= at && at < lead.end;
  });
}

/**
 * Whether the event's day is a count of days back in its own sentence ("the wildfire that emptied the town five days ago",
 * "the ceasefire, signed a week ago"): see COUNTED_BACK.
 */
function countedBack(e: EventMention, analysis: DocAnalysis): boolean {
  const value = e.date?.value;
  return analysis.dates.some((m) => m.date.value === value && COUNTED_BACK.test(m.text) && e.evidence.some((s) => s.start <= m.start && m.start < s.end));
}

/**
 * How many days before its day the event also ran, when its sentence tells it as running "for a second day" (see
 * RUNNING_DAY): one for a second day, two for a third; or as a happening of so many days that ended on it (see
 * SPAN_ENDED): two for a three-day visit; none otherwise. The phrase tells the happening of its own clause,
 * whose day is the one told beside it ("were writing by hand for a second day today"), not every happening of the
 * sentence: another told on another day ("..., as they weighed the damage from the attack of yesterday") ran no days
 * before its own (see runningPhraseDescribes).
 */
export function daysRunBefore(e: EventMention, analysis: DocAnalysis, text: string): number {
  const at = e.evidence[0]?.start ?? -1;
  const sentence = spanAt(analysis.sentences, at);
  if (!sentence) return 0;
  const told = text.slice(sentence.start, sentence.end);
  const running = RUNNING_DAY.exec(told);
  const ended = running ? null : SPAN_ENDED.exec(told);
  const found = running ?? ended;
  const word = found?.[1]?.toLowerCase();
  if (!found || !word) return 0;
  const phrase = { start: sentence.start + found.index, end: sentence.start + found.index + found[0].length };
  if (!runningPhraseDescribes(e, phrase, sentence, analysis)) return 0;
  const n = (running ? ORDINAL_WORDS : COUNT_WORDS).get(word) ?? Number.parseInt(word, 10);
  return Number.isFinite(n) && n > 1 ? n - 1 : 0;
}

/**
 * Whether a "for a second day" phrase (`phrase`) of the event's sentence tells the event: a sentence states the day of
 * the running happening beside the phrase ("today for a second day", "for a third day on Friday"), so the phrase tells
 * the event whose day is the date nearest it; an event of that sentence dated otherwise is another happening, one the
 * running one follows. A sentence that states no day leaves the phrase to its events.
 */
function runningPhraseDescribes(e: EventMention, phrase: { start: number; end: number }, sentence: { start: number; end: number }, analysis: DocAnalysis): boolean {
  const gap = (m: DateMention): number => Math.max(m.start - phrase.end, phrase.start - m.end, 0);
  const nearest = analysis.dates
    .filter((m) => sentence.start <= m.start && m.start < sentence.end)
    .reduce<DateMention | null>((best, m) => (best === null || gap(m) < gap(best) ? m : best), null);
  return nearest === null || e.date === null || nearest.date.value === e.date.value;
}

/**
 * Events whose day depends on the candidate: dated now, and undated or dated otherwise without it, by a day the text does
 * not state beside them; `ranBefore`: the days before it the event also ran (see daysRunBefore).
 */
function anchoredEvents(analysis: DocAnalysis, original: DocAnalysis, text: string): { at: number; event: DatedEvent; byLead: boolean; slack: number; ranBefore: number }[] {
  const out: { at: number; event: DatedEvent; byLead: boolean; slack: number; ranBefore: number }[] = [];
  for (const e of anchoredMentions(analysis, original)) {
    const day = dayOf(e.date);
    if (day !== null && !dayStatedBesideIt(e, original)) {
      out.push({ at: e.evidence[0]?.start ?? -1, event: { type: e.type, day, names: eventNames(e, analysis) }, byLead: underFollowUpLead(e, analysis),
        slack: countedBack(e, analysis) ? COUNTED_BACK_SLACK_DAYS : 0, ranBefore: daysRunBefore(e, analysis, text) });
    }
  }
  return out;
}

/** Events the candidate dates to a month or a year ("2025-06", "2025"), dated otherwise or not at all without it. */
function anchoredPeriods(analysis: DocAnalysis, original: DocAnalysis): { period: string; type: string; names: Set<string> }[] {
  return anchoredMentions(analysis, original)
    .filter((e) => e.date!.precision === 'month' || e.date!.precision === 'year')
    .map((e) => ({ period: e.date!.value, type: e.type, names: eventNames(e, analysis) }));
}

/** Day-precision date mentions the candidate resolves that the undated reading did not ("today", "on Friday"). */
export function anchoredDates(analysis: DocAnalysis, original: DocAnalysis): DateMention[] {
  const before = new Set(original.dates.map((m) => `${m.start}:${m.date.value}`));
  return analysis.dates.filter((m) => dayOf(m.date) !== null && !before.has(`${m.start}:${m.date.value}`));
}

/**
 * Whether the candidate day makes the page call its own day by its weekday name ("opened on Friday" read on a Friday)
 * while the page names a day by "today", "yesterday" or "tomorrow" elsewhere: a page that speaks of its days so calls its
 * own "today", so a weekday that lands on the candidate is not the page's own word for it and the day is not the page's
 * (a wrong day is worse than none). The day before may still go by its weekday ("banned today ... said on Friday").
 * A "today" inside a quote (`quotes`) is the speaker's word, not the page's: wire copy names its own day by its weekday
 * ("exchanged prisoners on Friday") and quotes someone saying "came home today".
 */
export function namesOwnDayByWeekday(anchored: DateMention[], day: number, quotes: readonly Span[] = [], credited: readonly Span[] = []): boolean {
  const quoted = within(quotes);
  // A sentence credited to another outlet ("…, as reported by the Daily Lantern") is that outlet's copy, carried over
  // by a digest in the outlet's words: its weekday is the outlet's name for the day, not the digest's.
  const carried = within(credited);
  if (!anchored.some((m) => DEICTIC_DAY_WORDS.test(m.text) && !quoted(m))) return false;
  const names = namesByWeekday(day);
  return anchored.some((m) => names(m) && !carried(m));
}

/** Whether a mention names the day `day` by its weekday ("on Friday"), not by "today" or another word counted from the page. */
const namesByWeekday = (day: number) => (m: DateMention): boolean => dayOf(m.date) === day && WEEKDAY_NAME.test(m.text) && !DEICTIC_DAY_WORDS.test(m.text);
/** Whether a mention lies inside one of the spans (a quote, a credited sentence). */
const within = (spans: readonly Span[]) => (m: DateMention): boolean => spans.some((q) => q.start <= m.start && m.end <= q.end);

/**
 * Whether a sentence a page credits to another outlet ("was pulled off the rocks on Friday morning, as reported by Radio
 * Ormen") names the day `day` by its weekday. Such a sentence is the outlet's report, carried after it ran; the outlet
 * calls a day of its own coverage "this morning", one gone by by its weekday, and the page that carries it comes later
 * still: of days that read the page alike, the one that weekday names is the least likely to be the page's own.
 */
export function carriedWeekdayOnDay(anchored: DateMention[], day: number, credited: readonly Span[]): boolean {
  const [names, carried] = [namesByWeekday(day), within(credited)];
  return anchored.some((m) => names(m) && carried(m));
}

/** "as reported by": a digest's credit line that the sentence is another outlet's copy. */
const CREDITED_TO_OUTLET = /\bas\s+reported\s+by\b/i;

/** The sentences of a page that credit their words to another outlet (see namesOwnDayByWeekday). */
export function creditedSentences(sentences: readonly Span[], text: string): Span[] {
  return sentences.filter((s) => CREDITED_TO_OUTLET.test(text.slice(s.start, s.end)));
}

/** "four days after", "two days before", "the day after": an offset of a few days, as the dates pass writes its mention. */
const FEW_DAYS_OFFSET = /^(?:(\w+)\s+days?|the\s+day)\s+(after|before)$/i;

/**
 * "announced the results on Wednesday, four days after the banquet" in a sentence that has told the banquet "on Saturday":
 * the offset in apposition to a weekday counts from a weekday told before it in the sentence when the two weekdays lie that
 * many days apart (Saturday + 4 is a Wednesday), so the weekday is that many days after the earlier one. A candidate day on
 * which the weekday lands elsewhere (read on a Monday, "on Wednesday" is five days before the Saturday) makes the text
 * contradict itself: the page was not written then. Only offsets of one to six days: a week's count says nothing of weekdays.
 */
export function offsetBeliesWeekday(analysis: DocAnalysis, text: string): boolean {
  const days = analysis.dates.filter((d) => d.date.precision === 'day' && dayOf(d.date) !== null);
  for (const off of days) {
    const m = FEW_DAYS_OFFSET.exec(off.text.trim());
    if (!m) continue;
    const n = m[1] ? (COUNT_WORDS.get(m[1].toLowerCase()) ?? (/^\d$/.test(m[1]) ? +m[1] : 0)) : 1;
    if (n < 1 || n > 6) continue;
    const step = m[2]!.toLowerCase() === 'after' ? n : -n;
    const sentence = spanAt(analysis.sentences, off.start);
    if (!sentence) continue;
    const before = days.filter((d) => d.start >= sentence.start && d.end <= off.start && WEEKDAY_NAME.test(d.text));
    const weekdayAt = before.at(-1);
    if (!weekdayAt || !/^\s*,\s*$/.test(text.slice(weekdayAt.end, off.start))) continue;
    const told = dayOf(weekdayAt.date)!;
    for (const from of before.slice(0, -1)) {
      const counted = dayOf(from.date)! + step;
      if ((((counted - told) % 7) + 7) % 7 === 0 && counted !== told) return true;
    }
  }
  return false;
}

/** Someone or somewhere both name, other than the story's setting (a country every event of the story happens in). */
const shareName = (a: Set<string>, b: Set<string>, setting: ReadonlySet<string>): boolean => [...a].some((n) => b.has(n) && !setting.has(n));
/** Both name the story's setting and nothing else in common. */
const shareSettingOnly = (a: Set<string>, b: Set<string>, setting: ReadonlySet<string>): boolean => [...a].some((n) => b.has(n) && setting.has(n)) && !shareName(a, b, setting);

/** Same event as told elsewhere: same type and day, and someone both name (beyond the story's setting). */
function agrees(e: DatedEvent, t: DatedEvent, setting: ReadonlySet<string>): boolean {
  return e.type === t.type && e.day === t.day && shareName(e.names, t.names, setting);
}

/** Maybe the same event: same type and day, one of the two naming nobody ("talks resumed today") or both only the setting. */
function looselyAgrees(e: DatedEvent, t: DatedEvent, setting: ReadonlySet<string>): boolean {
  return e.type === t.type && e.day === t.day && (!e.names.size || !t.names.size || shareSettingOnly(e.names, t.names, setting));
}

/**
 * Told elsewhere on another day only: same type and someone named by both (beyond the story's setting); `slack` days
 * either side of a day counted back (see COUNTED_BACK) are no other day.
 */
function contradicts(e: DatedEvent, facts: StoryFacts, slack = 0, ranBefore = 0): boolean {
  const same = facts.events.filter((t) => t.type === e.type && shareName(e.names, t.names, facts.setting));
  return same.length > 0 && !same.some((t) => t.day >= e.day - ranBefore - slack && t.day <= e.day + slack);
}

/**
 * How an event the candidate dates stands against the story: told alike, maybe told alike, told on other days only, or
 * unknown to it. An event dated by a count back (`slack`, see COUNTED_BACK) agrees only on its day, as any event does,
 * and a day off is no contradiction: it is unknown there.
 */
type EventClass = 'agrees' | 'loose' | 'contradicts' | 'unknown';
function classOf(e: DatedEvent, facts: StoryFacts, slack = 0, ranBefore = 0): EventClass {
  // An event that ran on the days before its own (see daysRunBefore) is told alike on the day it began; told by the story
  // on a day of its run, it is no other event.
  const began = { ...e, day: e.day - ranBefore };
  if (facts.events.some((t) => agrees(began, t, facts.setting))) return 'agrees';
  if (facts.events.some((t) => looselyAgrees(began, t, facts.setting))) return 'loose';
  return contradicts(e, facts, slack, ranBefore) ? 'contradicts' : 'unknown';
}

/**
 * Whether a loosely agreeing event (see looselyAgrees) is the story's happening of its kind on the day its pages agree on
 * (see StoryFacts.agreedDays), named by nothing but the story's setting, if by anything: "the cyber-attack that took down
 * its computers yesterday" on the day two or more of the story's pages date the attack. A story has one such happening of
 * a kind in its setting, and its pages have fixed its day: "the attack" with no other name is that one (another would be
 * told apart by its own names). Told by a date that moves with every candidate ("yesterday", "two days ago", see readOn),
 * it pins the page's day as an event told by the same people does. The day is the one its own date word gives, not one a
 * "for a second day" of its sentence runs back to: that phrase tells what still goes on, not the happening that began it.
 */
function tellsAgreedHappening(e: DatedEvent, facts: StoryFacts): boolean {
  return facts.agreedDays.get(e.type) === e.day && [...e.names].every((n) => facts.setting.has(n));
}

/** The most content words the page's sentence shares with a trusted sentence stating `day`, or 0 when fewer than MIN_SHARED_WORDS. */
function wordsToldAlikeOn(day: number, words: Set<string>, facts: StoryFacts): number {
  const most = Math.max(0, ...(facts.toldOn.get(day) ?? []).map((told) => [...words].filter((w) => told.has(w)).length));
  return most >= MIN_SHARED_WORDS ? most : 0;
}

/**
 * How many independent anchors these pieces of evidence are: each sentence counts once, and so does each day they land on
 * (two sentences that both say "on Saturday" of one reopening pin one day, not two; one sentence that tells an event and
 * states its day is one anchor). Two anchors on two days fix the page's day from two offsets at once, but only if one of
 * them moves with every day ("nine days ago", "yesterday"): weekday names alone ("reopened on Saturday", "a reward on
 * Friday") read the same on any of the six days after, and the earliest of those is often a day or more early. None then.
 */
export function anchorCount(pieces: { sentence: number; day: number; exact: boolean }[]): number {
  if (!pieces.some((p) => p.exact)) return 0;
  return Math.min(new Set(pieces.map((p) => p.sentence)).size, new Set(pieces.map((p) => p.day)).size);
}

/**
 * The happenings a heading or the running text counts the page's day of (see HEADED_DAY_COUNT, RUNNING_DAY_COUNT,
 * HEADED_OFFSET), each with the day it began when the page is written on `day`: where the count is told, the happening's
 * type as the event pass types its noun ("strike" as the strike), and its first day.
 */
export function headedDayCounts(text: string, day: number, title: string | null = null): { at: number; type: string; began: number }[] {
  // The page's title is its first heading, though the cleaned text may not hold it: its counts sit before the text (at -1).
  const titled = title && !text.trimStart().startsWith(title.trim()) ? headingCountsIn(title.trim()).map((c) => ({ ...c, at: -1 })) : [];
  return [...titled, ...dayCountsIn(text)].map(({ at, type, back }) => ({ at, type, began: day - back }));
}

/** Days in the units a heading may place the page after a happening by (see HEADED_OFFSET). */
const UNIT_DAYS: ReadonlyMap<string, number> = new Map([['day', 1], ['days', 1], ['week', 7], ['weeks', 7]]);

/**
 * The page's day counts, read once: readOn reads one page on every candidate day, and the counts do not move with the day.
 * `back`: how many days before the page the happening began ("day four": three; "a week after the floods": seven).
 */
const dayCountsIn = memoByKey(MAX_COUNTED_PAGES, (text: string): { at: number; type: string; back: number }[] =>
  [...text.matchAll(HEADED_DAY_COUNT), ...text.matchAll(RUNNING_DAY_COUNT)].flatMap(dayCountOf).concat(headingOffsets(text)));

/** What a heading alone tells of the page's day: "day four" of a happening, or a week after it (a title is one line). */
const headingCountsIn = (title: string): { at: number; type: string; back: number }[] =>
  [...title.matchAll(HEADED_DAY_COUNT)].flatMap(dayCountOf).concat(headingOffsets(title));

/** A day count (HEADED_DAY_COUNT, RUNNING_DAY_COUNT): where it is told, the happening it counts, how many days before the page that began. */
function dayCountOf(m: RegExpMatchArray): { at: number; type: string; back: number }[] {
  const word = m[2]!.toLowerCase();
  const n = COUNT_WORDS.get(word) ?? ORDINAL_WORDS.get(word) ?? Number.parseInt(word, 10);
  const named = happeningType(m[1]!) ?? withArticle(m[1]!);
  return named && Number.isFinite(n) && n >= 1 ? [{ at: m.index! + m[0].lastIndexOf(m[2]!), type: named.type, back: n - 1 }] : [];
}

/** The happenings a heading places the page's day after (see HEADED_OFFSET), with how many days before the page each was. */
function headingOffsets(text: string): { at: number; type: string; back: number }[] {
  const counts: { at: number; type: string; back: number }[] = [];
  for (const m of text.matchAll(HEADED_OFFSET)) {
    const word = m[1]!.toLowerCase();
    const n = word === 'a' ? 1 : COUNT_WORDS.get(word) ?? Number.parseInt(word, 10);
    const named = happeningType(m[3]!) ?? withArticle(m[3]!);
    if (!named || !Number.isFinite(n) || n < 1) continue;
    counts.push({ at: m.index! + m[0].lastIndexOf(m[1]!), type: named.type, back: n * UNIT_DAYS.get(m[2]!.toLowerCase())! });
  }
  return counts;
}

/**
 * The day a date mention states, and the words it states it with. An offset whose main clause tells its day ("was put out
 * yesterday afternoon, two days after a freight train derailed on the edge of town") states two days: the main clause's,
 * by its own date word, and the happening it places, that many days before ("after") or after ("before"), told in the
 * offset's clause (up to the next comma or semicolon). So the offset states the placed happening's day in the words of its
 * clause, and every other date of its sentence its day in the sentence's words outside that clause: a rewrite that tells
 * an earlier happening after "two days after" matches the story's pages that told it on its own day, not on the day after.
 */
export function statedDays(analysis: DocAnalysis, text: string, mentions: DateMention[]): { mention: DateMention; day: number; words: Set<string> }[] {
  const sentenceOf = (at: number): { start: number; end: number } => spanAt(analysis.sentences, at) ?? { start: at, end: at };
  const clauseOf = (m: DateMention): { start: number; end: number } => {
    const rest = text.slice(m.end, sentenceOf(m.start).end);
    const stop = rest.search(/[,;]/);
    return { start: m.end, end: m.end + (stop >= 0 ? stop : rest.length) };
  };
  const placed = analysis.dates.filter((m) => placedHappening(m) !== undefined);
  return mentions.map((m) => {
    const s = sentenceOf(m.start);
    const happening = placedHappening(m);
    if (happening) {
      const clause = clauseOf(m);
      return { mention: m, day: dayOf(happening.date)!, words: contentWords(text.slice(clause.start, clause.end)) };
    }
    const clauses = placed.filter((p) => s.start <= p.start && p.start < s.end).map((p) => ({ start: p.start, end: clauseOf(p).end }))
      // A present-perfect relative clause ("the wildfire that has ravaged the ridge") tells a state up to the time of
      // writing, not the day the sentence's date word states ("were arrested yesterday"): its words tell that day nothing.
      .concat(perfectRelatives(text.slice(s.start, s.end)).map((r) => ({ start: s.start + r.start, end: s.start + r.end }))
        .filter((r) => !(r.start <= m.start && m.start < r.end)));
    let told = text.slice(s.start, s.end);
    for (const c of [...clauses].sort((a, b) => b.start - a.start)) told = told.slice(0, c.start - s.start) + ' ' + told.slice(c.end - s.start);
    return { mention: m, day: dayOf(m.date)!, words: contentWords(told) };
  });
}

/** Start of the sentence holding `at` (the offset itself when no sentence holds it). */
const sentenceAt = (analysis: DocAnalysis, at: number): number => spanAt(analysis.sentences, at)?.start ?? at;

/**
 * What `analysis` (the page read on a candidate day) says against the story. `fixed`: parts (see `partsOf`) that
 * every day reads alike ("on May 11" in a text read on any day of that year): they tell nothing of the day and are left out.
 */
export function readOn(analysis: DocAnalysis, original: DocAnalysis, facts: StoryFacts, text: string, fixed: ReadonlySet<string> = new Set(), title: string | null = null): Reading {
  const events = anchoredEvents(analysis, original, text).filter(({ at, event }) => !fixed.has(eventPart(at, event)));
  // "now" (see PRESENT_STATE) dates a state at the time of writing, not a day's happening: no day stated.
  const days = statedDays(analysis, text, anchoredDates(analysis, original).filter((m) => !PRESENT_STATE.test(m.text.trim())))
    .filter(({ mention, day }) => !fixed.has(dayPart(mention.start, day)))
    .map(({ mention: m, day, words }) => ({ at: m.start, day, words, exact: !WEEKDAY_NAME.test(m.text), sentence: sentenceAt(analysis, m.start) }));
  // An event dated only by a follow-up's lead (see underFollowUpLead) agrees with no day, and one it puts where the story
  // tells it otherwise keeps the reading from being uncontested without weighing in its score.
  // An event is exactly anchored when a date of its sentence that is no weekday name lands on its day.
  const exactIn = (sentence: number, day: number): boolean => days.some((d) => d.exact && d.day === day && d.sentence === sentence);
  const candidate = analysis.publishedAt ? epochDay(analysis.publishedAt.slice(0, 10)) : null;
  const counted = candidate === null ? [] : headedDayCounts(text, candidate, title);
  // The happening whose running day a sentence counts ("the attack … is now in its fifth day") is told going on, not
  // happening on the page's day: the count speaks for it (see headed below), its present tense does not.
  const countedIn = (at: number, type: string): boolean => counted.some((h) => h.type === type && sentenceAt(analysis, h.at) === sentenceAt(analysis, at));
  const classes = events.map(({ at, event, byLead, slack, ranBefore }): EventClass => {
    if (countedIn(at, event.type)) return 'unknown';
    const c = classOf(event, facts, slack, ranBefore);
    if (byLead && (c === 'agrees' || c === 'loose')) return 'unknown';
    return c === 'loose' && tellsAgreedHappening(event, facts) && exactIn(sentenceAt(analysis, at), event.day) ? 'agrees' : c;
  });
  const agreeing = events.filter((_, i) => classes[i] === 'agrees');
  // A heading that counts the page's day of a happening ("Harbour strike, day four") whose first day the story's pages agree
  // on tells that happening as an event told alike does, by a count that moves with every candidate day. Only agreeing:
  // a story's pages agree on the earliest day of a kind (see agreedDays), which a long happening's may not be.
  const headed = counted.filter(({ type, began }) => facts.agreedDays.get(type) === began);
  const loose = events.filter((_, i) => classes[i] === 'loose');
  const sharedDays = days.filter(({ day }) => facts.days.has(day)).length;
  const toldWordsAt = days.map(({ day, words }) => wordsToldAlikeOn(day, words, facts));
  const told = days.filter((_, i) => toldWordsAt[i]! > 0);
  // A reading that shares no event with the story has no start to be before.
  const shared = [...agreeing, ...loose].map(({ event }) => event.day);
  const storyStart = shared.length ? Math.min(...shared) : -Infinity;
  const daysBeforeStory = days.filter(({ day }) => day < storyStart).length;
  const key = [...events.map(({ at, event }) => eventPart(at, event)), ...days.map(({ at, day }) => dayPart(at, day)),
    ...headed.map(({ at, type, began }) => headedPart(at, type, began))].join(',');
  const periodAgreements = anchoredPeriods(analysis, original)
    .filter((e) => e.names.size > 0 && facts.events.some((t) => t.type === e.type && shareName(e.names, t.names, facts.setting) && isoOfDay(t.day).startsWith(e.period))).length;
  const evidence = [...[...agreeing, ...loose].map(({ at, event }) => eventPart(at, event)), ...told.map(({ at, day }) => dayPart(at, day)),
    ...headed.map(({ at, type, began }) => headedPart(at, type, began))].join(',');
  const contradicting = events.filter((_, i) => classes[i] === 'contradicts');
  const contradicted = contradicting.map(({ at, event }) => eventPart(at, event));
  const firmDisagreements = contradicting.filter(({ event, byLead }) => !byLead && !facts.recurring.has(event.type)).length;
  const leadDisagreements = contradicting.filter(({ byLead }) => byLead).length;
  const anchors = anchorCount([...agreeing, ...loose].map(({ at, event }) => {
    const sentence = sentenceAt(analysis, at);
    return { sentence, day: event.day, exact: exactIn(sentence, event.day) };
  }).concat(told.map(({ sentence, day, exact }) => ({ sentence, day, exact })))
    .concat(headed.map(({ at, began }) => ({ sentence: sentenceAt(analysis, at), day: began, exact: true }))));
  return { key, agreements: agreeing.length + headed.length, looseAgreements: loose.length, disagreements: contradicted.length, firmDisagreements, leadDisagreements, sharedDays, daysBeforeStory, periodAgreements, toldAlike: new Set(told.map(({ sentence }) => sentence)).size, toldWords: toldWordsAt.reduce((a, b) => a + b, 0), evidence, contradicted, anchors };
}

/**
 * Main clauses whose day the text tells twice: by a weekday read from the page's day ("On Wednesday the board published its
 * report") and by a count from a day its offset's clause gives ("..., four weeks almost to the day after the crash on
 * November 20"). Each with the day the count lands on and the days its weekdays name (epoch days), and the count's words.
 */
export function countedMainDays(analysis: DocAnalysis): { counted: number; named: number[]; text: string }[] {
  const out: { counted: number; named: number[]; text: string }[] = [];
  for (const o of analysis.dates) {
    const counted = o.method === OFFSET_FROM_CLAUSE_METHOD ? dayOf(o.date) : null;
    const sentence = counted === null ? undefined : spanAt(analysis.sentences, o.start);
    if (counted === null || !sentence) continue;
    const named = analysis.dates.filter((w) => sentence.start <= w.start && w.end <= o.start && WEEKDAY_NAME.test(w.text))
      .map((w) => dayOf(w.date)).filter((day): day is number => day !== null);
    if (named.length) out.push({ counted, named, text: o.text });
  }
  return out;
}

/**
 * Days counted from another (see countedMainDays) whose clause's weekday names no day near them: read on the day the page
 * was written, the weekday ("On Wednesday") and the count ("four weeks to the day after November 20") land together, give
 * or take COUNTED_DAY_SLACK_DAYS; read on a day weeks off (a widget's scrape day) the weekday lands in the week before it
 * and the count elsewhere, so the text contradicts that day.
 */
export function countedDayClashes(analysis: DocAnalysis): number[] {
  return countedMainDays(analysis).filter(({ counted, named }) => named.every((n) => Math.abs(n - counted) > COUNTED_DAY_SLACK_DAYS)).map(({ counted }) => counted);
}

/** Words that tell a happening as one more of its kind: another, again, a second. */
const RETOLD_AGAIN = /\b(?:another|again|second|third|fresh|renewed|repeated)\b/i;

/**
 * Happenings the text tells twice: once by a date counted from the page's day ("Twelve days ago a christening lunch turned
 * into ...", "delivered her pages on Friday") and once by a date standing alone ("the first diners fell ill ... on May 3",
 * a list line "2026-01-09 - report delivered"), as events of one type (statements only when the same people are named: a
 * text's sentences name a happening's people unevenly, but people speak on many days). Read on the day the page was
 * written, both land on one day. `analysis` is the page read on one day and `others` on other days (a week and a day off,
 * so that weekday names move as well, and over a month off, so that "on the 25th" does): an event at the same place
 * dated alike in all stands alone, one dated otherwise in each is counted from the page's day. Each with where the
 * counted one is told, the day the one standing alone gives, and the day the counted one lands on in `analysis`.
 */
export function retoldDays(analysis: DocAnalysis, others: DocAnalysis[], text: string): { at: string; fixed: number; counted: number }[] {
  const otherDays = others.map((o) => new Map(o.events.map((e) => [placeOf(e), e.date?.value ?? null])));
  const dated = analysis.events.filter((e) => e.date?.precision === 'day' && dayOf(e.date) !== null);
  const fixed = dated.filter((e) => otherDays.every((m) => m.get(placeOf(e)) === e.date!.value));
  const counted = dated.filter((e) => otherDays.every((m) => m.has(placeOf(e)) && m.get(placeOf(e)) !== e.date!.value));
  const out: { at: string; fixed: number; counted: number }[] = [];
  for (const c of counted) {
    // "Another guest fell ill yesterday" tells a happening again, not the one dated before.
    const sentence = spanAt(analysis.sentences, c.evidence[0]?.start ?? -1);
    if (sentence && RETOLD_AGAIN.test(text.slice(sentence.start, sentence.end))) continue;
    // One text tells one happening of a kind by whatever names its sentences give: the type alone pairs them. Not what is
    // said: people speak on many days, so two statements are one only when told by the same people.
    const cNames = eventNames(c, analysis);
    const same = fixed.filter((f) => f.type === c.type && (f.evidence[0]?.start ?? -1) !== (c.evidence[0]?.start ?? -1)).filter((f) => {
      const fNames = eventNames(f, analysis);
      return !SPEECH_TYPES.has(c.type) || shareName(cNames, fNames, new Set());
    });
    // Told alone on more than one day, the happening is no one day's: nothing to read the page's day by.
    const days = new Set(same.map((f) => dayOf(f.date)!));
    if (days.size === 1) out.push({ at: placeOf(c), fixed: [...days][0]!, counted: dayOf(c.date)! });
  }
  return out;
}

/** Whether every happening told twice (see retoldDays) lands, read in `analysis`, on the day its telling standing alone gives. */
export function retoldLandTogether(analysis: DocAnalysis, retold: { at: string; fixed: number }[]): boolean {
  const days = new Map(analysis.events.map((e) => [placeOf(e), dayOf(e.date)]));
  return retold.every((r) => days.get(r.at) === r.fixed);
}

/**
 * Whether the page as read tells events of one type at two places on days more than `gap` days apart: the cheap sign,
 * read without re-reading the page, that it may tell a happening twice on days its printed day sets apart (see retoldDays).
 */
export function sameTypeDaysApart(analysis: DocAnalysis, gap: number): boolean {
  const dated = analysis.events.filter((e) => e.date?.precision === 'day' && dayOf(e.date) !== null);
  return dated.some((a) => dated.some((b) => a.type === b.type && placeOf(a) !== placeOf(b) && dayOf(a.date)! - dayOf(b.date)! > gap));
}
