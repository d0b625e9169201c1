/** Per-claim features used to align claims and find conflicts. */
import type { AnalysedDocument, ClaimMention } from '../../contract/pipeline.ts';
import type { EntityResolution, Grouping } from '../types.ts';
import { clauseEventTypes, triggerAt, triggerTerms, wordValue } from '../../analyse/claims/index.ts';
import { AGENT_LOOKBACK_CHARS, CLOCK_CLASS, AGENT_MAX_WORDS, NEWS_WINDOW_DAYS, TALLY_MEASURES, WEEKDAYS } from './constants.ts';
import { ACCORDING_TO, CONTINUING_CLAUSE, FROM_TO_BEFORE, DEMAND_WORD, OFFER_WORD, ONLY_CREDIT_AFTER, WEEKDAY_NAME, AGENT_FILLER, AGENT_TRAILING, AGENT_VERB, AGENT_WORDS_BEFORE, OFFICIAL_FIGURE, FINAL_COUNT, PARTISAN_SOURCE, PARTISAN_SPEAKER, POSSESSIVE_FIGURE, PRELIMINARY_COUNT, POSSESSOR_BEFORE, REPORTING_VERB_FIRST, RIVAL_GAP, SAYING_BEFORE_DAY, THAT_AFTER_DAY, UNTIL_BEFORE_DAY, RIVAL_VALUE, RUNNING_TALLY, SPEAKER_RELATIVE_END } from './patterns.ts';
import { sourceKey } from './_sources.ts';
import { figures, isPersonClass, isSpecificThing, type Figure } from './_figures.ts';
import { isTimeOfDay } from '../../analyse/dates/index.ts';
import { spanAround, spanAt } from '../../util/index.ts';

/**
 * The dates a page tells, without the times of day the dates stage dated by a day told around them ("spoke to us at
 * noon", see dayTimes): those repeat a day told elsewhere, and a claim is of the day its own words tell.
 */
export const toldDates = (analysis: Pick<AnalysedDocument['analysis'], 'dates'>): AnalysedDocument['analysis']['dates'] =>
  analysis.dates.filter((d) => !isTimeOfDay(d));

export { unitClass } from './_figures.ts';

/**
 * Whether a day told inside a clause (at `start`–`end` of the clause's text) is the day of what the clause reports. Two
 * days are not: the day a speaker spoke, told between the verb of saying and its "that" ("repeated on Wednesday that
 * the crew had called for help"), is the day of the saying, not of the call for help; a day after "until" ("have lifted
 * until Thursday five cars") is the bound a count or a state runs to, not the day of an act in it.
 */
export function dayOfHappening(clause: string, start: number, end: number): boolean {
  const before = clause.slice(0, start);
  if (UNTIL_BEFORE_DAY.test(before)) return false;
  return !(SAYING_BEFORE_DAY.test(before) && THAT_AFTER_DAY.test(clause.slice(end)));
}

/** The dates told from inside the clause (a date may run on past its end: "a day | after the storm") that date what it reports (see dayOfHappening). */
export const happeningDates = (analysis: Pick<AnalysedDocument['analysis'], 'dates'>, c: { start: number; end: number; text: string }): AnalysedDocument['analysis']['dates'] =>
  toldDates(analysis).filter((d) => d.start >= c.start && d.start < c.end && dayOfHappening(c.text, d.start - c.start, d.end - c.start));

