/** Quantities in a sentence: value and what is counted, spelled numbers included. */
import type { NumberMention, Span } from '../../contract/pipeline.ts';
import { ALL_BEFORE_FIGURE, ALL_OF_PLURAL_AFTER, POSSESSED_PLURAL_AFTER, ARTICLE_UNITS, CLOCK_TIME, DOTTED_CLOCK, HOURS_MINUTES_CLOCK, COORDINATED_COUNT_BEFORE, COPULA_FIGURE_BEFORE, PART_OF_COUNTED, PLACE_ADVERBS, PLACE_AFTER_FIGURE, PERCENT, CURRENCY, CURRENCY_CODES, CURRENCY_WORDS, DEATH_BETWEEN, HISS_STEMS, DETENTION_BETWEEN, ELLIPTIC_FOLLOWER, HUMAN_COUNT_UNITS, ESTIMATE_OF, ESTIMATED_AT, FIGURE_WORDS, FINITE_PAST, MAGNITUDE_BEFORE, GROUP_OF_BEFORE, MODEL_AFTER, NAMED_COUNT_BEFORE, SHARE_OF, SHARE_PERCENT, REPORTED_FIGURE_AFTER, REPORTED_FIGURE_BEFORE, FRACTIONS, NAMING_BEFORE, NOT_UNITS, PARTICLES, PEOPLE_ACT_BEFORE, PEOPLE_STATE_AFTER, STOPWORDS, QUANTITY, SCALE_ABBREVIATIONS, SCALES, SMALL_NUMBERS, SPAN_AFTER, SPAN_BEFORE, SPAN_UNITS, ELAPSED_BEFORE, ELAPSED_END, STATE_COUNT_FIGURE, TENS, TOLL_FIGURE } from './patterns.ts';
import { CLOCK_UNIT, MIN_ELLIPTIC_VALUE, RIVAL_ORDER, SCALED_BACK_ORDER } from './constants.ts';

/** Units a bare rival figure never answers: times of day, durations and shares are no counts. */
const UNANSWERED_UNITS: ReadonlySet<string> = new Set([CLOCK_UNIT, 'duration', 'percent', 'metre']);

/** The value of a figure written in digits or words ("6,800", "fourteen", "twenty-three"), null when it is none. */
export function wordValue(w: string): number | null {
  // A decimal comma ("4,5" before a scale word) is a point; other commas group thousands.
  // Thousands grouped by commas or spaces ("6,800", "6 800") are one figure.
  const s = /^\d+,\d{1,2}$/.test(w) ? w.replace(',', '.') : /^\d{1,3}(?:\s\d{3})+$/.test(w) ? w.replace(/\s/g, '') : w.toLowerCase().replace(/,/g, '');
  if (/^\d+(\.\d+)?$/.test(s)) return parseFloat(s);
  if (s.startsWith('half')) return 0.5;
  // "a quarter of a billion", "three quarters of a million": the scale follows.
  if (/quarters?\s+of/.test(s)) return s.startsWith('three') ? 0.75 : 0.25;
  if (s in SMALL_NUMBERS) return SMALL_NUMBERS[s]!;
  const [tens, unit] = s.split(/[-\s]/);
  if (tens && tens in TENS) return TENS[tens]! + (unit ? (SMALL_NUMBERS[unit] ?? 0) : 0);
  return null;
}

/** A scale word or two ("million", "hundred thousand", "thousand million"): the product of their values. */
const scaleValue = (scale: string): number => scale.toLowerCase().split(/[-\s]+/).reduce((v, w) => v * (SCALES[w] ?? 1), 1);

/** The value of a matched quantity with its fraction, scale and spelled rest ("one hundred and twenty"), null when it is no number. */
function bareValue(g: Record<string, string | undefined>): number | null {
  const base = wordValue(g.num ?? '');
  if (base === null) return null;
  const frac = g.frac ? FRACTIONS[g.frac.trim().split(/\s+/).at(-1)!.replace(/^-+/, '')] ?? 0 : 0;
  const scale = g.scale ? scaleValue(g.scale) : 1;
  return (base + frac) * scale + spelledRest(g);
}

/**
 * What a spelled figure adds after its scale: the hundreds told after a larger scale ("one thousand two hundred",
 * "two million three hundred thousand") and the tens and units after "and" ("one hundred and twenty").
 */
function spelledRest(g: Record<string, string | undefined>): number {
  const hundreds = g.hund ? (wordValue(g.hund) ?? 0) * 100 * (g.hundk ? 1000 : 1) : 0;
  return hundreds + (g.rest ? wordValue(g.rest) ?? 0 : 0);
}

/**
 * The unit of a rival count given bare after the count it answers in the same sentence: "three
 * people died; the hospital said five" counts the dead, "police said 9 were arrested; the union
 * had 15" the arrested, as the first count's own words say (the rival borrows its act).
 */
function rivalCountUnit(s: string, prev: NumberMention | undefined, base: number, at: number, back: string): string {
  if (!prev || !HUMAN_COUNT_UNITS.has(prev.unit)) return back;
  const between = s.slice(prev.end - base, at);
  return DEATH_BETWEEN.test(between) ? 'dead' : DETENTION_BETWEEN.test(between) ? 'arrest' : back;
}

/** The match without its last word, the unit group (a date's word read as what is counted). */
function dropUnitWord(m: RegExpExecArray): void {
  m[0] = m[0].slice(0, m[0].length - m.groups!.unit!.length - 1);
  delete m.groups!.unit;
}

/** Adjectives that say what state counted people or things are in ("sick passengers", "elderly residents"). */
const ADJECTIVES: ReadonlySet<string> = new Set(['sick', 'ill', 'dead', 'new', 'old', 'young', 'elderly', 'small', 'large', 'big', 'major', 'minor', 'senior', 'junior', 'former', 'local', 'foreign', 'female', 'male', 'extra', 'further', 'healthy', 'live', 'empty', 'full', 'private', 'public', 'civilian', 'rural', 'urban', 'domestic', 'serious', 'heavy', 'light', 'homeless', 'unpaid', 'underage', 'seasonal', 'permanent', 'temporary', 'vulnerable', 'critical', 'regular', 'loyal', 'angry', 'frail', 'separate', 'different']);
/**
 * Comparatives of such adjectives ("90 older people", "12 younger children"): a comparative before the counted noun
 * describes it, as the plain adjective does, and is no unit.
 */
const COMPARATIVES: ReadonlySet<string> = new Set(['older', 'elder', 'younger', 'bigger', 'smaller', 'larger', 'newer', 'richer', 'poorer', 'wealthier', 'healthier', 'sicker', 'weaker', 'stronger', 'longer', 'shorter', 'heavier', 'lighter', 'cheaper', 'dearer']);
/** A lower-case adjective: one of the above, or a word with an adjective's ending ("additional", "infectious", "intensive"). */
const isAdjective = (w: string): boolean => ADJECTIVES.has(w) || COMPARATIVES.has(w) || (/^[a-z]{5,}(?:al|ic|ous|ive|ful|less|able|ible)$/.test(w) && !NOT_UNITS.has(w));
/**
 * A plural noun right after the word after a figure ("sick passengers", "police officers"); not "-ss", "-us", "-is" nor a
 * pronoun. The plurals of people without "-s" are plurals too ("older people", "young men", "sick children").
 */
