/** Group claims that state the same thing. */
import { ANSWER_GAP_CHARS, CLOCK_CLASS, DAY_VALUE_LENGTH, ALIGN_MIN, ALIGN_MIN_CROSS_STORY, CONFLICT_ALIGN_MIN, DEAD_COUNT_UNITS, FOLLOW_UP_MAX_RATIO, GENERIC_UNITS, W_ANSWERED, W_EVENT, W_REJECTED, W_SAME_DAY, W_SAME_UNIT, INDEX_TERMS, MAX_CONFLICT_CANDIDATES, MEAN_SAMPLE } from './constants.ts';
import { crossStoryOk, foldTerms, idf, likeness, similarity, type Weights } from './_similarity.ts';
import { planAndDeed, samePageWeek, sameTollTold, tallyApartOnDays, tallyApart, withinConflictDays } from './_days.ts';
import type { ClaimItem } from './_features.ts';
import { conflictBetween, rivalSpeakers } from './_conflicts.ts';
import { bothTotals, sameSizedThing, isFixed, isSpecificThing, isTally, rangesApart } from './_figures.ts';
import { absorbAgreeing, mergeAlike } from './_merge-alike.ts';
import { contrastIndex } from './_contrast.ts';
import { lineDayClash, mainAct, ownDayActs, witnessAct } from './_line-clash.ts';
import { PLANNED_ACT, REVISED_TERMS } from './patterns.ts';
import { ACT_PREFIX, actWords, soleStatedDay } from './_acts.ts';

/** Clusters of claims from different documents; each claim joins its best-matching cluster. */
export function align(items: ClaimItem[]): ClaimItem[][] {
  foldTerms(items);
  const w = idf(items);
  const clusters: ClaimItem[][] = [];
  // Inverted index: a claim is only compared with clusters sharing one of its rarest terms,
  // which keeps alignment near-linear on large corpora.
  const byTerm = new Map<string, number[]>();
  const seen: number[] = [];
  items.forEach((it, n) => {
    const rare = [...it.terms].sort((a, b) => (w.get(b) ?? 0) - (w.get(a) ?? 0) || a.localeCompare(b)).slice(0, INDEX_TERMS);
    const candidates = candidateClusters(rare.map((t) => byTerm.get(t) ?? []), seen, n, clusters.length);
    let best = -1;
    let bestScore = ALIGN_MIN;
    for (const ci of candidates) {
      const c = clusters[ci]!;
      if (c.some((x) => x.documentId === it.documentId)) continue;
      // Mean, not max: one loose link must not chain unrelated claims together.
      // (over the first members only, so a cluster of a thousand copies stays cheap)
      const sample = c.length > MEAN_SAMPLE ? c.slice(0, MEAN_SAMPLE) : c;
      const score = sample.reduce((sum, x) => sum + similarity(x, it, w), 0) / sample.length;
      if (!sample.every((x) => crossStoryOk(x, it, score, ALIGN_MIN_CROSS_STORY, w))) continue;
      // A running tally of another day and figure is another claim ("23 dead on Wednesday" / "27 on Thursday").
      if (c.some((x) => tallyApart(x, it))) continue;
      // A plan and the report of its deed are two claims (see planAndDeed).
      if (c.some((x) => planAndDeed(x, it))) continue;
      // Two storylines told in the same words with other figures are two incidents ("turned back about 25
      // minutes" into one flight / "about twenty minutes" into a ferry crossing), unless the figure counts
      // one specific thing for the same time, as a dispute across stories must.
      if (sample.some((x) => otherIncident(x, it))) continue;
      // The readings of a count-and-time clause answer two questions (see byMeasure): one outlet's count reading and
      // another's time reading share every word, yet the one says how many, the other when ("20 hurt when the footbridge
      // gave way at 4:20" told by two outlets is one count claim and one time claim, each siding with its own rivals).
      if (it.whole && c.some((x) => otherMeasure(x, it))) continue;
      if (score >= bestScore) { best = ci; bestScore = score; }
    }
    const at = best >= 0 ? best : clusters.push([]) - 1;
    clusters[at]!.push(it);
    for (const t of rare) {
      const list = byTerm.get(t) ?? [];
      if (list.at(-1) !== at) list.push(at);
      byTerm.set(t, list);
    }
  });
  return absorbAgreeing(mergeConflicting(mergeAlike(clusters, w), w), w);
}