export interface ClaimItem {
  documentId: string;
  outlet: string;
  source: string;
  story: string | null;
  /** Storyline of the story (its follow-ups share it), or the story. */
  line: string | null;
  /** Its storyline holds no other document: the grouping left the report alone (a transcript, a translation). */
  lone: boolean;
  claim: ClaimMention;
  /** Start of the sentence holding the claim: clauses of one sentence share it. */
  sentence: number;
  terms: Set<string>;
  /** Pairs of key terms next to each other in the clause (see foldTerms), once alignment has folded the terms. */
  phrases?: Set<string>;
  entities: string[];
  /** Unit class → normalised values ("duration" in minutes; people as "person:dead", "person:evacuated" …). */
  numbers: Map<string, number[]>;
  /** The same figures with the range each states ("at least 31" → 31 … ∞). */
  figures: Map<string, Figure[]>;
  /** Who the clause says speaks ("city election commission"), or null: two speakers in one document may disagree. */
  agent: string | null;
  /** The day the claim speaks of: its own day date, else its document's date (running tallies hold for one day). */
  asOf: string | null;
  /** The clause tells a tally as it stands that day ("rose to 23", "have died since"), not what one incident did ("killed three"). */
  running: boolean;
  /** asOf is a date the clause's sentence states (its own day or a background date), not its document's date. */
  dated: boolean;
  /** asOf is a date long before the document's news ("in 2017, when a recount reversed a 40-vote result"). */
  background: boolean;
  /** Day-precision dates in the sentence that are not background. */
  days: string[];
  /** Every date the clause states, background included, at its precision ("2025-06-04", "2025-06", "2021"). */
  stated: string[];
  /** The weekday the clause names when it resolves no day ("on Tuesday" in a text without a date), else null. */
  weekday: number | null;
  /** Event type → its day in this sentence (non-background, day precision). */
  eventDays: Map<string, string>;
  eventTypes: string[];
  /** Event type → key terms of the words that trigger it in the clause ("was detained" → "detain"). */
  triggers: Map<string, Set<string>>;
  /** Its document's publication day: the earlier report of a figure is the reference on a tie. */
  published: string | null;
  /** The clause gives its figure as an interested party's word ("the unions say"), not as fact or an authority's. */
  partisan: boolean;
  /** The side of a bargain the clause's figures are ("offer": what is offered, "demand": what is asked for), or null. */
  stance: Stance;
  /** The count the clause's figures come from, by the last word naming one before its first figure ("the preliminary count ... 212"), or null. */
  stage: Stage;
  /**
   * The tallies of people its whole sentence states (its own clause and the clauses beside it: "14 were killed
   * and 31 injured"), by class: a report's toll of one incident, told together.
   */
  toll: Map<string, number[]>;
  /**
   * The gap by which its sentence says its figure differs from another source's count (", one more than the ministry
   * announced" → 1, "two fewer than the police said" → -2), or undefined when it states none.
   */
  rivalGap?: number;
  /** The figure of another source its sentence rejects after its own (", not one as the company said"), or undefined. */
  rivalValue?: number;
  /** Of one reading of a clause that tells a count and a duration at once (see byMeasure): the whole clause. */
  whole?: ClaimItem;
}

export type Stance = 'offer' | 'demand' | null;
export type Stage = 'preliminary' | 'final' | null;

/** The count named last in `before` (the sentence up to a clause's first figure): preliminary, final, or null. */
export function stageOf(before: string): Stage {
  const last = (re: RegExp): number => [...before.matchAll(re)].at(-1)?.index ?? -1;
  const [pre, fin] = [last(PRELIMINARY_COUNT), last(FINAL_COUNT)];
  return pre < 0 && fin < 0 ? null : pre > fin ? 'preliminary' : 'final';
}

/**
 * Which side of a bargain a clause tells: an offer ("the company has offered 7%") and a demand ("the
 * union wants 10%") answer two questions, so their figures never dispute each other. A clause
 * that tells both ("rejected the offer, demanding 10%") is neither.
 */
export function stanceOf(text: string): Stance {
  const offer = OFFER_WORD.test(text);
  const demand = DEMAND_WORD.test(text);
  return offer === demand ? null : offer ? 'offer' : 'demand';
}

/**
 * The side of a bargain a clause tells, its own words first. A clause with no subject of its own continues
 * what its sentence tells before it ("The authority's last offer, made in January, | was 4 per cent", "raised
 * its offer to 5.5 per cent, | up from 4 per cent"): its figure is of that side too.
 */
export function clauseStance(text: string, before: string): Stance {
  const own = stanceOf(text);
  if (own || OFFER_WORD.test(text) || DEMAND_WORD.test(text) || !CONTINUING_CLAUSE.test(text)) return own;
  return stanceOf(before);
}

