/** Flags from cross-checked claims: number and date conflicts, single-source figures of consequence. */
import type { Claim, Flag, SpanRef } from '../../contract/dossier.ts';
import type { AnalysedDocument, ClaimMention } from '../../contract/pipeline.ts';
import { CLOCK_CLASS, clockNearby, sameHappening, NO_DAY_CONFLICT_TYPES, PART_SUFFIX, PERSON_UNITS, POSITION_QUESTION, RUNNING_TALLY, TRAVELLER_UNITS, WEEKDAYS, actWordsOf, claimWeekday, eventDays, figures, isPersonClass, isTally, rangesApart, sameQuestion, statedFigures, toldAs, unitClass, type Figure } from '../claims/index.ts';
import { BOUND_ROUNDING, CONSEQUENTIAL_UNITS, TOLD_ALIKE_WORDS, DISPUTE_SHARED_WORDS, DATE_CLASH_MAX_DAYS, DEAD_CLASSES, INCREMENT_WINDOW_CHARS, MISSING_CLASS, RUNNING_COUNT_SAME_TIME_DAYS, SAME_FIGURE_TOLERANCE, SOURCES_AFTER_WINDOW_CHARS } from './constants.ts';
import { docName } from './_names.ts';
import { happeningDates } from '../claims/index.ts';
import { contentWords } from '../statements/index.ts';
import { spanAround } from '../../util/index.ts';
import { clauseEventTypes, keyTerms, triggerTerms, wordValue } from '../../analyse/claims/index.ts';
import { BOUND_DAY, CHANGED_FROM_BEFORE, COUNT_ROSE, DELAY_AFTER, WITNESS_ARRIVAL_BEFORE, EARLIER_INCIDENT_BEFORE, EARLIER_OCCASION_BEFORE, INCREMENT_AFTER, REMAINDER_BEFORE, INCREMENT_BEFORE, PLANNED, RELAY, RELAY_AFTER, TOLD_AS_WORD, RELAY_DESCRIBED, SOURCES_FIGURE_BEFORE, SOURCES_FIGURE_AFTER, STANDING_FIGURE_BEFORE, VAGUE_FIGURE } from './patterns.ts';

type Lookup = Map<string, AnalysedDocument>;

function mentionAt(docs: Lookup, r: SpanRef): { claim: ClaimMention; outlet: string; days: Map<string, string>; oneDay: string | null; weekday: number | null } | null {
  const d = docs.get(r.documentId);
  const claim = d?.analysis.claims.find((c) => c.start === r.start);
  if (!d || !claim) return null;
  return { claim, outlet: docName(d.doc), days: happeningDays(d.analysis, claim), oneDay: oneStatedDay(d.analysis, claim), weekday: claimWeekday(d.analysis, claim) };
}

/**
 * The day of each event the clause reports, for comparing with other sources: only a day the clause tells of what it
 * reports, not the day its speaker spoke ("repeated on Wednesday that the crew had called for help") nor a day a count
 * runs "until" (see happeningDates).
 */
function happeningDays(analysis: AnalysedDocument['analysis'], c: ClaimMention): Map<string, string> {
  const days = eventDays(analysis, c);
  const told = new Set(happeningDates(analysis, c).map((d) => d.date.value));
  return new Map([...days].filter(([, day]) => told.has(day)));
}

/** The one day a clause states ("quit on December 18"), or null when it states none or several. */
function oneStatedDay(analysis: AnalysedDocument['analysis'], c: ClaimMention): string | null {
  // A time of day dated by a day told around it (see dayTimes) states no day of the clause's own.
  // Nor is a speaker's day or a day a count runs "until" (see happeningDates) the clause's day.
  const days = new Set(happeningDates(analysis, c).filter((d) => d.end <= c.end && d.date.precision === 'day').map((d) => d.date.value));
  return days.size === 1 ? [...days][0]! : null;
}

/** Days between the publication of two pages, 0 when either is undated. */
function pagesDaysApart(docs: Lookup, x: string, y: string): number {
  const [dx, dy] = [x, y].map((id) => Date.parse((docs.get(id)?.analysis.publishedAt ?? '').slice(0, 10)));
  return Number.isFinite(dx) && Number.isFinite(dy) ? Math.abs(dx! - dy!) / 86_400_000 : 0;
}

const weekdayName = (i: number): string => WEEKDAYS[i]!.replace(/^./, (c) => c.toUpperCase());

/**
 * A weekday named without a date against another source's day of an event that falls on another weekday, unless the
 * other's page tells the act on that weekday too, within the week around its day (see actAgainOn): `againOn`.
 */
function weekdayClash(x: Mention, other: Mention, againOn: (m: Mention, type: string, day: string) => boolean): string | null {
  if (x.weekday === null) return null;
  for (const [type, day] of other.days) {
    // As with a lone day (see `wordsEvent`), the weekday is the day of the other's event only when the clause tells that event.
    if (NO_DAY_CONFLICT_TYPES.has(type) || new Date(day).getUTCDay() === x.weekday || !(x.days.has(type) || wordsEvent(x, other, type))) continue;
    if (weekdaysNear(day, x.weekday).some((d) => againOn(other, type, d))) continue;
    return day;
  }
  return null;
}

