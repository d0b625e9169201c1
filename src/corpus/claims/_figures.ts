/**
 * What a figure counts and how exactly: people are counted by what happened to them ("29 people
 * died" and "12,000 people were evacuated" are different figures), and a figure may be a bound
 * ("at least 31", "more than 15,000") or approximate ("about 12,000").
 */
import type { ClaimMention, NumberMention } from '../../contract/pipeline.ts';
import { KEPT_SHUT, NO_END_SET, OPEN_ENDED_STATE, keyTerms, singular, wordValue } from '../../analyse/claims/index.ts';
import { CLOCK_APPROX_MINUTES, CLOCK_CLASS, CLOCK_MAX_APART_MINUTES, CLOCK_SAME_HAPPENING_TERMS, CLOCK_TOLERANCE_MINUTES, MINUTES_PER_DAY, GENERIC_UNITS } from './constants.ts';

/** A determiner or owner right before a count of crew ("the 14 sailors", "its crew of 14"): the whole crew, told as known. */
const WHOLE_CREW_BEFORE = /\b(?:the|its|their|[\p{L}]+['’]s)\s+$/iu;
/** A ship's crew told by its size ("its crew of 16", "a crew of 16"). */
const CREW_OF_BEFORE = /\b(?:the|its|their|a|[\p{L}]+['’]s)\s+crew\s+of\s+$/iu;

/** A unit word that is a participle, never a thing counted ("died", "missing", "hurt"). */
const PARTICIPLE_UNIT = /^(?:[a-z]{2,}(?:ed|ing)|hurt)$/;

/** A unit word that is a past participle ("released", "pledged"), not a noun in -ing or -eed ("painting", "seed"). */
const PAST_PARTICIPLE_UNIT = /^[a-z]{3,}(?<!e)ed$/;

/** Classes of figures that are no price: a move in percent, a duration, a time of day. */
const NOT_PRICED: ReadonlySet<string> = new Set(['percent', 'duration', CLOCK_CLASS]);
import { APPROX_TOLERANCE, FEW_RANGE, FIXED_MEASURES, NUMBER_TOLERANCE, PART_SUFFIX, SHARE_SUFFIX, TRADED_SUFFIX, WHOLE_SUFFIX, WORLD_SUFFIX, OTHERS_SUFFIX, POSITION_QUESTION, HUMAN_UNITS, TRAVELLER_UNITS, MEASURES, RATE_SUFFIX, MEASURE_WINDOW_CHARS, THING_MEASURES, MINUTES, LITRES, TALLY_MEASURES, UNIT_ALIASES, UNIT_MEASURE } from './constants.ts';
import { ADDED_BEFORE, APPROXIMATE_BEFORE, CLOCK_APPROX_BEFORE, CLOCK_SPEAKER_BEFORE, NAMED_DOER_HEAD, ORDINAL_WORD, BEFORE_HAPPENING_AFTER, SPEAKER_OBJECT_THAT, BOUND_WORDS_AT_END, CLAUSE_OPENER, LAST_WORD, NAMED_RATE_BEFORE, REJECTED_BEFORE, AT_MOST_BEFORE, CONVERSION_BETWEEN, LIMIT_BEFORE, LOWER_BOUND_BEFORE, PASSING_BEFORE, AIMED_AT_BEFORE, NEARLY_BEFORE, NAMED_PART_AFTER, ONE_NAMED_AFTER, PART_AFTER, CARRIED_BEFORE, CONTRASTED_PART_BEFORE, NEGATED_AFTER, PART_OF_WHOLE_BETWEEN, REJECTED_FIGURE_AFTER, HALF_OF_DAY, TWELVE_HOUR_CLOCK, PLACE_AFTER, PLACE_BEFORE, TIME_NAME, TRADED_PRICE, CHANGED_TO_BEFORE, DISTANCE_UNIT, RADIUS_BEFORE, RADIUS_AFTER, POSITION_AFTER, LENGTH_AFTER, LENGTH_BEFORE, DIMENSION_BEFORE, DIMENSIONS, EXTENT_AFTER, VAGUE_SCALE, WORLD_SCOPE, RATE_AFTER, OTHERS_FIGURE, ORDINAL_PART_BEFORE, COORDINATED_BETWEEN, NAMED_ONE_AND_BEFORE, AREA_OR_VOLUME, WHOLE_COUNT_BEFORE, FIGURE_PUT_AT } from './patterns.ts';

export interface Figure {
  value: number; lo: number; hi: number;
  /** What happened to the counted things when they are not people ("diverted", "waiting"), if the clause says. */
  what?: string;
  /** The place the figure is counted in, when the words next to it name one ("in Brellmoor", "abroad"), lower-cased. */
  where?: string;
  /** The clause says the thing has not happened to what the figure counts ("40 houses had not yet been searched"). */
  negated?: true;
  /** The clause tells the figure as a change to a new value ("extended the ban to 50 kilometres"): it replaces an earlier one, never disputes it. */
  revised?: true;
  /** The figure names a limit ("up to 100,000 per saver"): its upper end is told as exactly as a plain figure. */
  limit?: true;
  /** The clause mentions the figure in passing ("over the theft of seven paintings"), not as what it asserts. */
  passing?: true;
  /** The figure, in passing, counts those an aim is for, taken as known ("a bid to reach the eight miners"): it disputes no other count. */
  aimed?: true;
  /** The range of the figure the clause says is wrong ("fourteen hours, not the nine the company has given"), in the figure's class. */
  rejects?: { lo: number; hi: number };
  /** Of a time of day: the key terms, in text order, of the words that tell what happened then ("the alarm was raised at" → alarm, rais). */
  of?: string[];
  /** The figure is told as the whole of what it counts ("all 11 hospitals"): a total, the same whatever day it is told on. */
  total?: true;
  /** Of a time of day: the key terms of a happening the sentence sets after it ("at 4.10 a.m., before the breach" → breach). */
  precedes?: string[];
  /** Of a time of day: its clause opens with a doer ("Varnholt, 58, announced", "She announced"), so the first term of `of` is the act. */
  actFirst?: true;
  /** Of a duration: the key term of what lasted that long ("a 40-minute flight", "The flight from Orvel occupies 90 minutes": flight). */
  timed?: string;
  /** The figure is told as approximate ("about 840", "some 900"): it is rounded to the place it is written to. */
  approx?: true;
  /** The figure is put at "the number" or "the figure" ("put the number at about 7,000"): it answers the count told just before. */
  answers?: true;
  /** The clause tells this figure only to reject it, right after its own ("40 metres of fence, not the 30 metres first reported"): it agrees with no one. */
  rejected?: true;
  /** Of a figure told as the size or worth of a named thing ("a relief fund of 3 million", "a 2.5 million relief fund", "the scheme, worth 5 million"): the key term of that thing's head. */
  sized?: string;
}

export function unitClass(unit: string): { cls: string; factor: number } {
  const u = UNIT_ALIASES[unit] ?? unit;
  if (u in MINUTES) return { cls: 'duration', factor: MINUTES[u]! };
  if (u in LITRES) return { cls: 'litre', factor: LITRES[u]! };
  return { cls: u, factor: 1 };
}

/**
 * A length unit told as an area or a volume ("900 cubic metres", "40 square kilometres") is a class of its own
 * (see AREA_OR_VOLUME): "cubic metre", "square metre", never the length class "metre".
 */
function lengthPowered(u: { cls: string; factor: number }, told: string): { cls: string; factor: number } {
  const m = DISTANCE_UNIT.test(u.cls) ? AREA_OR_VOLUME.exec(told) : null;
  if (!m) return u;
  const power = /^(?:cubic|cu)$/i.test(m[1]!) ? 'cubic' : 'square';
  return { cls: `${power} ${u.cls}`, factor: u.factor };
}

/** The same time of day twelve hours on (or back): 6:52 for 18:52, 18:52 for 6:52, in minutes after midnight. */
const otherHalfOfDay = (minutes: number): number => (minutes + MINUTES_PER_DAY / 2) % MINUTES_PER_DAY;

/** The number mention that tells a figure of this value: its own value, or for a time of day told without its half, the other half's too. */
export const toldAs = (n: NumberMention, value: number): boolean => {
  const { cls, factor } = unitClass(n.unit);
  return n.value * factor === value || (cls === CLOCK_CLASS && otherHalfOfDay(n.value) === value);
};

/** What happened to the people (or things) counted, each predicate in `part` in the order it appears. */
function measuresIn(part: string, list: ReadonlyArray<readonly [string, RegExp]> = MEASURES): string[] {
  return list.flatMap(([name, re]) => { const m = re.exec(part); return m ? [{ at: m.index, name }] : []; })
    .sort((a, b) => a.at - b.at).map((x) => x.name);
}

/**
 * What happened to counted things other than people: the verb the count is the object of ("holding
 * five aid workers ... released one of them" holds the five), else the words after the figure, else before it.
 */
const thingMeasure = (after: string, before: string): string | undefined =>
  measuresIn(LAST_WORD.exec(before.replace(BOUND_WORDS_AT_END, ''))?.[1] ?? '', THING_MEASURES)[0]
  ?? measuresIn(after, THING_MEASURES)[0] ?? measuresIn(before, THING_MEASURES).at(-1);

/** What happened to the people a figure counts, from the words after it (else the words inside it, else before it). */
function measureOf(after: string, before: string, inside = ''): string | null {
  // "the coach was carrying 48 people": the verb right before the count names it, whatever follows.
  if (CARRIED_BEFORE.test(before)) return 'aboard';
  // "killing at least five civilians and wounding 14": the verb the count is the object of names it,
  // whatever the next predicate after it tells.
  const governing = measuresIn(LAST_WORD.exec(before.replace(BOUND_WORDS_AT_END, ''))?.[1] ?? '')[0];
  if (governing) return governing;
  // After the figure the first predicate counts; before it, the last within the figure's own clause.
  // A participle set between the count and its noun ("some 40 stranded walkers were flown out", "nine injured
  // passengers") tells what happened to those counted, when no predicate after the figure tells it.
  return measuresIn(after)[0] ?? measuresIn(inside)[0] ?? measuresIn(ownClause(before)).at(-1) ?? null;
}

/** The words of a count's mention between its figure and its noun ("300 evacuated residents" → "evacuated"); none when the noun follows the figure. */
const betweenCountAndNoun = (mention: string): string => /^\S+\s+(.+)\s+\S+$/.exec(mention.trim())?.[1] ?? '';

/** The words before a figure from the last connective that opens its clause on. */
function ownClause(before: string): string {
  const opener = [...before.matchAll(CLAUSE_OPENER)].at(-1);
  return opener ? before.slice(opener.index + opener[0].length) : before;
}

/** Which question a distance answers (see DISTANCE_UNIT): a zone's reach, a position, a dimension (length, width, depth, height), a stretch covered, or unknown. */
function distanceQuestion(after: string, before: string): string | undefined {
  if (RADIUS_BEFORE.test(before) || RADIUS_AFTER.test(after)) return 'reach';
  if (LENGTH_BEFORE.test(before) && !EXTENT_AFTER.test(after)) return 'length';
  if (POSITION_AFTER.test(after)) return POSITION_QUESTION;
  const dimension = LENGTH_AFTER.exec(after) ?? DIMENSION_BEFORE.exec(before);
  if (dimension) return dimensionOf(dimension);
  return EXTENT_AFTER.test(after) ? 'stretch' : undefined;
}

/** The dimension (length, width, depth, height) whose group matched in LENGTH_AFTER or DIMENSION_BEFORE. */
const dimensionOf = (m: RegExpExecArray): string => DIMENSIONS[m.slice(1).findIndex((g) => g !== undefined)] ?? 'length';

/** The place named right after a figure (else right before it), or undefined; a month or weekday is no place. */
function placeOf(after: string, before: string): string | undefined {
  const m = PLACE_AFTER.exec(after) ?? PLACE_BEFORE.exec(before);
  const place = m?.[1] ?? m?.[2];
  return place && !TIME_NAME.test(place) ? place.toLowerCase() : undefined;
}

/**
 * The minutes a time of day allows: a time told to the minute is read to a minute or two either way,
 * one told as approximate ("at about 12.20am", "shortly after 7:10") to a quarter of an hour.
 */
function clockRange(before: string, v: number): { lo: number; hi: number } {
  const slack = CLOCK_APPROX_BEFORE.test(before) ? CLOCK_APPROX_MINUTES : CLOCK_TOLERANCE_MINUTES;
  return { lo: v - slack, hi: v + slack };
}

/** Minutes between two times of day, round the clock (23:58 and 00:03 are five minutes apart). */
const clockDistance = (a: number, b: number): number => { const d = Math.abs(a - b) % MINUTES_PER_DAY; return Math.min(d, MINUTES_PER_DAY - d); };

/**
 * Two times of day that cannot be one reported moment: their allowed minutes do not meet, round the clock
 * ("1.58am" / "2.05am" are; "about 2am" / "1.58am" and "7:09" / "7:10" are not).
 */
export const clockApart = (a: Figure, b: Figure): boolean =>
  clockDistance(a.value, b.value) > (a.hi - a.lo) / 2 + (b.hi - b.lo) / 2;

/**
 * What a time of day is the time of: the key terms, in text order, of its clause before it, after any speaker
 * ("a union official said the alarm was not raised until the 5:40 a.m. head count" → alarm, rais), or after it when the time
 * opens the clause ("At 5:40 the alarm was raised").
 */
function happeningOf(before: string, after: string): { of: string[]; actFirst?: true } {
  const inOrder = (text: string): string[] => [...new Set(text.split(/\s+/).flatMap((w) => keyTerms(w)))];
  const cut = [...before.matchAll(CLOCK_SPEAKER_BEFORE)].at(-1);
  const told = cut ? before.slice(cut.index! + cut[0].length).replace(SPEAKER_OBJECT_THAT, '') : before;
  const doer = NAMED_DOER_HEAD.exec(told);
  const terms = inOrder(doer ? told.slice(doer[0].length) : told);
  return terms.length ? { of: terms, ...(doer ? { actFirst: true as const } : {}) } : { of: inOrder(after) };
}

/** The key terms, ordinals aside, of the happening the words after a time of day set it before ("..., before the first breach" → breach), if any. */
function precededHappening(after: string): string[] {
  const m = BEFORE_HAPPENING_AFTER.exec(after);
  return m ? keyTerms(m[1]!).filter((t) => !ORDINAL_WORD.test(t)) : [];
}

/**
 * One time of day told as before the happening another is the time of ("sounded the siren at 4.10 a.m., before the
 * breach" / "the first breach came at 4.35 a.m."): two happenings, whose times dispute nothing.
 */
export const toldBefore = (a: Figure, b: Figure): boolean =>
  !!a.precedes?.some((t) => b.of?.includes(t)) || !!b.precedes?.some((t) => a.of?.includes(t));

/** Key terms of a thing arriving where it was going ("the message reached my phone", "arrived", "was received"). */
const ARRIVAL_TERMS: ReadonlySet<string> = new Set(['reach', 'arriv', 'receiv']);
/** Key terms of a thing being sent off ("the text went out", "was sent", "departed", "was dispatched"). */
const SENDING_TERMS: ReadonlySet<string> = new Set(['send', 'depart', 'dispatch']);
/** A clause's happening is a sending: a sending verb, or "went/goes out". */
const isSending = (of: readonly string[]): boolean => of.some((t) => SENDING_TERMS.has(t)) || (of.includes('out') && of.some((t) => t === 'go' || t === 'goes'));
const isArrival = (of: readonly string[]): boolean => of.some((t) => ARRIVAL_TERMS.has(t));

/**
 * One time of day told of a thing's sending and the other of its arrival ("the warning text went out at 3.47 a.m." /
 * "the text reached my phone at 4:02"): the two ends of one passage, whose times dispute nothing however near.
 */
export function sentAndArrived(a: Figure, b: Figure): boolean {
  if (!a.of || !b.of) return false;
  const [sa, sb, ra, rb] = [isSending(a.of), isSending(b.of), isArrival(a.of), isArrival(b.of)];
  return (sa && !ra && rb && !sb) || (sb && !rb && ra && !sa);
}

/**
 * Two times of day told of the same happening: their clauses name the same thing first (ordinals aside: "the first
 * coast guard boat" / "the coast guard's first boat"), share CLOCK_SAME_HAPPENING_TERMS key terms with it (the thing
 * and the act: "the alarm was raised at 2.05am" / "the alarm was not raised until the 5:40 a.m. head count") and the
 * same ordinals ("the first boat" is not "the second boat"). "The fire started at 2.10am" and "the last crew left at
 * 6.00am" tell two happenings, and so do "the ferry capsized at 12.20am" and "the lifeboat reached the capsized ferry".
 */
export function sameHappening(a: Figure, b: Figure): boolean {
  if (!a.of || !b.of) return false;
  const [oa, ob] = [a.of.filter((t) => ORDINAL_WORD.test(t)), b.of.filter((t) => ORDINAL_WORD.test(t))];
  if (oa.sort().join(' ') !== ob.sort().join(' ')) return false;
  const theirs = new Set(b.of);
  // A clause that names the happening in one word ("and the Touching was at 18:52") names it as any clause using that word does.
  if (Math.min(a.of.length, b.of.length) === 1) return a.of.some((t) => theirs.has(t));
  // Two clauses that open with their doer and then the same verb ("Varnholt announced her resignation at 10 a.m." /
  // "She announced her decision at 8.30am") tell one act, whatever they call its object.
  if (a.actFirst && b.actFirst && a.of[0] === b.of[0]) return true;
  const head = (of: string[]): string | undefined => of.find((t) => !ORDINAL_WORD.test(t));
  if (head(a.of) === undefined || head(a.of) !== head(b.of)) return false;
  return a.of.filter((t) => theirs.has(t)).length >= CLOCK_SAME_HAPPENING_TERMS;
}

/**
 * Two figures that answer the same question: things different things happened to are counted apart ("11 ships
 * diverted" / "40 ships waiting at anchor"), so are things counted in two places ("38 branches in one country" /
 * "three branches in another"), what a thing has not yet happened to ("40 houses had not yet been searched") and a
 * figure told as changed to a new value ("extended the ban to 50 kilometres").
 */
export const sameQuestion = (x: Figure, y: Figure): boolean => (!x.what || !y.what || x.what === y.what) && (!x.where || !y.where || x.where === y.where)
  && !x.negated === !y.negated && !x.revised === !y.revised;

/** Two times of day close enough to be told of one happening even when their clauses word it apart ("the balloon came down at 7.40" / "the crash at 7.55"). */
export const clockNearby = (a: Figure, b: Figure): boolean => clockDistance(a.value, b.value) <= CLOCK_MAX_APART_MINUTES;

/** Two times of day stated as the same moment (within the tolerance of a time told to the minute). */
export const sameClock = (a: number, b: number): boolean => clockDistance(a, b) <= CLOCK_TOLERANCE_MINUTES;

/**
 * A time of day told on a twelve-hour clock without its half ("at 6.52", "the council still says 6:52") may be
 * morning or evening: it stands for both, so it agrees with "6:52 p.m." and disputes "6:47 p.m." either way.
 * A time with "am"/"pm", or an hour past 12 or at 0 ("18:52", "00:40"), names its half.
 */
function otherHalfOf(told: string, f: Figure): Figure[] {
  if (HALF_OF_DAY.test(told) || !TWELVE_HOUR_CLOCK.test(told)) return [];
  const moved = otherHalfOfDay(f.value);
  return [{ ...f, value: moved, lo: moved - (f.value - f.lo), hi: moved + (f.hi - f.value) }];
}

/** A verb telling how long something lasted, right before its duration ("lasted about", "occupies", "took nearly"). */
const LASTED_BEFORE = /\b(?:last(?:ed|s)?|took|takes|occup(?:ies|ied|y)|(?:ran|runs|went on|continued|goes on)\s+for)\s+(?:for\s+)?(?:(?:about|nearly|almost|some|around|roughly|over|under|just|only|more than|less than)\s+)?$/i;

/**
 * What a duration is the length of: the thing a compound figure qualifies ("a 40-minute flight", "a three-hour
 * meeting"), or the head of the subject that lasted it ("The Flight from the Base in Orvel occupies one and half
 * hour", "The hearing lasted two hours"): its key term. Undefined when the clause does not say (a relative clause's
 * "which lasted" names its thing outside the clause).
 */
function timedThing(told: string, after: string, before: string, lead: string): string | undefined {
  if (/-/.test(told)) {
    const next = /^[-\s]+(?:long\s+)?([A-Za-z]{3,})\b/.exec(after);
    const term = next ? keyTerms(next[1]!)[0] : undefined;
    if (term) return term;
  }
  const shut = KEPT_SHUT_BEFORE.exec(before);
  if (shut) return keptShutThing(before.slice(0, shut.index));
  const verb = LASTED_BEFORE.exec(before);
  if (!verb) return undefined;
  const subject = before.slice(0, verb.index);
  // A relative clause ("which lasted") names its thing outside the clause: the noun phrase the sentence closes on
  // before it (see antecedentHead).
  if (/^\W*(?:which|that|who|it)\b/i.test(subject)) return /^\W*(?:which|that)\s*$/i.test(subject) ? antecedentHead(lead) : undefined;
  return phraseHead(subject);
}

/** A determiner opening a noun phrase, right before a figure that qualifies its noun ("a 2.5 million crown fund", "a 30-metre section"). */
const MODIFIER_FIGURE_BEFORE = /\b(?:a|an)\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$/i;
/** A noun told as what a figure right after it is the size or worth of: "a relief fund of", "the scheme, worth", "the scheme, | 4.5 million, opens". */
const SIZE_AFTER_NOUN = /\b(?:a|an|the|its|their|this|[\p{L}]+['’]s)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]{3,})(?:\s+of|,?\s+(?:worth|valued\s+at))\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|under)\s+)?$/iu;
const APPOSITIVE_SIZE_BEFORE = /\b(?:a|an|the|its|their|this|[\p{L}]+['’]s)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]{3,}),\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$/iu;
/** Nouns that only say a figure is a quantity ("a total of", "a sum of"): they name no thing of their own. */
const QUANTITY_NOUNS = /^(?:total|sum|amount|number|figure|count|tally|average|maximum|minimum|value|estimate|range|rate|level|group|crowd|series|couple|pair|dozen|handful|lot|set|loss|losses|profit|profits|revenue|revenues)$/i;
/** Words that end the noun phrase a figure qualifies ("a 2.5 million crown fund | for victims"). */
const PHRASE_END = /^(?:for|of|to|in|on|at|by|from|with|into|over|under|after|before|since|that|which|who|and|or|but|was|were|is|are|be|been|has|have|had|will|would|could|may|might|can|should|must|the|a|an|its|their)$/i;

/**
 * What a figure is the size or worth of, when the clause names it as a noun the figure qualifies: the noun a figure after
 * a/an runs into ("a 2.5 million crown compensation fund for victims": fund), the noun told right before "of", "worth" or
 * "valued at" ("a compensation fund of 3 million crowns", "the scheme, worth 5 million"), or in apposition between commas
 * ("the city's scheme, 4.5 million crowns, opens"): its key term. A noun that only says the figure is a quantity ("a total
 * of") names no thing.
 */
function sizedThing(after: string, before: string): string | undefined {
  let noun: string | undefined;
  if (MODIFIER_FIGURE_BEFORE.test(before)) {
    const words: string[] = [];
    for (const w of after.split(/[\s-]+/).filter(Boolean).slice(0, 4)) {
      const bare = w.replace(/[,;:.)"]+$/, '');
      if (!/^[\p{L}]+$/u.test(bare) || PHRASE_END.test(bare)) break;
      words.push(bare);
      if (bare !== w) break;
    }
    noun = words.at(-1);
  } else {
    noun = SIZE_AFTER_NOUN.exec(before)?.[1] ?? (/^\s*,/.test(after) ? APPOSITIVE_SIZE_BEFORE.exec(before)?.[1] : undefined);
  }
  if (!noun || QUANTITY_NOUNS.test(noun)) return undefined;
  return keyTerms(noun)[0];
}

/** The figures a clause states: not one it tells only to reject ("40 metres, not the 30 metres first reported"). */
export function statedFigures(fs: readonly Figure[]): Figure[] {
  return fs.filter((f) => !f.rejected);
}

/** Both figure sets size one named thing (see Figure.sized) in some class, and neither tells its size as changed. */
export function sameSizedThing(a: ReadonlyMap<string, Figure[]>, b: ReadonlyMap<string, Figure[]>, cls?: string): boolean {
  const sizes = (m: ReadonlyMap<string, Figure[]>, k: string): string[] => (m.get(k) ?? []).flatMap((f) => (f.sized && !f.revised ? [f.sized] : []));
  return [...a.keys()].some((k) => (cls === undefined || k === cls) && sizes(a, k).some((t) => sizes(b, k).includes(t)));
}

/** The head of a subject's first noun phrase: its last key term before a preposition or a comma ("The Flight | from the Base", "The Drellbury talks | , which"). */
function phraseHead(subject: string): string | undefined {
  const phrase = subject.split(/,|\b(?:of|from|in|at|on|to|between|with|by|for|which|that|who)\b/i)[0]!;
  return phrase.split(/\s+/).flatMap((w) => keyTerms(w)).at(-1);
}

/** A verb a noun phrase follows ("have held | the joint press conference"), the last one before a relative clause. */
const VERB_BEFORE_PHRASE = /\b(?:is|are|was|were|be|been|has|have|had|held|hold|holds|gave|give|gives|made|took|began|won|lost|[a-z]{3,}ed)\b/gi;

/**
 * The thing a relative clause after a comma tells of ("At yesterday's press conference, | which ran for nearly an hour",
 * "have held the joint Press Conference in the Palace Zoravia, | which lasted one and half hour"): the head of the first
 * noun phrase after the last verb of the words before it since a comma or a colon (a place named after the thing
 * places it: the conference lasted, not the palace). `lead`: the sentence's words before the clause. Undefined when the
 * clause does not follow a comma.
 */
function antecedentHead(lead: string): string | undefined {
  if (!/,\s*$/.test(lead)) return undefined;
  const piece = lead.replace(/,\s*$/, '').split(/[,:;]/).at(-1)!;
  const verbs = [...piece.matchAll(VERB_BEFORE_PHRASE)];
  const last = verbs.at(-1);
  const tail = last ? piece.slice(last.index! + last[0].length) : piece;
  // "At yesterday's press conference": a preposition opening the words opens no noun phrase of its own.
  return phraseHead(tail.replace(/^\W*(?:at|in|on|during|after|before|since)\s+/i, ''));
}

/**
 * The range a figure states: a bound, an approximation or the figure itself. `percent`: the figure is a per cent, whose
 * "nearly" falls short by points, not by a share of itself: "nearly 74 per cent" is 72 and more, never 71.4 (a writer
 * would say "more than 71").
 */
function rangeOf(before: string, v: number, percent = false): { lo: number; hi: number; limit?: true } {
  if (LOWER_BOUND_BEFORE.test(before)) return { lo: v, hi: Infinity };
  if (LIMIT_BEFORE.test(before)) return { lo: 0, hi: v, limit: true };
  if (AT_MOST_BEFORE.test(before)) return { lo: 0, hi: v };
  if (NEARLY_BEFORE.test(before)) return { lo: percent ? Math.max(v * (1 - APPROX_TOLERANCE), v - NEARLY_PERCENT_POINTS) : v * (1 - APPROX_TOLERANCE), hi: v };
  if (APPROXIMATE_BEFORE.test(before)) return { lo: v * (1 - APPROX_TOLERANCE), hi: v * (1 + APPROX_TOLERANCE) };
  return { lo: v, hi: v };
}

/**
 * "30 million dalmars of aid on top of the 20 million released": a bare count followed only by a participle counts
 * what the count before it in the clause counts (the participle tells what happened to it, it is no thing counted),
 * unless the participle says what happened to people ("40 people were hurt and 12 died").
 */
function elliptic(n: NumberMention, prev: NumberMention | undefined): boolean {
  return !!prev && PAST_PARTICIPLE_UNIT.test(n.unit) && !measuresIn(n.unit).length && !PARTICIPLE_UNIT.test(prev.unit) && unitClass(prev.unit).cls !== CLOCK_CLASS;
}

/** How far below its figure a per cent told as "nearly" may fall, in points. */
const NEARLY_PERCENT_POINTS = 2;

/** A clause opening with the rejection of a figure ("not the 71.4 per cent announced on Monday"). */
const REJECTION_OPENER = /^\s*not\s+(?:the\s+|a\s+)?$/i;
/** A per cent figure in running text. */
const PERCENT_IN_TEXT = /\d[\d.,]*\s*(?:per\s?cent|percent|%)/gi;

/** The named rate of the last per cent told in `text`, when a named rate is told right before it ("puts turnout at nearly 74 per cent"). */
function lastRateIn(text: string): string | undefined {
  const last = [...text.matchAll(PERCENT_IN_TEXT)].at(-1);
  return last ? NAMED_RATE_BEFORE.exec(text.slice(0, last.index))?.[1]?.toLowerCase().replace(/\s+rates?$/, '') : undefined;
}

/**
 * The claim's figures by class: "duration" in minutes, people as "person:<what happened>" when told. `lead`: the words of
 * its sentence before it, which name what a relative clause's duration is of.
 */
export function figures(c: ClaimMention, lead = '', follow = ''): Map<string, Figure[]> {
  if (lead || follow) return figuresOf(c, lead, follow);
  let known = PLAIN_FIGURES.get(c);
  if (!known) PLAIN_FIGURES.set(c, (known = figuresOf(c, '', '')));
  return known;
}

/**
 * figures(c) with no words around it, kept per claim: the flag rules each read every claim's figures again (read only,
 * never changed), and a claim's text and numbers do not change once made.
 */
const PLAIN_FIGURES = new WeakMap<ClaimMention, Map<string, Figure[]>>();

function figuresOf(c: ClaimMention, lead: string, follow: string): Map<string, Figure[]> {
  const out = new Map<string, Figure[]>();
  const ns = [...c.numbers].sort((a, b) => a.start - b.start);
  // Each number mention's figure, by its place in `ns` (none for a conversion).
  const figureAt: (Figure | undefined)[] = [];
  // Each number mention's class key (see below).
  const keyAt: (string | undefined)[] = [];
  // Each number mention's named rate, if any (turnout, inflation).
  const rateAt: (string | undefined)[] = [];
  ns.forEach((n, i) => {
    // "20 million euros ($21.7 million)": a conversion restates the figure before it.
    const prev = ns[i - 1];
    if (prev && CONVERSION_BETWEEN.test(c.text.slice(prev.end - c.start, n.start - c.start))) return;
    const countsPrevThing = elliptic(n, prev);
    const told0 = countsPrevThing ? unitClass(prev!.unit) : lengthPowered(unitClass(n.unit), c.text.slice(n.start - c.start, n.end - c.start));
    const from = n.end - c.start;
    // "34 wagons, nine of them tankers": a part of counted things named by what it is counts those things among the
    // whole, as "among them 12 tankers" and "12 tankers" do: the tankers, no part of the wagons. People are left
    // alone: "five of them children" counts a part of the hurt or the dead, not every child told of.
    const namedPart = isSpecificThing(told0.cls) ? NAMED_PART_AFTER.exec(c.text.slice(from)) : null;
    const namedUnit = namedPart ? unitClass(singular(namedPart[1]!.toLowerCase())) : told0;
    // "taking its crew of 16 hostage": the figure after "crew of" counts the crew, whatever word follows it.
    const crewOf = CREW_OF_BEFORE.test(c.text.slice(0, Math.max(0, n.start - c.start)));
    const { cls, factor } = crewOf ? { cls: 'crew', factor: 1 } : namedUnit;
    const after = (x: { end: number }, next: { start: number } | undefined): string => {
      const at = x.end - c.start;
      return c.text.slice(at, Math.max(at, Math.min((next?.start ?? c.end) - c.start, at + MEASURE_WINDOW_CHARS)));
    };
    const back = Math.max((ns[i - 1]?.end ?? c.start) - c.start, n.start - c.start - MEASURE_WINDOW_CHARS);
    const before = c.text.slice(Math.max(0, back), Math.max(0, n.start - c.start));
    // "30 of the 48 people on board had been pulled from the wreck": 30 counts those the
    // clause tells of (pulled out), 48 the whole they are part of (on board), which the clause
    // only mentions: the part takes the first predicate after the whole that is not the whole's own.
    const whole = ns[i + 1] && PART_OF_WHOLE_BETWEEN.test(c.text.slice(from, ns[i + 1]!.start - c.start)) ? ns[i + 1]! : null;
    const isWhole = !!prev && PART_OF_WHOLE_BETWEEN.test(c.text.slice(prev.end - c.start, n.start - c.start));
    const wholeMeasures = whole ? measuresIn(after(whole, ns[i + 2])) : [];
    const ownTold = whole ? (wholeMeasures.length > 1 ? wholeMeasures[1]! : null) : measureOf(after(n, ns[i + 1]), before, betweenCountAndNoun(c.text.slice(n.start - c.start, from)));
    // "Twelve passengers and three crew were injured": two counts joined as one subject share the predicate after the
    // second, so the first counts the injured too when nothing of its own says otherwise.
    const next = ns[i + 1];
    const told = ownTold ?? (!whole && next && COORDINATED_BETWEEN.test(c.text.slice(from, next.start - c.start)) ? measuresIn(after(next, ns[i + 2]))[0] ?? null : null);
    // "19 died", "eleven missing": a participle right after a bare count tells what happened to the people it
    // counts; it is no thing counted ("died" is no unit).
    const byVerb = PARTICIPLE_UNIT.test(n.unit) && !HUMAN_UNITS.has(cls) ? measuresIn(n.unit)[0] ?? null : null;
    // A ship's crew named whole by a count taken as known ("the 14 sailors kept aboard", "taking its crew of 14
    // hostage", "the 14 crew freed on Monday") is the size of the crew, whatever befell all of them: a count of its own
    // only when no "the" or owner makes it the whole ("six crew were hurt").
    const wholeCrew = cls === 'crew' && (crewOf || WHOLE_CREW_BEFORE.test(before));
    const measure = byVerb ?? (HUMAN_UNITS.has(cls) ? told ?? UNIT_MEASURE[cls] ?? null : TRAVELLER_UNITS.has(cls) && !wholeCrew ? told ?? UNIT_MEASURE[cls] ?? null : null);
    // "two of them seriously" counts a part of the six workers injured: a class of its own, so parts
    // clash only with parts. "only 210 of them honoured" sets its part against the whole: a rival figure.
    // A part of a named whole is its holder's share ("14 of the 90 seats"), unless the clause says
    // what happened to it (30 of the 48 aboard pulled out): another holder's share is no rival.
    const contrasted = CONTRASTED_PART_BEFORE.test(before);
    const part = contrasted ? '' : whole && !measure ? SHARE_SUFFIX : (!namedPart && PART_AFTER.test(c.text.slice(from))) || ORDINAL_PART_BEFORE.test(before) || (n.value === 1 && /^\W*(?:(?:and|but)\s+)?$/i.test(c.text.slice(0, n.start - c.start)) && ONE_NAMED_AFTER.test(c.text.slice(from))) ? PART_SUFFIX : '';
    // "about 140 in service worldwide" counts everyone's: a class of its own, so one holder's count is no rival.
    const world = WORLD_SCOPE.test(after(n, ns[i + 1])) || WORLD_SCOPE.test(ownClause(before)) ? WORLD_SUFFIX : '';
    // "up to 30 drops a day" counts each day's, a rate: no rival of a total over the days ("more than 200 drops over four days").
    const rate = cls !== CLOCK_CLASS && RATE_AFTER.test(c.text.slice(from)) ? RATE_SUFFIX : '';
    // A price shares traded at that day ("rose 2.1 percent to 40.15") answers another question than an
    // offer's price for them ("an offer of 41 a share"), and holds for its day only, like a tally.
    const traded = !measure && !HUMAN_UNITS.has(cls) && !NOT_PRICED.has(cls) && TRADED_PRICE.test(c.text) ? TRADED_SUFFIX : '';
    // "seven other ropeways", "Hill Hospital and two smaller hospitals": the others besides those told before, a class of
    // their own, so a count of the things themselves ("37 passengers", "all 11 hospitals") is no rival.
    const named = NAMED_ONE_AND_BEFORE.exec(before);
    const others = OTHERS_FIGURE.test(c.text.slice(n.start - c.start, from)) || (!!named && singular(named[1]!.toLowerCase()) === n.unit) ? OTHERS_SUFFIX : '';
    // "with inflation running at 5.1 per cent": a share told as the level of a named rate is that rate's, a class of its
    // own, never a rival of a pay offer's or a vote's per cent told beside it.
    // The level a clause rejects right after a rate's ("puts turnout at nearly 74 per cent, not the 71.4 per cent") is
    // that rate's, in this clause or when the rejection opens the next one.
    const rejectsPrev = !!prev && REJECTED_BEFORE.test(c.text.slice(prev.end - c.start, n.start - c.start));
    const rejectsLead = i === 0 && REJECTION_OPENER.test(before);
    const rateName = cls === 'percent'
      ? NAMED_RATE_BEFORE.exec(before)?.[1]?.toLowerCase().replace(/\s+rates?$/, '') ?? (rejectsPrev ? rateAt[i - 1] : rejectsLead ? lastRateIn(lead) : undefined)
      : undefined;
    rateAt[i] = rateName;
    const keyWith = (o: string): string => `${measure ? `person:${measure}` : cls}${part}${isWhole ? WHOLE_SUFFIX : ''}${world}${traded}${o}${rate}${rateName ? `/${rateName}` : ''}`;
    // "a further 300,000 was found", "another 40 homes": with no figure of its kind before it in the clause to add to
    // (see addedTotal), the figure counts only those added to ones told elsewhere, a class of its own like "two more".
    const key = keyWith(others || (ADDED_BEFORE.test(before) && !out.has(keyWith('')) ? OTHERS_SUFFIX : ''));
    const v = n.value * factor;
    const own = out.get(key) ?? [];
    // "took out 318 million, not the 400 million that was reported": the figure a clause rejects is of what its own figure is of.
    const rejectedBy = rejectsPrev ? figureAt[i - 1] : undefined;
    const what = measure || HUMAN_UNITS.has(cls) ? undefined
      : DISTANCE_UNIT.test(cls) ? distanceQuestion(c.text.slice(from), before)
      : rejectedBy ? rejectedBy.what
      : (countsPrevThing ? measuresIn(n.unit, THING_MEASURES)[0] : undefined) ?? thingMeasure(after(n, ns[i + 1]), before);
    const where = placeOf(after(n, ns[i + 1]), before);
    const negated = NEGATED_AFTER.test(after(n, ns[i + 1]));
    const revised = !TALLY_MEASURES.has(key) && CHANGED_TO_BEFORE.test(ownClause(before));
    // "dozens of flights" is 24 or more, never a count that 46 disputes.
    const range = cls === CLOCK_CLASS ? clockRange(before, v) : VAGUE_SCALE.test(c.text.slice(n.start - c.start)) ? { lo: v, hi: Infinity } : rangeOf(before, v, cls === 'percent');
    const approx = cls !== CLOCK_CLASS && APPROXIMATE_BEFORE.test(before);
    const aimed = AIMED_AT_BEFORE.test(before);
    const passing = aimed || PASSING_BEFORE.test(before);
    const total = WHOLE_COUNT_BEFORE.test(before);
    const answers = FIGURE_PUT_AT.test(before);
    const rejects = rejectedAfter(c.text.slice(from), cls, factor);
    const sized = isSpecificThing(cls) && !NOT_PRICED.has(cls) && !measure && !countsPrevThing ? sizedThing(c.text.slice(from), before) : undefined;
    const timed = cls === 'duration' ? timedThing(c.text.slice(n.start - c.start, from), c.text.slice(from), c.text.slice(0, Math.max(0, n.start - c.start)), lead) : undefined;
    const happening = cls === CLOCK_CLASS ? happeningOf(c.text.slice(0, Math.max(0, n.start - c.start)), c.text.slice(from, ns[i + 1] ? ns[i + 1]!.start - c.start : undefined)) : undefined;
    // "The harbour office sounded the siren at 4.10 a.m. on Friday, | before the first breach": the rest of the
    // sentence may tell what the time came before, in a clause of its own.
    const precedes = cls === CLOCK_CLASS ? precededHappening(c.text.slice(from) + follow) : [];
    const figure: Figure = { value: v, ...range, ...(happening ?? {}), ...(precedes.length ? { precedes } : {}), ...(timed ? { timed } : {}), ...(sized ? { sized } : {}), ...(what ? { what } : {}), ...(where ? { where } : {}), ...(negated ? { negated: true as const } : {}), ...(revised ? { revised: true as const } : {}), ...(passing ? { passing: true as const } : {}), ...(aimed ? { aimed: true as const } : {}), ...(total ? { total: true as const } : {}), ...(rejects ? { rejects } : {}), ...(answers ? { answers: true as const } : {}), ...(approx ? { approx: true as const } : {}) };
    const otherHalf = cls === CLOCK_CLASS ? otherHalfOf(c.text.slice(n.start - c.start, from), figure) : [];
    figureAt[i] = figure;
    keyAt[i] = key;
    // "flattened about 40 metres of fence, not the 30 metres first reported": the clause asserts its own figure and tells
    // the one it rejects only to say it is wrong, however many words lie between: the first rejects the second.
    if (rejectedBy && keyAt[i - 1] === key && own.includes(rejectedBy)) {
      rejectedBy.rejects ??= { lo: figure.lo, hi: figure.hi };
      figure.rejected = true;
    }
    out.set(key, [...own, figure, ...otherHalf, ...addedTotal(own.at(-1), figure, before)]);
  });
  return withOpenEnded(c.text, out);
}

/** A verb that keeps a place or service shut, right before the length it is kept so ("is closed for", "will stay shut for at least"). */
const KEPT_SHUT_BEFORE = new RegExp(String.raw`${KEPT_SHUT}\s+(?:for\s+)?(?:(?:at\s+least|about|nearly|almost|some|around|roughly|over|under|just|only|more than|less than)\s+)?$`, 'i');
/** The no-end words closing an open-ended closure (see withOpenEnded). */
const NO_END_SET_AT_END = new RegExp(String.raw`\s*${NO_END_SET}$`, 'i');

/**
 * "The depot is shut until further notice", "will stay shut indefinitely": a closure with no end set is a length of
 * its own, longer than any told ("closed for one month" disputes it; "for at least a month" allows it), of the thing kept
 * shut (see timedThing). Added only when the clause tells no other length.
 */
function withOpenEnded(text: string, out: Map<string, Figure[]>): Map<string, Figure[]> {
  const m = OPEN_ENDED_STATE.exec(text);
  if (!m || out.has('duration')) return out;
  const verb = KEPT_SHUT_BEFORE.exec(text.slice(0, m.index + m[0].length).replace(NO_END_SET_AT_END, ' '));
  const timed = verb ? keptShutThing(text.slice(0, verb.index)) : undefined;
  out.set('duration', [{ value: Infinity, lo: Infinity, hi: Infinity, ...(timed ? { timed } : {}) }]);
  return out;
}

/** The thing a clause keeps shut: the head of the noun phrase right before its verb ("the Building Site | is closed"), none for a pronoun. */
function keptShutThing(subject: string): string | undefined {
  const phrase = /(?:^|\b(?:the|a|an|its|their)\s+)([\p{L}\s-]*?)\s*(?:will|would|could|may|might|must|should|has|have|had|to)?\s*$/iu.exec(subject);
  const words = phrase ? phrase[1]!.trim().split(/\s+/) : [];
  return /^(?:it|they|this|that|these|those|which)$/i.test(words.at(-1) ?? '') ? undefined : words.flatMap((w) => keyTerms(w)).at(-1);
}

/**
 * The range of the figure a clause rejects right after its own, in the class and factor of its own
 * ("fourteen hours, not the nine": nine hours; "half an hour, not the few minutes": two to twelve
 * minutes), or undefined. A rejected figure of another unit class is no rival of this one.
 */
function rejectedAfter(after: string, cls: string, factor: number): { lo: number; hi: number } | undefined {
  const m = REJECTED_FIGURE_AFTER.exec(after);
  if (!m) return undefined;
  const named = m.groups!.unit ? unitClass(singular(m.groups!.unit)) : null;
  const scale = named && named.cls === cls ? named.factor : factor;
  if (named && named.cls !== cls && named.cls === 'duration') return undefined;
  if (m.groups!.num!.toLowerCase() === 'few') return { lo: FEW_RANGE.lo * scale, hi: FEW_RANGE.hi * scale };
  const v = wordValue(m.groups!.num!);
  return v === null || /^an?$/i.test(m.groups!.num!) ? undefined : { lo: v * scale, hi: v * scale };
}

/**
 * "a 4 per cent rise from January and a further 3 per cent in 2027": a figure added to the one
 * before it of the same thing makes a total the clause states too (7 per cent in all), which
 * another outlet may give alone ("a pay rise of 7% over two years").
 */
function addedTotal(prev: Figure | undefined, f: Figure, before: string): Figure[] {
  if (!prev || !ADDED_BEFORE.test(before)) return [];
  return [{ value: prev.value + f.value, lo: prev.lo + f.lo, hi: prev.hi + f.hi }];
}

/** A share of a whole held by whoever the clause names ("14 of the 90 seats"): it never clashes with another holder's. */
export const isShare = (cls: string): boolean => cls.endsWith(SHARE_SUFFIX);

/** A running tally (the dead, the missing, the injured) or a day's share price: its figure holds for one day only. */
export const isTally = (cls: string): boolean => TALLY_MEASURES.has(cls) || cls.endsWith(TRADED_SUFFIX);

/** A count fixed at one moment of the event (how many were aboard): it does not change with the day it is told on. */
export const isFixed = (cls: string): boolean => FIXED_MEASURES.has(cls);

/** People-counting classes: plain people, or people with what happened to them. */
export const isPersonClass = (cls: string): boolean => cls.startsWith('person:') || HUMAN_UNITS.has(cls);

/** A class that counts one specific thing ("ferrins", "homes"): no generic unit (percent, hours), no people. */
export const isSpecificThing = (cls: string): boolean => !GENERIC_UNITS.has(cls) && !isPersonClass(cls);

/** The place a figure is written to: 1,840 → 10, 2,600 → 100, 1,912 → 1, 3.25 → 0.01. */
function precisionOf(v: number): number {
  if (!Number.isFinite(v) || v === 0) return 1;
  let p = 1;
  while (Number.isInteger(v / (p * 10)) && p < 1e15) p *= 10;
  if (p > 1 || Number.isInteger(v)) return p;
  while (!Number.isInteger(Math.round(v / p * 1e9) / 1e9) && p > 1e-9) p /= 10;
  return p;
}

/**
 * Two figures stated as the same one: within the tolerance, and the finer one rounds to the coarser
 * ("1,190" is "1,200" rounded, "$3.25 billion" is "$3.2 billion"); two exact figures written to the
 * same place are two figures ("1,912" against "1,840", "61 per cent" against "62 per cent").
 */
export function sameValue(a: number, b: number): boolean {
  if (a === b) return true;
  if (Math.abs(a - b) > NUMBER_TOLERANCE * Math.max(Math.abs(a), Math.abs(b))) return false;
  return Math.abs(a - b) < Math.max(precisionOf(a), precisionOf(b));
}

/**
 * Two figures both told as approximate, written to different places, where the finer is more than half a place of the
 * coarser from it ("about 840" / "about 900": 840 would be told as about 800): two estimates, not one rounded twice.
 * "about 880" / "about 900" and "about 55" / "about 50" may be one figure.
 */
export function roundedApart(a: Figure, b: Figure): boolean {
  if (!a.approx || !b.approx) return false;
  const [pa, pb] = [precisionOf(a.value), precisionOf(b.value)];
  if (pa === pb) return false;
  return Math.abs(a.value - b.value) > Math.max(pa, pb) / 2;
}

/** Two figures that cannot both be true (their ranges do not meet, or two estimates round apart). */
export const rangesApart = (a: Figure, b: Figure): boolean => a.hi < b.lo || b.hi < a.lo || (!!a.limit && !!b.limit && !sameValue(a.hi, b.hi)) || roundedApart(a, b);

/** Both clauses tell their figures of a class as the whole of what they count ("all 11 hospitals" / "All 14 of the trust's hospitals"). */
export const bothTotals = (a: ReadonlyMap<string, Figure[]>, b: ReadonlyMap<string, Figure[]>, cls: string): boolean =>
  !!a.get(cls)?.some((f) => f.total) && !!b.get(cls)?.some((f) => f.total);