/** Events of the sentence holding the claim, kept only when their trigger is in the claim's clause. */
function claimEvents(analysis: AnalysedDocument['analysis'], claim: { start: number; end?: number; text?: string }): NonNullable<AnalysedDocument['analysis']['events']> {
  const end = claim.end ?? claim.start;
  const events = (analysis.events ?? []).filter((e) => e.evidence.some((s) => s.start <= claim.start && end <= s.end));
  if (claim.text === undefined) return events;
  const types = new Set(clauseEventTypes(claim.text, events.map((e) => e.type)));
  return events.filter((e) => types.has(e.type));
}

/**
 * "The talks ran 19 hours, from 9 a.m. on the Tuesday to the signing at 4:40 a.m. on 3/18": an act named after "to" in a
 * stretch "from … to …" ends the stretch, so it is of the day told after it, not of the stretch's first day. That day,
 * or null when the clause tells no such stretch.
 */
function stretchEndDay(analysis: AnalysedDocument['analysis'], c: { start: number; end: number; text: string }, type: string): string | null {
  const i = triggerAt(c.text, type);
  if (i === null || !FROM_TO_BEFORE.test(c.text.slice(0, i))) return null;
  const after = toldDates(analysis).filter((d) => d.start >= c.start + i && d.end <= c.end && d.date.precision === 'day').sort((a, b) => a.start - b.start);
  return after[0]?.date.value ?? null;
}

/**
 * Day of each non-background event the claim reports. `at` is the claim (clause) or, for callers
 * that only know a sentence start, that start.
 */
export function eventDays(analysis: AnalysedDocument['analysis'], at: number | { start: number; end: number; text: string }): Map<string, string> {
  const out = new Map<string, string>();
  // A clause reports an event's day only when it dates it itself ("after the two countries signed"
  // borrows no day from "on Friday" in the clause before).
  const own = typeof at === 'number' ? null
    : new Set(toldDates(analysis).filter((d) => d.start >= at.start && d.start < at.end && d.date.precision === 'day').map((d) => d.date.value));
  if (own && !own.size) return out;
  for (const e of claimEvents(analysis, typeof at === 'number' ? { start: at } : at)) {
    if (e.date?.precision !== 'day') continue;
    // ... and only the day it states: an event dated from the lead is not dated by this clause.
    if (own && !own.has(e.date.value)) continue;
    if (!out.has(e.type)) out.set(e.type, typeof at === 'number' ? e.date.value : stretchEndDay(analysis, at, e.type) ?? e.date.value);
  }
  return out;
}

/** A date in the news window of its document (not background from long before). */
function recent(value: string, publishedAt: string | null): boolean {
  if (!publishedAt) return true;
  const days = (Date.parse(publishedAt.slice(0, 10)) - Date.parse(value)) / 86_400_000;
  return !(days > NEWS_WINDOW_DAYS);
}

/** The words `before` finds right before the first match of `cue` that has any, or null. */
function wordsBefore(text: string, cue: RegExp, before: RegExp): string | null {
  for (const m of text.matchAll(cue)) {
    const w = before.exec(text.slice(Math.max(0, m.index! - AGENT_LOOKBACK_CHARS), m.index));
    if (w) return w[1]!;
  }
  return null;
}

/** A speaker's words normalised to who speaks: lower case, no article or opener, no adverb or auxiliary before the verb. */
export const normAgent = (s: string | undefined): string | null => {
  const who = s?.toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\s'-]+/gu, ' ').replace(/\s+/g, ' ').trim().replace(AGENT_FILLER, '').replace(AGENT_TRAILING, '').trim();
  return who ? who : null;
};

/**
 * The speaker a clause names before its reporting verb, normalised. A clause that opens with the
 * verb ("counts eleven across the country") takes the words just before it in its sentence ("a
 * parents' group, Tussiva Families,"); "the official toll" is the authorities' figure.
 */