const PLURAL_NOUN_AFTER = /^\s+(?:(?:people|men|women|children)\b|(?!(?:this|thus|was|has|is|its|his|hers|ours|yours|theirs|does|goes|always|perhaps|whereas|besides|news|less|unless|across|series|plus|bus|gas)\b)[A-Za-z][a-z]{2,}(?<![su]s|is)s\b)/;

/**
 * "five Ombervale Aid colleagues", "three Red Cross volunteers": the rest of a name of capitalised words after the
 * figure's first word, then the plural noun that is counted (the match, the noun its group). Null when no plural follows.
 */
function nameThenPlural(rest: string): RegExpExecArray | null {
  const m = /^(?:\s+[A-Z][\p{L}'’-]*){1,2}\s+([a-z]{3,})\b/u.exec(rest);
  return m && PLURAL_NOUN_AFTER.test(` ${m[1]!}`) ? m : null;
}

/**
 * The rest of a hyphenated compound that opens on the word read after a figure, then the plural it modifies
 * ("six high-capacity pumps", "40 part-time workers"): a compound before a noun qualifies that noun, so the plural
 * is what is counted, never the compound's first word.
 */
const COMPOUND_THEN_PLURAL = new RegExp(`^(?:-[a-z]+)+(?=${PLURAL_NOUN_AFTER.source.slice(1)})`);

/** Words measuring rather than naming a kind: "a 40 percent", "10 year terms" keep their own unit. */
const MEASURE_WORDS: ReadonlySet<string> = new Set(['percent', 'per', 'cent', 'degree', 'point', 'metre', 'meter', 'kilometre', 'kilometer', 'mile', 'tonne', 'ton', 'litre', 'liter', 'minute', 'hour', 'day', 'week', 'month', 'year', 'dozen', 'head']);
/**
 * Whether a bare rival figure has a decimal part while what it would answer counts whole things. Things counted are
 * whole: a bare figure with a decimal part ("the institute says 5.8") measures something (a magnitude,
 * a rate) and answers no earlier count of whole things ("the two institutes disagree"), only a measure or a sum, or a
 * count the text gave with a decimal part itself.
 */
const decimalAgainstWholeCount = (value: number, unit: string, earlier: readonly NumberMention[]): boolean =>
  !Number.isInteger(value) && !MEASURE_WORDS.has(unit) && !CURRENCY_WORDS.has(unit) && !Object.values(CURRENCY).includes(unit)
  && earlier.every((o) => o.unit !== unit || Number.isInteger(o.value));

/**
 * "37 state hospitals", "40 bus routes": a count above one counts a plural noun, so a singular noun between the figure
 * and a plural noun only says what kind (the plural is what is counted). Measures, currencies and plurals keep their word.
 */
const isAttributiveNoun = (w: string): boolean => /^[a-z]{3,}$/.test(w) && !/s$/.test(w) && !MEASURE_WORDS.has(w) && !CURRENCY_WORDS.has(w)
  && !NOT_UNITS.has(w) && !FINITE_PAST.has(w) && !STOPWORDS.has(w) && !PARTICLES.has(w) && !/(?:ed|ly)$/.test(w);

/** A word after a participle that can be what is counted: no function word, adverb or particle ("marched peacefully", "fled across"). */
const isNounAfterParticiple = (w: string): boolean => !STOPWORDS.has(w) && !NOT_UNITS.has(w) && !PARTICLES.has(w) && !/ly$/.test(w);

/** Singular, lower-case unit ("hours" → "hour", "people" → "person"). */
export function singular(unit: string): string {
  const u = unit.toLowerCase();
  if (u === 'people') return 'person';
  if (u.endsWith('ies') && u.length > 4) return `${u.slice(0, -3)}y`;
  // "-es" after a hiss is the plural's own syllable ("crosses", "buses", "taxes", "churches"); after a single s or z
  // the e belongs to the word ("houses", "cases", "prizes"), but for the few stems in a lone s listed ("gases").
  if (/(?:ss|[^aeiou]us|x|zz|ch|sh)es$/.test(u) || HISS_STEMS.some((stem) => u.endsWith(`${stem}es`))) return u.slice(0, -2);
  // Such a stem is itself singular: its s is no plural ending ("one virus", "a gas").
  if (/[^aeiou]us$/.test(u) || HISS_STEMS.some((stem) => u.endsWith(stem))) return u;
  if (u.endsWith('s') && !u.endsWith('ss') && u.length > 3) return u.slice(0, -1);
  return u;
}

/**
 * The whole of "12 of the 34 gold coins" is what its figure counts: the plural noun, not a word before it that says
 * what kind ("gold", "state", "sick"), as for a figure read alone ("34 gold coins"). `rest` opens with " of the 34 ...".
 */
function wholeNoun(ofWhole: RegExpExecArray, rest: string): [string, string, string] {
  const w = ofWhole[2]!;
  const after = rest.slice(ofWhole.index + ofWhole[0].length);
  const describes = (x: string): boolean => /^[a-z]+$/.test(x) && (isAttributiveNoun(x) || isAdjective(x));
  // A participle before the plural tells the state of those counted ("three of the 14 trapped miners"), as an adjective does.
  const plural = describes(w) || /^[a-z]{3,}(?:ed|ing)$/.test(w) ? /^\s+([a-z]{3,})\b/.exec(after) : null;
  if (plural && PLURAL_NOUN_AFTER.test(after)) return [ofWhole[0], ofWhole[1]!, plural[1]!];
  // "one of the two missing crew members": a state and a kind may both stand before the plural counted.
  const second = plural && describes(plural[1]!) ? after.slice(plural[0].length) : null;
  const plural2 = second !== null && PLURAL_NOUN_AFTER.test(second) ? /^\s+([a-z]{3,})\b/.exec(second) : null;
  return [ofWhole[0], ofWhole[1]!, plural2 ? plural2[1]! : w];
}

/** A day or year count that measures how long something lasted or was imposed ("for thirty days", "two years in prison"). */
const isMeasuredSpan = (unit: string, before: string, after: string): boolean =>
  SPAN_UNITS.has(unit) && (SPAN_BEFORE.test(before) || SPAN_AFTER.test(after) || (ELAPSED_BEFORE.test(before) && ELAPSED_END.test(after)));

/** What the last count named by its noun before a figure counts ("the count of destroyed homes, ... 52 had"), singular; null when none is named. */
function namedCount(before: string): string | null {
  const what = [...before.matchAll(NAMED_COUNT_BEFORE)].at(-1)?.groups?.what;
  return what ? singular(what) : null;
}

/** Possessive words that may follow a scale's "of" ("some forty of our members"). */
const POSSESSIVE_WORDS: ReadonlySet<string> = new Set(['our', 'their', 'its', 'his', 'her', 'your']);
/** The plural a possessive names (irregular plurals included). Group 1: the noun. */
const POSSESSED_NOUN_AFTER = /^\s+([a-z]{3,}(?<!ss)s|people|children|men|women)\b/i;

/** Between a figure and a bare one in brackets after it: the figure's own words, no other clause ("hours by the police's count ("). */
const BRACKETED_RIVAL_BEFORE = /^[^.;:()]{0,60}\(\s*$/;
/** Between a figure and a bare one that revises it in the same clause: "first put the herd at 40 cows, then 55" ("cows, then "). */
const REVISED_RIVAL_BEFORE = /^[^.;:()]{0,60},\s*(?:and\s+)?(?:later\s+)?then\s+$/i;

const inside = (spans: Span[], at: number): boolean => spans.some((s) => at >= s.start && at < s.end);

/**
 * Quantities in `text[span]`, skipping any that sit inside a date mention. `prevUnit`: what the
 * text counted last before this span, for a bare figure that refers back to it.
 */
export function findNumbers(text: string, span: Span, dates: Span[], prevUnit: string | null = null, prevCounts: readonly NumberMention[] = []): NumberMention[] {
  const s = text.slice(span.start, span.end);
  // A clock time told in words ("ten past seven", "half past two") holds no count, as a date holds none.
  // A transcript's bracketed time stamp ("[18:02] MAYOR: ...") holds none either.
  const dateSpans = [...dates, ...wordClockSpans(s, span.start), ...stampSpans(s, span.start)];
  const out: NumberMention[] = [];
  // A bare figure that answers a count ("the cruise line still says 143") counts what that count
  // counts: the nearest earlier count of the same order (less than RIVAL_ORDER times apart), not a
  // part named beside it ("212 passengers and 31 crew taken ill. The cruise line still says 143.").
  const answered = (value: number, fallback: string | null): string | null =>
    [...prevCounts, ...out].reverse().find((o) => o.value > 0 && value > 0 && Math.max(o.value, value) / Math.min(o.value, value) < RIVAL_ORDER && !UNANSWERED_UNITS.has(o.unit))?.unit ?? fallback;
  const re = new RegExp(QUANTITY.source, QUANTITY.flags);
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const next = m.index + 1;
    const g = m.groups ?? {};
    const start = span.start + m.index!;
    // "forty-seven were hurt": a number word read whole holds no figure of its own ("seven"), as a thousands group does not.
    if (out.some((o) => o.start < start && start < o.end)) { re.lastIndex = next; continue; }
    const reject = (): void => {
      re.lastIndex = next;
      // "31 of the 150 seats", "four of the seven paintings": the first figure counts the same thing as the second.
      const ofWhole = /^\s+of\s+(?:the\s+)?(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+([a-z]{3,})\b/i.exec(s.slice(m!.index + (g.num ?? '').length + (g.cur ? 1 : 0)));
      const allOf = ALL_BEFORE_FIGURE.test(s.slice(0, m!.index)) ? ALL_OF_PLURAL_AFTER.exec(s.slice(m!.index + (g.num ?? '').length)) : POSSESSED_PLURAL_AFTER.exec(s.slice(m!.index + (g.num ?? '').length));
      const of = ofWhole && wordValue(ofWhole[1]!) !== null ? wholeNoun(ofWhole, s.slice(m!.index + (g.num ?? '').length + (g.cur ? 1 : 0))) : allOf ? [allOf[0], '', allOf[1]!] : null;
      const v = /^\d[\d,]*$/.test(g.num ?? '') ? parseFloat((g.num ?? '').replace(/,/g, '')) : of && /^[a-z]/i.test(g.num ?? '') ? wordValue(g.num ?? '') : null;
      if (of && v !== null && !out.some((o) => o.start === start)) {
        out.push({ start, end: start + (g.num ?? '').length, value: v, unit: singular(of[2]!) });
        // The figure is read whole: its digits after a thousands comma ("1,140") are no figure of their own.
        re.lastIndex = Math.max(next, m!.index + (g.num ?? '').length);
      }
      // "estimated the crowd at about 1,200": the figure counts what the estimate is of.
      // "puts the number of deaths at nine": what the number is of; "puts the figure at fourteen":
      // what the text counted before.
      const at = ESTIMATED_AT.exec(s.slice(0, m!.index));
      const atValue = wordValue(g.num ?? '');
      // "puts the number injured at 16": people, whom the participle says what happened to.
      // "put the toll at five": a toll without "death" before it is still the count of the dead (see TOLL_FIGURE).
      const atUnit = at ? (at.groups?.what ? 'people' : at[2] ?? (FIGURE_WORDS.has(at[1]!) ? answered(atValue ?? 0, out.at(-1)?.unit ?? prevUnit) : at[1] === 'toll' ? 'dead' : at[1]!)) : null;
      // "puts the blast at twenty past four": the estimate is of a time, told by a clock in words, not a count of blasts.
      if (!of && atUnit && atValue !== null && !/^an?$/i.test(g.num ?? '') && !inside(dateSpans, start) && !out.some((o) => o.start === start)) {
        out.push({ start, end: start + (g.num ?? '').length, value: atValue, unit: singular(atUnit) });
        return;
      }
      // "killed 29 in the north", "wounding 14", "arrested 9": a bare count a verb acts on counts people.
      // "injured 12 others", "three others were hurt": others of what was counted before, else people.
      const whole = bareValue(g);
      const others = /other$/i.test(m![0]) && /^s\b/.test(s.slice(m!.index + m![0].length));
      const bare = whole !== null && !/^an?$/i.test(g.num ?? '') && !/^(19|20)\d\d$/.test(g.num ?? '') && !inside(dateSpans, start) && !out.some((o) => o.start === start);
      // "released one of them": a part of what was counted before, not people in general.
      const partOfCounted = PART_OF_COUNTED.test(s.slice(m!.index + (g.num ?? '').length)) && !!(out.at(-1) ?? prevUnit);
      // "and 9 were missing", "two are still missing": a bare count of whom a state of people is told counts people, however small.
      const peopleState = PEOPLE_STATE_AFTER.test(s.slice(m!.index + m![0].length - (g.unit ? g.unit.length + 1 : 0)));
      if (bare && !partOfCounted && (PEOPLE_ACT_BEFORE.test(s.slice(0, m!.index)) || others || peopleState)) {
        const unit = others ? out.at(-1)?.unit ?? prevUnit ?? 'person' : 'person';
        out.push({ start, end: start + m![0].length - (g.unit ? g.unit.length + 1 : 0) + (others ? 1 : 0), value: whole!, unit });
        return;
      }
      // "all 11 AV-310s": a model named by a code is what is counted.
      const model = bare ? MODEL_AFTER.exec(s.slice(m!.index + (g.num ?? '').length)) : null;
      // "a team of forty", "a crowd of 1,200": the group is what is counted.
      const group = bare ? GROUP_OF_BEFORE.exec(s.slice(0, m!.index)) : null;
      if (model || group) {
        const numEnd = start + m![0].length - (g.unit ? g.unit.length + 1 : 0);
        out.push(model ? { start, end: start + (g.num ?? '').length + model[0].length, value: whole!, unit: model[1]!.toLowerCase() }
          : { start, end: numEnd, value: whole!, unit: singular(group![1]!) });
        return;
      }
      // "only 210 have been honoured": a bare figure counts what the text counted just before.
      const back = out.at(-1)?.unit ?? prevUnit;
      const rest = s.slice(m!.index + (g.num ?? '').length + (g.cur ? 1 : 0));
      // "after 40 hours by the police's count (36 by the owner's)": a bare figure opening a bracket right after a figure,
      // told by whose reckoning it is, gives that same measure by another's reckoning (of any unit, a length too).
      const prevFigure = out.at(-1);
      // "first put the herd at 40 cows, then 55": a bare figure after "then" that ends its clause revises the figure before it,
      // one measure told twice.
      const between = prevFigure ? s.slice(prevFigure.end - span.start, m!.index) : '';
      if (!of && prevFigure && atValue !== null && !/^an?$/i.test(g.num ?? '') && !out.some((o) => o.start === start)
        && ((BRACKETED_RIVAL_BEFORE.test(between) && /^\s+(?:by|according to)\b/i.test(rest))
          || (REVISED_RIVAL_BEFORE.test(between) && /^\s*(?:[.,;:!]|$)/.test(rest)))) {
        out.push({ start, end: start + (g.num ?? '').length, value: atValue, unit: prevFigure.unit });
        return;
      }
      const reported = REPORTED_FIGURE_BEFORE.test(s.slice(0, m!.index)) && REPORTED_FIGURE_AFTER.test(rest) && atValue !== null && !/^an?$/i.test(g.num ?? '');
      if (!of && back && reported && !out.some((o) => o.start === start)) {
        // A count named before the figure in its own sentence says what it counts ("the count of the missing is a
        // muddle: the coast guard says nine"), before the nearest earlier count of its order (five vehicles raised).
        const unit = namedCount(s.slice(0, m!.index)) ?? rivalCountUnit(s, out.at(-1), span.start, m!.index, answered(atValue!, back)!);
        if (decimalAgainstWholeCount(atValue!, unit, [...prevCounts, ...out])) return;
        out.push({ start, end: start + (g.num ?? '').length, value: atValue!, unit });
        return;
      }
      // "38 branches in the north and three abroad": the same thing counted elsewhere (a count of this clause only).
      const elsewhere = COORDINATED_COUNT_BEFORE.test(s.slice(0, m!.index)) && PLACE_AFTER_FIGURE.test(rest) && !!out.at(-1);
      if (!of && back && atValue !== null && !/^an?$/i.test(g.num ?? '') && (PART_OF_COUNTED.test(rest) || elsewhere) && !out.some((o) => o.start === start)) {
        out.push({ start, end: start + (g.num ?? '').length, value: atValue, unit: back });
        return;
      }
      // A count named before the figure in its own sentence says what it counts, before what the text counted last.
      const elliptic = namedCount(s.slice(0, m!.index)) ?? back;
      if (!of && elliptic && v !== null && v >= MIN_ELLIPTIC_VALUE && !/^(19|20)\d\d$/.test(g.num ?? '') && (ELLIPTIC_FOLLOWER.test(rest) || ESTIMATE_OF.test(s.slice(0, m!.index))
        || (COPULA_FIGURE_BEFORE.test(s.slice(0, m!.index)) && REPORTED_FIGURE_AFTER.test(rest)))
        && !out.some((o) => o.start === start)) out.push({ start, end: start + (g.num ?? '').length, value: v, unit: elliptic });
    };
    // "€1.2bn last year": a date right after the figure keeps its own words, the figure stays.
    if (g.unit && !inside(dateSpans, start) && inside(dateSpans, start + m[0].length - 1)) dropUnitWord(m);
    if (inside(dateSpans, start) || inside(dateSpans, start + m[0].length - 1)) { reject(); continue; }
    const num = g.num ?? '';
    const base = wordValue(num);
    // "an earthquake of magnitude 6.1 struck": the figure measures a magnitude, whatever word follows it; it counts
    // nothing. (Read as a figure, a sentence telling the magnitude and another fact became one disputed claim.)
    if (base !== null && !/^an?$/i.test(num) && !g.cur && !g.code && MAGNITUDE_BEFORE.test(s.slice(0, m.index))) {
      re.lastIndex = m.index + num.length;
      continue;
    }
    // "tram 318 having run the light", "the driver of K 206 was cut free": a number that names a train or flight counts
    // nothing (read as a figure, two trains' numbers became a disputed count).
    if (/^\d+$/.test(num) && !g.cur && !g.code && NAMING_BEFORE.test(s.slice(0, m.index))) {
      re.lastIndex = m.index + num.length;
      continue;
    }
    let unitRaw = (g.unit ?? '').toLowerCase();
    let extra = 0;
    // "12 Talvari fishermen": a capitalised adjective sits between the figure and what is counted.
    // "340 fishing licences": a participle or adjective in -ing describes what is counted.
    // "two thousand damaged ballots": a participle in -ed too, when a noun follows it ("300 injured when" keeps its word).
    const describing = !!g.unit && (/^[A-Z]/.test(g.unit) || /^[a-z]{3,}ing$/.test(g.unit) || /^[a-z]{3,}ed$/.test(g.unit));
    // "212 sick passengers", "40 elderly residents": an adjective between the figure and a plural noun
    // qualifies the noun, which is what is counted (a noun before it names a kind: "1,840 ballot papers" keep their word).
    const qualifying = !!g.unit && base !== null && base > 1 && isAdjective(g.unit) && PLURAL_NOUN_AFTER.test(s.slice(m.index + m[0].length));
    const attributive = !!g.unit && base !== null && base > 1 && !g.scale && isAttributiveNoun(g.unit) && PLURAL_NOUN_AFTER.test(s.slice(m.index + m[0].length));
    const compound = !!g.unit && base !== null && base > 1 && !g.scale ? COMPOUND_THEN_PLURAL.exec(s.slice(m.index + m[0].length)) : null;
    // "for a single ketral", "won by a single vote": "single" after the article stresses that one thing is
    // counted, the noun after it (never after a denial, "not a single", "will not run a single train" or a denying
    // subject, "No saver will lose a single marek", which counts none).
    const single = /^an?$/i.test(num) && unitRaw === 'single' && !/\b(?:not|never|without|no|nobody|none|n['’]t)\s+(?:[\p{L}'’]+\s+){0,4}$/iu.test(s.slice(0, m.index)) ? /^\s+([a-z]{3,})\b/.exec(s.slice(m.index + m[0].length)) : null;
    if (single) { unitRaw = single[1]!; extra = single[0].length; } else if (compound) {
      const noun = /^\s+([A-Za-z]+)/.exec(s.slice(m.index + m[0].length + compound[0].length))!;
      unitRaw = noun[1]!.toLowerCase(); extra = compound[0].length + noun[0].length;
    } else if (g.unit && !CURRENCY_WORDS.has(unitRaw) && (describing || qualifying || attributive)) {
      const next = /^[-\s]+([a-z]{3,})\b/.exec(s.slice(m.index + m[0].length)) ?? (/^[A-Z]/.test(g.unit) ? nameThenPlural(s.slice(m.index + m[0].length)) : null);
      const after = next && (!/ed$/.test(g.unit) || isNounAfterParticiple(next[1]!.toLowerCase())) ? next : null;
      // A capitalised plural is itself what is counted ("27 Persons", "four Helicopters", "32 People remain": machine translation).
      const plural = /^[A-Z][a-z]{2,}[^s\W]s$/.test(g.unit) || /^(?:People|Men|Women|Children)$/.test(g.unit);
      if (after && !plural) {
        unitRaw = after[1]!.toLowerCase(); extra = after[0].length;
        // "Four Trelvanian water bombers", "12 Pelthian fishing boats", "two Trelvanian water-bomber planes": the word after
        // the describing one may itself say what kind (a singular noun, an -ing word, a compound's first word) before
        // the plural that is counted.
        const tail = s.slice(m.index + m[0].length + extra);
        const joined = base !== null && base > 1 ? COMPOUND_THEN_PLURAL.exec(tail)?.[0] ?? '' : '';
        const kindWord = joined !== '' || isAttributiveNoun(unitRaw) || /^[a-z]{3,}ing$/.test(unitRaw);
        const kind = base !== null && base > 1 && kindWord && PLURAL_NOUN_AFTER.test(tail.slice(joined.length)) ? /^\s+([A-Za-z]+)/.exec(tail.slice(joined.length)) : null;
        if (kind) { unitRaw = kind[1]!.toLowerCase(); extra += joined.length + kind[0].length; }
      }
    }
    // "close to a hundred of our neighbours fell ill", "thousands of their supporters": after a scale's "of", a possessive
    // only says whose; the plural after it is what is counted (not the unit counted before, a clock time, say).
    const possessed = !!g.scale && POSSESSIVE_WORDS.has(unitRaw) && !extra ? POSSESSED_NOUN_AFTER.exec(s.slice(m.index + m[0].length)) : null;
    if (possessed) { unitRaw = possessed[1]!.toLowerCase(); extra = possessed[0].length; }
    // "2,4 Milliards of Crowns ... «1,8 Milliards, because»": a scaled sum without a unit is in the unit counted before.
    const back = out.at(-1)?.unit ?? prevUnit;
    const money = g.cur ? CURRENCY[g.cur]! : g.code ? CURRENCY_CODES[g.code.toLowerCase()]! : null;
    const scaledBack = base !== null && !!g.scale && !money && (!unitRaw || NOT_UNITS.has(unitRaw) || FINITE_PAST.has(unitRaw)) && !!back;
    // ... but only when it is of that count's order or near it: "six million" after "two hours" is no count of hours.
    const backFigure = out.at(-1) ?? prevCounts.at(-1);
    const farOrder = !!backFigure && backFigure.value > 0 && Math.max(backFigure.value, bareValue(g)!) / Math.min(backFigure.value, bareValue(g)!) >= SCALED_BACK_ORDER;
    if (scaledBack && !farOrder) {
      out.push({ start, end: start + m[0].length - (g.unit ? g.unit.length + 1 : 0), value: bareValue(g)!, unit: back! });
      continue;
    }
    // "4 square Kilometers": a length unit capitalised after "square" is still what "square" measures (see area below).
    if (unitRaw === 'square' && !extra) {
      const length = SQUARE_LENGTH_AFTER.exec(s.slice(m.index + m[0].length));
      if (length) { unitRaw = length[1]!.toLowerCase(); extra = length[0].length; }
    }
    const measured = isMeasuredSpan(unitRaw, s.slice(0, m.index), s.slice(m.index + m[0].length + extra));
    if (base === null || (!money && !measured && (!unitRaw || NOT_UNITS.has(unitRaw) || FINITE_PAST.has(unitRaw) || PLACE_ADVERBS.has(unitRaw) || wordValue(unitRaw) !== null))) { reject(); continue; }
    const article = /^(an?|half an?)$/i.test(num);
    // "jailed for a year": an article counts one of a measured length too; "half a billion", "a million" count by their scale.
    if (article && !g.scale && !ARTICLE_UNITS.has(singular(unitRaw)) && !measured && !single) { reject(); continue; }
    if (/^(19|20)\d\d$/.test(num) && !g.scale) { reject(); continue; } // a year, not a count
    // "an hour and a half", "a year and a half": a fraction told after the unit of a length of time is part of it.
    const after = !g.frac && !g.scale && TIME_LENGTHS.has(singular(unitRaw)) ? FRACTION_AFTER_UNIT.exec(s.slice(m.index + m[0].length + extra)) : null;
    if (after) extra += after[0].length;
    const frac = g.frac ? FRACTIONS[g.frac.trim().split(/\s+/).at(-1)!.replace(/^-+/, '')] ?? 0 : after ? FRACTIONS[after[1]!.toLowerCase()]! : 0;
    const scale = g.scale ? scaleValue(g.scale) : g.abbr ? SCALE_ABBREVIATIONS[g.abbr.toLowerCase()]! : 1;
    const value = (base + frac) * scale + spelledRest(g);
    // "1.2 billion EUR": a currency's code after the sum names it as its word would.
    const named = money ?? CURRENCY_CODES[unitRaw] ?? singular(unitRaw);
    // "600 metres" and "two kilometres" are one measure: a length is counted in metres (a speed keeps its words).
    const perMetre = METRES_PER[named] !== undefined && !SPEED_AFTER.test(s.slice(m.index + m[0].length + extra)) ? METRES_PER[named]! : null;
    // "over about 4 square kilometres" is an area, not a length of 4,000 metres: counted in square metres, so "11 square
    // kilometres" and "4 square Kilometers" (machine translation) are one measure and no length is taken for one.
    const area = perMetre !== null && /^square$/i.test(g.unit ?? '') && unitRaw !== 'square';
    // A speed is counted in kilometres however the unit is spelled ("84 Kilometers in the Hour" / "84 km/h").
    const unit = perMetre === null ? (METRES_PER[named] === 1000 ? 'kilometre' : named) : area ? 'square metre' : 'metre';
    const measuredValue = perMetre === null ? value : value * perMetre * (area ? perMetre : 1);
    // "28 kilometres an hour": the hour is part of the speed's unit, as the "h" of "84 km/h" is, not a length of time
    // of its own ("an hour", 60 minutes) nor a count per hour (read so, a speed told in words never met one in km/h).
    const speed = perMetre === null && METRES_PER[named] !== undefined ? SPEED_AFTER.exec(s.slice(m.index + m[0].length + extra)) : null;
    if (speed) { extra += speed[0].length; re.lastIndex = m.index + m[0].length + extra; }
    // "€1.2bn last year": a word after a sum in a sign or code is not part of the figure.
    const end = money && !CURRENCY_WORDS.has(unitRaw) ? start + m[0].length - (g.unit ? g.unit.length + 1 : 0) : start + m[0].length + extra;
    out.push({ start, end, value: measuredValue, unit: CURRENCY_WORDS.has(unit) ? singular(unit) : unit });
  }
  return withWordHours(s, span.start, withWordClocks(s, span.start, withOccurrences(s, span.start, withClockTimes(s, span.start, withShares(s, span.start, withPercents(s, span.start, withSpeeds(s, span.start, withLevels(s, span.start, withTolls(s, span.start, out, dateSpans), dateSpans), dateSpans), dateSpans), dateSpans), dateSpans), dateSpans), dates), dates);
}

/**
 * A clock time in words: "ten past seven", "half past two", "a quarter past midnight"; with "to" only after a word that
 * places a time ("at twenty-five to nine", "until a quarter to ten"), as "from ten to twelve boats" is a range.
 */
const WORD_CLOCK = /\b(?<mins>(?:a\s+)?quarter|half|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty-\w+)(?:\s+minutes)?)\s+(?<dir>past|(?<=\b(?:at|about|around|until|till|by|before|after)\s+\S+(?:\s+minutes)?\s+)to)\s+(?<hour>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|noon|[1-9]|1[0-2])\b/gi;

/** Words after a clock time in words that put it after noon ("half past seven in the evening", "ten to nine that night"). */
const AFTERNOON_AFTER = /^\s+(?:p\.?m\b|in\s+the\s+(?:afternoon|evening)|at\s+night|tonight|(?:this|that|on\s+\w+)\s+(?:afternoon|evening|night))/i;

/**
 * A clock time told in words is a time of day as "10.30am" is ("walked in just after half past ten" / "at about
 * 10:15 a.m."): minutes after midnight, before noon unless the words after it put it later. Not inside a date's words.
 */
function withWordClocks(s: string, base: number, out: NumberMention[], dates: Span[]): NumberMention[] {
  const found = [...out];
  for (const m of s.matchAll(WORD_CLOCK)) {
    const g = m.groups!;
    const word = g.mins!.toLowerCase().replace(/\s+minutes$/, '');
    const mins = /quarter$/.test(word) ? 15 : word === 'half' ? 30 : wordValue(word);
    const h = g.hour!.toLowerCase();
    const hour = h === 'midnight' ? 0 : h === 'noon' ? 12 : wordValue(h);
    const start = base + m.index!;
    if (mins === null || hour === null || mins >= 60 || inside(dates, start) || found.some((o) => o.start < start + m[0].length && start < o.end)) continue;
    const later = hour < 12 && AFTERNOON_AFTER.test(s.slice(m.index! + m[0].length)) ? 12 * 60 : 0;
    const value = (hour * 60 + later + (g.dir!.toLowerCase() === 'past' ? mins : -mins) + 24 * 60) % (24 * 60);
    found.push({ start, end: start + m[0].length, value, unit: CLOCK_UNIT });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A whole hour in words after a word that places a time, with the half of the day told after it ("close at eight in
 * the evening", "from nine o'clock in the morning", "until eleven at night"). A bare "at eight" may be either half;
 * "before seven o'clock" or "by nine" bounds a time without telling it.
 */
const WORD_HOUR = /\b(?:at|about|around|until|till|from)\s+(?<hour>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+o['’]clock)?(?=\s+(?<half>in\s+the\s+(?:morning|afternoon|evening)|at\s+night|tonight|(?:this|that)\s+(?:morning|afternoon|evening|night)))/gi;

/** A whole hour in words with its half of the day is a time of day, as "8pm" is: minutes after midnight. */
function withWordHours(s: string, base: number, out: NumberMention[], dates: Span[]): NumberMention[] {
  const found = [...out];
  for (const m of s.matchAll(WORD_HOUR)) {
    const g = m.groups!;
    const hour = wordValue(g.hour!.toLowerCase());
    const at = m.index! + m[0].search(/\S+(?:\s+o['’]clock)?$/);
    const start = base + at;
    const end = base + m.index! + m[0].length;
    if (hour === null || inside(dates, start) || found.some((o) => o.start < end && start < o.end)) continue;
    const morning = /morning/i.test(g.half!);
    // "twelve at night" is midnight, "twelve in the afternoon" noon.
    const value = morning ? (hour % 12) * 60 : hour === 12 ? (/night/i.test(g.half!) ? 0 : 12 * 60) : (hour + 12) * 60;
    found.push({ start, end, value, unit: CLOCK_UNIT });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Where the sentence `s` (at `base` in the text) tells a clock time in words. */
function wordClockSpans(s: string, base: number): Span[] {
  return [...s.matchAll(WORD_CLOCK)].map((m) => ({ start: base + m.index!, end: base + m.index! + m[0].length }));
}

/**
 * A time stamp in square brackets ("[18:02]", "[00:14:31]"): a transcript marks when a line was spoken on air, not a time
 * the line tells (read as a time of day, two speakers' stamps made their claims clash).
 */
const TIME_STAMP = /\[\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\]/g;

/** Where the sentence `s` (at `base` in the text) holds a bracketed time stamp. */
function stampSpans(s: string, base: number): Span[] {
  return [...s.matchAll(TIME_STAMP)].map((m) => ({ start: base + m.index!, end: base + m.index! + m[0].length }));
}

/** Lengths of time a fraction may follow ("an hour and a half", "two years and a half"). */
const TIME_LENGTHS: ReadonlySet<string> = new Set(['minute', 'hour', 'day', 'week', 'month', 'year']);
/** A fraction told after the unit: " and a half", " and a quarter". */
const FRACTION_AFTER_UNIT = /^\s+and\s+a\s+(half|quarter)\b/i;

/** Metres in a unit of length written out ("kilometres", "meters"): 600 metres and two kilometres are one measure. */
const METRES_PER: Readonly<Record<string, number>> = { metre: 1, meter: 1, kilometre: 1000, kilometer: 1000 };
/** A unit of length after "square", in any case ("square Kilometers"). */
const SQUARE_LENGTH_AFTER = /^\s+((?:kilo)?met(?:re|er)s?)\b/i;
/**
 * Words after a length that make it a speed ("90 kilometres an hour", "per hour"; "84 Kilometers in the Hour", as
 * machine translation words it, unless the hour is a time told ("in the hour before the collapse")).
 */
const SPEED_AFTER = /^\s*(?:an?|per)\s+hour\b|^\s*\/\s*h\b|^\s+in\s+the\s+hour\b(?!\s+(?:before|after|since|that|when|it)\b)/i;
/** Words after a speed that make it a limit ("a 50 km/h limit", "the 80 km/h speed limit"). */
const LIMIT_AFTER = /^\s+(?:speed\s+)?limit\b/i;
/** Words before a speed that make it a limit ("a speed limit of 30 km/h", "limited to 40 km/h"). */
const LIMIT_BEFORE = /\b(?:limit\s+of|limited\s+to|restricted\s+to)\s+(?:just\s+)?$/i;
/** A speed in the abbreviated unit ("84 km/h", "38km/h", "40 kph", "60 km per hour"): a figure of kilometres an hour. */
const SPEED_ABBREVIATED = /(?<![\d.,])(?<num>\d+(?:[.,]\d+)?)\s?(?:km\s?\/\s?hr?|kph|kmh|km\s+(?:an?|per)\s+hour)\b/gi;

/**
 * How many times a thing was done, told in words: "postponed twice", "had postponed the repair three times".
 * A multiple ("twice as many", "three times the size", "three times higher") and a rate ("twice a day", "three
 * times a week") are no count of occasions; figures in digits ("met 3 times") are left alone, but for acts counted as
 * things (OCCASION_NOUNS).
 */
const OCCURRENCES = /\b(?:(?<twice>twice|thrice)|(?<num>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+times)\b(?!\s+(?:as|the|that|this|its|their|his|her|what|more|less|fewer|over|per|daily|weekly|monthly|yearly|annually|an?\s+(?:day|night|week|month|year|season)|[a-z]+er\s+than)\b)/gi;
/** Words right before "three times" that make it no count of occasions ("at times", "one of three times", "two or three times"). */
const NOT_OCCURRENCE_BEFORE = /\b(?:of|or|and|to|than|between)\s+$/i;
/**
 * Acts whose count of occasions outlets also tell as a count of a noun ("cited 14 times" / "19 citations", "viewed
 * 40,000 times" / "40,000 views"): the times counted are those things, and a figure in digits is such a count too.
 */
const OCCASION_NOUNS: Readonly<Record<string, string>> = { cited: 'citation', mentioned: 'mention', viewed: 'view', downloaded: 'download' };
/** Those acts as one alternation, for the patterns below. */
const OCCASION_VERBS = Object.keys(OCCASION_NOUNS).join('|');
/** One of those acts, then how many times in digits, perhaps as a bound: "cited more than 14 times". */
const DIGIT_OCCASIONS = new RegExp(String.raw`\b(?<verb>${OCCASION_VERBS})\s+(?:(?:more than|at least|nearly|almost|about|some|over|around)\s+)?(?<num>\d{1,3}(?:,\d{3})+|\d+)\s+times\b(?!\s+(?:as|more|less|fewer|over|per|an?\s+(?:day|night|week|month|year)|[a-z]+er\s+than)\b)`, 'gi');
/** The act told right before a count of times in words ("cited three times"). */
const OCCASION_VERB_BEFORE = new RegExp(String.raw`\b(${OCCASION_VERBS})\s+$`, 'i');

function withOccurrences(s: string, base: number, out: NumberMention[], dateSpans: Span[]): NumberMention[] {
  const found = [...out];
  for (const m of s.matchAll(OCCURRENCES)) {
    const g = m.groups!;
    const value = g.twice ? (g.twice.toLowerCase() === 'twice' ? 2 : 3) : wordValue(g.num!);
    const start = base + m.index!;
    if (value === null || NOT_OCCURRENCE_BEFORE.test(s.slice(0, m.index)) || inside(dateSpans, start)
      || found.some((o) => o.start < start + m[0].length && start < o.end)) continue;
    const verb = OCCASION_VERB_BEFORE.exec(s.slice(0, m.index))?.[1]?.toLowerCase();
    found.push({ start, end: start + m[0].length, value, unit: verb ? OCCASION_NOUNS[verb]! : 'time' });
  }
  for (const m of s.matchAll(DIGIT_OCCASIONS)) {
    const g = m.groups!;
    const start = base + m.index! + m[0].lastIndexOf(g.num!, m[0].length - ' times'.length);
    const end = base + m.index! + m[0].length;
    if (inside(dateSpans, start) || found.some((o) => o.start < end && start < o.end)) continue;
    found.push({ start, end, value: Number(g.num!.replace(/,/g, '')), unit: OCCASION_NOUNS[g.verb!.toLowerCase()]! });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Times of day ("sent a distress call at 9.42pm") are figures of their own unit, in minutes after
 * midnight: the same minute told by two outlets is the same moment. A figure written as a time of day
 * is one, whatever rule read its hour as a count ("the weather service puts touchdown at 6:47 pm" gives
 * a time, not six touchdowns): a count read from the time's own digits gives way to it.
 */
function withClockTimes(s: string, base: number, out: NumberMention[], dateSpans: Span[]): NumberMention[] {
  let found = [...out];
  for (const m of [...s.matchAll(CLOCK_TIME), ...[...s.matchAll(DOTTED_CLOCK)].map(atTime), ...[...s.matchAll(HOURS_MINUTES_CLOCK)].map(fromHour)]) {
    const g = m.groups ?? {};
    const h = parseInt(g.h!, 10);
    const min = parseInt(g.m ?? g.m24 ?? '', 10);
    const pm = /^p/i.test(g.half ?? '');
    if (Number.isNaN(min) || min > 59 || (g.half ? h < 1 || h > 12 : h > 23)) continue;
    // "6:40 in the morning", "at 9.15 in the evening": words after a twelve-hour time tell its half of the day as "am" does.
    const told = !g.half && h >= 1 && h <= 12 ? DAY_HALF_AFTER.exec(s.slice(m.index! + m[0].length)) : null;
    const start = base + m.index!;
    const end = start + m[0].length + (told?.[0].length ?? 0);
    if ((inside(dateSpans, start) && !toldWithItsDay(dateSpans, s, base, start)) || found.some((o) => o.start < start && start < o.end)) continue;
    found = found.filter((o) => !(o.start >= start && o.start < end));
    const hour = g.half ? (h % 12) + (pm ? 12 : 0) : told ? hourOfHalf(h, (told[1] ?? told[2]!).toLowerCase()) : h;
    found.push({ start, end, value: hour * 60 + min, unit: CLOCK_UNIT });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The half of the day told in words right after a time ("in the morning", "in the evening", "at night"). */
const DAY_HALF_AFTER = /^\s+(?:in\s+the\s+(morning|afternoon|evening)|at\s+(night))\b/i;

/**
 * The hour on a 24-hour clock of a twelve-hour time told with its half in words: morning hours as they stand (twelve is
 * midnight's), afternoon and evening hours twelve on; at night from six to eleven in the evening, else after midnight.
 */
function hourOfHalf(h: number, half: string): number {
  if (half === 'morning') return h % 12;
  if (half === 'night') return h >= 6 && h < 12 ? h + 12 : h % 12;
  return (h % 12) + 12;
}

/** Only words placing a time before it ("at", "about", "shortly after"): the time opens the date's words. */
const TIME_PLACING_ONLY = /^(?:(?:at|about|around|roughly|approximately|shortly|just|before|after|until|till|by|since|from)\s+)*$/i;

/**
 * News tells a time of day with the day it fell on ("gave way at about 11:15 a.m. on Saturday", "at 9.15pm on
 * March 3"), and the date's words then open with the time: the time is still a time of day, not part of the day.
 * A time inside a date's words after the day ("Saturday at 11:15") is left to the date.
 */
function toldWithItsDay(dateSpans: Span[], s: string, base: number, at: number): boolean {
  const span = dateSpans.find((d) => at >= d.start && at < d.end);
  return !!span && span.start >= base && TIME_PLACING_ONLY.test(s.slice(span.start - base, at - base));
}

/** A time told in hours and minutes (HOURS_MINUTES_CLOCK) from its hour on: "9 hours 35 minutes" of "at 9 hours 35 minutes". */
function fromHour(m: RegExpMatchArray): RegExpMatchArray {
  const skip = m[0].search(/\d/);
  return Object.assign([m[0].slice(skip)], { index: m.index! + skip, groups: m.groups, input: m.input }) as RegExpMatchArray;
}

/** A dotted time's match from where its figure starts (the word placing it is no part of it). */
function atTime(m: RegExpMatchArray): RegExpMatchArray {
  const skip = m[0].length - `${m.groups!.h}.${m.groups!.m24}`.length;
  return Object.assign([m[0].slice(skip)], { index: m.index! + skip, groups: m.groups, input: m.input }) as RegExpMatchArray;
}

/** The mentions found so far with a new reading in place of every one it overlaps (the narrower pattern's reading wins). */
function inPlaceOf(found: NumberMention[], mention: NumberMention): NumberMention[] {
  return [...found.filter((o) => !(o.start < mention.end && mention.start < o.end)), mention];
}

/**
 * Speeds written with the abbreviated unit ("gusts of 84 km/h") are figures as "84 kilometres an hour" is, in the same
 * unit, so two reports of one gust written either way are one measure.
 */
function withSpeeds(s: string, base: number, out: NumberMention[], dateSpans: Span[]): NumberMention[] {
  let found = out;
  for (const m of s.matchAll(SPEED_ABBREVIATED)) {
    const start = base + m.index!;
    const end = start + m[0].length;
    if (inside(dateSpans, start)) continue;
    // "1,200 km/h" groups thousands; "96,5 km/h" (a decimal comma) is a fraction.
    const num = m.groups!.num!;
    const value = Number(/,\d{3}$/.test(num) ? num.replace(',', '') : num.replace(',', '.'));
    found = inPlaceOf(found, { start, end, value, unit: 'kilometre' });
  }
  // "a 50 km/h limit applies", "well above the 80 km/h speed limit", "a speed limit of 50 km/h": a limit is the rule of
  // the road, not how fast anything went; it answers another limit only, never a speed.
  return found.map((o) => o.unit === 'kilometre' && (LIMIT_AFTER.test(s.slice(o.end - base)) || LIMIT_BEFORE.test(s.slice(0, o.start - base)))
    ? { ...o, unit: 'speed limit' } : o).sort((a, b) => a.start - b.start);
}

/** Shares ("11 percent", "12%", "eleven per cent") are figures of their own unit, whatever a bare figure there was read as. */
function withPercents(s: string, base: number, out: NumberMention[], dateSpans: Span[]): NumberMention[] {
  let found = out;
  for (const m of s.matchAll(PERCENT)) {
    const value = wordValue(m.groups?.num ?? '');
    const start = base + m.index!;
    if (value === null || inside(dateSpans, start)) continue;
    found = [...found.filter((o) => o.start !== start), { start, end: start + m[0].length, value, unit: 'percent' }];
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A share named by a fraction ("a third of the fleet", "two-thirds of voters", "half of them") is a figure in percent. */
function withShares(s: string, base: number, out: NumberMention[], dateSpans: Span[]): NumberMention[] {
  let found = out;
  for (const m of s.matchAll(SHARE_OF)) {
    const value = SHARE_PERCENT[m.groups!.share!.toLowerCase().replace(/[-\s]+/g, ' ').replace(/^(?:a|one) /, '')];
    const start = base + m.index!;
    const end = start + m.groups!.share!.length;
    if (value === undefined || inside(dateSpans, start)) continue;
    // "Two-thirds" read as two of a unit "third" is the share.
    found = inPlaceOf(found, { start, end, value, unit: 'percent' });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Figures of a death toll that name no unit ("the death toll rose to 23") count the dead. */
function withTolls(s: string, base: number, out: NumberMention[], dateSpans: Span[]): NumberMention[] {
  for (const m of s.matchAll(TOLL_FIGURE)) {
    const num = m.groups?.num ?? '';
    const start = base + m.index! + m[0].length - num.length;
    const value = wordValue(num);
    if (value === null || inside(dateSpans, start) || out.some((o) => o.start <= start && start < o.end)) continue;
    out.push({ start, end: start + num.length, value, unit: 'dead' });
  }
  // "the number of injured now stands at 27": the injured are what the figure counts, whatever the words before it
  // were read as ("injured stands" is no plural counted).
  let found = out;
  for (const m of s.matchAll(STATE_COUNT_FIGURE)) {
    const num = m.groups?.num ?? '';
    const start = base + m.index! + m[0].length - num.length;
    const value = wordValue(num);
    if (value === null || inside(dateSpans, start)) continue;
    found = [...found.filter((o) => !(o.start <= start && start < o.end)), { start, end: start + num.length, value, unit: (m[1] ?? m[2] ?? '').toLowerCase() }];
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A rung on a scale told by its name and number ("raised the alert to level four", "a level-three notice",
 * "alert level 3", "a Category 4 hurricane"): the figure is the rung, not a count of what follows it, and two
 * outlets telling another rung of one scale dispute it.
 */
const LEVEL_FIGURE = /\b(?:level|category)[-\s]+(?<num>one|two|three|four|five|six|seven|eight|nine|ten|[1-9]|10)\b(?![.,:]\d)/gi;

/** Rungs of a scale (see LEVEL_FIGURE) are figures of their own unit, whatever a figure there was read as. */
function withLevels(s: string, base: number, out: NumberMention[], dateSpans: Span[]): NumberMention[] {
  let found = out;
  for (const m of s.matchAll(LEVEL_FIGURE)) {
    const num = m.groups!.num!;
    const start = base + m.index! + m[0].length - num.length;
    const value = wordValue(num);
    if (value === null || inside(dateSpans, start)) continue;
    found = inPlaceOf(found, { start, end: start + num.length, value, unit: 'level' });
  }
  return found.sort((a, b) => a.start - b.start);
}
