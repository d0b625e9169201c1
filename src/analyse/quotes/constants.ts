/** A quote with fewer words than this is a scare quote or fragment ("a red line"): partial. */
export const MIN_FULL_QUOTE_WORDS = 5;
/** Words allowed between a speech verb and the speaker after it ("declared on Tuesday in a statement the spokeswoman X"). */
export const LONG_GAP_WORDS = 14;
/** Words the subject before a speech verb may span ("the influential US daily", "Smith, the minister,"). */
export const MAX_SUBJECT_WORDS = 10;
/** How far (chars) past the closing mark we read for the attribution. */
export const AFTER_CONTEXT_CHARS = 260;
/** How far (chars) before the opening mark we read for the attribution. */
export const BEFORE_CONTEXT_CHARS = 320;
/** How far back (chars) a pronoun may reach for its antecedent. */
export const PRONOUN_LOOKBACK_CHARS = 2_500;
/** A bare quote continues the previous speaker only if that quote ended within this many paragraphs. */
export const CONTINUATION_PARAGRAPHS = 1;
/** Longest name (in words) we read from raw text when no entity mention is given. */
export const MAX_NAME_WORDS = 8;
/** Tokens after a closing mark searched for the attribution verb (long appositives: "X, legal director for …, said"). */
export const MAX_AFTER_TOKENS = 30;
/** Characters allowed between a role phrase and the name in apposition with it ("the ministry spokeswoman, Leyla Marut"). */
export const ROLE_APPOSITION_GAP_CHARS = 3;
/** Shortest shared stem that ties a country word to a place ("Talvari" / "Talvar"). */
export const STEM_MIN_CHARS = 4;
/** A title-case headline has at least this many content words … */
export const HEADLINE_MIN_WORDS = 3;
/** … and at least this share of them capitalised. */
export const HEADLINE_CAPITALISED_SHARE = 0.8;
/** Longest speaker name read from a headline ("Former Secretary Hillary Clinton"). */
export const HEADLINE_MAX_NAME_WORDS = 5;
/** Headlines are short: longer paragraphs are never read as one (and cost nothing to rule out). */
export const HEADLINE_MAX_CHARS = 240;
/** A text is a transcript when at least this many paragraphs open with an upper-case speaker label ("NAME: …"). */
export const MIN_TRANSCRIPT_LINES = 3;
/** Within this many chars before "she/he said", a person of that known gender beats a nearer one of unknown gender. */
export const PRONOUN_GENDER_PREFERENCE_CHARS = 400;
/** "Her words on the first morning –": at most this many tokens from the possessive to the dash before the quote. */
export const MAX_POSSESSIVE_SPEECH_TOKENS = 9;
/** How far back an age description ("the 41-year-old") looks for the one person it describes: about two sentences. */
export const AGE_ANTECEDENT_CHARS = 400;
/** "«…», the minister said." refers back to the person who spoke within this many chars before (about a paragraph). */
export const ROLE_BACKREFERENCE_CHARS = 700;