function agentOf(text: string, before: string, after: string): string | null {
  const named = wordsBefore(text, AGENT_VERB, AGENT_WORDS_BEFORE) ?? wordsBefore(text, POSSESSIVE_FIGURE, POSSESSOR_BEFORE);
  // "put the number at about 7,000 and said ...": only a joining word before the verb names no one; the clause's subject
  // came before it, as for a clause that opens with its reporting verb.
  const who = named ? normAgent(named) : null;
  if (who) return who;
  // "had asked for five million, according to the harbour police": the one the clause credits speaks.
  // The credit may close the sentence as a clause of its own ("..., according to the harbour police.").
  const credited = ACCORDING_TO.exec(text) ?? ACCORDING_TO.exec(ONLY_CREDIT_AFTER.test(after) ? after : '');
  if (credited) return normAgent(credited[1]);
  // "The Tarrow Ports Board, which runs the quays, put the number at 700": a relative clause set off by commas
  // describes the speaker; the speaker is the noun before it.
  if (REPORTING_VERB_FIRST.test(text)) return normAgent(before.replace(SPEAKER_RELATIVE_END, '').split(/[;:.]/).at(-1)?.split(/\s+/).slice(-AGENT_MAX_WORDS).join(' '));
  return OFFICIAL_FIGURE.test(text) ? 'official' : null;
}

/** The text of the sentence holding the claim (the claim itself when no sentence holds it). */
function sentenceOf(analysis: AnalysedDocument['analysis'], text: string, c: { start: number; end: number; text: string }): string {
  const s = spanAround(analysis.sentences, c);
  return s ? text.slice(s.start, s.end) : c.text;
}

/** The text of the claim's sentence after the claim. */
function sentenceAfter(analysis: AnalysedDocument['analysis'], text: string, at: number): string {
  const s = analysis.sentences.find((x) => x.start < at && at <= x.end);
  return s ? text.slice(at, s.end) : '';
}

/** The text of the claim's sentence before the claim. */
function sentenceBefore(analysis: AnalysedDocument['analysis'], text: string, at: number): string {
  const s = spanAt(analysis.sentences, at);
  return s ? text.slice(s.start, at) : '';
}

/**
 * A date long before the document in the claim's sentence: "the last deadly flood was in 2011,
 * when the river ... killed four people" counts the dead of 2011, not of the news day. A clause
 * that tells its own date is dated by it, not by another clause's date ("was built in 1990 and
 * failed a check in March 2025": the failed check is of 2025, not 1990).
 */
function backgroundDate(analysis: AnalysedDocument['analysis'], c: { start: number; end: number }): string | null {
  const s = spanAround(analysis.sentences, c);
  if (!s) return null;
  const own = toldDates(analysis).filter((d) => d.start >= c.start && d.end <= c.end);
  const told = own.length ? own : toldDates(analysis).filter((d) => d.start >= s.start && d.end <= s.end);
  return told.find((d) => !recent(d.date.value, analysis.publishedAt))?.date.value ?? null;
}

/**
 * The one recent day a tally of the claim's sentence stands on ("stood at 21 on Monday"), or null (no
 * such day, or several). A day another clause gives its own act ("have died after a dam burst on
 * Monday") is not the day a count stands on.
 */
function tallyDayOfSentence(analysis: AnalysedDocument['analysis'], c: { start: number; end: number }): string | null {
  const s = spanAround(analysis.sentences, c);
  if (!s) return null;
  const tallies = (analysis.claims ?? []).filter((o) => o.start >= s.start && o.end <= s.end && o.start !== c.start && RUNNING_TALLY.test(o.text));
  const days = new Set(toldDates(analysis).filter((d) => tallies.some((o) => o.start <= d.start && d.end <= o.end)
    && d.date.precision === 'day' && recent(d.date.value, analysis.publishedAt)).map((d) => d.date.value));
  return days.size === 1 ? [...days][0]! : null;
}

/**
 * The weekday a clause names without any day resolved in it: a text without a date still says
 * which day of the week something happened, and that can disagree with another outlet's day.
 */
