/**
 * timeline: event mentions merged across documents and stories (same type, shared participants,
 * compatible date and place); background mentions join the old event; ordered by date.
 */
import { createHash } from 'node:crypto';
import type { DateValue, DossierEvent, SpanRef } from '../../contract/dossier.ts';
import type { AnalysedDocument } from '../../contract/pipeline.ts';
import type { EntityResolution, Grouping, QuoteLedger } from '../types.ts';
import { ID_HEX_CHARS, KIN_TYPES, NEEDS_PARTICIPANT, NEWS_WINDOW_DAYS, SAME_STORY_WEIGHT, SPEECH_TYPES } from './constants.ts';
import { datesCompatible, finerDate, overlaps } from './_compat.ts';
import { actTypes } from './_acts.ts';
import { epochDay } from '../../analyse/dates/index.ts';

interface Item {
  type: string;
  summary: string;
  date: DateValue | null;
  participants: string[];
  place: string | null;
  evidence: SpanRef[];
  background: boolean;
  story: string | null;
  /** The storyline of its story (the story itself when the grouping gives none). */
  storyline: string | null;
  /** The page's day (ISO), to rank the events an undated mention may join. */
  docDate: string | null;
  /** The statements of the quote ledger its sentences quote (see saidAlike). */
  said: string[];
}

interface Cluster extends Omit<Item, 'story' | 'storyline' | 'docDate'> {
  stories: Set<string | null>; storylines: Set<string | null>; summaries: { s: string; bg: boolean }[];
}

function items(docs: AnalysedDocument[], res: EntityResolution, grouping: Grouping, ledger: QuoteLedger | null): Item[] {
  const out: Item[] = [];
  const quotesOf = new Map<string, { start: number; end: number; statementId: string }[]>();
  for (const q of ledger?.quotes ?? []) {
    if (!q.statementId) continue;
    const list = quotesOf.get(q.documentId) ?? [];
    list.push({ start: q.start, end: q.end, statementId: q.statementId });
    quotesOf.set(q.documentId, list);
  }
  const storylineOf = new Map(grouping.stories.map((s) => [s.id, s.storylineId ?? s.id]));
  const counts = new Map<string, number>();
  for (const { analysis } of docs) for (const e of analysis.events ?? []) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  // "detained" and "the detention", "quit" and "resigned": one act under one type (actTypes).
  const act = actTypes(counts);
  for (const { doc, analysis } of [...docs].sort((a, b) => a.doc.id.localeCompare(b.doc.id))) {
    const ids = res.globalIds.get(doc.id) ?? [];
    const story = grouping.storyOf.get(doc.id) ?? null;
    const storyline = story === null ? null : (storylineOf.get(story) ?? story);
    for (const e of analysis.events ?? []) {
      out.push({
        type: act.get(e.type) ?? e.type, summary: e.summary, date: e.date,
        participants: [...new Set(e.participants.map((i) => ids[i]).filter((x): x is string => !!x))].sort(),
        place: e.place === null ? null : (ids[e.place] ?? null),
        evidence: e.evidence.map((s) => ({ documentId: doc.id, start: s.start, end: s.end })),
        background: e.background,
        story,
        storyline,
        docDate: analysis.publishedAt?.slice(0, 10) ?? null,
        said: [...new Set((quotesOf.get(doc.id) ?? []).filter((q) => e.evidence.some((x) => q.start < x.end && x.start < q.end)).map((q) => q.statementId))].sort(),
      });
    }
  }
  // Dated first so undated mentions join an event that has a date.
  // ... and news before background, so a background mention finds every event told as news.
  // ... and, among those, mentions that name nobody and no place last, so each finds every event it might be (onlyEventOfItsDay).
  return out.sort((a, b) => Number(!a.date) - Number(!b.date) || Number(a.background) - Number(b.background)
    || Number(namesNothing(a)) - Number(namesNothing(b)));
}

/** A mention, or an event, that names no participant and no place. */
const namesNothing = (x: { participants: string[]; place: string | null }): boolean => !x.participants.length && !x.place;

