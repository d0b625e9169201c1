/** Thresholds for entity recognition and within-document alias resolution. */

/** Longest piece of text given to compromise at once: it slows badly on long capitalised runs. */
export const MAX_CHUNK_CHARS = 400;
/** Context compromise gets on each side of a name our rules could not type, in characters (its cues are local; parsing whole sentences dominated the entities pass). */
export const NLP_CONTEXT_CHARS = 25;
/** Longest name we accept, in words: longer capitalised runs are headlines or lists. */
export const MAX_NAME_WORDS = 8;
/** Longest acronym taken as an organisation ("NATO", "IAEA"); longer all-caps words are shouting. */
export const MAX_ACRONYM_LETTERS = 6;
/** Shortest acronym: single capitals are initials. */
export const MIN_ACRONYM_LETTERS = 2;
/** Longest role phrase before a name or in an apposition, in words. */
export const MAX_ROLE_WORDS = 6;
/** How far after a person's sentence a pronoun still counts as a gender cue, in characters. */
export const PRONOUN_WINDOW_CHARS = 300;
/** Pronoun votes needed, net of contrary votes, before a gender is recorded from pronouns alone. */
export const MIN_PRONOUN_MARGIN = 2;
/** Largest text we analyse for entities: beyond this, text is cut (hostile inputs). */
export const MAX_TEXT_CHARS = 200_000;
/** Most distinct names kept per document (a real article has well under 200): bounds the work on hostile text. */
export const MAX_GROUPS = 400;
/** A line of at least this many words ... */
export const HEADLINE_MIN_WORDS = 3;
/** ... with at least this share of capitalised words is a Title Case headline: names there run together. */
export const HEADLINE_CAPS_SHARE = 0.7;
/** Longest line taken as a headline; longer lines are body text even when capitalised. */
export const HEADLINE_MAX_CHARS = 160;
