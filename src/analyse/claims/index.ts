/**
 * claims: sentences worth checking — quantities, events, attributions, who did what — with the
 * numbers, entities and key terms used to align them across documents.
 */
import type { ClaimMention, NumberMention, Span } from '../../contract/pipeline.ts';
import type { AnalysisContext } from '../context.ts';
import { EVENT_TRIGGERS, deniedByNo, triggerMatch } from '../events/index.ts';
import { isTimeOfDay } from '../dates/index.ts';
import { MAX_CLAIM_CHARS, MAX_KEY_TERMS, MIN_CLAIM_WORDS, MIN_CLAUSE_TERMS, MIN_FIGURE_CLAIM_WORDS, MIN_TERM_CHARS, SHORT_PAST_MIN_ONSET_CHARS, UNIT_MEMORY_SENTENCES } from './constants.ts';
import { AS_DOING_OPENER, ATTRIBUTION, CHRONOLOGY_DASH, NAME_WITH_POST, NO_CASUALTIES, OPEN_ENDED_STATE, RECORD_APPOSITION, IRREGULAR_FORMS, SUBJECT_PARTICIPLE, DEPENDENT_OPENER, PRESUPPOSING_QUESTION, SPEAKER_LABEL, STOPWORDS, TERM_SYNONYMS, VERB } from './patterns.ts';
import { findNumbers } from './_numbers.ts';
import { clauses } from './_clauses.ts';

export { findNumbers, singular, wordValue } from './_numbers.ts';
export { clauses } from './_clauses.ts';
/** A reporting verb that credits a sentence to a source ("said", "according to"): for other stages' rules on attributed words. */
export { ATTRIBUTION, KEPT_SHUT, NO_END_SET, OPEN_ENDED_STATE } from './patterns.ts';

const VOWEL = /[aeiouy]/;
/** "into force", "in force": the words of a rule taking or having effect. */
const IN_FORCE = /\b(in|into) force\b/g;
/**
 * Ends of a short base that lost a silent e before -ed: consonant, vowel, consonant, the last not
 * w, x or y ("fin" of "fined", not "aim" of "aimed"); a soft g after a consonant ("urg" of "urged");
 * an s after two vowels ("eas" of "eased").
 */
const SILENT_E_END = /(?:[^aeiou][aeiouy][^aeiouwxy]|[^aeiou]g|[aeiou]{2}s)$/;

/**
 * The base of a short past form the general rule leaves whole, for it strips -ed only from longer
 * words: "fined" / "a fine", "freed" / "free", "aimed" / "aim", "used" / "use". Only -ed: a short
 * plural or third person keeps its -s ("runs" folded into "run" let "the company that runs the
 * dam" pass for a claim about the dam). Null when the word is no past form ("shed", "need").
 */
function shortPastBase(w: string): string | null {
  if (!w.endsWith('ed')) return null;
  const x = w.slice(0, -2);
  if (!VOWEL.test(x)) return null;
  // "freed" → "free", "died" → "die"; a one-letter onset is a word of its own ("need", "seed", "feed").
  if (/[ei]$/.test(x)) return x.length >= SHORT_PAST_MIN_ONSET_CHARS + 1 || x.endsWith('i') ? `${x}e` : null;
  // "used" → "use", "owed" → "owe": a two-letter base ending in a consonant had a silent e.
  if (x.length === 2) return /^[aeiou][^aeiou]$/.test(x) ? `${x}e` : null;
  return SILENT_E_END.test(x) ? `${x}e` : x;
}

/**
 * Light stem: no inflection, no doubled final consonant ("admitted" / "admits", "signalling" /
 * "signaling"), no "-able" ("reachable" / "reached"), no silent final e ("collapse" / "collapsed",
 * "agree" / "agreed"), short pasts to their base ("fined" / "fine").
 */
