/**
 * redate: a page that prints no date of its own is dated from the other articles of its story, as a
 * reader does ("yesterday's recall" when another article dates the recall to 15 October).
 *
 * For each candidate day around the story's trusted pages, the page's date-dependent passes are re-run
 * with that day as its publish date; the day whose reading of "on Tuesday", "yesterday", "a day after"
 * agrees best with what the trusted pages date (same event type on the same day, the same people
 * where both name any) wins, if the evidence is clear. Otherwise the page stays undated.
 *
 * Cost: only pages with no date (provenance "none") whose story or storyline has a trusted page are tried (the
 * storyline's pages only when the story's settle no day: then twice the tries); each try is
 * one re-run of the date and event passes (no sentence, entity, quote or claim pass), at most
 * MAX_CANDIDATES per page, and one try when nothing in the text depends on the day; the claim pass runs
 * once for the day picked. A store of N undated pages costs at most N × MAX_CANDIDATES such re-runs
 * (measured on GVC local news: ~0.4 s per undated page on one core, about three full analyses of a page),
 * plus one pass over the trusted pages of their stories. What a build decided is kept (`RedateMemos`, in the
 * story state the store keeps between runs): a later build whose evidence is the same (the same trusted pages
 * with the same dates, the same analyses by count) re-reads the page once, on the day decided, instead of trying
 * every candidate again. A dated page is re-read (`recheckDate`) only when its storyline has coverage more than two
 * weeks before it and its own day makes its text contradict that coverage, and its date is not its publisher's own timed
 * stamp ("Published on: … 07:10", beside the byline; such a stamp is tried on its other day/month reading alone, if any):
 * at most MAX_CANDIDATES date-and-event re-runs for such a page (GVC dev with a third of its pages given a date 40 days
 * late: 17 of 78 pages), one reading without a date for a page with such coverage (20 of 78), and nothing for every other page
 * but one dated by a day alone that tells events of one type weeks apart (see dayRetoldInText): two re-runs, and one per
 * day tried (at most RETOLD_DAY_SPAN_DAYS) when it tells one happening twice on days its printed day sets apart.
 */
import { z } from 'zod';
import type { Flag } from '../../contract/dossier.ts';
import type { AnalysedDocument, CleanDocument, DateMention, DocAnalysis, EventMention } from '../../contract/pipeline.ts';
import { reanalyseDates } from '../../analyse/index.ts';
import type { Grouping } from '../types.ts';
import { COUNTED_BACK, COUNTED_DAY_SLACK_DAYS, DAYS_AFTER_LATEST, EDIT_STAMP_LABEL, MEMO_VERSION, OWN_STAMP_METHOD, STAMP_TIME_OF_DAY, MIN_AGREEMENTS, MIN_ANCHORS, MIN_AGREEMENTS_UNCONTESTED, MIN_MARGIN, MIN_SHARED_WORDS, MIN_MISDATED_MARGIN, MAX_TRIAL_TEXT_CHARS, RECHECK_DAYS_BEFORE_EARLIEST, RETOLD_DAY_SPAN_DAYS, WEAK_WEIGHT } from './constants.ts';
import { eventNames, hasTrustedDate, storyFacts, withLongerForms, type StoryFacts } from './_facts.ts';
import { anchoredDates, carriedWeekdayOnDay, contradictedAlike, creditedSentences, countedDayClashes, countedMainDays, namesOwnDayByWeekday, offsetBeliesWeekday, partsOf, readOn, retoldDays, retoldLandTogether, sameTypeDaysApart, type Reading } from './_reading.ts';
import { candidateDays, isoOfDay } from './_candidates.ts';
import { agreedDaysOf } from './_event-days.ts';
import { NEAREST_YEAR_METHOD, RELATIVE_TO_PAGE_METHOD, epochDay, otherSlashedReading, yearlessDatelineDay } from '../../analyse/dates/index.ts';

export { candidateDays } from './_candidates.ts';
export { withHappeningDays } from './_event-days.ts';

/** A page we may date: no date of its own, not even one inferred from its text. */
export function needsDate({ analysis }: AnalysedDocument): boolean {
  return analysis.publishedAt === null && analysis.dateProvenance.method === 'none';
}

/** Whether the page is short enough to be re-read on each candidate day (see MAX_TRIAL_TEXT_CHARS). */
const triable = (d: AnalysedDocument): boolean => d.doc.text.length <= MAX_TRIAL_TEXT_CHARS;

/** Whose articles a page was dated from: its story's, or, when those settle no day, its storyline's (related stories). */
type Evidence = 'story' | 'storyline';

/**
 * Why the page got its date, for the reader of the dossier, and how sure the day is: a text that says
 * only "on Saturday" reads the same on any day of the week after, so the day is the earliest of those;
 * a later day whose reading tells the story by the same events and scores alike fits it as well, and the note says so.
 */
function provenanceNote(trusted: AnalysedDocument[], from: Evidence, r: Reading, span: Span, day: number): string {
  const n = trusted.length;
  // A day fixed by anchors alone (see clearlyAnchored) says so: no event of it is told by the same people.
  const byAnchors = r.agreements === 0 && r.anchors > 0;
  const parts = byAnchors
    ? [`${r.anchors} relative dates landing on days its articles tell the same things`]
    : [`${r.agreements} event${r.agreements === 1 ? '' : 's'} dated alike`];
  if (r.looseAgreements) parts.push(byAnchors ? `${r.looseAgreements} event${r.looseAgreements === 1 ? '' : 's'} of the same type on the same day` : `${r.looseAgreements} more of the same type on the same day`);
  if (r.sharedDays) parts.push(`${r.sharedDays} day${r.sharedDays === 1 ? '' : 's'} stated alike`);
  const same = span.lastSameReading > day ? `; its text reads the same on any day up to ${isoOfDay(span.lastSameReading)}` : '';
  const asWell = span.lastAsWell > Math.max(day, span.lastSameReading) ? `; it fits the ${from} as well on days up to ${isoOfDay(span.lastAsWell)}` : '';
  return `dated from the ${from}'s other ${n === 1 ? 'article' : `${n} articles`} (${parts.join(', ')})${same}${asWell}`;
}

/** The page as if published on `iso`: no other date candidate, so the date pass keeps it unless the text forbids it. */
function onDay(doc: CleanDocument, iso: string): CleanDocument {
  return { ...doc, publishedAt: iso, dateProvenance: { method: 'inferred', raw: null, inferred: true }, dateCandidates: [] };
}

interface Trial {
  day: number; analysis: DocAnalysis; reading: Reading;
  /** The page, read on this day, would carry another outlet's weekday for this very day (see carriedWeekdayOnDay). */
  carriedOnDay?: boolean;
}

