/** Where two sources disagree: a figure for the same thing, or the day of the same event. */
import { CLOCK_CLASS, DWELLER_UNITS, MARKET_MOVE, MAX_CONFLICT_RATIO, NEWS_WINDOW_DAYS, NO_DAY_CONFLICT_TYPES, PERSON_UNITS, GENERIC_UNITS, SHARE_SUFFIX, WHOLE_SUFFIX } from './constants.ts';
import type { ClaimItem } from './_features.ts';
import { AGREED_VALUE, COUNT_SO_FAR, SINCE_DAY } from './patterns.ts';
import { clauseEventTypes, keyTerms } from '../../analyse/claims/index.ts';
import { clockApart, clockNearby, sameHappening, sentAndArrived, toldBefore, sameQuestion, isPersonClass, isShare, isTally, rangesApart, roundedApart, sameClock, sameSizedThing, sameValue, statedFigures, type Figure } from './_figures.ts';
import { daysApart, oneDay, tallyDaysApart, untypedDay, withinConflictDays, wordedTypes } from './_days.ts';
import { ACT_PREFIX, actWords, sharedUntypedAct, soleStatedDay } from './_acts.ts';


// A length with no end set ("closed indefinitely", see withOpenEnded) is of the order of any length told of the same thing.
const comparable = (a: number, b: number): boolean => a > 0 && b > 0 && (Math.max(a, b) / Math.min(a, b) <= MAX_CONFLICT_RATIO || (a === Infinity) !== (b === Infinity));

export interface Conflict { kind: 'number' | 'date'; unit: string }

/** Why a and b disagree, or null when they don't. Same source never conflicts with itself. */
/**
 * Two speakers one source sets against each other ("the commission says ... 412"; "its observers
 * counted 188"), in one document or in the copies of one report.
 */
export const rivalSpeakers = (a: ClaimItem, b: ClaimItem): boolean =>
  (a.documentId === b.documentId ? a.claim.start !== b.claim.start : a.source === b.source) && !!a.agent && !!b.agent && a.agent !== b.agent;

/** Two times further apart than the news window ("2017" and "2025-12-14"); unknown times are not. */
function monthsApart(a: string | null, b: string | null): boolean {
  if (!a || !b || a.startsWith(b) || b.startsWith(a)) return false;
  return Math.abs(Date.parse(a) - Date.parse(b)) > NEWS_WINDOW_DAYS * 86_400_000;
}

/** `x` tells its count as it stands so far, and `y`, on a later page, counts more: the count grew between the pages. */
function grewTo(x: ClaimItem, fx: Figure[], y: ClaimItem, fy: Figure[]): boolean {
  if (!COUNT_SO_FAR.test(x.claim.text) || !x.published || !y.published || x.published >= y.published) return false;
  return Math.max(...fx.map((f) => f.value)) < Math.min(...fy.map((f) => f.value));
}