/** Days since the epoch of an ISO date of any precision (its first day). */
const dayOf = (value: string): number => epochDay(value) ?? 0;

/** Entities a mention names: its participants and its place. */
const named = (x: { participants: string[]; place: string | null }): string[] => (x.place ? [...x.participants, x.place] : x.participants);

/**
 * Across stories, what two mentions of a generic type (an attack, a meeting) share must say it is one
 * act: a person or a place. A shared organisation alone (the police department, the sheriff's office)
 * names who tells of it, and tells of many acts.
 */
function sharedAcrossStories(c: Cluster, it: Item, kind: ReadonlyMap<string, string>): boolean {
  return named(c).some((x) => named(it).includes(x) && (kind.get(x) === 'person' || kind.get(x) === 'place'));
}

/**
 * Two mentions set in two places, unless one also names the other's place: "the memorial service at St Talloway's in
 * the town" is the service "in the town" (the church lies in the town), whichever of the two each sentence made its place.
 */
const placesDiffer = (a: { participants: string[]; place: string | null }, b: { participants: string[]; place: string | null }): boolean =>
  !!a.place && !!b.place && a.place !== b.place && !a.participants.includes(b.place) && !b.participants.includes(a.place);

/** Both dated to the very same day. */
const sameDay = (c: Cluster, it: Item): boolean =>
  !!c.date && !!it.date && c.date.precision === 'day' && it.date.precision === 'day' && c.date.value === it.date.value;

/**
 * Two sentences that quote one statement of the quote ledger (its rewordings and translations linked there: "The sea that
 * divided us becomes the road that joins us," the president said / Oldenvik said) tell one act of speech, whoever each
 * names as the speaker (the spokeswoman, the airline) and whichever story each page is in.
 */
const saidAlike = (c: { type: string; said: string[] }, it: { type: string; said: string[] }): boolean =>
  SPEECH_TYPES.has(it.type) && c.said.some((x) => it.said.includes(x));

/**
 * The words of an entity's names that are proper names: written capitalised wherever the corpus writes them ("Sallowby",
 * not "Port" or "City", which the corpus also writes in lower case), by entity id.
 */
function properNameWords(docs: readonly AnalysedDocument[], entities: EntityResolution['entities']): Map<string, string[]> {
  const lower = new Set<string>();
  for (const { doc } of docs) for (const w of doc.text.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []) lower.add(w);
  const out = new Map<string, string[]>();
  for (const e of entities) {
    const words = [...new Set([e.name, ...e.aliases].flatMap((n) => n.match(/(?<![\p{L}'’-])\p{Lu}\p{Ll}{3,}(?![\p{L}'’-])/gu) ?? []))]
      .filter((w) => !lower.has(w.toLowerCase()));
    if (words.length) out.set(e.id, words);
  }
  return out;
}

/**
 * Entities of two mentions that share a proper name ("police in the port city of Sallowby" / "the Police of the Port City
 * Sallowby", "Corrabay Container Terminal" / "Port Corrabay"): one place or body named two ways, which entity resolution,
 * matching whole names, kept apart.
 */
const namesAlike = (a: string[], b: string[], words: ReadonlyMap<string, readonly string[]>): boolean => {
  const inA = new Set(a.flatMap((x) => words.get(x) ?? []));
  return b.some((x) => (words.get(x) ?? []).some((w) => inA.has(w)));
};