/** The days within six days either side of `day` that fall on `weekday`. */
function weekdaysNear(day: string, weekday: number): string[] {
  const t = Date.parse(day);
  const out: string[] = [];
  for (let k = -6; k <= 6; k++) {
    const d = new Date(t + k * 86_400_000);
    if (d.getUTCDay() === weekday) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

/** The words telling a length with no end set. */
const OPEN_END = /\b(?:indefinitely|until\s+further\s+notice)\b/i;

/** The words of the claim's figure of class `cls` with this value ("at least 31" reads as "31"). */
const figure = (c: ClaimMention, text: string, value: number, cls = ''): string | null => {
  // A closure with no end set has no number mention (see withOpenEnded): its words are the open end ("until further notice").
  if (value === Infinity) return OPEN_END.exec(c.text)?.[0] ?? null;
  // A figure is shown in the words of a number of its own kind: a time of day read round the clock has the value of
  // other figures ("10.40 p.m." is also 640 minutes past midnight), so "ignited at 9.20 p.m. in a shaft 560 metres
  // deep" shows "560 metres" for its depth, never the time.
  const told = c.numbers.filter((x) => toldAs(x, value));
  const n = told.find((x) => (unitClass(x.unit).cls === CLOCK_CLASS) === (cls === CLOCK_CLASS)) ?? told[0];
  if (!n) return null;
  const words = text.slice(n.start, n.end);
  // A time of day told in words ("twenty to five this afternoon") is shown with its clock reading, so the reader sees
  // the two times of the dispute side by side ("twenty to five this afternoon (16:40)" against "17:10").
  return cls === CLOCK_CLASS && !/\d/.test(words) ? `${words} (${clockText(value)})` : words;
};

/** Minutes after midnight as a 24-hour clock time ("16:40"). */
const clockText = (minutes: number): string => {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** The figure of this value is told as an addition to an earlier count: "four more bodies", "another 12 people", "a further 300". */
function increment(m: { claim: ClaimMention; text: string }, value: number): boolean {
  const n = m.claim.numbers.find((x) => toldAs(x, value));
  return !!n && (INCREMENT_AFTER.test(m.text.slice(n.start, n.end + INCREMENT_WINDOW_CHARS)) || INCREMENT_BEFORE.test(m.text.slice(Math.max(0, n.start - INCREMENT_WINDOW_CHARS), n.start)));
}

/**
 * A running count told beside the figure it changed from ("One of the two workers we were looking for was found …, so one
 * person is still missing"): its sentence gives the other page's figure ("two") as the whole a part was taken from or the
 * count a change started from (CHANGED_FROM_BEFORE), so that figure is the count of an earlier moment, no rival. Only a
 * count told as it stands (RUNNING_TALLY), and only the other figure as a count of people in the same sentence, outside
 * the clause's own words (a clause holding both agrees anyway). A sentence setting one source's count beside another's
 * ("The agency now puts the dead at 12; the governor has said 14 from the start") tells no change: the two still dispute.
 */
function changedFrom(m: Mention, docs: Lookup, other: number): boolean {
  const d = docs.get(m.ref.documentId);
  if (!d || !RUNNING_TALLY.test(m.claim.text)) return false;
  const sentence = sentenceOf(d.analysis, m.claim);
  return d.analysis.claims.some((c) => c.start < sentence.end && c.end > sentence.start && c.numbers.some((n) => n.value === other
    && (n.end <= m.claim.start || n.start >= m.claim.end) && (isPersonClass(n.unit) || TRAVELLER_UNITS.has(n.unit))
    && CHANGED_FROM_BEFORE.test(d.doc.text.slice(Math.max(0, n.start - INCREMENT_WINDOW_CHARS), n.start))));
}

/**
 * The figure of this value is no figure of the news: it counts the page's own sources ("according to two people who were
 * present", "I have been told by two crew members") or tells an earlier incident for background ("in 1987, when 41 people
 * drowned") or an earlier run of the same thing ("a week ago it made the same crossing with 70 people") or what is left
 * of a whole ("the last three sirens"), the words from its sentence's start to the figure say so.
 */
function notNews(m: Mention, docs: Lookup, value: number): boolean {
  const n = m.claim.numbers.find((x) => toldAs(x, value));
  const d = docs.get(m.ref.documentId);
  if (!n || !d) return false;
  const lead = m.text.slice(sentenceOf(d.analysis, m.claim).start, n.start);
  return SOURCES_FIGURE_BEFORE.test(lead) || SOURCES_FIGURE_AFTER.test(m.text.slice(n.end, n.end + SOURCES_AFTER_WINDOW_CHARS)) || EARLIER_INCIDENT_BEFORE.test(lead) || EARLIER_OCCASION_BEFORE.test(lead) || REMAINDER_BEFORE.test(lead);
}

/** The time of day of this value is when a witness came ("I got to the square at 5.20pm"), told in the words of its sentence before it. */
function witnessArrival(m: Mention, docs: Lookup, value: number): boolean {
  const n = m.claim.numbers.find((x) => toldAs(x, value));
  const d = docs.get(m.ref.documentId);
  return !!n && !!d && WITNESS_ARRIVAL_BEFORE.test(m.text.slice(sentenceOf(d.analysis, m.claim).start, n.start));
}

/**
 * Two durations answer one question only as delays of one act or as two lengths: "kicked off 40 minutes late" is how
 * late the kick-off was, "had waited for more than an hour" how long a wait lasted, and "the turnstiles opened an hour
 * and a half late" how late another act was. Delays are of one act when the words of their clauses before them share a
 * key term ("the final started 40 minutes late" / "the final started an hour late").
 */
function sameDelay(a: Mention, x: number, b: Mention, y: number): boolean {
  const told = (m: Mention, value: number): { late: boolean; terms: string[] } | null => {
    const n = m.claim.numbers.find((k) => toldAs(k, value));
    return n ? { late: DELAY_AFTER.test(m.text.slice(n.end, n.end + 40)), terms: keyTerms(m.text.slice(m.claim.start, n.start)) } : null;
  };
  const [p, q] = [told(a, x), told(b, y)];
  if (!p || !q || p.late !== q.late) return !p || !q;
  return !p.late || p.terms.some((t) => q.terms.includes(t));
}

/** The claim without figures that name no number ("dozens of flights", "hundreds of homes"): they allow any figure of their size. */
const withoutVague = (c: ClaimMention, text: string): ClaimMention => {
  const numbers = c.numbers.filter((n) => !VAGUE_FIGURE.test(text.slice(n.start, n.end)));
  return numbers.length === c.numbers.length ? c : { ...c, numbers };
};

/**
 * A distance told as where a thing is ("hit the wall two kilometres from the portal") answers only that question: a
 * bare distance beside it is how far someone went or what a thing measures ("reversed 300 metres", "damaged over
 * 300 metres"), no rival position.
 */
const samePlaceQuestion = (x: Figure, y: Figure): boolean => (x.what === POSITION_QUESTION) === (y.what === POSITION_QUESTION);

/**
 * Every pair of figures of one class the two claims state differently, in a class where neither allows the other's
 * ("more than 300" allows 340), that answer the same question as the claims stage judges it: a count of homes cut
 * off in one town is no rival of a count for the whole region, nor what happened to other things.
 */
function numberClashes(a: ClaimMention, b: ClaimMention): { cls: string; x: number; y: number }[] {
  // A figure a clause rejects ("40 metres, not the 30 metres first reported") is none it states.
  const stated = (c: ClaimMention): Map<string, Figure[]> => new Map([...figures(c)].map(([cls, fs]) => [cls, statedFigures(fs)]));
  const fb = stated(b);
  const out: { cls: string; x: number; y: number }[] = [];
  for (const [cls, va] of stated(a)) {
    const vb = fb.get(cls);
    if (!vb?.length || va.some((x) => vb.some((y) => x.value === y.value || !rangesApart(x, y)))) continue;
    // Two times of day more than an hour apart, told of happenings their clauses name apart ("kicked off at 8.40pm" /
    // "opened the gates at 5.15pm"), are two moments, as the claims stage reads them: no rival readings of one clock.
    const twoMoments = (p: Figure, q: Figure): boolean => cls === CLOCK_CLASS && !clockNearby(p, q) && !sameHappening(p, q);
    for (const p of va) for (const q of vb) if (sameQuestion(p, q) && samePlaceQuestion(p, q) && !twoMoments(p, q)) out.push({ cls, x: p.value, y: q.value });
  }
  return out;
}

/** How far apart two figures are, relative to the larger: the pair nearest in value is the one a reader compares ("97" against "103", not a date's "15"). */
const spread = (c: { x: number; y: number }): number => Math.abs(c.x - c.y) / Math.max(c.x, c.y);

/** Documents of one side of a claim stating each figure ("person:dead 12" → its documents) or each day of an event ("attack 2025-06-12"). */
type Tally = Map<string, Set<string>>;
const count = (t: Tally, key: string): number => t.get(key)?.size ?? 0;
const tallyOf = (entries: [string, string][]): Tally => {
  const t: Tally = new Map();
  for (const [key, doc] of entries) t.set(key, (t.get(key) ?? new Set()).add(doc));
  return t;
};

/**
 * Which of the clashing pairs a flag shows: one from two different outlets when the claim has one (a
 * rebuttal in one outlet reports both figures); then the one whose figures (or days) most documents of
 * each side state, so the message quotes the figure in dispute and not a stray one a single sentence
 * carries ("one of the ...", a part of the count); then the nearer pair.
 */
interface Shown { support: [number, number]; twoOutlets: boolean; spread: number; msg: string; shared?: number; toldAlike?: boolean }
const better = (n: Shown, o: Shown | null): boolean => {
  if (!o) return true;
  const [nMin, nSum] = [Math.min(...n.support), n.support[0] + n.support[1]];
  const [oMin, oSum] = [Math.min(...o.support), o.support[0] + o.support[1]];
  if (n.twoOutlets !== o.twoOutlets) return n.twoOutlets;
  // Two figures told in the same words besides the figure ("has demanded 4 million crowns" / "demanded 5 million
  // crowns") answer one question; a figure of the class told in other words ("put the cost of the attack at 12 million
  // crowns") may answer another the claim holds too, however many pages state it.
  if (!!n.toldAlike !== !!o.toldAlike) return !!n.toldAlike;
  if (nMin !== oMin) return nMin > oMin;
  if (nSum !== oSum) return nSum > oSum;
  // Of figures stated as often, the two told of the same thing ("its offer of 41 vellins a share" against "an
  // offer of 44 vellins a share", not against a share price that "closed at 39.85 vellins").
  if ((n.shared ?? 0) !== (o.shared ?? 0)) return (n.shared ?? 0) > (o.shared ?? 0);
  return n.spread < o.spread;
};

/**
 * Words (not figures, in digits or in words) two clauses share: how far they tell of the same thing. A number
 * word both happen to use ("two days after" / "Two weeks ago") is a figure of something else, not a shared topic.
 */
const sharedWords = (a: string, b: string): number => {
  const wb = contentWords(b);
  return [...contentWords(a)].filter((w) => !/\d/.test(w) && wordValue(w) === null && wb.has(w)).length;
};

/** The clause's words around its figure of this value: the clause with the figure's own words (its number, scale and unit) left out. */
const besideFigure = (m: Mention, value: number): string => {
  const n = m.claim.numbers.find((x) => toldAs(x, value));
  return n ? m.text.slice(m.claim.start, n.start) + ' ' + m.text.slice(n.end, m.claim.end) : m.claim.text;
};

const nearDays = (x: string, y: string): boolean => x !== y && Math.abs(Date.parse(x) - Date.parse(y)) <= DATE_CLASH_MAX_DAYS * 86_400_000;

/** Each event the two sentences put on different nearby days: its type and the two days. */
const dayClashes = (a: Map<string, string>, b: Map<string, string>): [string, string, string][] => {
  const out: [string, string, string][] = [];
  for (const [type, x] of a) {
    if (NO_DAY_CONFLICT_TYPES.has(type)) continue;
    const y = b.get(type);
    if (y && nearDays(x, y)) out.push([type, x, y]);
  }
  return out;
};

/**
 * The event of one side that the other side's clause dates a day away without the event stage giving it
 * that event ("quit on December 18" typed nothing; "on Monday charged the captain" typed by another word)
 * — the clash the claims stage set the two apart by (its untyped and worded day clashes): the clause's one
 * day against the other side's day of that event. [type, day of a, day of b].
 */
const untypedDayClashes = (a: Mention, b: Mention): [string, string, string][] => {
  const out: [string, string, string][] = [];
  for (const [type, y] of b.days) {
    if (!NO_DAY_CONFLICT_TYPES.has(type) && !a.days.has(type) && a.oneDay && nearDays(a.oneDay, y) && wordsEvent(a, b, type)) out.push([type, a.oneDay, y]);
  }
  for (const [type, x] of a.days) {
    if (!NO_DAY_CONFLICT_TYPES.has(type) && !b.days.has(type) && b.oneDay && nearDays(x, b.oneDay) && wordsEvent(b, a, type)) out.push([type, x, b.oneDay]);
  }
  return out;
};

/**
 * A clause's lone day is a day of another source's event only when the clause tells that event: with a word that
 * triggers its type, or with the other clause's own trigger words, as the claims stage requires of an untyped day
 * clash. A clause's day tells what the clause tells of: "31 crew had fallen ill since the first cases on Wednesday"
 * dates the first cases, not the doctor's plea on Thursday another source tells; "the ministry now says 17 vehicles
 * were trapped" dates what the ministry says, not Wednesday's crash.
 */
const wordsEvent = (x: Mention, other: Mention, type: string): boolean => {
  if (clauseEventTypes(x.claim.text, [type]).length) return true;
  const own = new Set(keyTerms(x.claim.text));
  return triggerTerms(other.claim.text, type).some((t) => own.has(t));
};

/**
 * One act the event stage has no type for, dated to one day by each clause a day apart ("the notice was lifted
 * yesterday" / "was finally lifted on Tuesday, April 14"): the clash the claims stage set them apart by (its
 * untyped act clash), told with the verb they share. [act, day of a, day of b].
 */
const untypedActClashes = (a: Mention, b: Mention): [string, string, string][] => {
  if (!a.oneDay || !b.oneDay || !nearDays(a.oneDay, b.oneDay) || [...a.days.keys()].some((t) => b.days.has(t))) return [];
  const theirs = new Set(actWordsOf(b.claim.text));
  const act = actWordsOf(a.claim.text).find((w) => theirs.has(w));
  return act ? [[`act:${act}`, a.oneDay, b.oneDay]] : [];
};

type Mention = NonNullable<ReturnType<typeof mentionAt>> & { ref: SpanRef; text: string; plain: ClaimMention };

/** The mentions of one side of a claim, with their figures that name a number. */
function sideOf(docs: Lookup, refs: SpanRef[]): Mention[] {
  const out: Mention[] = [];
  for (const ref of refs) {
    const m = mentionAt(docs, ref);
    if (!m) continue;
    const text = docs.get(ref.documentId)!.doc.text;
    out.push({ ...m, ref, text, plain: withoutVague(m.claim, text) });
  }
  return out;
}

const figureTally = (side: Mention[]): Tally =>
  tallyOf(side.flatMap((m) => [...figures(m.plain)].flatMap(([cls, fs]) => fs.map((f): [string, string] => [`${cls} ${f.value}`, m.ref.documentId]))));
const dayTally = (side: Mention[]): Tally =>
  tallyOf(side.flatMap((m) => [...m.days].map(([type, day]): [string, string] => [`${type} ${day}`, m.ref.documentId])));

/** The documents that clash over one day (or a day apart) and the best shown clash of each strength. */
interface DateDispute { days: Set<string>; refs: Set<SpanRef>; shown: Shown | null; untypedShown: Shown | null; weekdayMsg: string }

/**
 * The dispute about these days: one that names any of them (merging those that now meet), else a new one. Clashes
 * about days that never meet are two disputes (a claim told of the crane's fall on the 23rd and of the death on the
 * 31st), each flagged; a day told against two neighbours (the 26th against the 25th and the 27th) is one.
 */
function disputeOn(disputes: DateDispute[], days: string[]): DateDispute {
  const meeting = disputes.filter((d) => days.some((x) => d.days.has(x)));
  const into: DateDispute = meeting[0] ?? { days: new Set(), refs: new Set(), shown: null, untypedShown: null, weekdayMsg: '' };
  if (!meeting.length) disputes.push(into);
  for (const other of meeting.slice(1)) {
    for (const x of other.days) into.days.add(x);
    for (const r of other.refs) into.refs.add(r);
    if (other.shown && better(other.shown, into.shown)) into.shown = other.shown;
    if (other.untypedShown && better(other.untypedShown, into.untypedShown)) into.untypedShown = other.untypedShown;
    into.weekdayMsg ||= other.weekdayMsg;
    disputes.splice(disputes.indexOf(other), 1);
  }
  for (const x of days) into.days.add(x);
  return into;
}

/**
 * Times of day one page tells of two happenings its clauses name apart, with no key term in common ("the warning went
 * out at 6.34pm; the sirens sounded at 6.45pm"): the page shows them to be the times of two things, so one page's time
 * of the one is no rival of another page's time of the other. Keyed "x y" by minutes after midnight.
 */
function clocksOfTwoHappenings(docs: Lookup): Set<string> {
  const out = new Set<string>();
  for (const d of docs.values()) {
    const told = (d.analysis.claims ?? []).flatMap((c) => figures(c).get(CLOCK_CLASS) ?? []).filter((f) => f.of?.length);
    for (const x of told) for (const y of told) {
      if (Math.round(x.value) !== Math.round(y.value) && !x.of!.some((t) => y.of!.includes(t))) out.add(`${Math.round(x.value)} ${Math.round(y.value)}`);
    }
  }
  return out;
}

/** One number flag per class of figure in dispute and one date flag per day in dispute of a contested claim, naming the documents that clash. */
export function claimFlags(claims: Claim[], docs: Lookup): Flag[] {
  const flags: Flag[] = [];
  const twoHappenings = clocksOfTwoHappenings(docs);
  for (const claim of claims) {
    if (claim.status !== 'contested' || !claim.support.length || !claim.conflicts.length) continue;
    // One number flag per class of figure in dispute: a sentence may state two ("seven paintings worth nearly 80 million").
    const num = new Map<string, { refs: Set<SpanRef>; shown: Shown | null }>();
    const disputes: DateDispute[] = [];
    const supportSide = sideOf(docs, claim.support);
    const conflictSide = sideOf(docs, claim.conflicts);
    const [figA, figB, dayA, dayB] = [figureTally(supportSide), figureTally(conflictSide), dayTally(supportSide), dayTally(conflictSide)];
    for (const a of supportSide) for (const b of conflictSide) {
      const twoOutlets = a.outlet !== b.outlet;
      // A running count (the dead, the missing, bodies recovered) grows or shrinks as days pass: pages days apart that
      // tell it as it stands ("Two bodies have been recovered" / a week later "Nine bodies have been recovered") give it
      // as it stood on their day, no dispute. What one incident did ("the crash killed 14") is one figure on any day.
      const pageDays = pagesDaysApart(docs, a.ref.documentId, b.ref.documentId);
      const apartInTime = pageDays > RUNNING_COUNT_SAME_TIME_DAYS
        && (RUNNING_TALLY.test(a.claim.text) || RUNNING_TALLY.test(b.claim.text));
      // "four more bodies" this morning / "six more bodies" on Sunday: what was added on each day, told on other days, is
      // two additions, not one disputed figure.
      const otherDays = pageDays >= 1 || (!!a.oneDay && !!b.oneDay && a.oneDay !== b.oneDay);
      // A day that bounds what is due ("exchange prisoners by Friday", "within a week") is no day it happened on.
      // A day something is expected or set to happen on ("is expected to be lifted tomorrow") is a plan's day: no clash with the
      // day another source says it happened on (two plans' days may clash).
      // A day of an addition ("brought up three more vehicles today") is the day of what was added, no rival of another
      // source's day of the first ones ("lifted the first two vehicles on Wednesday").
      // A count told as it rose ("by morning the number of dead had risen to six") is dated by the day the count changed, no rival
      // of another source's day of what killed them ("the explosion on Thursday killed four").
      const bounded = BOUND_DAY.test(a.claim.text) || BOUND_DAY.test(b.claim.text)
        || PLANNED.test(a.claim.text) !== PLANNED.test(b.claim.text)
        || COUNT_ROSE.test(a.claim.text) !== COUNT_ROSE.test(b.claim.text)
        || a.claim.numbers.some((n) => increment(a, n.value)) || b.claim.numbers.some((n) => increment(b, n.value));
      // A day the clause's own page tells the act on as well is another act of that kind's day (see actAgainOn).
      const days = bounded ? [] : dayClashes(a.days, b.days).filter(([type, x, y]) => !actAgainOn(docs, a, b, type, y) && !actAgainOn(docs, b, a, type, x));
      const weekdayA = bounded ? null : weekdayClash(a, b, (m, type, day) => actAgainOn(docs, m, a, type, day));
      const weekdayB = bounded ? null : weekdayClash(b, a, (m, type, day) => actAgainOn(docs, m, b, type, day));
      // A clause's lone day read against the other side's event is the loosest clash: used only when the pair has no other.
      const untypedDays = bounded || days.length || weekdayA || weekdayB ? [] : untypedDayClashes(a, b);
      const untyped = untypedDays.length || bounded || days.length || weekdayA || weekdayB ? untypedDays : untypedActClashes(a, b);
      const daysDisputed = days.length > 0 || !!weekdayA || !!weekdayB || untyped.length > 0;
      for (const c of numberClashes(a.plain, b.plain)) {
        // Two clock times told on two days the pair disputes ("ended at 11 a.m. on Sunday" / "at 5.30 a.m. on Monday") are
        // two moments, one dispute of when: the date flag shows it, and the hours alone are no rival readings of one clock.
        if (c.cls === CLOCK_CLASS && daysDisputed) continue;
        if (apartInTime && (isTally(c.cls) || DEAD_CLASSES.has(c.cls))) continue;
        if (isTally(c.cls) && (changedFrom(a, docs, c.y) || changedFrom(b, docs, c.x))) continue;
        if (otherDays && increment(a, c.x) && increment(b, c.y)) continue;
        if (notNews(a, docs, c.x) || notNews(b, docs, c.y)) continue;
        if (c.cls === CLOCK_CLASS && (witnessArrival(a, docs, c.x) || witnessArrival(b, docs, c.y))) continue;
        if (c.cls === 'duration' && !sameDelay(a, c.x, b, c.y)) continue;
        if (c.cls === CLOCK_CLASS && twoHappenings.has(`${Math.round(c.x)} ${Math.round(c.y)}`)) continue;
        const cls = num.get(c.cls) ?? { refs: new Set<SpanRef>(), shown: null };
        num.set(c.cls, cls);
        cls.refs.add(a.ref).add(b.ref);
        const shown: Shown = { support: [count(figA, `${c.cls} ${c.x}`), count(figB, `${c.cls} ${c.y}`)], twoOutlets, spread: spread(c), shared: sharedWords(a.claim.text, b.claim.text),
          toldAlike: sharedWords(besideFigure(a, c.x), besideFigure(b, c.y)) >= TOLD_ALIKE_WORDS,
          msg: `Sources disagree on a figure: "${figure(a.claim, a.text, c.x, c.cls)}" (${a.outlet}) vs "${figure(b.claim, b.text, c.y, c.cls)}" (${b.outlet}).` };
        if (better(shown, cls.shown)) cls.shown = shown;
      }
      if (!days.length && (weekdayA || weekdayB)) {
        const date = disputeOn(disputes, [weekdayA ?? weekdayB!]);
        date.refs.add(a.ref).add(b.ref);
        // A weekday against a date is a clash of days, but a looser one than two dates a day apart.
        if (!date.weekdayMsg) date.weekdayMsg = weekdayA ? `Sources disagree on a date: ${weekdayName(a.weekday!)} (${a.outlet}) vs ${weekdayA} (${b.outlet}).`
          : `Sources disagree on a date: ${weekdayB} (${a.outlet}) vs ${weekdayName(b.weekday!)} (${b.outlet}).`;
      }
      for (const [clashes, field] of [[days, 'shown'], [untyped, 'untypedShown']] as const) for (const [type, x, y] of clashes) {
        const date = disputeOn(disputes, [x, y]);
        date.refs.add(a.ref).add(b.ref);
        const shown: Shown = { support: [count(dayA, `${type} ${x}`), count(dayB, `${type} ${y}`)], twoOutlets,
          spread: Math.abs(Date.parse(x) - Date.parse(y)), msg: `Sources disagree on a date: ${x} (${a.outlet}) vs ${y} (${b.outlet}).` };
        if (better(shown, date[field])) date[field] = shown;
      }
    }
    const numbers = [...num.values()].map((n) => ['number', n.refs, n.shown?.msg ?? ''] as const);
    const dates = disputes.map((d) => ['date', d.refs, d.shown?.msg ?? d.untypedShown?.msg ?? d.weekdayMsg] as const);
    for (const [kind, refs, msg] of [...numbers, ...dates]) {
      if (!refs.size) continue;
      const evidence = [...refs];
      flags.push({ kind, documentIds: [...new Set(evidence.map((r) => r.documentId))].sort(), evidence, message: msg });
    }
  }
  return flags;
}

/** A clause opened by rejecting what it names ("not on Tuesday night", "and not on Monday"). */
const REJECTING_CLAUSE = /^\W*(?:(?:and|but)\s+)?not\b/i;

/**
 * The days a clause's sentence tells its act again of others, in a clause with no verb of its own after it ("has
 * arrested on Monday the owner of the still, and this Tuesday two of his drivers").
 */
function elidedDays(d: AnalysedDocument, m: Mention): Set<string> {
  const sentence = sentenceOf(d.analysis, m.claim);
  const out = new Set<string>();
  for (const c of d.analysis.claims) {
    if (c.start < m.claim.end || c.end > sentence.end || actWordsOf(c.text).length || eventDays(d.analysis, c).size) continue;
    // "places the collision soon after midnight, on Friday, | not on Thursday evening as the operator said": a clause opened by
    // "not" rejects its day for the act just told, it tells no second act on it.
    if (REJECTING_CLAUSE.test(c.text)) continue;
    const day = oneStatedDay(d.analysis, c);
    if (day) out.add(day);
  }
  return out;
}

/**
 * The clause's page itself tells an act of `type` on `day` (an event of its own so dated, or a verbless clause of the
 * clause's sentence: see elidedDays): the page tells two such acts ("Police also held two couriers … on
 * Tuesday morning" / "The warehouse owner … was detained on Monday"), so another page's act of the kind on `day` is the
 * other one, not a rival day of the clause's.
 */
function actAgainOn(docs: Lookup, m: Mention, other: Mention, type: string, day: string): boolean {
  const d = docs.get(m.ref.documentId);
  if (!d) return false;
  if (elidedDays(d, m).has(day)) return true;
  // Two clauses of one page on two days of the act are the page's own dispute ("the grid operator says … Friday" /
  // "my outage log shows … Saturday"), never two acts.
  if (m.ref.documentId === other.ref.documentId) return false;
  // The page's act of that day must be its own news, not someone's word (a page that tells "the grid operator says the
  // last homes came back on Friday" beside its own log's Saturday is itself telling the dispute), and the other clause's by
  // a word the clause itself lacks ("two couriers" against "The warehouse owner … was detained").
  const own = new Set(keyTerms(m.claim.text));
  const theirs = keyTerms(other.claim.text).filter((t) => !own.has(t));
  return d.analysis.events.some((e) => e.type === type && !e.background && e.date?.value === day && e.evidence.some((sp) => {
    const said = d.doc.text.slice(sp.start, sp.end);
    const told = new Set(keyTerms(said));
    return !TOLD_AS_WORD.test(said) && theirs.some((t) => told.has(t));
  }));
}

/** The sentence (of the analysis' sentence split) holding a claim, or the claim itself when none holds it whole. */
function sentenceOf(analysis: AnalysedDocument['analysis'], c: ClaimMention): { start: number; end: number } {
  return spanAround(analysis.sentences, c) ?? c;
}

const folded = (s: string): string => ` ${s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/** The outlets (as the corpus names them) a sentence credits what it says to: "according to the broadcaster RHV", "told Orbis", ", reported the Ledger". */
function creditedOutlets(sentence: string, outlets: string[]): string[] {
  const names = [RELAY, RELAY_DESCRIBED, RELAY_AFTER].flatMap((p) => [...sentence.matchAll(p)].map((m) => folded(m[1]!)));
  return outlets.filter((o) => names.some((n) => n.trim().length >= 3 && folded(o).includes(n)));
}

/** Each figure class ("person:dead", "licence") → the values stated for it anywhere in the corpus, with their outlet (else document). */
function figureOutlets(docs: Lookup): Map<string, { value: number; lo: number; hi: number; outlet: string; doc: string; text: string }[]> {
  const out = new Map<string, { value: number; lo: number; hi: number; outlet: string; doc: string; text: string }[]>();
  for (const { doc, analysis } of docs.values()) {
    for (const c of analysis.claims ?? []) for (const [cls, fs] of figures(c)) {
      const list = out.get(cls) ?? [];
      for (const f of fs) list.push({ value: f.value, lo: f.lo, hi: f.hi, outlet: doc.outlet ?? doc.id, doc: doc.id, text: c.text });
      out.set(cls, list);
    }
  }
  return out;
}

/** The class a claim's figures() puts number `n` in ("killing at least 25 people" → "person:dead"). */
function classOf(c: ClaimMention, n: ClaimMention['numbers'][number]): string {
  const { cls, factor } = unitClass(n.unit);
  for (const [k, fs] of figures(c)) if (fs.some((f) => f.value === n.value * factor) && (k === cls || k.startsWith('person:'))) return k;
  return cls;
}

/**
 * A figure about casualties, forces or money that only one source gives. A figure other outlets
 * state too, in words the claims did not align ("the organisers said more than 5,000 people had
 * come" / "put Monday's crowd at 5,000"; "the toll has risen to 25" / "killing at least 25 people"),
 * or nearly the same figure another outlet gives (231 aboard / 230: a dispute, not one source), is not single-source;
 * nor is a figure that describes what something is ("employs 600 people"): it is background, of no consequence.
 */
export function singleSourceFlags(claims: Claim[], docs: Lookup): Flag[] {
  const flags: Flag[] = [];
  const stated = figureOutlets(docs);
  for (const claim of claims) {
    if (claim.status !== 'single-source' || claim.support.length !== 1) continue;
    const a = mentionAt(docs, claim.support[0]!);
    const n = a?.claim.numbers.find((x) => CONSEQUENTIAL_UNITS.has(x.unit) && x.value >= 1);
    if (!a || !n) continue;
    // "employs about 600 people", "home to 90,000 people": what something is, background, not a figure of the news.
    if (STANDING_FIGURE_BEFORE.test(a.claim.text.slice(0, n.start - a.claim.start))) continue;
    const value = n.value * unitClass(n.unit).factor;
    const cls = classOf(a.claim, n);
    // "two of them seriously": a part of a count told just before stands or falls with that count.
    if ([...figures(a.claim)].some(([k, fs]) => k.endsWith(PART_SUFFIX) && fs.some((f) => f.value === value))) continue;
    // A running tally is an exact count: 28 dead is not 29. A round bound another outlet gives it ("more than 20 were
    // injured" / "21 were injured") allows it: the same count, told round.
    const near = (x: number): boolean => (isTally(cls) ? x === value : Math.abs(x - value) <= SAME_FIGURE_TOLERANCE * Math.max(x, value));
    // A bound holds the figure when the figure lies inside it; it allows it when it is also told round near it. "More than
    // 5 were injured" beside "21 were injured" holds 21 without allowing it: it neither rounds nor disputes the figure.
    const holds = (x: { lo: number; hi: number }): boolean => x.lo !== x.hi && x.lo <= value && value <= x.hi;
    const allows = (x: { value: number; lo: number; hi: number }): boolean => holds(x) && Math.abs(x.value - value) <= BOUND_ROUNDING * value;
    // A bound the figure is told as allows the figures inside it ("more than two and a half thousand people" / "2,640
    // passengers"), as a round bound of another outlet allows the figure.
    const own = figures(a.claim).get(cls)?.find((f) => f.value === value);
    const ownAllows = (x: { value: number }): boolean => !!own && own.lo !== own.hi && own.lo <= x.value && x.value <= own.hi
      && Math.abs(x.value - value) <= BOUND_ROUNDING * x.value;
    // People counted in general ("21 were taken to hospital", "2,500 people are sleeping on the ship") are whatever
    // people the other outlets count there ("more than 20 were injured", "2,640 passengers"), as the claims stage
    // reads such a figure for whatever else a claim counts.
    const alike = PERSON_UNITS.has(cls)
      ? [...stated].filter(([k]) => isPersonClass(k) || TRAVELLER_UNITS.has(k)).flatMap(([, xs]) => xs)
      : stated.get(cls) ?? [];
    const outlets = new Set(alike.filter((x) => near(x.value) || allows(x) || ownAllows(x)).map((x) => x.outlet));
    if (outlets.size > 1) continue;
    // "Nine people were hurt when a coach slid on ice at Gurnard Bend" / "a coach slid into the queue at Gurnard Bend and
    // twelve people were hurt": another outlet counting the same thing (its clause tells of it in the same words) another
    // way makes the figure one side of a dispute, not one source's word.
    // A running tally told as it stands ("rose to 28", "two are still missing") differs from day to day: no dispute.
    if (!RUNNING_TALLY.test(a.claim.text) && (stated.get(cls) ?? []).some((x) => x.doc !== claim.support[0]!.documentId && x.outlet !== a.outlet
      && !near(x.value) && !holds(x) && !RUNNING_TALLY.test(x.text) && sharedWords(x.text, a.claim.text) >= DISPUTE_SHARED_WORDS)) continue;
    // "12 were still unaccounted for" / another outlet's page of the same days: "nine people are missing". A count of
    // one kind of harm (the injured, the missing) that another outlet gives otherwise at about the same time is one side
    // of a dispute however either clause words it; only pages days apart may tell a running count as it stood then.
    if (cls.includes(':') && !cls.includes('/') && (stated.get(cls) ?? []).some((x) => x.outlet !== a.outlet && !near(x.value) && !holds(x)
      && pagesDaysApart(docs, x.doc, claim.support[0]!.documentId) <= RUNNING_COUNT_SAME_TIME_DAYS)) continue;
    const doc = docs.get(claim.support[0]!.documentId)!;
    const sentence = sentenceOf(doc.analysis, a.claim);
    // "according to two people who were present" counts the page's sources; "in 1987, when 41 people drowned" tells of
    // an earlier incident, for background: neither is a figure of the news.
    const lead = doc.doc.text.slice(sentence.start, n.start);
    const tail = doc.doc.text.slice(n.end, n.end + SOURCES_AFTER_WINDOW_CHARS);
    if (SOURCES_FIGURE_BEFORE.test(lead) || SOURCES_FIGURE_AFTER.test(tail) || EARLIER_INCIDENT_BEFORE.test(lead)) continue;
    // "Seventeen people are missing …, according to the broadcaster RHV": a figure a page credits to another outlet is
    // that outlet's report; when the outlet's own pages give another figure for it, the figure is in dispute, not one source's.
    const others = (stated.get(cls) ?? []).filter((x) => x.outlet !== a.outlet);
    const credited = creditedOutlets(doc.doc.text.slice(sentence.start, sentence.end), [...new Set(others.map((x) => x.outlet))]);
    if (others.some((x) => credited.includes(x.outlet))) continue;
    // "Six bodies have been recovered, five people remain missing": the missing counted then are the dead found and
    // those still missing, the count other outlets give of the missing.
    if (cls === MISSING_CLASS) {
      const found = doc.analysis.claims.filter((c) => c.start < sentence.end && c.end > sentence.start)
        .flatMap((c) => [...figures(c)].filter(([k]) => DEAD_CLASSES.has(k)).flatMap(([, fs]) => fs.map((f) => f.value)));
      if (found.some((w) => others.some((x) => x.value === value + w))) continue;
    }
    flags.push({ kind: 'single-source', documentIds: [claim.support[0]!.documentId], evidence: claim.support,
      message: `Only ${a.outlet} reports this figure: "${a.claim.text.slice(0, 120)}"` });
  }
  return flags;
}
