/** Tuning of cross-document dating (see index.ts). */
import { MONTH_NAMES, WEEKDAYS } from '../../analyse/dates/index.ts';

/** Candidate publish days start this many days before the earliest trusted page of the story... */
export const DAYS_BEFORE_EARLIEST = 3;
/** A dated page rechecked against its storyline's earlier coverage (see recheckDate) may be the first report of what that coverage tells days later: its candidates start this many days before. */
export const RECHECK_DAYS_BEFORE_EARLIEST = 14;
/** ...and end this many days after the latest: follow-ups and round-ups come days after the news. */
export const DAYS_AFTER_LATEST = 14;
/**
 * A page longer than this (far beyond any article: a hostile or mis-scraped wall of text) is not re-read on each
 * candidate day. Every trial reads the whole page again, so a megabyte page costs minutes per build; it stays as printed.
 */
export const MAX_TRIAL_TEXT_CHARS = 200_000;
/** At most this many candidate days per document (a story spanning months keeps the days nearest its pages). */
export const MAX_CANDIDATES = 45;
/** Agreements (events told alike by the same people) needed when the reading also disagrees with the story somewhere, or on its own: */
export const MIN_AGREEMENTS = 2;
/** ...one agreement is enough when nothing the reading dates disagrees with the story. */
export const MIN_AGREEMENTS_UNCONTESTED = 1;
/**
 * A page with no date whose reading agrees with no event by the same people may still be dated when this many independent
 * anchors (see Reading.anchors) land its relative dates on days the story gives the same things, beyond the events it
 * dates that contradict the story: "stolen nine days ago", "the letter, which arrived yesterday" and "reopened on Saturday"
 * each pin the day from another offset (see clearlyAnchored in index.ts).
 */
export const MIN_ANCHORS = 2;
/** Weaker evidence (an event told alike where one side names nobody, a day stated alike) weighs this much of an event told alike. */
export const WEAK_WEIGHT = 0.5;
/** The best reading must beat every other reading of the text by this much (one piece of weak evidence). */
export const MIN_MARGIN = 0.5;
/** A dated page's text must read this much better on a day near its storyline's earlier coverage than on its own day (a whole event told alike) before its date is taken for a widget's. */
export const MIN_MISDATED_MARGIN = 1;
/**
 * A day counted from another ("four weeks almost to the day after the crash on November 20") and the weekday the same
 * clause names ("On Wednesday") tell one day give or take this many days: an "almost" to the day, a round count of weeks.
 */
export const COUNTED_DAY_SLACK_DAYS = 3;
/**
 * A text that tells one happening twice, by a date counted from the page's day ("ten days ago", "on Friday") and by one
 * standing alone ("on August 22"), is read for the day both land on within this many days after the one standing alone:
 * a page's own recap tells a happening of the past weeks, not of the past season.
 */
export const RETOLD_DAY_SPAN_DAYS = 31;
/** A place the story's trusted pages put events in on this many days or more is its setting (see StoryFacts.setting). */
export const SETTING_MIN_DAYS = 3;
/** A day the page states in a sentence sharing this many content words with a trusted sentence stating that day is told alike ("divers will start searching the wreck tomorrow" / "divers are expected to begin searching the hull on Wednesday"). */
export const MIN_SHARED_WORDS = 3;
/** Words of four letters or more that any sentence of news may carry: they tell two sentences apart from nothing (dates, reporting, function words). */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  'that', 'this', 'with', 'from', 'have', 'were', 'will', 'would', 'been', 'they', 'their', 'them', 'there', 'which', 'when', 'what', 'after', 'before',
  'about', 'into', 'over', 'than', 'then', 'also', 'said', 'says', 'told', 'according', 'more', 'some', 'other', 'could', 'should', 'since', 'until',
  'today', 'tomorrow', 'yesterday', 'tonight', 'morning', 'evening', 'afternoon', 'night', 'week', 'weeks', 'last', 'next', 'days',
  ...WEEKDAYS,
  // Not "may": three letters, shorter than any word sentenceWords keeps, so listing it would change nothing.
  ...MONTH_NAMES.filter((m) => m !== 'may'),
]);
/** US spellings of words that name bodies, to the one spelling names are compared in ("Defense Ministry" / "defence ministry"). */
export const SPELLING_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['defense', 'defence'], ['center', 'centre'], ['labor', 'labour'], ['organization', 'organisation'], ['program', 'programme'],
]);
/** Words by which a page names the days next to its own: a page that uses them calls those days so, not by their weekday name. */
export const DEICTIC_DAY_WORDS = /\b(?:today|tonight|tomorrow|yesterday)\b/i;
/**
 * "now", "right now", "currently", "at present": the time of writing, told of a state that holds on many days ("now sits on
 * the board", "is now closed"), not of a happening of the page's day, as "today" tells one. Its day moves with every
 * candidate, so a sentence holding it would land on whichever candidate a trusted page tells in its words: no evidence of the day.
 */
export const PRESENT_STATE = /^(?:right\s+)?now$|^currently$|^at\s+present$/i;
/** A weekday name ("on Friday", "since Thursday", "Tuesday's"). */
export const WEEKDAY_NAME = new RegExp(String.raw`\b(?:${[...WEEKDAYS.slice(1), WEEKDAYS[0]].join('|')})\b`, 'i');
/**
 * A page's own publication stamp: a date clean lifted from a line labelled "Published"/"Posted"/"Broadcast" or set beside
 * the byline (method "timestamp"; a date line elsewhere, where a widget shows the day the page was fetched, is a "dateline").
 * Its raw text keeps an "Updated"/"Modified" label (see clean's dateLine): such a stamp dates the last edit, not the writing.
 */