function joins(c: Cluster, it: Item, kind: ReadonlyMap<string, string>, words: ReadonlyMap<string, readonly string[]> = new Map()): boolean {
  if (c.type !== it.type || !datesCompatible(c.date, it.date)) return false;
  // Two clauses of one sentence with the same type are two events (analyse/events keeps them apart).
  if (c.evidence.some((x) => it.evidence.some((y) => x.documentId === y.documentId && x.start === y.start))) return false;
  if (saidAlike(c, it)) return true;
  // One story, one type, the same day: one event, whoever and wherever each sentence names ("the men
  // would be handed over in Calvero on Thursday", said the spokeswoman), except for generic types.
  // So too the same month or year told as background ("the 1962 treaty" in three articles of one story).
  const sameDate = !!c.date && !!it.date && c.date.value === it.date.value && (c.date.precision === 'day' || (c.background && it.background));
  if (sameDate && c.stories.has(it.story) && !NEEDS_PARTICIPANT.has(it.type)) return true;
  // So too across the stories of one storyline (the ratification reported the day it happened and again in a later
  // story of the same happening, each naming the parliament its own way), unless each names another place.
  if (sameDay(c, it) && it.storyline !== null && c.storylines.has(it.storyline) && !NEEDS_PARTICIPANT.has(it.type)
    && !(c.place && it.place && c.place !== it.place)) return true;
  // A mention told as background ("since the signing", "signed the accord last year") joins the dated event
  // of its kind in any story; the best fit among them is chosen by the caller.
  // (The place a background line names is seldom the event's: "2026-11-17 - wreath at the Memorial; agreement signed".)
  if (it.background && c.date && !NEEDS_PARTICIPANT.has(it.type)) return true;
  // Same story, type, date and place ("the first meeting in Kastel in September"): one event too.
  if (c.date && it.date && c.date.value === it.date.value && c.place && c.place === it.place && c.stories.has(it.story)) return true;
  if (placesDiffer(c, it)) return false;
  // The place one mention names may be a participant of the other ("shooting in East Knox County" / "the East
  // Knox County man who died"): what both name counts, whichever role each sentence gave it.
  if (c.participants.length && it.participants.length) {
    // Across stories, one day's act of a specific type whose entities share a proper name is one act named two ways.
    if (sameDay(c, it) && !NEEDS_PARTICIPANT.has(it.type) && namesAlike(named(c), named(it), words)) return true;
    return overlaps(named(c), named(it)) && (c.stories.has(it.story) || !NEEDS_PARTICIPANT.has(it.type) || sharedAcrossStories(c, it, kind));
  }
  // Without participants on one side: only within a story, and only with a date on both sides
  // for generic types.
  if (!c.stories.has(it.story)) return false;
  return !NEEDS_PARTICIPANT.has(it.type) || (!!c.date && !!it.date);
}

/** Two different types that tell one act (KIN_TYPES). */
const kin = (a: string, b: string): boolean => a !== b && !!KIN_TYPES.get(a) && KIN_TYPES.get(a) === KIN_TYPES.get(b);

/**
 * A mention of a kindred type ("received a letter on Monday" / "the letter arrived yesterday", "will travel to X on
 * Wednesday" / "arrived in X today") is the same act only on the very same day and, when both name someone or somewhere,
 * naming someone or somewhere in common (a town receives many visitors in a day). Not two clauses of one sentence.
 */
function kinJoins(c: Cluster, it: Item): boolean {
  if (!kin(c.type, it.type) || !sameDay(c, it)) return false;
  if (c.evidence.some((x) => it.evidence.some((y) => x.documentId === y.documentId && x.start === y.start))) return false;
  if (c.place && it.place && c.place !== it.place) return false;
  return overlaps(named(c), named(it));
}

/**
 * An undated mention told as news that shares no participant with anything ("the gunmen who killed a police officer
 * during the ambush") is the one event of its kind its story dates, when the story dates exactly one (or the one most
 * of its pages tell): a story is the coverage of one happening. Speech acts are left alone (a story has many speakers).
 */
function onlyNewsOfItsKind(clusters: readonly Cluster[], it: Item): Cluster | undefined {
  if (it.date || it.background || it.story === null || !it.docDate || SPEECH_TYPES.has(it.type)) return undefined;
  // News of the page's weeks, not a year-old mention a page with no date could not tell as background.
  const recent = (x: Cluster): boolean => !!x.date && Math.abs(dayOf(x.date.value) - dayOf(it.docDate!)) <= NEWS_WINDOW_DAYS;
  const dated = clusters.filter((x) => x.type === it.type && recent(x) && !x.background && x.stories.has(it.story)
    && !x.evidence.some((e) => it.evidence.some((y) => e.documentId === y.documentId && e.start === y.start)));
  if (dated.length <= 1) return dated[0];
  // Of several, the one most of the story's pages tell is the happening the story covers ("the guards who lived through
  // the ambush" under a story of one ambush, whose pages also date a later raid on a depot): an undated mention
  // names that one, unless two are told alike.
  const pages = (x: Cluster): number => new Set(x.evidence.map((e) => e.documentId)).size;
  const [first, second] = [...dated].sort((a, b) => pages(b) - pages(a));
  return pages(first!) > pages(second!) ? first : undefined;
}

