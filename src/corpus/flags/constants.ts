/** Thresholds for reader flags. */

/** Share of the shorter wording's content words two quotes must share to be wordings of the same words. */
export const RELATED_WORDING_MIN = 0.4;
/**
 * Likeness (shared content words over all of the two's) at which two renderings are surely one line: a
 * wording flag shows the least alike of such renderings (a translation against the original, not two
 * copies a word apart); below it two renderings may be two clauses that share a word or two.
 */
export const LINE_LIKENESS_MIN = 0.4;
/**
 * Share of the shorter wording's content words two quotes of two statements must share to be one line
 * worded twice when the speaker is one person the entities stage kept apart ("Marwe" / "Sabeth
 * Marwe"); stricter than RELATED_WORDING_MIN since those statements were judged distinct.
 */
export const SPLIT_SPEAKER_WORDING_MIN = 0.6;
/** Content words such a pair must share at least. */
export const SPLIT_SPEAKER_SHARED_WORDS = 3;
/**
 * Content words a quote told by role alone ("the interior minister") must share with a named speaker's quote of another
 * document to be that line (with SPLIT_SPEAKER_WORDING_MIN of its words): the role names nobody, so only the wording ties them.
 */
export const ROLE_SPEAKER_SHARED_WORDS = 4;
/** Content words two whole sentences share at least to be one line worded twice (a shorter one needs all its words but one). */
export const LINE_SHARED_WORDS = 3;
/**
 * Words in a row two quotes of one speaker's two statements must share to be one line worded twice
 * ("you could feel the whole deck shaking. Then ..." / "... shaking, and then ..."): an opening this long is no coincidence.
 */
export const SHARED_RUN_WORDS = 6;
/** Content words a quote credited to another outlet must share with that outlet's quote of the same speaker to be its line relayed. */
export const RELAYED_SHARED_WORDS = 2;
/** Most words a cut may drop at a wording's edges and still show readers the same line ("I am" before "deeply sorry ..."). */
export const EDGE_CUT_WORDS = 2;
/** Words in a row a fragment (a partial quote) must share with one speaker's quote of another statement to be a cut of that line, with SPLIT_SPEAKER_SHARED_WORDS content words in common. */
export const FRAGMENT_RUN_WORDS = 4;
/** Content words such a run must hold when both quotes are whole: a run of function words names no line. */
export const RUN_CONTENT_WORDS = 2;
/** Words shorter than this ("we", "the", "and") say nothing about which part of a statement is quoted. */
export const MIN_CONTENT_WORD_CHARS = 4;
/**
 * Most sentences in a row one rendering of a line may span ("A. B." against "A, and B"); also bounds
 * the pairs compared when a transcript quotes a long answer.
 */
export const MAX_LINE_SENTENCES = 3;
/** Characters of each quoted wording shown in a flag message. */
export const MESSAGE_QUOTE_CHARS = 90;
/** Units whose single-source figures matter enough to flag (casualties, forces, money). */
export const CONSEQUENTIAL_UNITS = new Set(['person', 'people', 'killed', 'dead', 'death', 'troop', 'soldier', 'missile', 'dollar', 'euro', 'pound', 'casualty', 'victim']);
/** Same limit as corpus/claims DATE_CONFLICT_MAX_DAYS (keep in sync): further apart is another event. */
export const DATE_CLASH_MAX_DAYS = 1;
/** A page dated this many days after every article it agrees with is suspect (as in analyse/dates). */
export const STALE_PAGE_DAYS = 120;
/** A month the page's text names this many days past every article it agrees with tells of later events, not of the story's day. */
export const TOLD_LATER_DAYS = 30;
/** Articles agreeing with a page needed before its date is questioned. */
export const MIN_PARTNERS = 2;
/**
 * Text that looks back over time explains a late date (a follow-up, an anniversary piece): a follow-up
 * measures the time since the story ("four months after the bank collapsed", "five weeks on").
 */
export const LOOKS_BACK = /\b(last year|a year ago|years? ago|anniversary|year earlier|a year after|months ago|previous year|(?:weeks|months) (?:after|later|on))\b/i;
/** Longest title (chars) a flag quotes to name a document that has no outlet. */
export const NAME_TITLE_CHARS = 50;
/** Figures this close (share of the larger) are the same figure in another outlet's words, as corpus/claims NUMBER_TOLERANCE (keep in sync). */
export const SAME_FIGURE_TOLERANCE = 0.05;
/**
 * How far (share of the figure) a round bound another outlet gives may lie from a figure it allows and still be that
 * figure told round: "more than 20" for 21 or 24, not "more than 5" for 21.
 */
export const BOUND_ROUNDING = 0.25;
/** Words two clauses share besides their figures' own (number, scale, unit) for the figures to be told alike, as answers to one question. */
export const TOLD_ALIKE_WORDS = 1;
/** Content words (no figures) a clause of another outlet must share with a single-source figure's clause to count the same thing. */
export const DISPUTE_SHARED_WORDS = 4;
/** The class of a count of people missing (corpus/claims figures). */
export const MISSING_CLASS = 'person:missing';
/** Classes of counts of the dead found ("nine bodies have been recovered", "six people died"). */
export const DEAD_CLASSES: ReadonlySet<string> = new Set(['person:dead', 'body']);
/** Farthest (chars) a claim's sentence is looked for on either side of the claim. */
export const SENTENCE_REACH_CHARS = 300;
/** Pages published further apart than this give a running count (the dead, the missing) as it stood on different days. */
export const RUNNING_COUNT_SAME_TIME_DAYS = 2;
/** How far (characters) around a figure the words that tell it as an addition ("more", "another") are looked for. */
export const INCREMENT_WINDOW_CHARS = 16;
/** How far after a figure the words telling it is a count of a page's sources are looked for ("two people familiar with …"). */
export const SOURCES_AFTER_WINDOW_CHARS = 60;
