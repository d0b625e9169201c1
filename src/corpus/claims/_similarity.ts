/** How alike two claims are: shared rare words, the same figure, the same event on the same day. */
import { MONTH_VALUE_LENGTH, NO_DAY_CONFLICT_TYPES, PERSON_UNITS, CROSS_STORY_ENTITY_TEXT, CROSS_STORY_LINE_ENTITY_TEXT, CROSS_STORY_EVENT_TEXT, CROSS_STORY_TEXT, CROSS_STORY_LINE_DAY_TEXT, CROSS_LINE_ANCHORED_MIN, CROSS_STORY_LINE_TEXT, W_ENTITY, W_EXTRA_ENTITY, MAX_EXTRA_ENTITIES, W_EVENT, W_SAME_DATE, W_DATE_ANCHOR, W_SAME_DAY, W_SAME_FIGURE, W_PHRASE, PHRASE_FULL_WEIGHT, PHRASE_MIN_IDF, TIME_WORDS } from './constants.ts';
import { keyTerms } from '../../analyse/claims/index.ts';
import type { ClaimItem } from './_features.ts';
import { isPersonClass, isTally, rangesApart, sameValue, type Figure } from './_figures.ts';
import { conflictBetween } from './_conflicts.ts';
import { DIMENSIONS, YEAR_TOLD } from './patterns.ts';
import { compatibleDate, eventsApart, sameEventDay, sameLineDay, tallyApart, wordedTypes } from './_days.ts';

export type Weights = Map<string, number>;


/** Base form of a demonym or adjective that the corpus also uses ("talvari" → "talvar", "orsennan" → "orsenna"). */
function folder(vocab: Set<string>): (t: string) => string {
  return (t) => {
    for (const suf of ['i', 'n', 'an', 'ese', 'ian']) {
      const base = t.slice(0, -suf.length);
      if (t.endsWith(suf) && base.length >= 5 && vocab.has(base)) return base;
    }
    // One word family: a short -ing form the stem keeps whole and a -ment noun go to the verb the corpus
    // also uses ("paying" / "payment" / "pay", "treatment" / "treat").
    for (const suf of ['ing', 'ment']) {
      const base = t.slice(0, -suf.length);
      if (t.endsWith(suf) && base.length >= 3 && vocab.has(base)) return base;
    }
    return t;
  };
}

/**
 * Key terms with demonyms folded to the words the corpus also uses. Rewrites `items` in place. Trigger
 * words stay as they are: the demonym fold on them too let clauses of two different acts word each
 * other's act (a demo regression).
 */
export function foldTerms(items: ClaimItem[]): void {
  const vocab = new Set(items.flatMap((i) => [...i.terms]));
  const fold = folder(vocab);
  // One word's key term, stemmed once for the whole corpus: the same words recur in clause after clause.
  const stemmed = new Map<string, string | undefined>();
  const termOf = (word: string): string | undefined => {
    if (!stemmed.has(word)) stemmed.set(word, keyTerms(word)[0]);
    return stemmed.get(word);
  };
  for (const it of items) {
    it.terms = new Set([...it.terms].map(fold));
    it.phrases = phrasesOf(it.claim.text, it.claim.numbers.map((n) => n.unit), fold, termOf);
  }
}

/** Key of a phrase in the weights (apart from the key terms'). */
const PHRASE_KEY = '\u0001';
const ARTICLE = /^(?:a|an|the)$/i;
const SCALE_WORD = /^(?:hundred|thousand|million|billion|trillion|dozen)s?$/i;

/**
 * Pairs of key terms next to each other in the clause (an article between them allowed), within one stretch of text
 * between punctuation ("opened a second ward" → "allow second", "second ward"): what an outlet
 * rewriting a fact keeps of it while it changes the verbs and the order of the sentence.
 */