/** Both are readings of split clauses (see byMeasure), each of its own measure. */
function otherMeasure(a: ClaimItem, b: ClaimItem): boolean {
  return !!a.whole && !!b.whole && [...a.numbers.keys()].join() !== [...b.numbers.keys()].join();
}

/** Some clause is read once per measure (see byMeasure) with one reading in `a` and another in `b`. */
function otherReadingIn(a: ClaimItem[], b: ClaimItem[]): boolean {
  const wholes = new Set(a.filter((x) => x.whole).map((x) => x.whole));
  return b.some((y) => y.whole && wholes.has(y.whole) && !a.includes(y));
}

/**
 * The clusters listed under any of a claim's rare terms, once each, in ascending order. A page that repeats a few words
 * thousands of times (a 10 MB wall of text gives ~7,000 claims sharing every term) lists nearly every cluster under each
 * term: marking them in `seen` (stamped with the claim's number `n`) and reading the marks in order costs one pass over
 * the clusters, where a set and a sort per claim cost most of the build.
 */
function candidateClusters(lists: readonly number[][], seen: number[], n: number, clusterCount: number): number[] {
  let listed = 0;
  for (const list of lists) {
    for (const ci of list) {
      if (seen[ci] !== n) { seen[ci] = n; listed++; }
    }
  }
  const out: number[] = [];
  if (listed * 8 > clusterCount) {
    for (let ci = 0; ci < clusterCount; ci++) if (seen[ci] === n) out.push(ci);
    return out;
  }
  for (const list of lists) for (const ci of list) out.push(ci);
  return [...new Set(out)].sort((a, b) => a - b);
}

/** Likeness of two clashing claims; a specific thing counted differently ("14" vs "12 fishermen") adds weight. */
export function clashScore(a: ClaimItem, b: ClaimItem, w: Weights): number {
  const c = conflictBetween(a, b);
  if (!c) return -1;
  // How long something took is said of many things ("nine hours on the roof", "twenty minutes to
  // flee"): two durations clash only as lengths of the same kind of event ("a three-hour meeting" /
  // "talks of ninety minutes").
  // A clause that rejects the other's very figure ("fourteen hours, not the nine the company has
  // given" / "for about nine hours") names what it answers, as a shared event would.
  const rejected = c.kind === 'number' && (rejectsFigureOf(a, b, c.unit) || rejectsFigureOf(b, a, c.unit));
  // So does a duration both clauses give of the same thing ("after a 40-minute flight" / "The Flight from Orvel occupies one and half hour").
  const timed = c.kind === 'number' && c.unit === 'duration' && sameTimedThing(a, b);
  if (c.kind === 'number' && c.unit === 'duration' && !rejected && !timed && !a.eventTypes.some((t) => t !== 'statement' && b.eventTypes.includes(t))) return -1;
  // The same running tally counted on the same day in one story answers one question ("the dead on
  // Wednesday"), and so does a count fixed at one moment of the event ("how many were aboard").
  // Counts of one incident told on other days must be alike by their own words: a story may hold
  // another incident's hurt ("three treated at the quayside"), unless both tell it beside the same
  // figure of another tally of the incident ("14 killed and 31 injured" / "14 perished and 26 wounded").
  // Two totals of one specific thing ("all 11 hospitals" / "All 14 of the trust's hospitals") answer how many there are in all, as a fixed count does.
  const total = c.kind === 'number' && isSpecificThing(c.unit) && bothTotals(a.figures, b.figures, c.unit);
  const tally = c.kind === 'number' && ((isTally(c.unit) && (a.asOf === b.asOf || sameTollTold(a, b, c.unit))) || isFixed(c.unit) || total) ? W_SAME_DAY : 0;
  // An untyped act told with the same verb weighs as a shared event type does.
  const act = c.kind === 'date' && c.unit.startsWith(ACT_PREFIX) ? W_EVENT : 0;
  // An estimate put at "the number" right after its page counted the same thing answers that count.
  const answered = c.kind === 'number' && (answersCountBefore(a, b, c.unit) || answersCountBefore(b, a, c.unit));
  return likeness(a, b, w) + (c.kind === 'number' && !GENERIC_UNITS.has(c.unit) ? W_SAME_UNIT : 0) + tally + act + (timed ? W_EVENT : 0) + (rejected ? W_REJECTED : 0) + (answered ? W_ANSWERED : 0);
}

