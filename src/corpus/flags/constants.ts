/** Thresholds for reader flags. */

/** Wordings whose normalised word overlap is at least this are the same wording, not a variant. */
export const SAME_WORDING_MIN = 0.9;
/** Characters of each quoted wording shown in a flag message. */
export const MESSAGE_QUOTE_CHARS = 90;
/** Units whose single-source figures matter enough to flag (casualties, forces, money). */
export const CONSEQUENTIAL_UNITS = new Set(['person', 'people', 'killed', 'dead', 'death', 'troop', 'soldier', 'missile', 'dollar', 'euro', 'pound', 'casualty', 'victim']);
/** Same limit as corpus/claims DATE_CONFLICT_MAX_DAYS (keep in sync): further apart is another event. */
export const DATE_CLASH_MAX_DAYS = 3;