/**
 * Events told alike by the same people weigh most, and so does a day stated in a sentence a trusted page tells in
 * many of the same words (what the events pass may type otherwise); an event told alike where one side names nobody, and a
 * day stated alike, count half (trusted pages state many days and many name-less events); so does, against
 * the reading, a day it puts before the first event it shares with the story.
 */
const scoreOf = (r: Reading): number => r.agreements + r.toldAlike - (r.disagreements - r.leadDisagreements) + WEAK_WEIGHT * (r.looseAgreements + r.sharedDays - r.daysBeforeStory);

/** Whether a reading's evidence is clear enough on its own (before comparing it with the others). */
function clearEnough(r: Reading): boolean {
  return r.agreements >= MIN_AGREEMENTS || (r.agreements >= MIN_AGREEMENTS_UNCONTESTED && r.disagreements === 0);
}

/**
 * For a page that prints no date at all (an aggregator's rewrite, a bulletin): its events may name nobody the story's
 * pages name ("the nine paintings stolen nine days ago", "the letter, which arrived yesterday"), yet several of its
 * relative dates, each in its own sentence and landing on its own day, fall on days the story gives the same things. Two
 * such anchors fix the day as an event told by the same people does, if nothing the reading dates contradicts the story
 * but what the story tells on many days (a statement, a meeting: see StoryFacts.recurring): one more day of those is
 * what a follow-up tells ("the bidder said yesterday it would not raise its price"), not another day of the story's one event.
 * Those still count against the reading in its score, so the margin over other days is the same. An anchor beyond the
 * two outweighs one event the page tells on another day than its story does: a rewrite of others' reports now and then
 * misdates one thing ("died on Tuesday" of a death every other page dates Wednesday), while three relative dates in three
 * sentences do not land on the story's days by chance.
 * Not for a dated page questioned by recheckDate: there the printed day is what is weighed, and it keeps the stricter rule.
 */
export function clearlyAnchored(r: Reading): boolean {
  return clearEnough(r) || r.anchors - r.firmDisagreements >= MIN_ANCHORS;
}

/**
 * The best reading by agreement (shared days break ties), if it is clear and beats every reading that tells
 * the story otherwise by a margin; of the days that give that reading, the earliest: a page is written soon
 * after what it tells. Readings that share the same events with the story and score alike differ only in what
 * no other page dates ("on Sunday" of a release the story never mentions): the earliest of them is taken.
 */
export function pickTrial(trials: Trial[], clear: (r: Reading) => boolean = clearEnough): Trial | null {
  const byKey = new Map<string, Trial[]>();
  for (const t of trials) {
    const family = byKey.get(t.reading.key);
    if (family) family.push(t); else byKey.set(t.reading.key, [t]);
  }
  // Of the days that give one reading, the earliest on which no sentence carried from another outlet names this very day
  // by its weekday (see carriedWeekdayOnDay); the earliest of all when each does.
  const families = [...byKey.values()].map((ts) => ts.sort((a, b) => Number(a.carriedOnDay ?? false) - Number(b.carriedOnDay ?? false) || a.day - b.day));
  families.sort((a, b) => scoreOf(b[0]!.reading) - scoreOf(a[0]!.reading) || a[0]!.day - b[0]!.day);
  const top = families[0]?.[0];
  if (!top) return null;
  const best = tieBroken(families.map((f) => f[0]!).filter((t) => scoreOf(top.reading) - scoreOf(t.reading) < MIN_MARGIN));
  if (!best || !clear(best.reading)) return null;
  const second = families.find((f) => f[0] !== best && f[0]!.reading.evidence !== best.reading.evidence)?.[0];
  if (second && scoreOf(best.reading) - scoreOf(second.reading) < MIN_MARGIN && !toldMoreAlike(best.reading, second.reading)
    && !moreAnchored(best, families.map((f) => f[0]!).filter((t) => t !== best && scoreOf(best.reading) - scoreOf(t.reading) < MIN_MARGIN))) return null;
  return best;
}

/**
 * Two readings that score alike may still differ in how many of the page's offsets land on the story's days: read on one
 * day, "since yesterday" and "on Tuesday" land on two days the story tells the same things, read on the day before on one.
 * Each anchor is a relative date that moves with the candidate day (see anchorCount), so one more of them landing where the
 * story agrees is evidence for that day that chance rarely gives: the reading with more anchors than every other as good is
 * the page's.
 */
function moreAnchored(best: Trial, rivals: Trial[]): boolean {
  return best.reading.anchors > 0 && rivals.every((t) => t.reading.evidence === best.reading.evidence || best.reading.anchors > t.reading.anchors);
}

/**
 * Two readings that tell the story by as many pieces may still tell it unequally: "announced the inquiry yesterday" read
 * on one day lands on a trusted sentence that says "would decide by Tuesday whether to open an inquiry" in five of
 * its words, read on another on a sentence sharing three words that any page of the story uses ("water", "works").
 * The reading told in MIN_SHARED_WORDS or more words more alike than each other reading is the page's.
 */
const toldMoreAlike = (a: Reading, b: Reading): boolean => a.toldWords - b.toldWords >= MIN_SHARED_WORDS;

/** Of trials scoring alike (in score order), the one told clearly more alike than every trial with other evidence, else the first. */
function tieBroken(tied: Trial[]): Trial | undefined {
  const alike = [...tied].sort((a, b) => b.reading.toldWords - a.reading.toldWords)[0];
  if (alike && tied.every((t) => t.reading.evidence === alike.reading.evidence || toldMoreAlike(alike.reading, t.reading))) return alike;
  // ...else the one more anchored than every trial with other evidence (see moreAnchored), of those the earliest.
  const anchored = [...tied].sort((a, b) => b.reading.anchors - a.reading.anchors)[0];
  if (anchored && moreAnchored(anchored, tied.filter((t) => t !== anchored))) return anchored;
  return tied[0];
}

/**
 * Dates and events of a page read as if published on `day`, kept per page and day for one redateDocuments call (then
 * dropped, so a long-lived store's pages hold no trial readings): a page its story cannot settle is tried again on
 * its storyline's days, most of them the same, and readWithinWindow reads it on the first and last of them.
 */
let READ_ON_DAY = new WeakMap<AnalysedDocument, Map<number, DocAnalysis>>();
function readOnDayOnly(d: AnalysedDocument, day: number): DocAnalysis {
  let byDay = READ_ON_DAY.get(d);
  if (!byDay) READ_ON_DAY.set(d, (byDay = new Map()));
  let analysis = byDay.get(day);
  if (!analysis) byDay.set(day, (analysis = reanalyseDates(onDay(d.doc, isoOfDay(day)), d.analysis, { claims: false })));
  return analysis;
}

/**
 * A site prints the current year in its footer when it serves a page, so a page whose copyright line prints a year
 * was published no later than that year: an archive page of an earlier year grouped with this year's coverage of a
 * like event ("© 2019", a plant closed by a like strike years before) is not dated on any of this year's days.
 */
