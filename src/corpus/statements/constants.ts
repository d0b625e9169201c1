/** Same speaker, same story: share of the shorter quote's content words found in the longer one. */
export const SAME_SPEAKER_CONTAINMENT = 0.6;
/** … and, when the shorter quote is a whole line rather than a fragment, at least this many shared content words. */
export const CONTAINED_WHOLE_MIN_SHARED = 3;
/** Same speaker, same story: Jaccard overlap that links two rewordings/translations of one statement. */
export const SAME_SPEAKER_JACCARD = 0.3;
/** … or this much when the shared words lie scattered over the line, not in one phrase (a broadcast answer restating a printed line keeps about a quarter of its words). */
export const SAME_SPEAKER_REWORDING_JACCARD = 0.25;
/** Unknown speaker on either side: only very close wording links (same story). */
export const UNKNOWN_SPEAKER_JACCARD = 0.75;
/** Unknown speaker: at least this many content words before a wording match may link. */
export const UNKNOWN_SPEAKER_MIN_WORDS = 4;
/** A fragment needs at least this many content words to be linked to a longer quote. */
export const MIN_FRAGMENT_WORDS = 1;
/** Tokens shorter than this are ignored as content words. */
export const MIN_TOKEN_CHARS = 2;
/** Same speaker in two stories (story grouping may split one event): Jaccard needed to link. */
export const CROSS_STORY_JACCARD = 0.5;
/** A speaker unknown on one side, two stories: content words a fragment needs to link by its verbatim wording alone. */
export const CROSS_STORY_FRAGMENT_WORDS = 3;
/** Same speaker in two stories: containment needed (with at least 3 content words in the shorter quote). */
export const CROSS_STORY_CONTAINMENT = 0.8;
/** Words carried by more quotes than this are too common to propose candidate pairs (keeps linking near-linear). */
export const MAX_POSTINGS = 400;
/** Longest attribution (chars) between two pieces of one split quote: «A,» Captain X, the officer in command, told Y. «B» */
export const ADJACENT_MAX_GAP_CHARS = 200;
/** A role phrase names a person of the story only with this many content words ("the agency chief"; never "the minister"); the one-fit rule keeps two-word roles safe. */
export const MIN_ROLE_PHRASE_WORDS = 2;
/** A person and the organisation they speak for, one story: content words a verbatim fragment needs to link the two ("will always come first"). */
export const AFFILIATED_FRAGMENT_WORDS = 3;
/** One speaker's two wordings that open or close alike over this many words in a row … */
export const EDGE_RUN_WORDS = 4;
/** … holding this many content words ("one supplier to call") are one line. */
export const EDGE_RUN_CONTENT_WORDS = 3;