export function conflictBetween(a: ClaimItem, b: ClaimItem): Conflict | null {
  if (a.source === b.source && !rivalSpeakers(a, b)) return null;
  // What one side offers and what the other asks for are two figures of a bargain, not one disputed figure.
  const bargain = !!a.stance && !!b.stance && a.stance !== b.stance;
  // A figure of a time long before the news counts another occasion ("in 2017, when a recount reversed a
  // 40-vote result" / "a lead of 212 votes"); a report months later retelling the incident of the news
  // with its date ("on November 20 ... the number injured at 16") still tells the same time.
  // A contract's or deal's value is fixed when it is agreed: told months apart ("signed a 90 million contract in
  // May" / "the contract, worth 120 million, is on hold"), its two sums are still one sum disputed.
  // So is the size of a thing set up, named alike by both ("a compensation fund of 3 million" / "a 2.5 million compensation
  // fund"): it is set when the thing is, unless a clause tells it changed.
  const agreedValue = (AGREED_VALUE.test(a.claim.text) && AGREED_VALUE.test(b.claim.text)) || sameSizedThing(a.figures, b.figures);
  const otherTimes = (a.background || b.background) && monthsApart(a.asOf, b.asOf) && !agreedValue;
  // A preliminary count and the final one are both true at their times ("the preliminary count put her
  // 212 ahead" / "the recount confirmed her victory by 97").
  const otherCounts = !!a.stage && !!b.stage && a.stage !== b.stage;
  // A share price moves on every trading day: its moves told for other days ("rose 2.1 percent" in a
  // report of the 24th / "dropped 4 percent on Thursday") are two moves, not one disputed figure.
  const otherMoves = a.eventTypes.includes(MARKET_MOVE) && b.eventTypes.includes(MARKET_MOVE) && daysApart(a, b);
  for (const [cls, told] of bargain || otherTimes || otherCounts || otherMoves ? [] : a.figures) {
    // The count of those an aim is for, taken as known (see Figure.aimed: "a bid to reach the eight miners"), is not what
    // its clause asserts: another count of them disputes the clause that asserts one, not the attempt.
    const fa = statedFigures(told).filter((f) => !f.aimed);
    const fb = statedFigures(b.figures.get(cls) ?? []).filter((f) => !f.aimed);
    if (!fa.length || !fb.length) continue;
    // Shares of one whole belong to whoever holds them ("the Greens hold 14 of the 90 seats" / "the alliance 51"),
    // unless both clauses give the same holder a share of the same whole ("the virus was found in 11 of the 14
    // samples" / "the virus turned up in 9 of the 14 samples").
    if (!fb || (isShare(cls) && !sameHolderOfWhole(a, b, cls))) continue;
    // A running tally differs from day to day ("23 dead on Wednesday", "27 on Thursday").
    if (isTally(cls) && tallyDaysApart(a, b, cls)) continue;
    // A count told as it stands ("has flown 1,140 of its citizens out since Tuesday", "so far") and a higher one a
    // later page gives ("the ministry's figure is 1,412") are the count as it grew, not two figures for one time.
    if (!isTally(cls) && (grewTo(a, fa, b, fb) || grewTo(b, fb, a, fa))) continue;
    // Times of day are minutes apart, not a ratio: two reports of one happening's time that are more than a
    // minute or two apart (an approximate one by more than its slack) dispute it ("reached the scene at 1.58am" /
    // "reached the capsized vessel at 2.05am"), however far apart ("the alarm was raised at 2.05am" / "the alarm was
    // not raised until the 5:40 a.m. head count"). Within an hour, clauses may word one happening apart and still
    // dispute it; further apart, times of two happenings ("capsized at about 12.20am" / "the first boat reached the
    // capsized vessel at 2.05am"), or of days the clauses tell apart, dispute nothing.
    // A time told as before a happening ("at 4.10 a.m., before the breach") is no rival of that happening's time,
    // nor is a thing's sending of its arrival (see sentAndArrived).
    if (cls === CLOCK_CLASS) {
      const [da, db] = [soleStatedDay(a), soleStatedDay(b)];
      if (da && db && da !== db) continue;
      if (!fa.some((x) => fb.some((y) => !clockApart(x, y))) && fa.some((x) => fb.some((y) => !toldBefore(x, y) && !sentAndArrived(x, y) && (clockNearby(x, y) || sameHappening(x, y))))) return { kind: 'number', unit: cls };
      continue;
    }
    // Disagree only when neither side states a figure the other allows (a rebuttal quotes both;
    // "more than 300" allows 340), and the figures are of one order ("eight months of
    // preparatory talks" is not "three hours").
    // A tally is an exact count: 28 dead is not 29.
    const same = (x: number, y: number): boolean => (isTally(cls) ? x === y : sameValue(x, y));
    const agree = fa.some((x) => fb.some((y) => same(x.value, y.value) || !rangesApart(x, y)));
    // Things that different things happened to are counted apart ("11 ships diverted" / "40 ships waiting at anchor").
    // So are things counted in two places ("38 branches in one country" / "three branches in another").
    // And what a thing has not yet happened to is the remainder ("searched 600 houses" / "40 houses had not yet been searched").
    if (!agree && fa.some((x) => fb.some((y) => comparable(x.value, y.value) && sameQuestion(x, y)))) return { kind: 'number', unit: cls };
  }
  // The same event on days a day or two apart is a disagreement; further apart it is another event.
  for (const [type, da] of a.eventDays) {
    if (NO_DAY_CONFLICT_TYPES.has(type) || otherActs(a, b, type) || otherDoers(a, b, type) || otherPosts(a, b)) continue;
    const db = b.eventDays.get(type);
    if (db && da !== db && withinConflictDays(da, db) && !eitherInStretch(a, b, da, db)) return { kind: 'date', unit: type };
  }
  return weekdayClash(a, b) ?? weekdayClash(b, a) ?? untypedDayClash(a, b) ?? untypedDayClash(b, a) ?? untypedActClash(a, b);
}