export const OWN_STAMP_METHOD = 'timestamp';
export const EDIT_STAMP_LABEL = /\b(?:updated|modified|revised|edited)\b/i;
/** A time of day in a stamp ("– 07:10", "4:38 p.m.", "16.45 BST"), not part of a dotted date ("12.03.2026"). */
export const STAMP_TIME_OF_DAY = /(?<![\d./])\d{1,2}[:.][0-5]\d(?![\d./])/;
/** Methods of a date provenance that are not evidence of the page's own day. */
export const UNTRUSTED_METHODS: readonly string[] = ['none', 'inferred'];
/** A lead that tells, beside its news, an event of its own this many days or more before it is a follow-up's (see underFollowUpLead in _reading.ts). */
export const FOLLOW_UP_DAYS = 2;
/**
 * A day counted back from the page's ("five days ago", "a week ago", "a fortnight ago") dates the clause it is told in,
 * and news writing counts loosely: "the wildfire that emptied the town five days ago" counts to the evacuation, a day
 * after the fire the story dates; "the ceasefire, signed a week ago" is as often eight days back as seven. An event so
 * dated still agrees with the story only on the story's day, but it is against the story only when the story tells it
 * more than COUNTED_BACK_SLACK_DAYS from that day: a day off is the writer's count, not another event.
 */
export const COUNTED_BACK = /\b(?:days?|weeks?|fortnight)\s+ago\b/i;
export const COUNTED_BACK_SLACK_DAYS = 1;
/**
 * A happening told as running "for a second day" ("for the third day running", "for a fourth straight night") also took
 * place on the days before: a page that says the talks resumed today for a second day tells the talks its story dates the
 * day before, not another meeting. The ordinal (captured) counts the days, the page's day included.
 */
export const RUNNING_DAY = /\bfor (?:a|the) (second|third|fourth|fifth|sixth|seventh|\d+(?:nd|rd|th)) (?:(?:straight|consecutive|successive) )?(?:day|night)\b/i;
/**
 * A happening of so many days told as ending ("the three-day state visit ended yesterday", "the two-day summit closed on
 * Friday"): it ran on the days before its last, as one running "for a third day" did. The count (captured) is the days of
 * the whole happening, its last day included.
 */
export const SPAN_ENDED = /\b(two|three|four|five|six|seven|\d)-day\b[^.;:!?]{0,60}?\b(?:ended|ends|concluded|concludes|closed|closes|wrapped up|wraps up|came to an end|comes to an end|drew to a close|draws to a close)\b/i;
/**
 * A heading that counts the page's day among the days of a happening that runs on ("Harbour strike, day four: who is
 * still waiting?", "The Hallam inquiry, day one"): the page is written on that day of it, so the happening began that
 * many days less one before the page. Captured: the last word of the happening's name (its head noun) and the count.
 */
export const HEADED_DAY_COUNT = /^[ \t]*(?:[\p{L}\p{N}'’.-]+[ \t]+){0,5}?([\p{L}-]+),[ \t]+day[ \t]+(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b(?=[ \t]*(?:[:—–-]|$))/gimu;
/**
 * The same count told in running text of the page's own day: "The strike at the glassworks is now in its fourth day",
 * "the blockade, now in its third day,". Present tense only: "was in its fourth day" tells a day before the page.
 * Captured: the happening's head noun (after "the", before an optional place phrase) and the ordinal.
 */
export const RUNNING_DAY_COUNT = /\b(?:the|this)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?([\p{L}-]+)(?:[ \t]+(?:on|at|in|against|by|across)(?:[ \t]+[\p{L}\p{N}'’.-]+){1,6}?)?(?:[ \t]*,[ \t]+now[ \t]+in|[ \t]+(?:is[ \t]+(?:now[ \t]+)?in|has[ \t]+(?:now[ \t]+)?entered|(?:now[ \t]+)?enters))[ \t]+its[ \t]+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))[ \t]+day\b/giu;
/**
 * A heading that places the page's day that many days or weeks after a happening ("Tarnvik counts the cost a week after
 * the floods", "Three days after the quake, aid arrives"): the page is written on that day, so the happening was that long
 * before it. Only a heading (a line that ends with no full stop; one before a comma-opened rest counts too), only days and
 * weeks (a month or a year after is told loosely of any day near it). Captured: the count, the unit, the happening's head noun.
 */
export const HEADED_OFFSET = /^[ \t]*(?:[^\n.!?]{0,80}?[ \t])?(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[ \t]+(days?|weeks?)[ \t]+(?:on[ \t]+)?after[ \t]+(?:the|this|last[ \t]+\p{L}+'s)[ \t]+(?:[\p{L}'’-]+[ \t]+){0,3}?([\p{L}-]+)(?=[ \t]*(?:,[^\n.!?]*)?$)/gimu;
/** Most pages whose day counts (HEADED_DAY_COUNT, RUNNING_DAY_COUNT) are kept while a corpus is re-dated. */
export const MAX_COUNTED_PAGES = 512;
/** The counts SPAN_ENDED and HEADED_DAY_COUNT may capture in words. */
export const COUNT_WORDS: ReadonlyMap<string, number> = new Map([['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10]]);
/** The ordinals RUNNING_DAY and RUNNING_DAY_COUNT may capture in words. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10]]);
/** Part of every memo key: raise it when the rules that pick a day change, so memos of older builds are recomputed. */
export const MEMO_VERSION = 44;