function withinCopyright(d: AnalysedDocument, days: number[]): number[] {
  const year = d.doc.copyrightYear;
  return typeof year === 'number' ? days.filter((day) => Number(isoOfDay(day).slice(0, 4)) <= year) : days;
}

/**
 * The page read on each candidate day (days its text forbids left out), or null when nothing in its text depends on the day.
 * `ownDayWords`: also leave out days on which the page would call its own day by its weekday while it says "today" elsewhere
 * (see namesOwnDayByWeekday); only for a page with no date at all, whose every relative word is its own. A page with a
 * printed date (recheckDate) keeps every day: its text may mix the two, and that date is what is questioned.
 */
function trialsOn(d: AnalysedDocument, days: number[], facts: StoryFacts, ownDayWords = false): Trial[] | null {
  const trials: Trial[] = [];
  // Sentences the page credits to another outlet: the same on every day tried.
  const credited = creditedSentences(d.analysis.sentences, d.doc.text);
  for (const day of withinCopyright(d, days)) {
    // Trials read dates and events only; the claims are made once, for the day picked.
    const analysis = readOnDayOnly(d, day);
    const iso = isoOfDay(day);
    // The text forbids the day (it tells of past events after it): not a candidate.
    if (analysis.publishedAt?.slice(0, 10) !== iso) continue;
    // Its wire dateline ("DRESSANY, Mar 14 (QDA) -") names another day: copy is filed on the day its dateline names.
    const line = yearlessDatelineDay(analysis.dates, d.doc.text);
    if (line && line !== iso) continue;
    // The page would call this day by its weekday while it says "today" elsewhere: not its own words for its own day.
    // Unless its wire dateline names this day: wire copy calls the day of its dateline by its weekday ("PARNOW, May 6 (QDA)
    // - Police on Tuesday ...") and may still say "this morning" of it.
    const anchored = anchoredDates(analysis, d.analysis);
    if (ownDayWords && line !== iso && namesOwnDayByWeekday(anchored, day, d.analysis.quotes, credited)) continue;
    // The day makes a weekday contradict the offset beside it ("on Wednesday, four days after" a Saturday): not a candidate.
    if (offsetBeliesWeekday(analysis, d.doc.text)) continue;
    const reading = readOn(analysis, d.analysis, facts, d.doc.text, undefined, d.doc.title);
    // Nothing in the text depends on the day (no "on Tuesday", no "yesterday"): no day can be read from it.
    if (!reading.key) return null;
    trials.push({ day, analysis, reading, carriedOnDay: carriedWeekdayOnDay(anchored, day, credited) });
  }
  return trials;
}

/** What every one of these readings dates alike (a dated "May 11" read on any day of its year): no evidence of the day. */
function fixedParts(readings: Reading[]): Set<string> {
  const [first, ...rest] = readings;
  const sets = rest.map((r) => new Set(partsOf(r)));
  return new Set(first ? partsOf(first).filter((p) => sets.every((s) => s.has(p))) : []);
}

/** The trials read again without what they all date alike. */
function withoutFixed(trials: Trial[], original: DocAnalysis, facts: StoryFacts, text: string, fixed: ReadonlySet<string>, title: string | null = null): Trial[] {
  return fixed.size ? trials.map((t) => ({ ...t, reading: readOn(t.analysis, original, facts, text, fixed, title) })) : trials;
}

/** The last day whose text reads as the day picked does, and the last whose reading tells the story by the same events and scores alike. */
interface Span { lastSameReading: number; lastAsWell: number }

/** The clear best of the trials, and the days that read as well as it, or null. */
function bestOf(trials: Trial[], clear: (r: Reading) => boolean = clearEnough): { pick: Trial; span: Span } | null {
  const pick = pickTrial(trials, clear);
  if (!pick) return null;
  const last = (ts: Trial[]): number => Math.max(...ts.map((t) => t.day));
  const tied = trials.filter((t) => t.reading.evidence === pick.reading.evidence && scoreOf(t.reading) === scoreOf(pick.reading));
  return { pick, span: { lastSameReading: last(trials.filter((t) => t.reading.key === pick.reading.key)), lastAsWell: last([pick, ...tied]) } };
}

/** The clear best trial day for a page read with no date, and the days that read the same, or null. */
function bestTrial(d: AnalysedDocument, trusted: AnalysedDocument[], facts: StoryFacts): { pick: Trial; span: Span } | null {
  const trials = trialsOn(d, candidateDays(trusted.map((t) => t.analysis.publishedAt!)), facts, true);
  return trials ? bestOf(trials, clearlyAnchored) : null;
}

/** One candidate day as a diagnosis tool shows it (see `explainRedate`). */
export interface TrialExplained { day: string; score: number; reading: Reading }

/**
 * For diagnosis tools only (eval/_redate-trials.ts): every candidate reading of an undated page against these trusted pages,
 * with its score, in calendar order, and the day `redateDocument` picks from them (null when none is clear). Null when
 * nothing in the page's text depends on the day.
 */
export function explainRedate(d: AnalysedDocument, trusted: AnalysedDocument[]): { trials: TrialExplained[]; pick: string | null } | null {
  const facts = storyFacts(trusted);
  const trials = trialsOn(d, candidateDays(trusted.map((t) => t.analysis.publishedAt!)), facts, true);
  if (!trials) return null;
  const best = bestOf(trials, clearlyAnchored);
  return { trials: trials.map((t) => ({ day: isoOfDay(t.day), score: scoreOf(t.reading), reading: t.reading })), pick: best ? isoOfDay(best.pick.day) : null };
}

/** The page re-read on `day`, its date inferred for the reason given. */
function readOnDay(d: AnalysedDocument, day: number, note: string): AnalysedDocument {
  // The day is picked: its times of day are dated as on any dated page (trials leave them out, see resolveDates).
  const analysis = reanalyseDates(onDay(d.doc, isoOfDay(day)), d.analysis, { settled: true });
  return { doc: d.doc, analysis: { ...analysis, publishedAt: isoOfDay(day), dateProvenance: { method: 'inferred', raw: note, inferred: true } } };
}

/** Date one undated page from the facts of its story's trusted pages, or null when the evidence is not clear. */
export function redateDocument(d: AnalysedDocument, trusted: AnalysedDocument[], facts: StoryFacts = storyFacts(trusted), from: Evidence = 'story'): AnalysedDocument | null {
  const best = bestTrial(d, trusted, facts);
  return best ? readOnBest(d, trusted, from, best) : null;
}

/** The page re-read on the day `best` picks from these trusted pages, its note citing them. */
function readOnBest(d: AnalysedDocument, trusted: AnalysedDocument[], from: Evidence, best: { pick: Trial; span: Span }): AnalysedDocument {
  return readOnDay(d, best.pick.day, provenanceNote(trusted, from, best.pick.reading, best.span, best.pick.day));
}