/** Both clauses give a duration of the same thing (see Figure.timed): the length of one flight, one meeting. */
function sameTimedThing(a: ClaimItem, b: ClaimItem): boolean {
  const theirs = new Set((b.figures.get('duration') ?? []).map((f) => f.timed).filter((t) => t !== undefined));
  return (a.figures.get('duration') ?? []).some((f) => f.timed !== undefined && theirs.has(f.timed));
}

/**
 * `a` puts "the number" at a figure of `cls` (see Figure.answers) in the sentence right after the one that ends with `b`,
 * or later in `b`'s own sentence: the count `b` told just before is what `a` measures.
 */
function answersCountBefore(a: ClaimItem, b: ClaimItem, cls: string): boolean {
  if (a.documentId !== b.documentId || b.claim.end > a.claim.start || !(a.figures.get(cls) ?? []).some((f) => f.answers)) return false;
  return b.sentence === a.sentence || a.sentence - b.claim.end <= ANSWER_GAP_CHARS;
}

/** Some figure of the clause rejects another figure by its value ("four days, not five"). */
const rejectsAny = (x: ClaimItem): boolean => [...x.figures.values()].some((fs) => fs.some((f) => !!f.rejects));

/** Some figure of `a` in `cls` rejects a figure `b` states of that class ("not the nine" / "about nine hours"). */
function rejectsFigureOf(a: ClaimItem, b: ClaimItem, cls: string): boolean {
  const theirs = b.figures.get(cls) ?? [];
  return (a.figures.get(cls) ?? []).some((f) => !!f.rejects && theirs.some((g) => !rangesApart({ value: f.rejects!.lo, ...f.rejects! }, g)));
}

/** A clause that sets its act for a day to come: "is due to be sworn in", "will open", "is planned on 2 April". */
const scheduled = (m: ClaimItem): boolean => PLANNED_ACT.test(m.claim.text) || SET_FOR_DAY.test(m.claim.text);
/** An act told as set for a day ("is planned on 2 April", "was scheduled for Friday"). */
const SET_FOR_DAY = /\b(?:is|are|was|were)\s+(?:planned|scheduled|set|fixed)\s+(?:for|on)\b/i;

/**
 * Two stories clash on a figure only when it counts one specific thing for the same time ("a fund of
 * 9 million dalers" on November 18 / "the 12-million-daler fund announced in November") and the
 * claims are as alike as claims that align: a roundup told apart from the coverage it sums up still
 * disputes the coverage's figure.
 */
function specificClash(a: ClaimItem, b: ClaimItem): boolean {
  const c = conflictBetween(a, b);
  // How many were aboard is one figure for the whole storyline, whenever it is told.
  if (c?.kind === 'number' && isFixed(c.unit)) return a.line !== null && a.line === b.line;
  // So are the terms one side of a bargain set ("an offer of 41 a share", "a ransom letter demanding 5
  // million"): they stand until a clause says they changed ("raised its offer to 44"). A report the grouping left
  // in a storyline of its own (a broadcast transcript) may tell the same bargain: only one side's terms in the same
  // unit can dispute them, so the terms need no shared storyline there.
  if (c?.kind === 'number' && sameTerms(a, b) && isSpecificThing(c.unit) && a.line !== null && (a.line === b.line || a.lone || b.lone)) return true;
  // So is the size or worth of one named thing ("a compensation fund of 3 million crowns" / months on, "the 2.5 million
  // crown compensation fund"): set when the thing is set up, it stays one figure of the storyline unless a clause tells it changed.
  if (c?.kind === 'number' && isSpecificThing(c.unit) && a.line !== null && a.line === b.line && sameSizedThing(a.figures, b.figures, c.unit)) return true;
  // A time of day is one moment of the storyline, whenever it is told ("reached the scene at 1.58am" in a report
  // months on / "reached the capsized vessel at 2.05am"): conflictBetween already keeps other days' times apart.
  if (c?.kind === 'number' && c.unit === CLOCK_CLASS) return a.line !== null && a.line === b.line;
  // The day an act is set for is one day of the storyline, whenever a report tells it: two reports that set the same
  // act for other days ("is due to be sworn in on April 1" / "the inauguration is planned on 2 April") dispute it.
  if (c?.kind === 'date' && a.line !== null && a.line === b.line && scheduled(a) && scheduled(b)) return true;
  // Counts grow and sums are added to ("21 families paid on Friday" / "paid to 58 families so far"):
  // only figures stated for the same time disagree.
  if (!a.asOf || !b.asOf || !(a.asOf.startsWith(b.asOf) || b.asOf.startsWith(a.asOf) || pageAfterDay(a, b) || pageAfterDay(b, a))) return false;
  return c?.kind === 'number' && isSpecificThing(c.unit);
}