/**
 * Two clauses that each date one act the event stage has no type for, told with the same verb, to
 * days a day apart ("the notice was lifted yesterday" / "was finally lifted on Tuesday, April 14"):
 * the same act on another day.
 */
function untypedActClash(a: ClaimItem, b: ClaimItem): Conflict | null {
  const act = sharedUntypedAct(a, b);
  if (!act) return null;
  const [da, db] = [soleStatedDay(a)!, soleStatedDay(b)!];
  return da !== db && withinConflictDays(da, db) && !eitherInStretch(a, b, da, db) ? { kind: 'date', unit: `${ACT_PREFIX}${act}` } : null;
}

/**
 * `x` tells its act as going on since `day` ("had smelled gas in the stairwell since Sunday"): the act lasts from that
 * day to `x`'s report, so another clause's later day of it up to then ("my wife smelled it on Monday") falls inside the
 * stretch and disputes nothing.
 */
function inStretch(x: ClaimItem, day: string, other: string): boolean {
  // Only a clause whose one date is that start: "arrested two men this morning over the fire burning since Tuesday"
  // dates the arrest, not a stretch of it.
  return SINCE_DAY.test(x.claim.text) && x.stated.length === 1 && other > day && (!x.published || other <= x.published);
}

/** Either clause's day falls inside the stretch the other tells its act over (see inStretch). */
const eitherInStretch = (a: ClaimItem, b: ClaimItem, da: string, db: string): boolean => inStretch(a, da, db) || inStretch(b, db, da);

/**
 * Both clauses count a share of the same whole (the same figure of it) and name the same holder first:
 * the first key term before the share's figure ("the virus was found in 11 of the 14" / "the virus
 * turned up in 9 of the 14").
 */
function sameHolderOfWhole(a: ClaimItem, b: ClaimItem, shareCls: string): boolean {
  const whole = `${shareCls.slice(0, -SHARE_SUFFIX.length)}${WHOLE_SUFFIX}`;
  const wa = a.numbers.get(whole) ?? [];
  if (!wa.length || !(b.numbers.get(whole) ?? []).some((v) => wa.includes(v))) return false;
  const ha = holderOf(a);
  return ha !== null && ha === holderOf(b);
}

/** The first key term (in text order) of a clause before its first figure, or null. */
function holderOf(m: ClaimItem): string | null {
  const first = Math.min(...m.claim.numbers.map((n) => n.start));
  if (!Number.isFinite(first)) return null;
  for (const word of m.claim.text.slice(0, first - m.claim.start).split(/\s+/)) {
    const term = keyTerms(word)[0];
    if (term) return term;
  }
  return null;
}

/**
 * Each clause also tells an act the other does not, besides the type they share ("signed the truce
 * on Saturday" / "the truce took effect on Sunday": both about the truce, a signing and a start):
 * their days for the shared type are the days of two acts.
 */
function otherActs(a: ClaimItem, b: ClaimItem, shared: string): boolean {
  const own = (x: ClaimItem, y: ClaimItem): boolean => x.eventTypes.some((t) => t !== shared && !y.eventTypes.includes(t));
  return own(a, b) && own(b, a);
}

/** What ends the noun phrase a clause opens with before its verb: a comma or a preposition ("The line | through Pirnhall"). */
const SUBJECT_END = /,|\s-\s|\b(?:of|from|in|at|on|to|through|near|outside|between|with|by|for|under|across|which|that|who)\b/i;
/** What follows a verb used without an object: a preposition, a time word, punctuation or the end ("reopened on Monday"). */
const NO_OBJECT_AFTER = /^\s*(?:[.,;:!?)]|$|(?:on|at|in|by|after|before|from|until|since|for|with|yesterday|today|tonight|last|this|early|late|again|shortly|just|once|overnight)\b)/i;

/**
 * The head of the noun phrase a clause opens with when it does `type`'s act with no object after the verb ("Pirnhall
 * Grammar School, shut since the flood, reopened on Monday" → school; "2025-03-04 - ferry line reopened" → line), or
 * null (the act told by a noun, or a verb with an object, whose subject may be the doer as well as the thing).
 */