function unresolvedWeekday(text: string, dates: AnalysedDocument['analysis']['dates']): number | null {
  if (dates.some((d) => d.date.precision === 'day')) return null;
  const m = WEEKDAY_NAME.exec(text);
  return m ? WEEKDAYS.indexOf(m[1]!.toLowerCase()) : null;
}

/** The weekday (0 = Sunday) a claim names without resolving any day in it, or null. */
export function claimWeekday(analysis: AnalysedDocument['analysis'], c: { start: number; end: number; text: string }): number | null {
  return unresolvedWeekday(c.text, toldDates(analysis).filter((d) => d.start >= c.start && d.end <= c.end));
}

export function claimItems(docs: AnalysedDocument[], res: EntityResolution, grouping: Grouping): ClaimItem[] {
  const out: ClaimItem[] = [];
  const lineOf = new Map(grouping.stories.map((s) => [s.id, s.storylineId ?? s.id]));
  const lineOfDoc = (id: string): string | null => lineOf.get(grouping.storyOf.get(id) ?? '') ?? grouping.storyOf.get(id) ?? null;
  const lineDocs = new Map<string, number>();
  for (const { doc } of docs) { const l = lineOfDoc(doc.id); if (l) lineDocs.set(l, (lineDocs.get(l) ?? 0) + 1); }
  for (const { doc, analysis } of [...docs].sort((a, b) => a.doc.id.localeCompare(b.doc.id))) {
    const ids = res.globalIds.get(doc.id) ?? [];
    const told = toldDates(analysis);
    for (const c of analysis.claims ?? []) {
      // The sentence's words before the clause: what a relative clause's duration is of ("the talks, which lasted"), the
      // speaker, the bargain side and the stage a figure is told at.
      const lead = sentenceBefore(analysis, doc.text ?? '', c.start);
      const figs = figures(c, lead, sentenceAfter(analysis, doc.text ?? '', c.end));
      const numbers = new Map([...figs].map(([cls, fs]) => [cls, fs.map((f) => f.value)]));
      const inSentence = (s: { start: number; end: number }): boolean => s.start >= c.start && s.end <= c.end;
      const days = told.filter((d) => inSentence(d) && d.date.precision === 'day' && recent(d.date.value, analysis.publishedAt)).map((d) => d.date.value);
      const types = [...new Set(claimEvents(analysis, c).map((e) => e.type))];
      const background = backgroundDate(analysis, c);
      // "The count of the dead stood at 21 on Monday, with ten people still missing": a tally told as it
      // stands, in a clause with no date of its own, stands on the day the tally beside it stands on.
      const shared = days.length || background || !RUNNING_TALLY.test(c.text) ? null : tallyDayOfSentence(analysis, c);
      const rest = c.numbers.length ? c.text + sentenceAfter(analysis, doc.text ?? '', c.end) : '';
      const gap = rest ? rivalGap(rest) : undefined;
      const rejected = rest ? RIVAL_VALUE.exec(rest)?.groups?.num : undefined;
      const rival = rejected ? wordValue(rejected) : null;
      out.push({
        documentId: doc.id,
        outlet: doc.outlet ?? doc.id,
        // "..., according to the Orvessan Telegraph Agency." credits every clause of its sentence.
        source: sourceKey(doc, sentenceOf(analysis, doc.text ?? '', c), grouping),
        story: grouping.storyOf.get(doc.id) ?? null,
        line: lineOfDoc(doc.id),
        lone: (lineDocs.get(lineOfDoc(doc.id) ?? '') ?? 0) === 1,
        claim: c,
        sentence: spanAt(analysis.sentences, c.start)?.start ?? c.start,
        terms: new Set(c.keyTerms),
        entities: [...new Set(c.entities.map((i) => ids[i]).filter((x): x is string => !!x))],
        numbers,
        figures: figs,
        agent: agentOf(c.text, lead, sentenceAfter(analysis, doc.text ?? '', c.end)),
        asOf: days[0] ?? background ?? shared ?? analysis.publishedAt?.slice(0, 10) ?? null,
        running: RUNNING_TALLY.test(c.text),
        dated: !!(days[0] ?? background ?? shared),
        background: !days[0] && !!background,
        days,
        stated: [...new Set(told.filter(inSentence).map((d) => d.date.value))],
        weekday: claimWeekday(analysis, c),
        eventTypes: types,
        eventDays: eventDays(analysis, c),
        triggers: new Map(types.map((t) => [t, new Set(triggerTerms(c.text, t))])),
        published: analysis.publishedAt?.slice(0, 10) ?? null,
        partisan: PARTISAN_SOURCE.test(c.text) || PARTISAN_SPEAKER.test(agentOf(c.text, lead, sentenceAfter(analysis, doc.text ?? '', c.end)) ?? ''),
        stance: clauseStance(c.text, lead),
        stage: c.numbers.length ? stageOf(lead + c.text.slice(0, Math.min(...c.numbers.map((n) => n.start)) - c.start)) : null,
        toll: new Map(),
        ...(gap !== undefined ? { rivalGap: gap } : {}),
        ...(rival !== null ? { rivalValue: rival } : {}),
      });
    }
  }
  withTolls(out);
  return out.flatMap(byMeasure);
}