/**
 * `u` dates nothing, so it speaks of its page's day, and its page came out the day after the day `d` dates its figure
 * to (or that day): news is told on the page after it happened ("seven prisoners got out behind the laundry" on the
 * morning page / "on Tuesday, March 4, five prisoners cut through the fence" months on), so both state the figure
 * for one time, when both tell one storyline. A count told as it stands ("so far") is the page day's own.
 */
function pageAfterDay(u: ClaimItem, d: ClaimItem): boolean {
  if (u.line === null || u.line !== d.line || u.dated || u.running || !d.dated || !u.asOf || !d.asOf || u.asOf !== u.published || d.asOf.length !== DAY_VALUE_LENGTH) return false;
  return u.asOf >= d.asOf && withinConflictDays(u.asOf, d.asOf);
}

/**
 * A follow-up story of the storyline that tells what the incident did in the words of the first report ("Nine people
 * were hurt yesterday evening when a coach slid on ice at Gurnard Bend" / "a coach slid into the queue at Gurnard
 * Bend … and twelve people were hurt") counts the same people: two counts are a dispute, not two incidents.
 */
function sameIncidentTally(a: ClaimItem, b: ClaimItem, w: Weights): boolean {
  if (a.line === null || a.line !== b.line || !samePageWeek(a, b)) return false;
  const c = conflictBetween(a, b);
  return c?.kind === 'number' && isTally(c.unit) && likeness(a, b, w) >= ALIGN_MIN;
}

/**
 * What one incident did or what a thing is does not change with the day it is told on ("five provinces lost
 * power" / a week later "the blackout that cut power to households in six provinces"): a follow-up of the
 * storyline published within SAME_INCIDENT_PAGES_DAYS (as sameIncidentTally's pages are; months later a storyline
 * may hold another incident of its place: another wreck on the same lake) that gives another figure of the same
 * specific thing, in words as alike as the figures of a dispute are without the figure itself, disputes it, unless
 * either clause tells a count as it stands ("have registered since", "rose to") or counts bodies (the dead, whose
 * count grows as the search goes on).
 */
function followUpFigureClash(a: ClaimItem, b: ClaimItem, w: Weights): boolean {
  if (a.line === null || a.line !== b.line || !samePageWeek(a, b) || a.running || b.running) return false;
  const c = conflictBetween(a, b);
  if (c?.kind !== 'number' || !isSpecificThing(c.unit) || DEAD_COUNT_UNITS.has(c.unit)) return false;
  const [fa, fb] = [a.numbers.get(c.unit) ?? [], b.numbers.get(c.unit) ?? []];
  const near = fa.some((x) => fb.some((y) => Math.max(x, y) <= FOLLOW_UP_MAX_RATIO * Math.min(x, y)));
  return near && likeness(a, b, w) >= CONFLICT_ALIGN_MIN;
}

/**
 * One clause's sentence sets its figure against another source's count by a gap ("Three soldiers were killed …, one more
 * than the Defence Ministry announced") and the other clause, from a page of the same week, gives that very count of the
 * same thing in words alike as a dispute's (clashScore): the sentence itself names the dispute, whatever stories the grouping put the two pages in.
 * So does a sentence that rejects the other's figure by its value (see ClaimItem.rivalValue, Figure.rejects), told in the same storyline.
 */
function gapAnswered(a: ClaimItem, b: ClaimItem, w: Weights): boolean {
  if (a.rivalGap === undefined && b.rivalGap === undefined && a.rivalValue === undefined && b.rivalValue === undefined && !rejectsAny(a) && !rejectsAny(b)) return false;
  const c = conflictBetween(a, b);
  if (c?.kind !== 'number') return false;
  const answers = (x: ClaimItem, y: ClaimItem): boolean => {
    const [vs, us] = [x.numbers.get(c.unit) ?? [], y.numbers.get(c.unit) ?? []];
    if (x.rivalGap !== undefined && samePageWeek(x, y) && vs.some((v) => us.some((u) => v - u === x.rivalGap))) return true;
    // A figure rejected by its value (", not one as the company said at the time") is the storyline's, whenever told.
    if (x.rivalValue !== undefined && x.line !== null && x.line === y.line && us.includes(x.rivalValue) && !vs.includes(x.rivalValue)) return true;
    // So is one rejected bare right after the clause's own ("held for four days, not five"): the rejection answers whoever gave it.
    return x.line !== null && x.line === y.line && rejectsFigureOf(x, y, c.unit) && !rejectsFigureOf(y, x, c.unit);
  };
  return (answers(a, b) || answers(b, a)) && clashScore(a, b, w) >= CONFLICT_ALIGN_MIN;
}