/**
 * A mention that names nobody and no place ("2024-03-05 - inquiry opened" in a blog's list of dates, "the count
 * starts on Friday") but is dated to the day is the one event of its type on that day, when the corpus holds
 * exactly one, in whatever story: it has nothing that could set it apart (failing one, of a kindred type: KIN_TYPES).
 * Generic types are left alone (many meetings, statements and attacks fall on one day).
 */
function onlyEventOfItsDay(clusters: readonly Cluster[], it: Item): Cluster | undefined {
  if (!namesNothing(it) || it.date?.precision !== 'day' || NEEDS_PARTICIPANT.has(it.type)) return undefined;
  const day = clusters.filter((x) => x.date?.precision === 'day' && x.date.value === it.date!.value
    && !x.evidence.some((e) => it.evidence.some((y) => e.documentId === y.documentId && e.start === y.start)));
  const same = day.filter((x) => x.type === it.type);
  // Failing one of its own type, the one of a kindred type ("the proposal reached the board on the 28th" / "directors
  // received the proposal late on Saturday"): the same act told from the other side.
  const only = same.length ? same : day.filter((x) => kin(x.type, it.type));
  return only.length === 1 ? only[0] : undefined;
}

/**
 * Two events of one type told of the very same day that share a person or a place are one event, even when no single
 * mention joined them: a mention joins one event only, so the mention that names what both share ("Hal Brenwick
 * conceded on Monday") may reach one of them after the other formed from a mention naming him another way ("Mr
 * Brenwick", an entity of its own). Not two clauses of one sentence, not two places; generic types (meetings, statements, attacks) only
 * within a story, where the greedy pass would have joined them too.
 */
function sameEventApart(a: Cluster, b: Cluster, kind: ReadonlyMap<string, string>): boolean {
  if (a.type !== b.type || !a.date || !b.date || a.date.precision !== 'day' || b.date.precision !== 'day' || a.date.value !== b.date.value) return false;
  if (placesDiffer(a, b)) return false;
  if (a.evidence.some((x) => b.evidence.some((y) => x.documentId === y.documentId && x.start === y.start))) return false;
  if (NEEDS_PARTICIPANT.has(a.type) && ![...a.stories].some((s) => b.stories.has(s))) return false;
  return named(a).some((x) => named(b).includes(x) && (kind.get(x) === 'person' || kind.get(x) === 'place'));
}