/**
 * An undated page dated from its story's trusted pages, or from its storyline's (the story's and its related stories')
 * when those are more: the day the storyline settles, when it settles one other than the story's, else the story's. The
 * storyline's pages hold the story's, so its reading weighs what the story's does and more: a day it reads clearly best
 * after all that coverage outweighs the best day of a part of it (a digest of a tunnel fire grouped with a page months
 * later, which its "two days ago" fits on a day near that page only by the type of what it tells).
 */
function fromStoryOrLine(d: AnalysedDocument, story: { pages: AnalysedDocument[]; facts: StoryFacts } | null,
  line: { pages: AnalysedDocument[]; facts: StoryFacts } | null): AnalysedDocument | null {
  const fromStory = story ? bestTrial(d, story.pages, story.facts) : null;
  const fromLine = line ? bestTrial(d, line.pages, line.facts) : null;
  if (fromLine && fromLine.pick.day !== fromStory?.pick.day) return readOnBest(d, line!.pages, 'storyline', fromLine);
  return fromStory ? readOnBest(d, story!.pages, 'story', fromStory) : null;
}

/** Where a date or an event sits in the text and what it dates, to tell two readings of one page apart. */
const dateKey = (m: DateMention): string => `${m.start}:${m.end}:${m.date.value}`;
const eventKey = (e: EventMention): string => `${e.type}:${e.evidence[0]?.start ?? -1}`;

/**
 * A page no day can be settled for still tells what its story's window fixes: "in September", "last year" or
 * "on March 3" read the same on the first and the last day its story allows (see candidateDays), while "on
 * Tuesday" and "yesterday" do not. Those readings are kept, with the events they date; the page stays undated
 * and everything that moves with its day stays unresolved. Null when the window fixes nothing more than the
 * page read without a day (a window over a year's end fixes no month without a year).
 */
export function readWithinWindow(d: AnalysedDocument, trusted: AnalysedDocument[]): AnalysedDocument | null {
  const days = withinCopyright(d, candidateDays(trusted.map((t) => t.analysis.publishedAt!)));
  const first = days[0];
  const last = days.at(-1);
  if (first === undefined || last === undefined) return null;
  const [early, late] = [first, last].map((day) => readOnDayOnly(d, day));
  const lateDates = new Set(late!.dates.map(dateKey));
  const known = new Set(d.analysis.dates.map((m) => `${m.start}:${m.end}`));
  const fixedInWindow = early!.dates.filter((m) => lateDates.has(dateKey(m)) && !known.has(`${m.start}:${m.end}`));
  const later = laterInStoryYear(fixedInWindow, trusted);
  const fixed = later.size ? fixedInWindow.flatMap((m) => movedOrDropped(m, later)) : fixedInWindow;
  if (!fixed.length) return null;
  const dates = [...d.analysis.dates, ...fixed].sort((a, b) => a.start - b.start || a.end - b.end);
  // An event keeps the date both readings give it; one whose date moves with the day stays as the undated reading has it.
  const lateEvents = new Map(late!.events.map((e) => [eventKey(e), e]));
  const earlyEvents = new Map(early!.events.map((e) => [eventKey(e), e]));
  const events = d.analysis.events.map((e) => {
    if (e.date) return e;
    const a = earlyEvents.get(eventKey(e));
    const b = lateEvents.get(eventKey(e));
    return a?.date && b?.date && a.date.value === b.date.value ? datedAsFixed(e, a.date, fixedInWindow, fixed) : e;
  });
  // An event the events pass finds only once its date is read ("has until the end of January to replace the substation":
  // a deadline is one by its date) is told by the page as much as the rest, when both readings find it on the same date.
  const own = new Set(d.analysis.events.map(eventKey));
  const datedOnly = [...earlyEvents].filter(([k, e]) => !own.has(k) && e.date !== null && lateEvents.get(k)?.date?.value === e.date.value)
    .map(([, e]) => datedAsFixed(e, e.date!, fixedInWindow, fixed));
  const all = datedOnly.length ? [...events, ...datedOnly].sort((x, y) => (x.evidence[0]?.start ?? -1) - (y.evidence[0]?.start ?? -1)) : events;
  return { doc: d.doc, analysis: { ...d.analysis, dates, events: all } };
}

const monthOf = (value: string): { y: number; m: number } => ({ y: Number(value.slice(0, 4)), m: Number(value.slice(5, 7)) });

/**
 * A page that names its story's month by its bare name as a time gone by ("during the July heatwave", "the fire started
 * on July 15") looks back on the story, and a month it names bare as past and later in the year than the story's
 * ("stepped down as chief executive in September") is told in the same run of months: the one after the story, not
 * the one a year before it, which the story's window reads (a page written in that window would call September a past
 * month only of the year before). Such a page lies after that month, beyond the window: what the window alone fixes
 * counting from the page's day ("last week") is not fixed. Returns the mentions read a year later, by their old value;
 * empty when the page names no month of its story bare, or no later month of the story's year.
 */
function laterInStoryYear(fixed: DateMention[], trusted: AnalysedDocument[]): Map<DateMention, string> {
  const storyMonths = new Set(trusted.map((t) => t.analysis.publishedAt!.slice(0, 7)));
  const bare = (m: DateMention): boolean => m.method === NEAREST_YEAR_METHOD && m.date.precision === 'month';
  const told = fixed.filter((m) => bare(m) && storyMonths.has(m.date.value)).map((m) => monthOf(m.date.value));
  const out = new Map<DateMention, string>();
  for (const start of told) {
    for (const m of fixed) {
      if (m.method !== NEAREST_YEAR_METHOD || out.has(m)) continue;
      const at = monthOf(m.date.value);
      if (at.y === start.y - 1 && at.m > start.m) out.set(m, `${start.y}${m.date.value.slice(4)}`);
    }
  }
  return out;
}

/** A mention fixed by the window: read a year later (see laterInStoryYear), dropped if it counts from the page's day, else kept. */
function movedOrDropped(m: DateMention, later: Map<DateMention, string>): DateMention[] {
  const value = later.get(m);
  if (value) return [{ ...m, date: { ...m.date, value } }];
  return m.method === RELATIVE_TO_PAGE_METHOD ? [] : [m];
}

/** An event dated in the window by a mention in its evidence: dated as that mention now reads, undated if it was dropped. */
function datedAsFixed(e: EventMention, date: NonNullable<EventMention['date']>, before: DateMention[], after: DateMention[]): EventMention {
  const told = before.find((m) => m.date.value === date.value && e.evidence.some((s) => s.start <= m.start && m.end <= s.end));
  if (!told || before.length === after.length && after.every((m, i) => m === before[i])) return { ...e, date };
  const now = after.find((m) => m.start === told.start && m.end === told.end);
  return { ...e, date: now ? now.date : null };
}