/** Both clauses tell one side's terms of a bargain (both an offer, or both a demand) and neither tells them changed. */
const sameTerms = (a: ClaimItem, b: ClaimItem): boolean =>
  a.stance !== null && a.stance === b.stance && !REVISED_TERMS.test(a.claim.text) && !REVISED_TERMS.test(b.claim.text);

/** a and b, of two storylines, clash on a figure that is not one specific thing counted for the same time. */
function otherIncident(a: ClaimItem, b: ClaimItem): boolean {
  if (a.line === null || b.line === null || a.line === b.line) return false;
  return conflictBetween(a, b)?.kind === 'number' && !specificClash(a, b);
}

/**
 * Sources that disagree word their claims differently ("340 licences issued" vs "only 210
 * honoured"): clusters whose claims clash on a figure or a day and are loosely alike are one claim.
 */
function mergeConflicting(clusters: ClaimItem[][], w: Weights): ClaimItem[][] {
  const contrasted = contrastIndex(clusters.flat());
  const out: ClaimItem[][] = [];
  // Only clusters measuring the same kind of thing can clash on a figure or day.
  const byKey = new Map<string, number[]>();
  const keys = (c: ClaimItem[]): string[] => [...new Set(c.flatMap((x) => [...x.numbers.keys(), ...[...x.eventDays.keys()].map((t) => `ev:${t}`),
    ...(soleStatedDay(x) ? actWords(x).map((w) => `${ACT_PREFIX}${w}`) : [])]))];
  // A cluster may clash with several earlier ones (the 14 and the Thursday of two outlets against
  // one outlet's 12 on Friday): all of them become one disputed claim.
  const alias = new Map<number, number>();
  // The act each clause witnesses the day of, by storyline: follow-ups are found through it even
  // when the event stage typed the clause otherwise or not at all ("2024-03-04 - Captain Orrin detained").
  const byAct = new Map<string, number[]>();
  // A clause of one day also witnesses the acts of its verbs, typed or not ("were found yesterday").
  const lineKeys = (c: ClaimItem[]): string[] => [...new Set(c.flatMap((x) => {
    // A clause of one day in which no trigger finds an act may word any act with its terms ("2025-12-22 - crane collapses").
    const words = soleStatedDay(x) ? (witnessAct(x) === null && mainAct(x.claim.text) === null ? [...x.terms] : actWords(x)) : [];
    const acts = [witnessAct(x), ...ownDayActs(x), ...words.map((w) => `${ACT_PREFIX}${w}`)];
    return x.line ? acts.filter((a): a is string => !!a).map((a) => `${x.line}|${a}`) : [];
  }))];
  const witnesses = new Map<ClaimItem, number>();
  const live = (i: number): number => { let x = i; while (alias.has(x)) x = alias.get(x)!; return x; };
  const toldElsewhere = dayToldElsewhere(clusters.flat());
  for (const c of clusters) {
    const cands = [...new Set(keys(c).flatMap((k) => (byKey.get(k) ?? []).map(live)))].sort((a, b) => a - b).slice(0, MAX_CONFLICT_CANDIDATES);
    const hits = cands.filter((oi) => {
      const o = out[oi]!;
      // Counts of a running tally told on other days are apart, unless the two claims also clash
      // on one day ("the airline said nine hurt" / "the hospital treated 14", both on Friday).
      // Counts of what one incident did, told undated on other days, may still dispute each other; and two sources'
      // counts of one moment from the same week dispute it, whatever later retelling sides with one (see weekClash).
      if (o.some((a) => c.some((b) => tallyApartOnDays(a, b))) && !o.some((a) => c.some((b) => sameDayClash(a, b) || weekClash(a, b)))) return false;
      return o.slice(0, MEAN_SAMPLE).some((a) => c.slice(0, MEAN_SAMPLE).some((b) => (a.documentId !== b.documentId || rivalSpeakers(a, b))
        && !toldElsewhere(a, b, o, c) && !toldElsewhere(b, a, c, o)
        && (gapAnswered(a, b, w) || (a.story === b.story || a.story === null || b.story === null)
          ? clashScore(a, b, w) >= CONFLICT_ALIGN_MIN || (contrasted(a, b) && conflictBetween(a, b) !== null)
          : (specificClash(a, b) && clashScore(a, b, w) >= CONFLICT_ALIGN_MIN) || sameIncidentTally(a, b, w) || followUpFigureClash(a, b, w))))
        || alikeAndClashing(o, c, w, (a, b) => !toldElsewhere(a, b, o, c) && !toldElsewhere(b, a, c, o));
    });
    // Failing those, a follow-up story of the storyline that dates the same act another day joins
    // the likeliest dispute over each act it dates, through clauses that witness no other dispute.
    if (!hits.length) {
      const lineCands = [...new Set(lineKeys(c).flatMap((k) => (byAct.get(k) ?? []).map(live)))].sort((a, b) => a - b).slice(0, MAX_CONFLICT_CANDIDATES);
      hits.push(...lineJoin(lineCands.map((oi) => [oi, out[oi]!] as const), c, w, witnesses, live, toldElsewhere));
    }
    // The two readings of one clause answer two questions (see byMeasure): a cluster does not join a dispute that holds
    // the other reading of one of its clauses, nor carry two disputes holding both readings of a clause into one.
    const joined = [...c];
    const kept = hits.filter((h) => {
      if (otherReadingIn(joined, out[h]!)) return false;
      joined.push(...out[h]!);
      return true;
    });
    hits.splice(0, hits.length, ...kept);
    let at: number;
    // A rebuttal in a document that also reports the figure it rejects still joins the disputed claim.
    if (hits.length) {
      at = hits[0]!;
      for (const h of hits.slice(1)) { out[at]!.push(...out[h]!); out[h] = []; alias.set(h, at); }
      out[at]!.push(...c);
    } else at = out.push(c) - 1;
    for (const [index, ks] of [[byKey, keys(c)], [byAct, lineKeys(c)]] as const) for (const k of ks) {
      const list = index.get(k) ?? [];
      if (list.at(-1) !== at) list.push(at);
      index.set(k, list);
    }
  }
  return out.filter((c) => c.length);
}