/** "by" right before a time of day: the moment a count or state had been reached by. */
const BY_TIME_BEFORE = /\bby\s*$/i;

/**
 * A clause that tells a count of people and how long it lasted at once ("when 40 people were stuck for six hours") answers
 * two questions, how many and how long, which other sources answer in clauses of their own: it is read once per
 * measure, so it can side with or against each of them. (crossCheckClaims folds both readings back into one member
 * when they land in the same claim.) So does a count of people or things told with the moment of a happening ("31 staff
 * were inside at the time of the fire, at 9.15 p.m."): how many were there and when the thing happened are two questions.
 */
function byMeasure(it: ClaimItem): ClaimItem[] {
  const classes = [...it.figures.keys()];
  const other = classes.find((c) => c !== 'duration' && c !== CLOCK_CLASS);
  const counted = other !== undefined && (isPersonClass(other) || (classes.includes(CLOCK_CLASS) && isSpecificThing(other)));
  if (classes.length !== 2 || !(classes.includes('duration') || classes.includes(CLOCK_CLASS)) || !counted) return [it];
  // A time the count stood by ("By 11 a.m. 800 homes had power back") is when that count held, not a second happening.
  if (it.claim.numbers.some((n) => n.unit === CLOCK_CLASS && BY_TIME_BEFORE.test(it.claim.text.slice(0, n.start - it.claim.start)))) return [it];
  return classes.map((cls) => ({
    ...it,
    numbers: new Map([[cls, it.numbers.get(cls)!]]),
    figures: new Map([[cls, it.figures.get(cls)!]]),
    whole: it,
  }));
}

/**
 * The gap a sentence states between its figure and another source's count (see RIVAL_GAP): positive when its own is
 * the higher, undefined when it states none.
 */
export function rivalGap(sentence: string): number | undefined {
  const m = RIVAL_GAP.exec(sentence);
  const v = m ? wordValue(m.groups!.gap!) : null;
  if (v === null || v <= 0) return undefined;
  return m!.groups!.dir!.toLowerCase() === 'more' ? v : -v;
}

/** Fill each item's toll: the tally figures of every clause of its sentence. */
function withTolls(items: ClaimItem[]): void {
  const bySentence = new Map<string, ClaimItem[]>();
  for (const x of items) {
    const k = `${x.documentId}|${x.sentence}`;
    bySentence.set(k, [...(bySentence.get(k) ?? []), x]);
  }
  for (const mates of bySentence.values()) {
    const toll = new Map<string, number[]>();
    for (const m of mates) for (const [cls, vs] of m.numbers) if (TALLY_MEASURES.has(cls)) toll.set(cls, [...(toll.get(cls) ?? []), ...vs]);
    for (const m of mates) m.toll = toll;
  }
}