/** Pages already read with no date: a re-dated page's flag reads it again after recheckDate did. */
const READ_WITHOUT_DATE = new WeakMap<AnalysedDocument, AnalysedDocument>();

/** The page as if it printed no date: what depends on the day is read against this. */
function withoutDate(d: AnalysedDocument): AnalysedDocument {
  const known = READ_WITHOUT_DATE.get(d);
  if (known) return known;
  const doc: CleanDocument = { ...d.doc, publishedAt: null, dateProvenance: { method: 'none', raw: null, inferred: false }, dateCandidates: [] };
  const bare = { doc, analysis: reanalyseDates(doc, d.analysis, { claims: false }) };
  READ_WITHOUT_DATE.set(d, bare);
  return bare;
}
const withoutDateAnalysis = (d: AnalysedDocument): DocAnalysis => withoutDate(d).analysis;

/**
 * Whether the page's own day tells an event of the story alike, or dates one to its month or year ("blockaded the terminal
 * last December"), naming anyone the story's pages name, its setting included. The setting is left out to weigh evidence
 * for a day; here it only keeps a printed date, and a wrong day is worse than none: whether the one name a follow-up shares
 * with the story (the union, the state) counts must not turn on that name's type making it the setting.
 */
function ownDayTellsStory(d: AnalysedDocument, bare: DocAnalysis, facts: StoryFacts, alike: ReadonlySet<string>): boolean {
  const own = readOn(d.analysis, bare, { ...facts, setting: new Set() }, d.doc.text, alike, d.doc.title);
  return own.agreements > 0 || own.periodAgreements > 0;
}

/**
 * A dated page far after the earlier coverage of its storyline whose own day makes its text contradict
 * that coverage ("the shooting on Saturday" lands weeks after the shooting everyone else dates), while a
 * day near the coverage reads it clearly: its date is a widget's (the scrape day), and the day the text
 * reads is preferred, marked inferred. A follow-up weeks later tells new things on its own days and
 * contradicts nothing, so it is not re-read; one that dates the story's events to their month or year ("shot
 * dead last year") keeps its date too. Only what the text dates otherwise on its own day than on the day picked
 * weighs ("on March 17" read on two days of one year is no evidence for either). Null when the page's date stands.
 */
export function recheckDate(d: AnalysedDocument, earlier: AnalysedDocument[], storyWide: StoryFacts = storyFacts(earlier),
  days: number[] = candidateDays(earlier.map((t) => t.analysis.publishedAt!), RECHECK_DAYS_BEFORE_EARLIEST)): AnalysedDocument | null {
  // What every event of the storyline names tells neither against the page's day nor for another, whatever its type
  // (a state typed a place or an organisation) and by whichever of its names ("Corvell Glassworks" where the storyline
  // mostly says "Corvell": the regulator clearing the takeover months after the bid is no second telling of the bid);
  // it still keeps the printed date (see ownDayTellsStory).
  const names = [...storyWide.events.flatMap((e) => [...e.names]), ...d.analysis.events.flatMap((e) => [...eventNames(e, d.analysis)])];
  const facts = { ...storyWide, setting: withLongerForms(storyWide.namedOften, names) };
  const bare = withoutDate(d);
  const asPrinted = readOn(d.analysis, bare.analysis, facts, d.doc.text, undefined, d.doc.title);
  // The text contradicts its own printed day (see countedDayClashes): the day it counts to near the coverage dates it.
  const printed = epochDay(d.analysis.publishedAt!.slice(0, 10));
  const counted = printed !== null && countedDayClashes(d.analysis).length ? dayCountedInText(bare, facts, days, printed) : null;
  if (counted) return counted;
  // ...or tells one happening twice, on days its printed day sets weeks apart (see dayRetoldInText).
  const retold = printed !== null && dayAlone(d) ? dayRetoldInText(bare, facts, days, printed) : null;
  if (retold) return retold;
  // ...or opens by counting back to a day weeks after its coverage: read on the days that count lands on the story's
  // happenings, the page is dated by the one whose reading contradicts nothing the story tells and lands at least one more
  // relative date on a day the story tells the same (see Reading.anchors), by a margin.
  const lead = printed !== null ? leadCountedPastCoverage(d, earlier) : null;
  const leadOff = lead !== null;
  const clear = lead ? (r: Reading): boolean => clearlyAnchored(r) || (r.disagreements === 0 && (r.toldAlike > 0 || beyondLead(r, lead.sentence))) : clearEnough;
  if (asPrinted.disagreements === 0 && !leadOff) return null;
  // The page may be the first report of what its storyline's pages tell later: days well before them are tried too.
  const tried = trialsOn(bare, lead === null ? days : leadDays(earlier, printed! - lead.day), facts);
  if (!tried) return null;
  // What the page dates alike on its own day and on every candidate ("on May 11") says nothing of its day...
  // ...nor an event its text dates alike on every candidate that counts against the story on every day, its own included.
  const readings = tried.map((t) => t.reading);
  const fixed = new Set([...fixedParts([asPrinted, ...readings]), ...contradictedAlike(asPrinted, readings)]);
  const best = bestOf(withoutFixed(tried, bare.analysis, facts, d.doc.text, fixed, d.doc.title), clear);
  if (!best) return null;
  // ...nor what it dates alike on its own day and on the day picked: only what differs weighs.
  const alike = new Set([...fixed, ...fixedParts([asPrinted, best.pick.reading])]);
  const own = readOn(d.analysis, bare.analysis, facts, d.doc.text, alike, d.doc.title);
  const picked = readOn(best.pick.analysis, bare.analysis, facts, d.doc.text, alike, d.doc.title);
  if (ownDayTellsStory(d, bare.analysis, facts, alike) || (own.disagreements === 0 && !leadOff)) return null;
  if (!clear(picked) || scoreOf(picked) - scoreOf(own) < MIN_MISDATED_MARGIN) return null;
  return readOnDay({ doc: d.doc, analysis: bare.analysis }, best.pick.day, provenanceNote(earlier, 'storyline', best.pick.reading, best.span, best.pick.day));
}

/**
 * The day a page's opening words count back to from its printed day ("Ten days ago a tanker ran onto the reef", "A fortnight
 * ago today ..."), when that day lies weeks (DAYS_AFTER_LATEST) after all of its storyline's earlier coverage; null otherwise.
 * A text that opens by counting back in days tells the news it was written about, and news is counted so only while it is
 * fresh: read on a widget's day months later, that count lands where the storyline tells nothing, though the lead names no
 * one the coverage names and so contradicts no event of it (see readOn).
 */