/**
 * Two clusters of one story where a claim of one is as alike to a claim of the other as aligned
 * claims are, and some claim of one clashes with a claim of the other from another document: the
 * same claim, disputed ("more than 300 million pulled on Friday" / "almost half a billion withdrawn
 * on Friday" are told alike, and the second disputes a third outlet's "took out 310 million" that
 * words it too little to align). Each pair alone is too weak: the alike pair agrees, the clashing
 * pair shares few words. The clash must be one clashScore admits: two durations of unlike acts ("less than two minutes
 * from the mayday" / "nearly seven minutes passed") are two lengths, no clash, and cannot carry a figure's cluster
 * into a dispute of another figure ("about 7 knots") through some other loosely alike pair.
 */
export function alikeAndClashing(o: ClaimItem[], c: ClaimItem[], w: Weights, clashCounts: (a: ClaimItem, b: ClaimItem) => boolean): boolean {
  const os = o.slice(0, MEAN_SAMPLE);
  const cs = c.slice(0, MEAN_SAMPLE);
  const oneStory = (a: ClaimItem, b: ClaimItem): boolean => a.story !== null && a.story === b.story;
  return os.some((a) => cs.some((b) => oneStory(a, b) && a.documentId !== b.documentId && similarity(a, b, w) >= ALIGN_MIN))
    && os.some((a) => cs.some((b) => oneStory(a, b) && a.documentId !== b.documentId && clashScore(a, b, w) >= 0 && clashCounts(a, b)));
}

/**
 * `(b, a, own, other)` → true when b clashes with a only on the day of a thing b names and tells no
 * act of ("so the first full day of the truce was Sunday the 26th" / "signed the truce on Saturday"),
 * and claims outside both clusters give that thing b's day by an act of their own ("the truce took
 * effect on Sunday"): b tells another moment of the thing, not another day of a's act.
 */
