/**
 * Trigger words from lemmas: compromise conjugates a verb, so the lexicon names "slay" once and
 * matches "slays", "slaying", "slayed" and "slain" alike, instead of listing each form by hand.
 */
import nlp from 'compromise';

/** The conjugated forms a trigger takes (the bare infinitive is left out: "threatened to kill" is no event). */
const FORMS = ['PastTense', 'PresentTense', 'Gerund', 'Participle'] as const;

type Conjugation = Partial<Record<(typeof FORMS)[number], string>>;
/** The part of compromise's verb view used here (its default typings omit the verbs plugin). */
type VerbView = { verbs: () => { conjugate: () => Conjugation[] } };

/** The inflected forms of a verb lemma ("slay" → slayed, slays, slaying, slain), lower case, longest first. */
export function inflections(lemma: string): string[] {
  let conj: Conjugation[] = [];
  try { conj = (nlp(lemma).tag('Verb') as unknown as VerbView).verbs().conjugate(); } catch { conj = []; }
  const forms = new Set<string>();
  for (const c of conj) for (const f of FORMS) if (c[f] && /^[a-z]+$/.test(c[f]!)) forms.add(c[f]!);
  return [...forms].sort((a, b) => b.length - a.length);
}

/** One alternation source (no group) matching every inflected form of the lemmas and the given words. */
export function wordAlternation(lemmas: readonly string[], words: readonly string[] = []): string {
  const all = new Set([...lemmas.flatMap(inflections), ...words]);
  return [...all].sort((a, b) => b.length - a.length).join('|');
}
