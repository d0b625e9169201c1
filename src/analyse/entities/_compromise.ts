/** Person, organisation and place spans from compromise, run one short chunk at a time. */
import nlp from 'compromise';
import type { EntityType } from '../../contract/dossier.ts';
import type { Span } from '../../contract/pipeline.ts';
import type { Candidate } from './_types.ts';
import { memoByKey } from '../../util/index.ts';

const KINDS: [string, EntityType][] = [['people', 'person'], ['organizations', 'organization'], ['places', 'place']];

interface OffsetJson { text: string; offset?: { start: number; length: number } }

export function compromiseCandidates(text: string, chunks: Span[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of chunks) {
    const piece = text.slice(c.start, c.end);
    if (!/\p{Lu}/u.test(piece)) continue;
    let doc;
    try { doc = nlp(piece); } catch { continue; }
    for (const [method, type] of KINDS) {
      let found: OffsetJson[] = [];
      try { found = (doc as unknown as Record<string, () => { json: (o: object) => OffsetJson[] }>)[method]().json({ offset: true }); } catch { continue; }
      for (const f of found) {
        if (!f.offset) continue;
        const start = c.start + f.offset.start;
        const end = start + f.offset.length;
        if (end <= text.length && start >= 0 && end > start) out.push({ start, end, type, strong: false });
      }
    }
  }
  return out;
}

/** Most words a tagger memo of this file keeps before it starts afresh (a long-running process reads ever new names). */
const MAX_WORDS = 50_000;

/** Gender of a given name from compromise's first-name lexicon ("Kathryn" → female), else null. */
export function firstNameGender(word: string): 'female' | 'male' | null {
  return nameGender(word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
}
const nameGender = memoByKey(MAX_WORDS, (w): 'female' | 'male' | null => {
  try {
    const d = nlp(`${w} Smith`);
    const f = d.has('#FemaleName');
    const m = d.has('#MaleName');
    return f && !m ? 'female' : m && !f ? 'male' : null;
  } catch { return null; }
});

interface TermJson { offset?: { start: number }; tags?: string[] }

/**
 * Where in text[start, end) compromise reads a singular common noun in context ("fire" of "Chief fire officer", not
 * "remove" of "to remove chairwoman"): the offsets of those words; plural ones too with `withPlurals`.
 */
export function singularNounsIn(text: string, start: number, end: number, withPlurals = false): Set<number> {
  const out = new Set<number>();
  let sentences: { terms?: TermJson[] }[] = [];
  try { sentences = nlp(text.slice(start, end)).json({ offset: true }) as { terms?: TermJson[] }[]; } catch { return out; }
  const not = withPlurals ? ['ProperNoun', 'Pronoun', 'Possessive', 'Date', 'Value'] : ['Plural', 'ProperNoun', 'Pronoun', 'Possessive', 'Date', 'Value'];
  for (const t of sentences.flatMap((x) => x.terms ?? [])) {
    const tags = new Set(t.tags ?? []);
    if (t.offset && tags.has('Noun') && !not.some((x) => tags.has(x))) out.add(start + t.offset.start);
  }
  return out;
}

/** compromise's tags for one lower-cased word alone (cached). */
const wordTags = (word: string): ReadonlySet<string> => tagsOf(word.toLowerCase());
const tagsOf = memoByKey(MAX_WORDS, (w): ReadonlySet<string> => {
  try {
    const terms = (nlp(w).json() as { terms?: { tags?: string[] }[] }[])[0]?.terms ?? [];
    return new Set(terms.flatMap((t) => t.tags ?? []));
  } catch { return new Set(); }
});

/** True when compromise knows the word as an ordinary word (not a name): "Yesterday", "Police", "Three". */
export function isCommonWord(word: string): boolean {
  const tags = wordTags(word);
  // 'Place' alone is compromise's guess from a place-name ending ("Tarnvale", "Kelville"): a name, not a word
  return !tags.has('ProperNoun') && [...tags].some((t) => t !== 'Noun' && t !== 'Singular' && t !== 'Place');
}

/**
 * A plural common noun to compromise ("Herons", "Rovers", "Fishermen"), not a surname it knows ("Jones", "Williams"):
 * the head of a team's or a group's name.
 */
export const isPluralNoun = (word: string): boolean => {
  const tags = wordTags(word);
  return tags.has('Plural') && !tags.has('ProperNoun') && !tags.has('Possessive');
};

/** An unknown word shaped like a place name by its ending ("Tarnvale", "Ostwick"): no one's first name. */
export const isPlaceShaped = (word: string): boolean => {
  const tags = wordTags(word);
  return tags.has('Place') && !tags.has('ProperNoun');
};