function actSubject(m: ClaimItem, type: string): string | null {
  // Asked once per pair of clauses: kept per clause and type (the words are read with keyTerms, which is not cheap).
  let byType = actSubjects.get(m);
  if (!byType) actSubjects.set(m, byType = new Map());
  if (!byType.has(type)) byType.set(type, readActSubject(m, type));
  return byType.get(type)!;
}

const actSubjects = new WeakMap<ClaimItem, Map<string, string | null>>();

function readActSubject(m: ClaimItem, type: string): string | null {
  const trig = m.triggers.get(type);
  if (!trig?.size) return null;
  const text = m.claim.text.replace(/^\d{4}-\d\d-\d\d\s+-\s+/, '');
  for (const w of text.matchAll(/[\p{L}][\p{L}'-]*/gu)) {
    if (!trig.has(keyTerms(w[0])[0] ?? '')) continue;
    if (!NO_OBJECT_AFTER.test(text.slice(w.index! + w[0].length))) return null;
    const phrase = text.slice(0, w.index).split(SUBJECT_END)[0]!.replace(/\b(?:was|were|has|have|had|been|is|are)\s*$/i, '');
    return phrase.split(/\s+/).flatMap((x) => keyTerms(x)).at(-1) ?? null;
  }
  return null;
}

/**
 * Both clauses tell `type`'s act of a thing each names as its subject, and neither names the other's thing ("the school
 * reopened on Monday" / "the line through Pirnhall reopened on Tuesday"): the acts of two things, not one act's day disputed.
 */
function otherDoers(a: ClaimItem, b: ClaimItem, type: string): boolean {
  const [sa, sb] = [actSubject(a, type), actSubject(b, type)];
  return !!sa && !!sb && sa !== sb && !a.terms.has(sb) && !b.terms.has(sa);
}

/**
 * Each clause names someone by a post, and no post of one is the other's ("detained the owner of the club" / "held the
 * manager on Sunday"): two people, each with an act of its own day, not one act told on two days.
 */
function otherPosts(a: ClaimItem, b: ClaimItem): boolean {
  const [pa, pb] = [postsOf(a.claim.text), postsOf(b.claim.text)];
  return pa.size > 0 && pb.size > 0 && ![...pa].some((p) => pb.has(p));
}
const postsOf = (text: string): Set<string> => new Set([...text.matchAll(POST_NOUN)].map((m) => m[1]!.toLowerCase()));
/** Posts that name one person of an organisation ("the owner", "its manager", "the club's director"). */
const POST_NOUN = /\b(owner|manager|director|chairman|chairwoman|chief|captain|driver|pilot|headteacher|principal|treasurer|secretary|accountant|landlord|foreman|supervisor|mayor|governor|minister)s?\b/gi;

/**
 * A clause the event stage typed nothing in, dated a day away from another source's day of an event
 * it words too: the same event on another day.
 */
function untypedDayClash(a: ClaimItem, b: ClaimItem): Conflict | null {
  const untyped = untypedDay(a);
  // A clause typed otherwise that words b's act with b's trigger words ("on Monday charged the
  // captain with manslaughter" / "was charged with manslaughter on Sunday") dates that act too.
  const day = untyped ?? oneDay(a);
  if (!day) return null;
  for (const [type, db] of b.eventDays) {
    // ... and only when the clause words that event as b does ("recalled" for a recall).
    if (NO_DAY_CONFLICT_TYPES.has(type) || db === day || !((untyped && clauseEventTypes(a.claim.text, [type]).length) || wordedTypes(a, b).includes(type))) continue;
    if (withinConflictDays(day, db)) return { kind: 'date', unit: type };
  }
  return null;
}

/**
 * A clause that names only a weekday ("recalled ... on Tuesday" in an undated text) against another
 * source's day for that kind of event falling on another weekday: the same event, another day.
 */
function weekdayClash(a: ClaimItem, b: ClaimItem): Conflict | null {
  if (a.weekday === null) return null;
  for (const [type, db] of b.eventDays) {
    if (NO_DAY_CONFLICT_TYPES.has(type) || (a.eventTypes.length && !a.eventTypes.includes(type))) continue;
    if (new Date(db).getUTCDay() !== a.weekday) return { kind: 'date', unit: type };
  }
  return null;
}

/** Each member's figures (by unit class) and event days (by type) that some other member clashes with. */
function disputedKeys(members: ClaimItem[]): { kinds: Set<string>; keys: Set<string> } {
  const kinds = new Set<string>();
  const keys = new Set<string>();
  const seen = new Set<string>();
  for (const a of members) {
    const sig = signature(a);
    if (seen.has(sig)) continue;
    seen.add(sig);
    for (const b of members) {
      const c = conflictBetween(a, b);
      if (c) { kinds.add(c.kind); keys.add(`${c.kind}:${c.unit}`); }
    }
  }
  return { kinds, keys };
}

/** What decides conflicts: members with the same signature agree with each other and clash alike. */
const signature = (x: ClaimItem): string => JSON.stringify([x.source, [...x.numbers].sort(), [...x.eventDays].sort()]);

/**
 * A member of the claim whose only figures count people in general ("120,000 people were
 * stranded") states them for whatever else the claim counts (120,000 passengers, 340 residents), never for
 * people something happened to ("14 were detained" is not a count of the crowd).
 */
function peopleOnly(m: ClaimItem): number[] {
  const classes = [...m.numbers.keys()];
  return classes.length && classes.every((c) => PERSON_UNITS.has(c)) ? classes.flatMap((c) => m.numbers.get(c)!) : [];
}

/** What a member states for one disputed key: its figures of that unit class, or its day of that event type. */
function stated(m: ClaimItem, key: string, members: ClaimItem[]): number[] {
  const [kind, unit] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (kind === 'number') return (m.figures.has(unit) ? statedFigures(m.figures.get(unit)!).map((f) => f.value) : undefined) ?? ((isPersonClass(unit) && !DWELLER_UNITS.has(unit)) || GENERIC_UNITS.has(unit) ? [] : peopleOnly(m));
  // An untyped act's day is the one day of each member that tells it with that verb.
  if (unit.startsWith(ACT_PREFIX)) { const own = soleStatedDay(m); return own && actWords(m).includes(unit.slice(ACT_PREFIX.length)) ? [Date.parse(own)] : []; }
  // A member that words the act with another member's trigger words gives its one day for it. A clause the event
  // stage typed nothing in gives its day only for an act it words ("two of them were still leaking on Wednesday" dates
  // the leak, not the derailment the cluster also disputes), as untypedDayClash reads it.
  const untyped = untypedDay(m) !== null && clauseEventTypes(m.claim.text, [unit]).length ? untypedDay(m) : null;
  const d = m.eventDays.get(unit) ?? untyped ?? (members.some((o) => o !== m && wordedTypes(m, o).includes(unit)) ? oneDay(m) : null);
  if (d) return [Date.parse(d)];
  // A weekday with no date is a day of its own, never equal to a dated one.
  return m.weekday !== null && (!m.eventTypes.length || m.eventTypes.includes(unit)) ? [-1 - m.weekday] : [];
}

/**
 * The member states `v` for a disputed figure only as a bound: a floor ("at least 31", "more than 3,000") or a
 * ceiling ("less than 200 metres", "at most 40"), which says as little of the figure. A limit ("up to 100,000 per
 * saver") tells its upper end exactly.
 */
function openBound(m: ClaimItem, key: string, v: number): boolean {
  if (!key.startsWith('number:')) return false;
  const fs = (m.figures.get(key.slice('number:'.length)) ?? []).filter((f) => f.value === v);
  return fs.length > 0 && fs.every((f) => f.hi === Infinity || (f.lo === 0 && f.hi === v && v > 0 && !f.limit));
}

/**
 * The member tells its figure for a disputed key as a correction of another ("at 6.47, not 6.52"): a rebuttal is a
 * side of the dispute, the figure it rejects the one it disputes, so it speaks as an interested party does.
 */
function rebuts(m: ClaimItem, key: string): boolean {
  return key.startsWith('number:') && (m.figures.get(key.slice('number:'.length)) ?? []).some((f) => f.rejects !== undefined);
}

/** Where a member stands in the coverage: publication day, then document, then place in the text. */
const firstKey = (m: ClaimItem): string => `${m.published ?? '\uffff'}|${m.documentId}|${String(m.claim.start).padStart(9, '0')}`;

/**
 * Split a cluster into support and conflicts: for each disputed figure or day, the value most
 * independent sources state as fact or an authority's word (then most sources, most members, the
 * earliest report) is the claim; members that state only other values are the conflicts. A rebuttal that names both values stays with the claim.
 */
export function sides(members: ClaimItem[]): { support: ClaimItem[]; conflicts: ClaimItem[]; kinds: Set<string> } {
  const { kinds, keys } = disputedKeys(members);
  if (!kinds.size) return { support: members, conflicts: [], kinds };
  const odd = new Set<ClaimItem>();
  for (const key of [...keys].sort()) {
    const tally = new Map<number, { sources: Set<string>; plain: Set<string>; point: boolean; first: string }>();
    for (const m of members) {
      for (const v of new Set(stated(m, key, members))) {
        const t = tally.get(v) ?? { sources: new Set<string>(), plain: new Set<string>(), point: false, first: '\uffff' };
        t.sources.add(m.source);
        if (!m.partisan && !rebuts(m, key)) t.plain.add(m.source);
        if (!openBound(m, key, v)) t.point = true;
        const at = firstKey(m);
        if (at < t.first) t.first = at;
        tally.set(v, t);
      }
    }
    // An interested party's figure ("the unions say 120,000") or a rebuttal's ("6.47, not 6.52") is the dispute, the figure given as fact
    // or by an authority the claim; then the most sources; then a figure told as a number before one told
    // only as a bound ("rose to 23" / "at least 31", "less than 200"), which says less; then the earliest report. A source
    // that states its day or figure twice (a blog's account and its timeline line) or in copies is still one source.
    const best = [...tally].sort((a, b) => b[1].plain.size - a[1].plain.size || b[1].sources.size - a[1].sources.size
      || Number(b[1].point) - Number(a[1].point) || a[1].first.localeCompare(b[1].first))[0]![0];
    // Days are the same day or not (a tolerance on epoch milliseconds would span years).
    const near = (x: number): boolean => (key.startsWith('date:') ? x === best
      : key === `number:${CLOCK_CLASS}` ? sameClock(x, best) : sameValue(x, best));
    // A member whose bound or approximation allows the claim's figure agrees with it ("more than 300" / 340).
    // A limit allows only itself when the claim's figure is told as a limit too ("up to 150,000" / "up to 100,000").
    const figs = (m: ClaimItem): Figure[] => statedFigures(m.figures.get(key.slice('number:'.length)) ?? []);
    const bestIsLimit = members.some((m) => figs(m).some((f) => f.limit && sameValue(f.hi, best)));
    // An estimate allows the claim's figure only when that figure, if an estimate too, rounds alike ("about 840" / "about 900" do not).
    const bestFigure = members.flatMap(figs).find((f) => f.value === best && f.approx);
    const allows = (m: ClaimItem): boolean => key.startsWith('number:')
      && figs(m).some((f) => f.lo <= best && best <= f.hi && (!f.limit || !bestIsLimit || sameValue(f.hi, best)) && !(bestFigure && roundedApart(f, bestFigure)));
    // A time of day more than an hour from the claim's, told of another happening, is the time of another moment the
    // claim tells ("the pumps stopped at 4.10 a.m." / "partial supply came back at 10.20 a.m."): no rival time, as
    // conflictBetween reads two times of day.
    const bestClocks = key === `number:${CLOCK_CLASS}` ? members.flatMap(figs).filter((f) => sameClock(f.value, best)) : [];
    const rivalsClock = (m: ClaimItem): boolean => !bestClocks.length
      || figs(m).some((f) => bestClocks.some((b) => !toldBefore(f, b) && !sentAndArrived(f, b) && (clockNearby(f, b) || sameHappening(f, b))));
    for (const m of members) {
      const vs = stated(m, key, members);
      if (vs.length && !vs.some(near) && !allows(m) && rivalsClock(m)) odd.add(m);
    }
  }
  // Copies of one report tell one clause word for word: a copy whose page date reads the clause's relative day ("the
  // morning after the collapse") a day off states no rival of its own original, so it stands where that copy stands.
  for (const m of [...odd]) if (members.some((n) => !odd.has(n) && n.source === m.source && n.claim.text === m.claim.text)) odd.delete(m);
  if (!odd.size || odd.size === members.length) return { support: members, conflicts: [], kinds: new Set() };
  return { support: members.filter((m) => !odd.has(m)), conflicts: members.filter((m) => odd.has(m)), kinds };
}
