/** Thresholds for event mentions. */

/** An event dated this many days before the document date is background, not news. */
export const BACKGROUND_DAYS = 60;
/** Longest summary (chars) kept from the evidence sentence. */
export const MAX_SUMMARY_CHARS = 160;
/** Characters around the trigger searched for the date that belongs to it, before the sentence. */
export const DATE_WINDOW_CHARS = 120;
/** Characters of distance a month-precision date gives up against a day-precision one (twice for a year). */
export const COARSE_PENALTY_CHARS = 40;
/** Sentences at the start searched for the lead's day (the cleaned text may open with the headline). */
export const LEAD_SENTENCES = 3;
/** A trigger ending this close before a relative clause is what the clause describes ("heavy rain that began on Saturday"). */
export const ANTECEDENT_GAP_CHARS = 2;
/** Characters after "since the <event>" a date may sit in and still be that event's ("since the signing in June 2025"). */
export const SINCE_DATE_CHARS = 30;
/** Characters before a trigger searched for the "since" that makes it a period's starting point. */
export const SINCE_LOOKBACK_CHARS = 40;
/** Characters between a trigger and a bare year naming a thing ("killed in the 1959 border war") for the year to be the trigger's. */
export const NOUN_YEAR_CHARS = 24;
/** Words between "who" and the trigger that is its verb ("who police say shot", "who had been stabbed"). */
export const RELATIVE_VERB_WORDS = 4;
/** Characters before a date searched for the speech verb that governs it ("said late on Tuesday"). */
export const SPEECH_DATE_CHARS = 40;
/** At most this many characters between a declared mourning and the "for"/"from" that gives its day ("mourning for Monday"). */
export const MOURNING_DAY_GAP_CHARS = 12;