function dayToldElsewhere(items: ClaimItem[]): (b: ClaimItem, a: ClaimItem, own: ClaimItem[], other: ClaimItem[]) => boolean {
  const byDay = new Map<string, ClaimItem[]>();
  for (const x of items) for (const [t, d] of x.eventDays) {
    const k = `${t}|${d}`;
    byDay.set(k, [...(byDay.get(k) ?? []), x]);
  }
  return (b, a, own, other) => {
    const c = conflictBetween(a, b);
    if (c?.kind !== 'date' || !b.eventTypes.every((t) => a.eventTypes.includes(t))) return false;
    const day = b.eventDays.get(c.unit);
    // The other act must be dated that day itself: a clause that only names the thing to date it while
    // telling a figure of another act ("the death toll from Tuesday's breach has risen to 27") gives no act that day.
    return !!day && (byDay.get(`${c.unit}|${day}`) ?? []).some((x) => !own.includes(x) && !other.includes(x) && x.eventTypes.some((t) => t !== c.unit && x.eventDays.get(t) === day));
  };
}

/**
 * Two sources stating rival figures of a running tally for the same day, or one report setting two
 * named speakers' rival counts of it side by side ("the agency said 14 people had been killed" / "the
 * mayor said at least 19 people had died"): either way the count of that day is in dispute.
 */
function sameDayClash(a: ClaimItem, b: ClaimItem): boolean {
  if (!a.asOf || a.asOf !== b.asOf || (a.source === b.source && !(a.documentId === b.documentId && rivalSpeakers(a, b)))) return false;
  return tallyConflict(a, b);
}

/** The two claims dispute a figure of a people tally (see conflictBetween). */
function tallyConflict(a: ClaimItem, b: ClaimItem): boolean {
  const c = conflictBetween(a, b);
  return c?.kind === 'number' && isTally(c.unit);
}

/**
 * Two sources' rival counts of a people tally, told on pages of the same week and not as counts of other days (see
 * tallyDaysApart): the count of one moment is in dispute, whatever later retelling agrees with one side ("the police's
 * first count was 11" / "the hospital treated 19" / a month on, "19 injured").
 */
export function weekClash(a: ClaimItem, b: ClaimItem): boolean {
  return a.source !== b.source && samePageWeek(a, b) && !tallyApartOnDays(a, b) && tallyConflict(a, b);
}

/**
 * The earlier clusters a cluster joins as date disputes across stories of one storyline: for each act
 * whose day it disputes, the pair of clauses that clash likeliest ("died on Tuesday of injuries ..."
 * joins the dispute over the death, "a crane collapsed on Tuesday" in the same cluster the one over
 * the collapse), each clause witnessing one dispute at most (`witnesses` maps the clauses used to
 * their dispute, so a clause cannot link a second dispute).
 */
function lineJoin(cands: ReadonlyArray<readonly [number, ClaimItem[]]>, c: ClaimItem[], w: Weights, witnesses: Map<ClaimItem, number>, live: (i: number) => number,
  toldElsewhere: ReturnType<typeof dayToldElsewhere>): number[] {
  // A clause already witnessing a dispute may witness it again (a third outlet's day joins it), never another.
  const used = (x: ClaimItem, at: number): boolean => witnesses.has(x) && live(witnesses.get(x)!) !== at;
  const pairs: { at: number; score: number; act: string; pair: [ClaimItem, ClaimItem] }[] = [];
  for (const [oi, o] of cands) {
    for (const a of o.slice(0, MEAN_SAMPLE)) for (const b of c.slice(0, MEAN_SAMPLE)) {
      if (used(a, oi) || witnesses.has(b) || !lineDayClash(a, b)) continue;
      // A clause with no act of its own that only names the thing on a day another act of it has ("so the
      // first full day of the truce was Sunday the 26th") disputes no act's day across stories either.
      if ((!actWords(a).length && toldElsewhere(a, b, o, c)) || (!actWords(b).length && toldElsewhere(b, a, c, o))) continue;
      const score = clashScore(a, b, w);
      if (score >= CONFLICT_ALIGN_MIN) pairs.push({ at: oi, score, act: conflictBetween(a, b)!.unit, pair: [a, b] });
    }
  }
  const joined: number[] = [];
  const acts = new Set<string>();
  for (const p of pairs.sort((x, y) => y.score - x.score || x.at - y.at)) {
    if (acts.has(p.act) || joined.includes(p.at) || p.pair.some((x) => witnesses.has(x) && live(witnesses.get(x)!) !== p.at)) continue;
    acts.add(p.act);
    joined.push(p.at);
    for (const x of p.pair) witnesses.set(x, p.at);
  }
  return joined;
}
