/** Thresholds for merging events across documents. */

/** Characters of the event id hash (hex). */
export const ID_HEX_CHARS = 12;
/** Event types that are too generic to merge without a shared participant. */
export const NEEDS_PARTICIPANT = new Set(['statement', 'message', 'meeting', 'attack']);
/** Choosing among events a mention may join: its own story counts as this many shared participants. */
export const SAME_STORY_WEIGHT = 3;
/** Speech acts: a story holds many, by many speakers, so an undated one is not taken for the story's only dated one. */
export const SPEECH_TYPES: ReadonlySet<string> = new Set(['statement', 'message']);
/** An undated mention joins its story's one dated event of its kind only when that date lies this close to its page's day. */
export const NEWS_WINDOW_DAYS = 60;
/**
 * Types that tell one act in other words: the trip of the visit trigger (which knows only "arrived", "travelled to",
 * "reached") told by the generic fallback's lemma in another tense ("will travel to X on Wednesday", "arrive on
 * Monday"), and the other side of an arrival ("the letter arrived yesterday" / "the museum received a letter on Monday").
 * Kin of different types join only on the very same day (see kinJoins). ("arrival": the name actTypes gives "arrive" where the corpus
 * also holds that noun.)
 */
export const KIN_TYPES: ReadonlyMap<string, string> = new Map([['visit', 'visit'], ['arrive', 'visit'], ['arrival', 'visit'], ['travel', 'visit'], ['receive', 'visit']]);
/**
 * Verbs the events stage's generic reader types by their lemma whose act one of its triggers types by a noun: "Capt. Mikkaly
 * detained" is a detention, "Hallisey quit on Monday" a resignation, "built in 2009" a construction. Verbs whose noun is the
 * verb with a suffix ("grounds" / "grounding") need no entry (VERB_NOUN_SUFFIXES).
 */
export const VERB_ACTS: ReadonlyMap<string, string> = new Map([
  ['detain', 'detention'], ['arrest', 'detention'],
  ['quit', 'resignation'], ['resign', 'resignation'], ['step down', 'resignation'],
  ['build', 'construction'], ['construct', 'construction'], ['rebuild', 'construction'],
  ['punish', 'penalty'], ['fine', 'penalty'],
  ['capsize', 'accident'], ['sink', 'accident'], ['crash', 'accident'], ['collide', 'accident'],
  ['cast', 'vote'], ['ratify', 'vote'],
  ['sue', 'lawsuit'], ['file', 'lawsuit'],
  ['kidnap', 'abduction'], ['abduct', 'abduction'],
]);
/** Suffixes that make a verb the noun of its act: grounding, closure, evacuation, restoration, appointment, arrival. */
export const VERB_NOUN_SUFFIXES: readonly string[] = ['ing', 'ion', 'ation', 'ment', 'ure', 'al', 'ance'];
