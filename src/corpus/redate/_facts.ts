/** What the trusted pages of a story date: events by type and day, and every day they state. */
import type { AnalysedDocument, DocAnalysis, EventMention, LocalEntity } from '../../contract/pipeline.ts';
import { epochDay } from '../../analyse/dates/index.ts';
import { nameKey as entityNameKey } from '../../analyse/entities/index.ts';
import { agreedDay } from './_event-days.ts';
import { spanAt } from '../../util/index.ts';
import { COMMON_WORDS, SETTING_MIN_DAYS, SPELLING_VARIANTS, UNTRUSTED_METHODS } from './constants.ts';

/** One dated event as a page tells it: its type, its day, and the names of who and where. */
export interface DatedEvent {
  type: string;
  day: number;
  /** Lower-cased names and aliases of its participants and place. */
  names: Set<string>;
}

export interface StoryFacts {
  events: DatedEvent[];
  /** Every day a trusted page states at day precision. */
  days: Set<number>;
  /**
   * The story's setting: places its trusted pages put events in on SETTING_MIN_DAYS days or more (the country, the
   * province). Every event of the story happens there, so naming one tells two events apart no better than naming nobody.
   * Only places here: to date an undated page, a contradiction through the union on strike still keeps it from a day two
   * weeks off (see `namedOften`, used where the setting may only spare a page).
   */
  setting: Set<string>;
  /**
   * What besides people the trusted pages' events name on SETTING_MIN_DAYS days or more, whatever each name is typed as:
   * the setting, and the state, body or thing every event of the story involves ("the government of <X>", the union on
   * strike), which a page may type a place or an organisation. See recheckDate.
   */
  namedOften: Set<string>;
  /**
   * Types of event the trusted pages tell on SETTING_MIN_DAYS days or more (statements, meetings): a kind of thing that
   * happens on many days of a story, so one more day of it ("the bidder said yesterday") contradicts nothing the story
   * dates, even by someone it names: it does not keep an anchored undated page from its day (see clearlyAnchored).
   */
  recurring: Set<string>;
  /** Day → the content words of each trusted sentence that states it ("divers will begin searching the hull on Wednesday"). */
  toldOn: Map<number, Set<string>[]>;
  /**
   * Event type → the earliest day two or more trusted pages date an event of that type on (see agreedDay): the day the
   * story's pages agree its happening of that kind took place (the collapse, the attack), later days being follow-ups'.
   */
  agreedDays: Map<string, number>;
}

/** A page whose own day we believe: it carries a date from its page or metadata, not a guess. */
export function hasTrustedDate({ analysis }: AnalysedDocument): boolean {
  const p = analysis.dateProvenance;
  return analysis.publishedAt !== null && !p.inferred && !UNTRUSTED_METHODS.includes(p.method);
}

/** The day of a day-precision value, or null for months, years and undated. */
export function dayOf(date: { value: string; precision: string } | null): number | null {
  return date && date.precision === 'day' ? epochDay(date.value) : null;
}

/** Entities an event names: its participants and its place. */
function namedEntities(e: EventMention, analysis: DocAnalysis): LocalEntity[] {
  const ids = e.place === null ? e.participants : [...e.participants, e.place];
  return ids.map((i) => analysis.entities[i]).filter((ent): ent is LocalEntity => ent !== undefined);
}

/**
 * One word of a name as any page may spell it: in one spelling ("defense" / "defence"), and a demonym folded to its
 * country ("Keshian" / "Keshia", "Oranean" / "Oranea"): pages name the same body "the Keshian interior ministry" and
 * "Keshia's Interior Ministry".
 */
function wordKey(word: string): string {
  const spelt = SPELLING_VARIANTS.get(word) ?? word;
  return spelt.length >= 6 ? spelt.replace(/([ie])an$/u, '$1a') : spelt;
}

