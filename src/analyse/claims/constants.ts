/** Thresholds for claim detection. */

/** Sentences with fewer words than this are headlines or fragments, not checkable claims. */
export const MIN_CLAIM_WORDS = 6;
/** A shorter sentence that states a figure still is a claim ("Varnholt still says 2.4 billion."); below this it is a fragment. */
export const MIN_FIGURE_CLAIM_WORDS = 4;
/** Longer "sentences" are run-ons from bad splitting; checking them is not useful. */
export const MAX_CLAIM_CHARS = 600;
/** Words shorter than this are not key terms. */
export const MIN_TERM_CHARS = 3;
/** Letters before "-eed" a short past needs to be one ("freed" → "free"); with fewer it is a word of its own ("need", "feed"). */
export const SHORT_PAST_MIN_ONSET_CHARS = 2;
/** Most key terms kept per claim. */
export const MAX_KEY_TERMS = 24;
/** Clauses shorter than this join their neighbour ("Within a day,", a dateline). */
export const MIN_CLAUSE_WORDS = 4;
/** A clause without a figure or an event needs this many key terms to be a claim of its own. */
export const MIN_CLAUSE_TERMS = 3;
/** A bare figure at least this large may count what was counted just before ("only 210 have been"); small ones are too often pronouns ("two were"). */
export const MIN_ELLIPTIC_VALUE = 10;
/** A trailing "X said." clause of at most this many words joins the clause it attributes. */
export const MAX_TAG_WORDS = 7;
/** Sentences without a figure after which a bare figure no longer counts what the text counted before. */
export const UNIT_MEMORY_SENTENCES = 1;
/** The unit of a time of day, counted in minutes after midnight ("9.42pm" is 1302). */
export const CLOCK_UNIT = 'clock';
/** Characters after a space searched for a clause opener: room for the longest ("and more than 1,200", "and hospitalised 40"). */
export const OPENER_WINDOW_CHARS = 40;
/** A bare rival figure answers an earlier count less than this many times larger or smaller (212 against 143, not 31 crew). */
export const RIVAL_ORDER = 3;
/** A scaled sum told without its unit ("1,8 Milliards") counts what the text counted last unless this many times larger or smaller. */
export const SCALED_BACK_ORDER = 1000;