/** Merges, in place, the events sameEventApart finds told apart (the earlier-formed one absorbs the later). */
function bridge(clusters: Cluster[], kind: ReadonlyMap<string, string>): void {
  // Only events of one type on one day can be one: compare within those groups, not every pair of a large corpus's events.
  const groups = new Map<string, Cluster[]>();
  for (const c of clusters) {
    if (c.date?.precision !== 'day') continue;
    const key = `${c.type}|${c.date.value}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const absorbed = new Set<Cluster>();
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!, b = group[j]!;
        if (!sameEventApart(a, b, kind)) continue;
        a.participants = [...new Set([...a.participants, ...b.participants])].sort();
        a.place ??= b.place;
        a.evidence.push(...b.evidence);
        a.said = [...new Set([...a.said, ...b.said])].sort();
        for (const s of b.stories) a.stories.add(s);
        for (const s of b.storylines) a.storylines.add(s);
        a.summaries.push(...b.summaries);
        a.background &&= b.background;
        absorbed.add(b);
        group.splice(j, 1);
        j = i;
      }
    }
  }
  if (absorbed.size) clusters.splice(0, clusters.length, ...clusters.filter((c) => !absorbed.has(c)));
}

function eventId(c: Cluster): string {
  const first = [...c.evidence].sort((a, b) => a.documentId.localeCompare(b.documentId) || a.start - b.start)[0]!;
  const key = `${c.type}|${first.documentId}|${first.start}`;
  return `ev-${createHash('sha1').update(key).digest('hex').slice(0, ID_HEX_CHARS)}`;
}

/** Events merged across documents, in date order (undated last). Pure and order-independent. */
export function buildTimeline(docs: AnalysedDocument[], res: EntityResolution, grouping: Grouping, ledger: QuoteLedger | null = null): DossierEvent[] {
  const clusters: Cluster[] = [];
  const kind: ReadonlyMap<string, string> = new Map(res.entities.map((e) => [e.id, e.type]));
  const words = properNameWords(docs, res.entities);
  for (const it of items(docs, res, grouping, ledger)) {
    // Of the events it may join, the one of its own story naming most of its participants.
    const fit = (x: Cluster): number => (x.stories.has(it.story) ? SAME_STORY_WEIGHT : 0) + x.participants.filter((p) => it.participants.includes(p)).length;
    // An undated mention told as news joins the event nearest its page's day before one long past
    // ("The visit was announced last month" / "the first state visit since 2009").
    const gap = (x: Cluster): number => (it.date || !x.date || !it.docDate ? 0 : Math.abs(dayOf(x.date.value) - dayOf(it.docDate)));
    // A dated mention prefers the event of the very same date ("signed 11/17/2026" joins the signing of that day, not "earlier this month").
    const exact = (x: Cluster): number => Number(!!it.date && x.date?.value === it.date.value);
    // A mention quoting what an event quotes is that statement before any other its speaker made that day.
    const said = (x: Cluster): number => Number(saidAlike(x, it));
    const c = clusters.filter((x) => joins(x, it, kind, words))
      .sort((a, b) => said(b) - said(a) || fit(b) - fit(a) || exact(b) - exact(a) || Number(a.background) - Number(b.background) || gap(a) - gap(b))[0]
      ?? clusters.filter((x) => kinJoins(x, it)).sort((a, b) => fit(b) - fit(a))[0]
      ?? onlyNewsOfItsKind(clusters, it) ?? onlyEventOfItsDay(clusters, it);
    if (!c) {
      clusters.push({ ...it, participants: [...it.participants], evidence: [...it.evidence], said: [...it.said], stories: new Set([it.story]),
        storylines: new Set([it.storyline]), summaries: [{ s: it.summary, bg: it.background }] });
      continue;
    }
    c.date = finerDate(c.date, it.date);
    // Kin joined: the trigger's type names the act ("visit", not the "travel" of a plan told the day before), so later
    // mentions of that type find it.
    if (kin(c.type, it.type) && KIN_TYPES.get(it.type) === it.type) c.type = it.type;
    c.participants = [...new Set([...c.participants, ...it.participants])].sort();
    c.place ??= it.place;
    c.evidence.push(...it.evidence);
    c.said = [...new Set([...c.said, ...it.said])].sort();
    // A background mention from another story does not make the event part of that story.
    if (!it.background || c.stories.has(it.story) || c.participants.some((p) => it.participants.includes(p))) {
      c.stories.add(it.story);
      c.storylines.add(it.storyline);
    }
    c.summaries.push({ s: it.summary, bg: it.background });
    c.background &&= it.background;
  }
  bridge(clusters, kind);
  const events = clusters.map((c) => ({
    id: eventId(c),
    type: c.type,
    summary: (c.summaries.find((s) => !s.bg) ?? c.summaries[0]!).s,
    date: c.date,
    participantIds: c.participants,
    placeId: c.place,
    evidence: c.evidence.sort((a, b) => a.documentId.localeCompare(b.documentId) || a.start - b.start),
  }));
  return events.sort((a, b) => Number(!a.date) - Number(!b.date)
    || (a.date && b.date ? a.date.value.localeCompare(b.date.value) : 0) || a.id.localeCompare(b.id));
}