/** A possessive ending on any word of a name ("Varn's", "workers'"): the entities key drops it only at the end. */
const POSSESSIVE = /['\u2019]s?(?=\s|$)/gu;

/**
 * The key names are compared by: the entities stage's (lower case, accents off, dots and hyphens to spaces, no leading
 * "the"), without possessives on any word ("Varn's" / "Varn"), word by word in one spelling with demonyms folded (see `wordKey`).
 */
export function nameKey(name: string): string {
  return entityNameKey(name.replace(POSSESSIVE, '')).split(' ').filter((w) => w !== '').map(wordKey).join(' ');
}

/** Names and aliases of entities, normalised (see `nameKey`). */
function namesOf(entities: LocalEntity[]): Set<string> {
  const out = new Set<string>();
  for (const ent of entities) {
    out.add(nameKey(ent.name));
    for (const a of ent.aliases) out.add(nameKey(a));
  }
  return out;
}

/** Names of everyone and everything an event names, lower-cased, with their aliases. */
export function eventNames(e: EventMention, analysis: DocAnalysis): Set<string> {
  return namesOf(namedEntities(e, analysis));
}

/** The day-precision events of one analysis. */
export function datedEvents(analysis: DocAnalysis): DatedEvent[] {
  const out: DatedEvent[] = [];
  for (const e of analysis.events) {
    const day = dayOf(e.date);
    if (day !== null) out.push({ type: e.type, day, names: eventNames(e, analysis) });
  }
  return out;
}

/** Content words of the sentence around `at`: longer words, lower-cased, without the words of dates and reporting. */
export function sentenceWords(text: string, analysis: DocAnalysis, at: number): Set<string> {
  const s = spanAt(analysis.sentences, at);
  return contentWords(s ? text.slice(s.start, s.end) : '');
}

/** Content words of a stretch of text, as sentenceWords takes them. */
export function contentWords(told: string): Set<string> {
  const words = told.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  return new Set(words.filter((w) => !COMMON_WORDS.has(w)));
}

/** Names and aliases of the places an event names (its place, and participants that are places), lower-cased. */
export function placeNames(e: EventMention, analysis: DocAnalysis): Set<string> {
  return namesOf(namedEntities(e, analysis).filter((ent) => ent.type === 'place'));
}

/** Names and aliases of what an event names besides people, lower-cased. */
function nonPersonNames(e: EventMention, analysis: DocAnalysis): Set<string> {
  return namesOf(namedEntities(e, analysis).filter((ent) => ent.type !== 'person'));
}

/** Names the trusted pages put in events on many days (see `StoryFacts.setting`). */
function settingOf(placed: { day: number; places: Set<string> }[]): Set<string> {
  const daysOf = new Map<string, Set<number>>();
  for (const { day, places } of placed) {
    for (const p of places) {
      const days = daysOf.get(p);
      if (days) days.add(day); else daysOf.set(p, new Set([day]));
    }
  }
  return new Set([...daysOf].filter(([, days]) => days.size >= SETTING_MIN_DAYS).map(([p]) => p));
}

/** Event types told on SETTING_MIN_DAYS days or more (see `StoryFacts.recurring`): counted as settingOf counts names. */
const recurringTypes = (events: DatedEvent[]): Set<string> => settingOf(events.map((e) => ({ day: e.day, places: new Set([e.type]) })));

/**
 * The setting with the longer forms of its names among `names`: a body named often by its short name ("Corvell",
 * "Dunholt") is the same body by its full one ("Corvell Glassworks", "Dunholt Holdings"), and a page may use only the
 * one its story names on few days. A longer form is a name whose first words are a setting name.
 */
export function withLongerForms(setting: ReadonlySet<string>, names: Iterable<string>): Set<string> {
  const out = new Set(setting);
  for (const n of names) {
    const words = n.split(' ');
    for (let i = 1; i < words.length && !out.has(n); i++) if (setting.has(words.slice(0, i).join(' '))) out.add(n);
  }
  return out;
}

/** Pool what the trusted pages date. */
export function storyFacts(trusted: AnalysedDocument[]): StoryFacts {
  const events: DatedEvent[] = [];
  const days = new Set<number>();
  const placed: { day: number; places: Set<string> }[] = [];
  const named: { day: number; places: Set<string> }[] = [];
  const toldOn = new Map<number, Set<string>[]>();
  for (const { doc, analysis } of trusted) {
    events.push(...datedEvents(analysis));
    for (const e of analysis.events) {
      const day = dayOf(e.date);
      if (day === null) continue;
      placed.push({ day, places: placeNames(e, analysis) });
      named.push({ day, places: nonPersonNames(e, analysis) });
    }
    for (const m of analysis.dates) {
      const day = dayOf(m.date);
      if (day === null) continue;
      days.add(day);
      const told = toldOn.get(day);
      const words = sentenceWords(doc.text, analysis, m.start);
      if (told) told.push(words); else toldOn.set(day, [words]);
    }
  }
  const agreedDays = new Map<string, number>();
  for (const type of new Set(events.map((e) => e.type))) {
    const day = agreedDay(trusted, type);
    if (day !== null) agreedDays.set(type, day);
  }
  return { events, days, setting: settingOf(placed), namedOften: settingOf(named), recurring: recurringTypes(events), toldOn, agreedDays };
}
