/**
 * The generic fallback: a clause no trigger covers, told in the past ("The terminal reopened on Monday",
 * "the berth has been dredged", "was unloaded on Wednesday") and naming a date, is an event typed by its
 * verb's lemma ("reopen"). Only the clause's main verb counts, and only a finished act: no modal, future,
 * negated or past-perfect verb (the extractor's own rules then date it like any trigger).
 */
import nlp from 'compromise';
import { MODAL, PERIOD_BOUND_BEFORE, REPORTING_LEMMAS, WEAK_LEMMAS } from './patterns.ts';
import { clauseSpans } from './_sentence-parts.ts';

/** Verb forms (compromise's grammar.form) that tell a finished act of the news. */
const FINISHED_FORMS: ReadonlySet<string> = new Set(['simple-past', 'present-perfect', 'passive-past', 'passive-present-perfect']);

/** The part of compromise's verb view used here (its default typings omit the verbs plugin). */
type VerbJson = {
  text: string;
  offset?: { start: number; length: number };
  verb?: { root?: string; infinitive?: string; negative?: boolean; grammar?: { form?: string } };
};
type VerbsView = { verbs: () => { json: (o: { offset: boolean }) => VerbJson[] } };

export type GenericHit = { type: string; at: number; end: number };

/** A verb phrase of a sentence as compromise reads it: lemma, form, and where its root word stands. */
type VerbPhrase = { lemma: string; form: string; negative: boolean; bareAuxiliary: boolean; at: number; end: number };

/** A lone auxiliary that compromise cut from its participle by an adverb ("has today named"). */
const BARE_AUXILIARY = /^(?:has|have|had|was|were|is|are|been)$/i;

/** Parsed sentences: re-dating a page re-runs the event pass on the same sentences, and parsing costs most of it. */
const PARSED = new Map<string, VerbPhrase[]>();
const MAX_PARSED = 4000;

/** The verb phrases of a sentence, parsed once as a whole (a clause cut from its subject misleads the tagger). */
function verbPhrases(sentence: string): VerbPhrase[] {
  const known = PARSED.get(sentence);
  if (known) return known;
  if (PARSED.size >= MAX_PARSED) PARSED.clear();
  const out = parseVerbPhrases(sentence);
  PARSED.set(sentence, out);
  return out;
}

function parseVerbPhrases(sentence: string): VerbPhrase[] {
  let verbs: VerbJson[] = [];
  try { verbs = (nlp(sentence) as unknown as VerbsView).verbs().json({ offset: true }); } catch { verbs = []; }
  const out: VerbPhrase[] = [];
  for (const v of verbs) {
    const root = v.verb?.root ?? '';
    const at = v.offset && root ? sentence.indexOf(root, v.offset.start) : -1;
    if (at < 0) continue;
    out.push({ lemma: v.verb?.infinitive?.toLowerCase() ?? '', form: v.verb?.grammar?.form ?? '', negative: !!v.verb?.negative,
      bareAuxiliary: BARE_AUXILIARY.test(v.text.trim()), at, end: at + root.length });
  }
  return out;
}

/** Of a clause's verb phrases (in order), the main one if it tells a finished act, with its lemma; or null. */
export function mainPastVerb(verbs: readonly VerbPhrase[]): VerbPhrase | null {
  for (const v of verbs) {
    // The first verb of the clause is its main one; a speech or cognition verb gives way to the act it reports
    // ("officials said the crane toppled"), as does an auxiliary an adverb cut off ("has today named");
    // a weak verb, or anything else that is no finished act, ends the search.
    const head = v.lemma.split(' ')[0]!;
    if (REPORTING_LEMMAS.has(head) || v.bareAuxiliary) continue;
    if (WEAK_LEMMAS.has(head) || v.negative || !FINISHED_FORMS.has(v.form) || !/^[a-z]+(?: [a-z]+)?$/.test(v.lemma)) return null;
    return v;
  }
  return null;
}

/**
 * Generic hits of a sentence: one per clause that holds a date (`dateStarts`, offsets in the sentence)
 * and no trigger (`triggerAt`, offsets in the sentence), and is no plan ("will reopen", "is due to").
 */
export function genericHits(sentence: string, triggerAt: readonly number[], dateStarts: readonly number[]): GenericHit[] {
  const out: GenericHit[] = [];
  let verbs: VerbPhrase[] | null = null;
  for (const c of clauseSpans(sentence)) {
    const inClause = (x: number): boolean => x >= c.start && x < c.end;
    // A date bounding a period ("since 2016", "from January") tells no act's day.
    const acts = dateStarts.filter((x) => inClause(x) && !PERIOD_BOUND_BEFORE.test(sentence.slice(c.start, x)));
    if (!acts.length || triggerAt.some(inClause) || MODAL.test(sentence.slice(c.start, c.end))) continue;
    verbs ??= verbPhrases(sentence);
    const v = mainPastVerb(verbs.filter((x) => inClause(x.at)));
    if (v) out.push({ type: v.lemma, at: v.at, end: v.end });
  }
  return out;
}