function leadCountedPastCoverage(d: AnalysedDocument, earlier: AnalysedDocument[]): { day: number; sentence: { start: number; end: number } } | null {
  const text = d.doc.text;
  const first = [...d.analysis.dates].sort((a, b) => a.start - b.start)[0];
  if (!first || !COUNTED_BACK.test(first.text)) return null;
  const sentence = d.analysis.sentences.find((s) => s.start <= first.start && first.start < s.end);
  if (!sentence || text.slice(sentence.start, first.start).trim()) return null;
  const day = epochDay(first.date.value.slice(0, 10));
  const latest = Math.max(...earlier.map((t) => epochDay(t.analysis.publishedAt!.slice(0, 10)) ?? -Infinity));
  return day !== null && day - latest > DAYS_AFTER_LATEST ? { day, sentence: { start: sentence.start, end: sentence.end } } : null;
}

/**
 * Whether a reading shares with the story something told outside the opening sentence `lead`: read on the days its count
 * lands on the story's happenings (see leadDays), an event of the opening itself agrees by construction, and tells nothing.
 */
function beyondLead(r: Reading, lead: { start: number; end: number }): boolean {
  return r.evidence.split(',').filter(Boolean).some((part) => {
    const at = Number.parseInt(part.slice(1), 10);
    return !(lead.start <= at && at < lead.end);
  });
}

/**
 * Days to read such a page on (see leadCountedPastCoverage): the count (`count` days) after the day its storyline's pages
 * agree a happening took place (see agreedDaysOf), the news its opening counts back to. Of the days pages agree on, the one
 * the most pages agree on (all of them on a tie), whatever the happening's kind: the news a page counts back to is the one
 * the coverage tells most, not each kind's earliest day (a warning told the day before the weather it warns of shares its kind).
 */
function leadDays(earlier: AnalysedDocument[], count: number): number[] {
  const pages = new Map<number, number>();
  for (const type of new Set(earlier.flatMap((p) => p.analysis.events.map((e) => e.type)))) {
    for (const [day, n] of agreedDaysOf(earlier, type)) pages.set(day, Math.max(n, pages.get(day) ?? 0));
  }
  const most = Math.max(0, ...pages.values());
  return [...pages].filter(([, n]) => n === most).map(([day]) => day + count).sort((a, b) => a - b);
}

/**
 * A page whose printed day makes its text contradict itself (see countedDayClashes) dated by that text: read on a day of its
 * storyline's window, the count ("four weeks to the day after the crash on November 20") lands on the day its clause's
 * weekday ("On Wednesday") names, and the page, which names that day by its weekday, is written within the week after it.
 * Its day is the first day of that week (give or take COUNTED_DAY_SLACK_DAYS) on which the weekday and the count land
 * together, the text forbids nothing, and no event it dates is told by the storyline on other days only; null if none,
 * or if the count lands before the window or after the printed day `own` (a report weeks after the coverage is
 * what such a page tells; one after the day it was fetched is none).
 */
function dayCountedInText(bare: AnalysedDocument, facts: StoryFacts, days: number[], own: number): AnalysedDocument | null {
  const first = days[0];
  const last = days.at(-1);
  if (first === undefined || last === undefined) return null;
  const main = countedMainDays(readOnDayOnly(bare, last))[0];
  if (!main || main.counted < first || main.counted >= own) return null;
  // (The counted day is not written out: the flag states the printed day and the day used instead, no third.)
  const note = `the day its text counts ("${main.text}") is the day its weekday names only when read on this day or the week after: dated to the first of them`;
  return firstDayThat(bare, facts, main.counted - COUNTED_DAY_SLACK_DAYS + 1, main.counted + COUNTED_DAY_SLACK_DAYS + 6,
    (analysis) => !countedDayClashes(analysis).length && countedMainDays(analysis).length > 0, note);
}

/**
 * The first day from `from` to `to` on which the page, read on it, keeps that day as its own, `holds`, and contradicts
 * nothing its storyline tells (no firm disagreement, see readOn): the page dated to that day with `note`; null if none.
 */
function firstDayThat(bare: AnalysedDocument, facts: StoryFacts, from: number, to: number, holds: (analysis: DocAnalysis) => boolean, note: string): AnalysedDocument | null {
  for (let day = from; day <= to; day++) {
    const analysis = readOnDayOnly(bare, day);
    if (analysis.publishedAt?.slice(0, 10) !== isoOfDay(day) || !holds(analysis)) continue;
    if (readOn(analysis, bare.analysis, facts, bare.doc.text).firmDisagreements > 0) continue;
    return readOnDay(bare, day, note);
  }
  return null;
}

/**
 * Days before the page's own of readings that, between them, move every date counted from its day: weekday names, days
 * of the month (see retoldDays).
 */
const RETOLD_READING_GAPS_DAYS = [8, 40];

/**
 * A page that tells a happening twice, by a date counted from its day ("Twelve days ago a christening lunch ...") and by one standing
 * alone ("the lunch was on May 3; the first diners fell ill that evening"), was written on a day both land on: read
 * on a widget's scrape day the counted one lands months after the other (see retoldDays). Its day is the first after the
 * happening (within RETOLD_DAY_SPAN_DAYS) on which every such pair lands together, the text forbids nothing, and no event
 * it dates is told by the storyline on other days only; null if none, if any pair lands together on the printed day `own`
 * (the page then tells both as its printed day reads them), or if none lands weeks (DAYS_AFTER_LATEST) after the other.
 */
function dayRetoldInText(bare: AnalysedDocument, facts: StoryFacts, days: number[], own: number): AnalysedDocument | null {
  const first = days[0] ?? -Infinity;
  const retold = retoldDays(readOnDayOnly(bare, own), RETOLD_READING_GAPS_DAYS.map((gap) => readOnDayOnly(bare, own - gap)), bare.doc.text);
  if (!retold.length || retold.some((r) => r.counted - r.fixed <= DAYS_AFTER_LATEST)) return null;
  const from = Math.max(first, Math.min(...retold.map((r) => r.fixed)) + 1);
  const to = Math.min(own - 1, Math.max(...retold.map((r) => r.fixed)) + RETOLD_DAY_SPAN_DAYS);
  return firstDayThat(bare, facts, from, to, (analysis) => retoldLandTogether(analysis, retold),
    'a happening its text tells twice, counted from its day and dated on its own, lands on one day only when read on this day or after: dated to the first of them');
}

const titleOf = (d: AnalysedDocument): string => `"${(d.doc.title ?? '').slice(0, 80)}"`;

/**
 * The reader is told that a page prints no date: what it was dated from and by which words, or that its
 * relative dates ("on Wednesday") could not be placed.
 */
