/** Thresholds for merging events across documents. */

/** Characters of the event id hash (hex). */
export const ID_HEX_CHARS = 12;
/** Event types that are too generic to merge without a shared participant. */
export const NEEDS_PARTICIPANT = new Set(['statement', 'message', 'meeting', 'attack']);
/** Choosing among events a mention may join: its own story counts as this many shared participants. */
export const SAME_STORY_WEIGHT = 3;