function stem(w: string): string {
  // A possessive is its noun ("Harnvale's" / "Harnvale", "the workers' union" / "the workers").
  const noun = w.replace(/'s?$/, '');
  const base = IRREGULAR_FORMS[noun];
  if (base) return stem(base);
  const general = noun.replace(/(ing|ed|es|s|able)$/, (x) => (noun.length > x.length + 3 ? '' : x));
  const s = shortPastBase(general) ?? general;
  // "collapse" / "collapsed" / "collapses", "agree" / "agreed": a bare word's silent final e goes, as it does before -ed and -es.
  const bare = s === noun && noun.length >= 5 ? noun.replace(/([^aeiou]|e)e$/, '$1') : s;
  const single = bare.replace(/([b-df-hj-np-tv-z])\1$/, '$1');
  const synonym = TERM_SYNONYMS[s] ?? TERM_SYNONYMS[single];
  return synonym ? synonym.replace(/([^aeiou])e$/, '$1') : single;
}

/** Lower-cased, lightly stemmed content words. */
export function keyTerms(sentence: string): string[] {
  const out = new Set<string>();
  // "entered into force" / "took effect", "remains in force" / "remains in effect": one phrase, one term.
  for (const w of sentence.toLowerCase().replace(IN_FORCE, '$1 effect').match(/[\p{L}][\p{L}'-]*|\b(?:1[89]|20)\d\d\b/gu) ?? []) {
    if (w.length < MIN_TERM_CHARS || STOPWORDS.has(w)) continue;
    out.add(stem(w));
    if (out.size >= MAX_KEY_TERMS) break;
  }
  return [...out].sort();
}

const hasPredicate = (clause: string): boolean =>
  (clause.match(/(?<![\p{L}])[a-z][a-z'-]{2,}/gu) ?? []).some((w) => !STOPWORDS.has(w));

const inside = (s: Span, x: Span): boolean => x.start >= s.start && x.end <= s.end;

/** Event types whose trigger words sit inside `clause` (of a sentence that reports events). */
export function clauseEventTypes(clause: string, sentenceTypes: Iterable<string>): string[] {
  const types = new Set(sentenceTypes);
  return EVENT_TRIGGERS.filter(([t, re]) => types.has(t) && triggerMatch(re, clause) !== null).map(([t]) => t);
}

/** Where the first word that triggers an event of `type` in `clause` starts, or null when none is there. */
export function triggerAt(clause: string, type: string): number | null {
  for (const [t, re] of EVENT_TRIGGERS) {
    if (t !== type) continue;
    const m = triggerMatch(re, clause);
    if (m) return m.index;
  }
  return null;
}

/** Key terms of the words that trigger an event of `type` in `clause` ("was detained" → "detain"), none when no trigger is there. */
export function triggerTerms(clause: string, type: string): string[] {
  return EVENT_TRIGGERS.filter(([t]) => t === type).flatMap(([, re]) => {
    const m = triggerMatch(re, clause);
    return m ? keyTerms(m[0]) : [];
  });
}

/**
 * Clauses that can stand as claims. A figure makes any clause one ("after a three-hour meeting").
 * Otherwise a dependent piece ("after Nixon's election in 1968", "including the break-in") needs an
 * event of its own, and any clause needs a verb ("In the interview with The Sun Herald" is context).
 */
function ownClauses(text: string, s: Span, numbers: { start: number }[], types: string[], days: number[]): Span[] {
  return clauses(text, s, numbers.map((n) => n.start), days).filter((c) => {
    const clause = text.slice(c.start, c.end);
    if (numbers.some((n) => n.start >= c.start && n.start < c.end)) return true;
    const evented = clauseEventTypes(clause, types).length > 0;
    // "as he was about to board a flight" tells what its subject was doing: a fact, though "as" opens it.
    if (DEPENDENT_OPENER.test(clause) && !evented && !AS_DOING_OPENER.test(clause)) return false;
    return evented || VERB.test(clause) || RECORD_APPOSITION.test(clause);
  });
}

/**
 * A line of a chronology: the sentence opens with a day-precision date, then a dash and the act it
 * dates ("2025-01-02 - wreck raised", "March 25 – board voted out"). Short as it is, it states one act's day.
 */
function chronologyLine(text: string, s: Span, dateSpans: AnalysisContext['dates']): boolean {
  const lead = text.slice(s.start, s.end).search(/\S/);
  const stamp = dateSpans.find((d) => d.start === s.start + lead && d.date.precision === 'day');
  return !!stamp && CHRONOLOGY_DASH.test(text.slice(stamp.end, s.end));
}

/**
 * The subject a clause's predicate belongs to when a participle phrase between commas cut it off
 * ("The accord, signed on Thursday, | fixes the border"): the words before the sentence's first comma,
 * when the sentence opens with them and the clause opens with a finite verb. Null otherwise.
 */
function subjectBefore(text: string, s: Span, c: Span): string | null {
  const m = SUBJECT_PARTICIPLE.exec(text.slice(s.start, c.start));
  if (!m) return null;
  const clause = text.slice(c.start, c.end);
  const v = VERB.exec(clause);
  return v && v.index === 0 && /^[a-z]/.test(clause) ? m[1]! : null;
}

/**
 * Checkable claims, one per clause that states a figure, an event or enough content of its own
 * (a sentence's clauses are corroborated or contested separately). Never throws.
 */
export function findClaims(ctx: AnalysisContext): ClaimMention[] {
  try {
    const text = ctx.doc.text ?? '';
    // A time of day the dates stage gave the day told around it ("spoke to us at noon", see dayTimes) is still a time: its
    // figure is a clock's, and it neither splits a clause nor dates one as a day told in the clause does.
    const dateSpans = ctx.dates.filter((d) => !isTimeOfDay(d));
    const eventTypes = (ctx.events ?? []).flatMap((e) => e.evidence.map((ev) => ({ start: ev.start, type: e.type })));
    const out: ClaimMention[] = [];
    let lastUnit: string | null = null;
    let lastCounts: NumberMention[] = [];
    let sinceUnit = 0;
    for (const whole of ctx.sentences) {
      const label = SPEAKER_LABEL.exec(text.slice(whole.start, whole.end));
      const s = label ? { ...whole, start: whole.start + label[0].length } : whole;
      const sentence = text.slice(s.start, s.end);
      // A question asks rather than states, except "Why did ...?", which takes what follows as fact.
      if (sentence.length > MAX_CLAIM_CHARS || (sentence.trim().endsWith('?') && !PRESUPPOSING_QUESTION.test(sentence))) continue;
      const wordCount = sentence.trim().split(/\s+/).length;
      if (wordCount < MIN_FIGURE_CLAIM_WORDS) continue;
      const numbers = findNumbers(text, s, dateSpans, lastUnit, lastCounts);
      // A short sentence is a claim only when it states a figure ("Varnholt still says 2.4 billion.").
      // A speaker's own short line in a transcript is still theirs to check ("I apologise to every family.").
      // So is a chronology line, a day stamp and its act ("2025-01-02 - wreck raised"): it dates that act.
      if (wordCount < MIN_CLAIM_WORDS && !numbers.length && !label && !chronologyLine(text, s, dateSpans)) continue;
      // What the text counts stays in mind over a sentence without figures ("Nine thousand nurses
      // marched. The union called it a warning. The ministry's number is four thousand.").
      if (numbers.length) { lastUnit = numbers.at(-1)!.unit; lastCounts = numbers; sinceUnit = 0; } else if (++sinceUnit > UNIT_MEMORY_SENTENCES) { lastUnit = null; lastCounts = []; }
      const entities = [...new Set(ctx.mentions.filter((m) => inside(s, m)).map((m) => m.entity))].sort((a, b) => a - b);
      const types = eventTypes.filter((e) => e.start === whole.start).map((e) => e.type);
      const hasQuote = ctx.quotes.some((q) => q.start < s.end && s.start < q.end);
      const kind = numbers.length ? 'number' : types.length ? 'event'
        : hasQuote || label || ATTRIBUTION.test(sentence) ? 'attribution' : entities.length >= 2 ? 'description'
        // "Bids for the cable contract are due by Sunday, March 7.": a dated statement can be checked.
        : dateSpans.some((d) => d.start >= s.start && d.end <= s.end && d.date.precision === 'day') ? 'description'
        // "Harbour police made no arrests.": an act denied is no event, yet the denial is a fact a page can contradict.
        : deniedByNo(sentence) || NO_CASUALTIES.test(sentence) ? 'description'
        // "The depot is shut until further notice.": a closure with no end set is a length a page giving one contradicts.
        : OPEN_ENDED_STATE.test(sentence) ? 'description' : null;
      if (!kind) continue;
      const days = dateSpans.filter((d) => d.start >= s.start && d.end <= s.end && d.date.precision === 'day').map((d) => d.start);
      for (const c of ownClauses(text, s, numbers, types, days)) {
        const clause = text.slice(c.start, c.end);
        const own = numbers.filter((n) => n.start >= c.start && n.start < c.end);
        // "The Truce, signed in Vosquine on 25.10.2025, | entered into Force on 27.10.2025": a predicate cut
        // from its subject by a participle phrase between commas still tells of that subject.
        const head = subjectBefore(text, s, c);
        const terms = keyTerms(head ? `${head} ${clause}` : clause);
        const evented = clauseEventTypes(clause, types).length > 0;
        // Without a figure or an event a clause must say something: enough key terms, one of them
        // a lower-case word ("Prime Minister Adaline Corvo-Brandt" is a name, not a claim).
        // "..., Sabeth Marwe, opened on February 9": a predicate that dates something to a day says enough.
        const dated = dateSpans.some((d) => d.start >= c.start && d.end <= c.end && d.date.precision === 'day');
        // Casualties denied ("and that no one was hurt") say enough in few words (see NO_CASUALTIES).
        const noCasualties = NO_CASUALTIES.test(clause);
        if (!own.length && !evented && !noCasualties && ((terms.length < MIN_CLAUSE_TERMS && !dated) || !hasPredicate(clause))) continue;
        if (!own.length && !evented && !dated && NAME_WITH_POST.test(clause)) continue;
        const k = own.length ? 'number' : evented ? 'event' : kind === 'number' || kind === 'event' ? 'description' : kind;
        out.push({ start: c.start, end: c.end, text: clause, kind: k, numbers: own, entities, keyTerms: terms });
      }
    }
    return out;
  } catch {
    return [];
  }
}
