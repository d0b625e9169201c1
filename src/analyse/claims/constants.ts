/** Thresholds for claim detection. */

/** Sentences with fewer words than this are headlines or fragments, not checkable claims. */
export const MIN_CLAIM_WORDS = 6;
/** Longer "sentences" are run-ons from bad splitting; checking them is not useful. */
export const MAX_CLAIM_CHARS = 600;
/** Words shorter than this are not key terms. */
export const MIN_TERM_CHARS = 3;
/** Most key terms kept per claim. */
export const MAX_KEY_TERMS = 24;