function undatedFlag(original: AnalysedDocument, redated: AnalysedDocument | null, trusted: boolean): Flag {
  const id = original.doc.id;
  if (!redated) {
    const why = !trusted ? 'no other article of its story carries one'
      : triable(original) ? 'its story\'s other articles do not settle one'
        : `at ${original.doc.text.length} characters it is too long to be read against its story's days`;
    return { kind: 'date', documentIds: [id], message: `Page ${titleOf(original)} prints no date, and ${why}: its relative dates are left unresolved.` };
  }
  const told = anchoredDates(redated.analysis, original.analysis).slice(0, 3);
  return {
    kind: 'date',
    documentIds: [id],
    message: `Page ${titleOf(original)} prints no date; ${redated.analysis.publishedAt} is inferred: ${redated.analysis.dateProvenance.raw}.`,
    evidence: told.map((m) => ({ documentId: id, start: m.start, end: m.end })),
  };
}

/** What a build decided for one undated page, and the evidence it decided on (see `memoKey`). */
export interface RedateMemo { key: string; day: string | null; note: string | null }
/** Page id → its memo. Kept between builds in the story state; an absent or stale memo is simply recomputed. */
export type RedateMemos = Record<string, RedateMemo>;
const RedateMemosSchema = z.record(z.string(), z.object({ key: z.string(), day: z.string().nullable(), note: z.string().nullable() }));

/** The memos a stored state carries; none when it carries none or something else (a state of another version is no error). */
export function memosFrom(stored: unknown): RedateMemos {
  const parsed = RedateMemosSchema.safeParse(stored);
  return parsed.success ? parsed.data : {};
}

/** Analyses by count: a stored analysis redone by other code changes the count of its dates or events, so the memo goes stale. */
const shape = (d: AnalysedDocument): string => `${d.doc.id}@${d.analysis.publishedAt ?? ''}:${d.analysis.dates.length}/${d.analysis.events.length}`;

/** The evidence a decision rests on: the page and its story's trusted pages, with their dates. */
export function memoKey(page: AnalysedDocument, trusted: AnalysedDocument[]): string {
  return `${MEMO_VERSION}|${shape(page)}|${trusted.map(shape).sort().join(',')}`;
}

/** The page re-read on a day an earlier build picked from the same evidence (one re-run, not one per candidate). */
function fromMemo(d: AnalysedDocument, memo: RedateMemo & { day: string }): AnalysedDocument {
  // Settled as in readOnDay: a rebuild must date the page's times of day as the build that picked the day did.
  const analysis = reanalyseDates(onDay(d.doc, memo.day), d.analysis, { settled: true });
  return { doc: d.doc, analysis: { ...analysis, publishedAt: memo.day, dateProvenance: { method: 'inferred', raw: memo.note, inferred: true } } };
}

export interface Redating {
  /** The input documents in the same order, pages dated here replaced by their re-read analysis. */
  docs: AnalysedDocument[];
  /** One `date` flag per page with no date of its own. */
  flags: Flag[];
  /** This build's decisions, for the next build. */
  memos: RedateMemos;
}

/** Trusted pages grouped by a key (story or storyline), in input order; pages re-read on another day (`reread`) count as trusted. */
function trustedBy(docs: AnalysedDocument[], keyOf: (d: AnalysedDocument) => string | undefined, reread: ReadonlyMap<string, AnalysedDocument> = new Map()): Map<string, AnalysedDocument[]> {
  const out = new Map<string, AnalysedDocument[]>();
  for (const d of docs) {
    const key = keyOf(d);
    if (key === undefined || !(hasTrustedDate(d) || reread.get(d.doc.id) === d)) continue;
    const list = out.get(key);
    if (list) list.push(d); else out.set(key, [d]);
  }
  return out;
}

/** The storyline of a page's story (a story outside any storyline is its own). */
function storylineOf(grouping: Grouping): (d: AnalysedDocument) => string | undefined {
  const line = new Map(grouping.stories.map((s) => [s.id, s.storylineId ?? s.id]));
  return (d) => {
    const story = grouping.storyOf.get(d.doc.id);
    return story === undefined ? undefined : (line.get(story) ?? story);
  };
}

/** Trusted pages of the page's storyline dated more than the candidate window before it: the coverage a widget's date stands far from. */
function earlierCoverage(d: AnalysedDocument, line: AnalysedDocument[]): AnalysedDocument[] {
  const own = epochDay(d.analysis.publishedAt!.slice(0, 10));
  if (own === null) return [];
  return line.filter((t) => {
    const day = epochDay(t.analysis.publishedAt!.slice(0, 10));
    return t !== d && day !== null && own - day > DAYS_AFTER_LATEST;
  });
}

/** The reader is told that a page's date was not believed: both days, why, and the words read against the day. */
function misdatedFlag(original: AnalysedDocument, redated: AnalysedDocument): Flag {
  const id = original.doc.id;
  const told = anchoredDates(redated.analysis, withoutDateAnalysis(original)).slice(0, 3);
  return {
    kind: 'date',
    documentIds: [id],
    message: `Page date ${original.analysis.publishedAt!.slice(0, 10)} of ${titleOf(original)} disagrees with what its text tells, read against `
      + `the earlier coverage of its story; ${redated.analysis.publishedAt} is inferred: ${redated.analysis.dateProvenance.raw}.`,
    evidence: told.map((m) => ({ documentId: id, start: m.start, end: m.end })),
  };
}

/** Decide (or reuse the memo of) one page: `decide` runs only when the evidence changed since the memo. */
function memoised(d: AnalysedDocument, evidence: AnalysedDocument[], prior: RedateMemos, memos: RedateMemos, decide: () => AnalysedDocument | null): AnalysedDocument | null {
  const key = memoKey(d, evidence);
  const memo = Object.hasOwn(prior, d.doc.id) ? prior[d.doc.id] : undefined;
  const r = memo?.key === key ? (memo.day ? fromMemo(d, { ...memo, day: memo.day }) : null) : decide();
  memos[d.doc.id] = { key, day: r?.analysis.publishedAt ?? null, note: r?.analysis.dateProvenance.raw ?? null };
  return r;
}

/**
 * Whether the page's date is the stamp it puts on the article itself ("Published on: 12/03/2026 – 07:10", a date beside
 * the byline) with the time it was published, not an "Updated" one: a publisher stamps the moment it publishes, while a
 * widget shows the day the page was fetched (a date alone: a date element in the page header passes for a stamp in
 * clean) and a crawler's record the day it was found. Its text read against other pages does not outweigh it: a follow-up
 * weeks later may tell a speaker saying again what the coverage has him say ("the mayor said on Wednesday evening"), which
 * reads best on the coverage's days. The page's own text may still question it (the document date check in analyse/dates).
 */
function stampedByItsPublisher(d: AnalysedDocument): boolean {
  const p = d.analysis.dateProvenance;
  const raw = p.raw ?? '';
  return p.method === OWN_STAMP_METHOD && STAMP_TIME_OF_DAY.test(raw) && !EDIT_STAMP_LABEL.test(raw);
}