function phrasesOf(text: string, units: string[], fold: (t: string) => string, termOf: (word: string) => string | undefined): Set<string> {
  // A figure and its unit are no phrase ("300 million mareks"): the figures weigh on their own.
  const unitTerms = new Set(units.flatMap((u) => keyTerms(u)));
  const out = new Set<string>();
  for (const stretch of text.split(/[,;:()\u2013\u2014"\u201c\u201d\u00ab\u00bb]|\s-\s|\.(?:\s|$)/)) {
    let prev: string | null = null;
    let prevName = false;
    for (const word of stretch.match(/[\p{L}][\p{L}'-]*/gu) ?? []) {
      // An article leaves a phrase whole ("opened a second ward"); any other function word ends it
      // ("the beaches of Lanvoy and Dunmallow" is a list of places, no phrase).
      if (ARTICLE.test(word)) continue;
      const t = termOf(word);
      const term = t && !SCALE_WORD.test(word) && !unitTerms.has(t) ? fold(t) : null;
      // Two capitalised words are a name ("the Amberlin Coast"): the entities weigh it, and a place
      // named in many clauses says nothing of what each tells.
      const name = /^\p{Lu}/u.test(word);
      if (prev && term && term !== prev && !(name && prevName)) out.add(`${PHRASE_KEY}${prev} ${term}`);
      prev = term;
      prevName = name;
    }
  }
  return out;
}

/**
 * Weight of the rare phrases two clauses of one storyline share ("a second ward" / "opened a second ward"), up to
 * W_PHRASE: a phrase of the story's name ("the Skerrow Ledge"), in every report, weighs little.
 */
function phraseBonus(a: ClaimItem, b: ClaimItem, w: Weights): number {
  // Only within one storyline: two stories may tell their own facts in the same phrases.
  if (!a.phrases || !b.phrases || a.line !== b.line) return 0;
  let shared = 0;
  for (const p of a.phrases) {
    const v = w.get(p) ?? 0;
    // A phrase in half the reports or more is the story's own wording, not one fact's.
    // ... and each of its words is rare too: a common word beside a verb ("the papers came") is no phrase of a fact.
    if (b.phrases.has(p) && v >= PHRASE_MIN_IDF && p.slice(PHRASE_KEY.length).split(' ').every((t) => (w.get(t) ?? 0) >= PHRASE_MIN_IDF)) shared += v;
  }
  return W_PHRASE * Math.min(1, shared / PHRASE_FULL_WEIGHT);
}

/** Inverse document frequency of each key term: words every article uses ("accord") weigh little. */
export function idf(items: ClaimItem[]): Weights {
  const docsWith = new Map<string, Set<string>>();
  const docs = new Set(items.map((i) => i.documentId));
  for (const it of items) for (const t of [...it.terms, ...(it.phrases ?? [])]) {
    const s = docsWith.get(t) ?? new Set<string>();
    s.add(it.documentId);
    docsWith.set(t, s);
  }
  const w: Weights = new Map();
  for (const [t, s] of docsWith) w.set(t, Math.log((docs.size + 1) / s.size));
  return w;
}

/**
 * Mean of weighted Jaccard and weighted containment (shared weight over the smaller side): a
 * paraphrase inside a longer clause ("... and opens Calvero to Talvari cargo ships") still scores.
 */
export function textSimilarity(a: Set<string>, b: Set<string>, w: Weights): number {
  let inter = 0;
  let wa = 0;
  let wb = 0;
  for (const x of a) { const v = w.get(x) ?? 0; wa += v; if (b.has(x)) inter += v; }
  for (const x of b) wb += w.get(x) ?? 0;
  const union = wa + wb - inter;
  if (!union) return 0;
  return (inter / union + inter / Math.max(1e-9, Math.min(wa, wb))) / 2;
}

/** People counted with what happened to them ("person:dead") are not people something else happened to. */
const measured = (cls: string): boolean => cls.startsWith('person:');
const compatibleClasses = (a: string, b: string): boolean => a === b || !(measured(a) && measured(b));

const assertedMemo = new WeakMap<ClaimItem, ClaimItem>();
/** The claim with only the figures it asserts (none it mentions in passing). */
function asserted(x: ClaimItem): ClaimItem {
  let v = assertedMemo.get(x);
  if (!v) {
    const figures = new Map([...x.figures].map(([k, fs]) => [k, fs.filter((f) => !f.passing)] as const).filter(([, fs]) => fs.length));
    v = { ...x, figures, numbers: new Map([...figures].map(([k, fs]) => [k, fs.map((f) => f.value)])) };
    assertedMemo.set(x, v);
  }
  return v;
}

/** A distance's question is one of a thing's dimensions (see LENGTH_AFTER): length, width, depth or height. */
const isDimension = (what: string | undefined): boolean => (DIMENSIONS as readonly (string | undefined)[]).includes(what);

/** Both claims state the same figure of the same kind of thing. */
export function sameFigure(a: ClaimItem, b: ClaimItem): boolean {
  for (const [cls, va] of a.numbers) {
    // "fourteen persons" counts the same people as "14 fishermen".
    const vb = isPersonClass(cls) ? [...b.numbers].filter(([k]) => k !== 'duration' && compatibleClasses(cls, k)).flatMap(([, v]) => v)
      : [...(b.numbers.get(cls) ?? []), ...[...b.numbers].filter(([k]) => PERSON_UNITS.has(k)).flatMap(([, v]) => v)];
    // "The pit is 14 metres deep" / "and 14 metres wide": one value of two dimensions (a depth, a width) is no
    // figure in common.
    const asked = (x: ClaimItem, v: number): Figure[] => (x.figures.get(cls) ?? []).filter((f) => f.value === v);
    const askedApart = (x: number, y: number): boolean => {
      const [xs, ys] = [asked(a, x), asked(b, y)];
      return xs.length > 0 && ys.length > 0 && xs.every((f) => ys.every((g) => isDimension(f.what) && isDimension(g.what) && f.what !== g.what));
    };
    if (va.some((x) => vb.some((y) => sameValue(x, y) && !askedApart(x, y)))) return true;
    // A bound that allows the other's count of the same thing ("more than 300 lifted" / "340 lifted"), or
    // an approximation it allows ("more than 100 officers" / "some 120 officers"). Two open bounds
    // ("more than 100" / "more than 300") state no figure in common. A limit ("deposits of up to 200,000") states
    // its ceiling, no sum below it ("bought the bank for a single ketral" is no figure of the limit).
    const fb = b.figures.get(cls) ?? [];
    const bounded = (f: Figure): boolean => f.lo !== f.hi && !f.limit;
    const open = (f: Figure): boolean => f.hi === Infinity;
    if (!isTally(cls) && (a.figures.get(cls) ?? []).some((x) => fb.some((y) => (bounded(x) || bounded(y)) && !x.limit && !y.limit && !(open(x) && open(y)) && !rangesApart(x, y)))) return true;
  }
  return false;
}

export function similarity(a: ClaimItem, b: ClaimItem, w: Weights): number {
  return tallyApart(a, b) || eventsApart(a, b) ? 0 : likeness(a, b, w);
}

/** How alike two claims are in words, events, dates, participants and figures, whatever day each counts for. */
export function likeness(a: ClaimItem, b: ClaimItem, w: Weights): number {
  const text = textSimilarity(a.terms, b.terms, w);
  let s = text;
  if (a.eventTypes.some((t) => b.eventTypes.includes(t)) || wordedTypes(a, b).length || wordedTypes(b, a).length) s += W_EVENT;
  if (sameEventDay(a, b) || (sameLineDay(a, b) && text >= CROSS_STORY_LINE_DAY_TEXT)) s += W_SAME_DAY;
  // The same month or day with a rare word of the fact in common anchors one fact more than dates that merely fit.
  else if (dateAnchored(a, b, w)) s += W_DATE_ANCHOR;
  else if (compatibleDate(a, b)) s += W_SAME_DATE;
  // Each further participant both name makes the pair likelier one fact ("printed by Tavistrel Press, a
  // Dessary firm" / "the papers came from Tavistrel Press in Dessary"), up to a few.
  const shared = a.entities.filter((e) => b.entities.includes(e)).length;
  if (shared) s += W_ENTITY + Math.min(shared - 1, MAX_EXTRA_ENTITIES) * W_EXTRA_ENTITY;
  // Two clauses that both mention a figure only in passing ("charged three men with the theft of seven
  // paintings" / "escaped with seven paintings") tell their own predicates; a clause that asserts the
  // count is alike to any that mentions it.
  if (sameFigure(asserted(a), b) || sameFigure(a, asserted(b))) s += W_SAME_FIGURE;
  return s + phraseBonus(a, b, w);
}

/**
 * Claims of two different stories align only when they describe the same thing: the same figure,
 * the same event on the same day, the same type of event in much the same words, or nearly the
 * same words.
 */
export function crossStoryOk(a: ClaimItem, b: ClaimItem, score: number, min: number, w: Weights): boolean {
  if (a.story === b.story || a.story === null || b.story === null) return true;
  // A follow-up of the same storyline needs what another story needs, but not the higher score; a report
  // the grouping left in a storyline of its own (a translation) that states the same figure for the same
  // day, or dates the same act to the same day, in alike words needs less than the higher score.
  if (a.line !== b.line && score < min && !(score >= CROSS_LINE_ANCHORED_MIN && ((a.asOf !== null && a.asOf === b.asOf && sameFigure(a, b)) || sameEventDay(a, b)))) return false;
  if (sameFigure(a, b) || sameEventDay(a, b)) return true;
  const text = textSimilarity(a.terms, b.terms, w);
  // The same one day in one storyline, with much of the wording in common.
  if (sameLineDay(a, b) && text >= CROSS_STORY_LINE_DAY_TEXT) return true;
  return text >= CROSS_STORY_TEXT
    // A follow-up of the storyline retelling a clause in nearly its words ("promised a preliminary report within
    // ninety days" / "We will publish a preliminary report within ninety days"), neither counting anything
    // ("took in 1,140 oiled birds in its first week" / "took in its first oiled birds the day before" tell two
    // things) and no day the two give otherwise.
    || (a.line === b.line && text >= CROSS_STORY_LINE_TEXT && !a.numbers.size && !b.numbers.size && !conflictBetween(a, b))
    || (text >= CROSS_STORY_EVENT_TEXT && (a.eventTypes.some((t) => b.eventTypes.includes(t)) || compatibleDate(a, b)))
    || dateAnchored(a, b, w)
    || (a.entities.some((e) => b.entities.includes(e)) && (text >= CROSS_STORY_ENTITY_TEXT
      || (a.line === b.line && toldAlike(a, b, w) >= CROSS_STORY_LINE_ENTITY_TEXT)));
}

/** Key terms of the words that place a clause in time ("on Monday", "in September", "two days later"), not what it tells. */
const TIME_TERMS: ReadonlySet<string> = new Set(TIME_WORDS.split(' ').flatMap((x) => keyTerms(x)));
const isTimeTerm = (t: string): boolean => TIME_TERMS.has(t) || /^\d+$/.test(t);

/**
 * Two clauses of one storyline that give the same date at the same precision ("in September" / "in September",
 * "on 12/15/2025" / "on 15.12.2025"), or one a day and the other its month (see sameMonthOrDay), and share a rare
 * word of what they tell besides the date ("a delivery of propylene glycol bought in September" / "sold the propylene
 * glycol in September"): the date and the word together anchor one fact, however differently the two outlets word
 * the rest.
 */
export function dateAnchored(a: ClaimItem, b: ClaimItem, w: Weights): boolean {
  // A year alone is no anchor: one storyline tells many things of its year ("began last spring" / "began last summer"),
  // unless both clauses tell the same kind of event (see yearOfEvent).
  if (a.line === null || a.line !== b.line) return false;
  if (!a.stated.some((d) => d.length >= MONTH_VALUE_LENGTH && b.stated.some((e) => sameMonthOrDay(d, e))) && !yearOfEvent(a, b) && !yearOfEvent(b, a)) return false;
  // Nor are the words of who says it ("a government spokesman said" / "asked the government for money").
  const sa = speakerTerms(a);
  const sb = speakerTerms(b);
  for (const t of a.terms) if (b.terms.has(t) && !isTimeTerm(t) && !sa.has(t) && !sb.has(t) && (w.get(t) ?? 0) >= PHRASE_MIN_IDF) return true;
  return false;
}

/**
 * `y` dates its fact only to a year it names ("failed a stability inspection last year"; see YEAR_TOLD) and `m` dates the same kind of event to a
 * month or day of that year ("failed a safety inspection in September 2025"): an outlet looking back months on keeps the
 * year of a happening and drops its month, so the year anchors one event as a month does, when both tell one kind of
 * event (not a saying or a visit, told of many things a year). A year against a bare fact of it anchors nothing.
 */
function yearOfEvent(y: ClaimItem, m: ClaimItem): boolean {
  if (!y.stated.length || y.stated.some((d) => d.length >= MONTH_VALUE_LENGTH) || !YEAR_TOLD.test(y.claim.text)) return false;
  if (!y.eventTypes.some((t) => !NO_DAY_CONFLICT_TYPES.has(t) && m.eventTypes.includes(t))) return false;
  return y.stated.some((d) => m.stated.some((e) => e.length >= MONTH_VALUE_LENGTH && e.startsWith(`${d}-`)));
}

/**
 * Two dates that place one fact at the same month or day: the same month or day, or a day and its month ("overhauled
 * in Korrasund on December 2" / "an overhaul in December"): one outlet gives the day, another only its month. Two days
 * of one month are two days.
 */
function sameMonthOrDay(d: string, e: string): boolean {
  if (d.length < MONTH_VALUE_LENGTH || e.length < MONTH_VALUE_LENGTH) return false;
  return d === e || (e.length === MONTH_VALUE_LENGTH && d.startsWith(e)) || (d.length === MONTH_VALUE_LENGTH && e.startsWith(d));
}

const speakerMemo = new WeakMap<ClaimItem, Set<string>>();
/** Key terms of who the clause says speaks, once per clause. */
function speakerTerms(x: ClaimItem): Set<string> {
  let v = speakerMemo.get(x);
  if (!v) speakerMemo.set(x, (v = new Set(x.agent ? keyTerms(x.agent) : [])));
  return v;
}

/**
 * How alike two clauses word what they tell, leaving out the words of who says it: two lines of one
 * person ("harbour master Ansel Dessary said 57 trawlers had docked" / "'The trawlers were ready,'
 * harbour master Ansel Dessary said") share the speaker, not a fact.
 */
function toldAlike(a: ClaimItem, b: ClaimItem, w: Weights): number {
  const speaker = new Set([a.agent, b.agent].flatMap((x) => (x ? keyTerms(x) : [])));
  if (!speaker.size) return textSimilarity(a.terms, b.terms, w);
  const told = (x: ClaimItem): Set<string> => new Set([...x.terms].filter((t) => !speaker.has(t)));
  return textSimilarity(told(a), told(b), w);
}
