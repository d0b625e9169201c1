/** Thresholds for date resolution; each says what it decides. */

/** Days after the document date a past-tense month/day may fall before we move it back a year. */
export const FUTURE_SLACK_DAYS = 7;
/** Candidate publish dates closer than this (days) are the same date, not a disagreement. */
export const SAME_DATE_DAYS = 2;
/** In-text dates may follow the publish date by this many days (late edits, time zones). */
export const AFTER_PUBLISH_SLACK_DAYS = 2;
/** A page date this many days after everything the text describes is suspect (a widget). */
export const STALE_PAGE_DAYS = 120;
/** A text telling days of its own week was written at most this many days after its latest dated fact... */
export const WRITTEN_WITHIN_DAYS = 14;
/** ...so another date its page shows more than this many days after the page date is a widget's, not the writing day. */
export const WIDGET_GAP_DAYS = 31;
/** Years before the reference searched when a weekday pins a month/day's year. */
export const WEEKDAY_YEARS_BACK = 6;
/** Years after the reference searched when a weekday pins a month/day's year. */
export const WEEKDAY_YEARS_AHEAD = 1;
/** Hour (UTC) used for reference instants so time zones never shift the calendar day. */
export const REFERENCE_HOUR_UTC = 12;
/** Longest sentence (chars) handed to chrono; longer runs are cut to keep it fast. */
export const MAX_SENTENCE_CHARS = 2000;
/** Share of the text counted as its lead, where a dateline or the story's own date sits. */
export const LEAD_FRACTION = 0.25;
/** ...and at most this many characters: "On July 6, 2015, Sanders said" further down is background. */
export const DATELINE_CHARS = 250;
/** With no tense cue, a yearless month/day up to this many days ahead may be read forward. */
export const UNMARKED_AHEAD_DAYS = 92;
/** A deadline ("within a fortnight") counts from the day told before only when that day is this close to the page date. */
export const RECENT_SPEECH_DAYS = 7;
/** Characters scanned back for an open quotation mark: a quote is never longer. */
export const QUOTE_SCAN_CHARS = 3000;
/** Last weekday (0 = Sunday) on which an untensed "over the weekend" is the one just past: Monday and Tuesday. */
export const EARLY_WEEK_LAST_DAY = 2;
/** A day told this many days or more before the page date is older than the week bare weekdays name: they go on from it. */
export const NARRATIVE_GAP_DAYS = 7;
/** ...and is told at most this many characters before the weekday (two paragraphs; keeps long texts linear). */
export const NARRATIVE_REACH_CHARS = 1500;
/** How far before its sentence (chars) the month a bare "on the 3rd" takes may be told. */
export const ORDINAL_MONTH_REACH_CHARS = 400;
/** Most words between an intended act's infinitive and its date ("to reopen the bridge on Saturday"). */
export const INFINITIVE_DATE_WORDS = 4;
/** A month/day this close to the page date (tense allowing) keeps its year when the weekday given with it does not match. */
export const WEEKDAY_SLIP_DAYS = 45;
/** "six weeks ago": from this many weeks back a count is rounded, so the mention names a month, not a day. */
export const ROUNDED_WEEKS = 3;
/** A yearless day a future clause would put this many days or more ahead is read as a day just past, when there is one... */
export const FAR_AHEAD_DAYS = 240;
/** ...at most this many days before the page date. */
export const RECENTLY_PAST_DAYS = 45;
/** A day every month has: whole months are counted from it, so a shift from the 31st never overflows. */
export const SAFE_MONTH_DAY = 28;
/** A yearless day this many days or fewer after a day told with its year in the sentence before goes on with its story. */
export const STORY_RUN_DAYS = 31;
/** The method of a month/day that has no year and no cue but the page: the nearest reading the tense allows (resolveRaw); rangeStarts may move it. */
export const NEAREST_YEAR_METHOD = 'year nearest document date';
/** The method of a date counted from the page's own day alone ("last week", "in April" with no date told before it). */
export const RELATIVE_TO_PAGE_METHOD = 'relative to document date';
/** The method of a weekday (or a bare offset) in apposition naming the day told just before ("on Friday, the day before"). */
export const APPOSITION_METHOD = 'apposition to the date mentioned before';
/** The method of a month/day whose year a word next to it tells ("May 20 this year", "June 3 last year"). */
export const yearWordMethod = (word: string): string => `year from "${word}" next to it`;
/** Whether a method is yearWordMethod's: the year is told in words as surely as in digits. */
export const isYearWordMethod = (method: string): boolean => /^year from "[^"]+" next to it$/.test(method);