/**
 * Whether the page's date is a day alone, with no time of day in it or in the words it was read from ("Sunday, December 6,
 * 2026"): what a widget shows. A date with its time ("2026-04-14T13:20:00+01:00" in the page's metadata) is a stamp someone
 * put on the article when it went out, so the page's text alone, with no coverage to read it against, does not overturn it.
 */
function dayAlone(d: AnalysedDocument): boolean {
  return (d.analysis.publishedAt ?? '').length === 10 && !STAMP_TIME_OF_DAY.test(d.analysis.dateProvenance.raw ?? '');
}

/**
 * The other reading of a publisher's stamp written as a slashed numeric date with both numbers up to 12 ("04/03/2026" read
 * 4 March, its other reading 3 April), as an epoch day; null for any other stamp. The page prints that day as much as
 * the one read, so its text may choose between the two (see recheckDates), and only between them.
 */
function otherReadingOfStamp(d: AnalysedDocument): number | null {
  const read = d.analysis.publishedAt?.slice(0, 10);
  const other = read ? otherSlashedReading(d.analysis.dateProvenance.raw ?? '', read) : null;
  return other === null ? null : epochDay(other);
}

/**
 * Pages whose date a widget gave (see `recheckDate`), re-read on the day their text reads against the
 * earlier coverage of their storyline. Only pages with a trusted date and no date flag of their own are looked at;
 * a page dated by its publisher's own stamp (see stampedByItsPublisher) only on the other reading of that stamp, if it has one.
 */
function recheckDates(docs: AnalysedDocument[], grouping: Grouping, prior: RedateMemos, memos: RedateMemos): Map<string, AnalysedDocument> {
  const lineOf = storylineOf(grouping);
  const byLine = trustedBy(docs, lineOf);
  const out = new Map<string, AnalysedDocument>();
  for (const d of docs) {
    const line = lineOf(d);
    if (line === undefined || !triable(d) || !hasTrustedDate(d) || d.analysis.flags.some((f) => f.kind === 'date')) continue;
    const stamped = stampedByItsPublisher(d);
    const other = stamped ? otherReadingOfStamp(d) : null;
    if (stamped && other === null) continue;
    const earlier = earlierCoverage(d, byLine.get(line) ?? []);
    // With no earlier coverage the text alone may still contradict its printed day (see dayRetoldInText).
    if (!earlier.length) {
      const r = !dayAlone(d) || !sameTypeDaysApart(d.analysis, DAYS_AFTER_LATEST) ? null : memoised(d, [], prior, memos, () => dayRetoldInText(withoutDate(d), storyFacts([]), [], epochDay(d.analysis.publishedAt!.slice(0, 10)) ?? -Infinity));
      if (r) out.set(d.doc.id, r);
      continue;
    }
    const r = memoised(d, earlier, prior, memos, () => (other === null ? recheckDate(d, earlier) : recheckDate(d, earlier, undefined, [other])));
    if (r) out.set(d.doc.id, r);
  }
  return out;
}

/**
 * Date every undated page that its story can date, and re-read the pages whose date a widget gave; the
 * others are returned as they were, in the same order. Pure and order-independent: only trusted pages
 * are evidence, and pages re-read on the day their earlier coverage gives them (as so read), never a page dated here.
 */
export function redateDocuments(docs: AnalysedDocument[], grouping: Grouping, prior: RedateMemos = {}): Redating {
  try {
    return redateAll(docs, grouping, prior);
  } finally {
    READ_ON_DAY = new WeakMap();
  }
}

function redateAll(docs: AnalysedDocument[], grouping: Grouping, prior: RedateMemos): Redating {
  const memos: RedateMemos = {};
  const redated = recheckDates(docs, grouping, prior, memos);
  const flags: Flag[] = docs.filter((d) => redated.has(d.doc.id)).map((d) => misdatedFlag(d, redated.get(d.doc.id)!));
  // A page re-read on the day its storyline's earlier coverage gives it stays evidence, as so read: what it dates by
  // its own words ("jailed on March 3") holds on any day, what it counts from its day is counted from a day trusted
  // pages alone gave it, and dropping it loses both.
  const kept = docs.map((d) => redated.get(d.doc.id) ?? d);
  const trustedByStory = trustedBy(kept, (d) => grouping.storyOf.get(d.doc.id), redated);
  const lineOf = storylineOf(grouping);
  const trustedByLine = trustedBy(kept, lineOf, redated);
  const facts = new Map<string, StoryFacts>();
  const factsOf = (key: string, pages: AnalysedDocument[]): StoryFacts => {
    if (!facts.has(key)) facts.set(key, storyFacts(pages));
    return facts.get(key)!;
  };
  for (const d of docs.filter(needsDate)) {
    const story = grouping.storyOf.get(d.doc.id);
    const trusted = story === undefined ? [] : (trustedByStory.get(story) ?? []);
    const line = lineOf(d);
    const lineTrusted = line === undefined ? [] : (trustedByLine.get(line) ?? []);
    // The story's own pages, and the storyline's when it has more (a page grouped with the first days of a storyline may
    // tell its later days), under the same rule for when a day is clear (see fromStoryOrLine).
    const wider = lineTrusted.length > trusted.length;
    const evidence = wider ? lineTrusted : trusted;
    const r = evidence.length && triable(d) ? memoised(d, evidence, prior, memos, () => fromStoryOrLine(d,
      trusted.length ? { pages: trusted, facts: factsOf(`s:${story!}`, trusted) } : null,
      wider ? { pages: lineTrusted, facts: factsOf(`l:${line!}`, lineTrusted) } : null)) : null;
    if (r) redated.set(d.doc.id, r);
    const windowed = !r && evidence.length && triable(d) ? readWithinWindow(d, evidence) : null;
    if (windowed) redated.set(d.doc.id, windowed);
    // A wire dateline ("KELDMOUTH, May 7 (RNA) -") prints the page's day, only not its year: dated on that day, the page
    // printed its date as wire copy does, and the reader is owed no note that it printed none.
    const dated = r ?? windowed;
    if (dated && yearlessDatelineDay(dated.analysis.dates, d.doc.text) === dated.analysis.publishedAt?.slice(0, 10)) continue;
    // A page whose footer prints its copyright year ("© 2026 The Herald") is an outlet's own dated archive page, its day
    // only left to the reader, as news sites print it beside the article; the note that a page prints no date at all is
    // owed for pages that print none (an aggregator's digest, a bulletin), so it is not given when its story settles no day.
    if (!r && typeof d.doc.copyrightYear === 'number') continue;
    flags.push(undatedFlag(d, r, evidence.length > 0));
  }
  return { docs: redated.size ? docs.map((d) => redated.get(d.doc.id) ?? d) : docs, flags, memos };
}
