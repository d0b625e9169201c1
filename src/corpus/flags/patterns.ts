/** Regexes for reader flags, built once. */
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAYS } from '../../analyse/dates/index.ts';

/** A date written with a month's name ("in September", "Sept. 3", "3 September 2026"), not one read off the page's own date ("last month"). */
export const NAMED_MONTH = new RegExp(String.raw`\b(?:${MONTH_NAMES.join('|')}|${MONTH_ABBREVIATIONS.join('|')})\b`, 'i');
/** Weekday names Monday first (the dates stage lists them from Sunday, in Date.getUTCDay's order). */
const WEEKDAYS_FROM_MONDAY: readonly string[] = [...WEEKDAYS.slice(1), WEEKDAYS[0]];
/** A month's name by its first three letters, the rest optional ("Jan", "Sept.", "September"). */
const MONTH_STEMS = MONTH_NAMES.map((m) => m.slice(0, 3)).join('|');

/**
 * A name another outlet's reporting is relayed through: "according to Reuters", "as quoted by TNA",
 * "told Tidemark", "to the correspondent of OTA". Group 1: the name.
 */
// A sentence may open with its credit ("According to the Vorlenby Press Agency, the ferry ..."), as news copy often does.
export const RELAY = /\b(?:[Aa]ccording to|[Aa]s (?:quoted|reported) by|[Cc]iting|reported by|quoted by|told|(?:correspondent|reporter)s? of)\s+(?:the\s+)?((?:[A-Z][\p{L}&'-]*\s?){1,5})/gu;
/**
 * Words right after an outlet someone "told" that put the interview in an earlier period ("told the broadcaster X last
 * week", "told X earlier this month", "told X two weeks ago"): a statement already on record, recalled as background to
 * the page's own news, not the report the page passes on.
 */
export const EARLIER_INTERVIEW_AFTER = /^\s*,?\s*(?:last\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year)|(?:a|one|two|three|four|several|a few)\s+(?:weeks?|months?|years?)\s+ago)\b/i;
/**
 * An outlet the text calls one before naming it: "according to the public broadcaster QBX", "told the daily
 * Tollvane Courier", "citing the state news agency QBX". Group 1: the name (an outlet by the words before it).
 */
export const RELAY_DESCRIBED = /\b(?:according to|as (?:quoted|reported) by|citing|reported by|quoted by|told)\s+(?:the\s+)?(?:(?:public|state|state-run|state-owned|national|local|regional|private|independent|news)\s+)?(?:broadcaster|news\s+agency|newspaper|daily|weekly|tabloid|channel|radio|television|station|magazine|news\s+site|website)\s+((?:[A-Z][\p{L}&'-]*\s?){1,5})/gu;
/**
 * An outlet named after what it reported, the news agencies' order of words: "…, reports the Orvel Press
 * Bureau.", "…, wrote Tidemark."; a translated wire keeps its verbs ("…, transmits the Orvel Press Bureau",
 * "…, as reports the Agency OPB"). Group 1: the name (kept only when it is an outlet's).
 */
export const RELAY_AFTER = /,\s+(?:as\s+)?(?:reports|reported|writes|wrote|transmits|transmitted)\s+(?:the\s+)?((?:[A-Z][\p{L}&'-]*\s?){1,5})/gu;
/**
 * An outlet whose report a page passes on with that outlet's own source: "Bay Daily, citing the
 * port police, put the toll at 12". Group 1: the outlet (a media name or a corpus outlet to count).
 */
export const CITER = /(?<![\p{L}'-])(?:[Tt]he\s+)?((?:[A-Z][\p{L}&'-]*\s?){1,5}),\s+citing\s/gu;
/**
 * Media credited without a name: "according to local media.", "citing state television,", "according
 * to press reports". The clause ends after the media word ("according to media trackers" is a source).
 * Group 1: the media as written.
 */
export const UNNAMED_MEDIA = /\b(?:according to|citing|as reported by|reported by|quoted by)\s+((?:the\s+)?(?:(?:local|state|national|regional|foreign|international|official|government|independent)\s+)?(?:media(?:\s+reports)?|press(?:\s+reports)?|newspapers?|broadcasters?|television|radio|news reports))(?=\s*(?:[.,;:)—–]|$))/gim;
/**
 * A paper speaking of itself in the third person, as only the paper itself does: "the Courier understands", "the Gazette
 * has learned", "the Herald can reveal". Group 1: the name the page calls itself (so "told the Courier" there is its
 * own interview, not a relay, even where the cleaner found no outlet name).
 */
export const SELF_REFERENCE = /\b[Tt]he\s+((?:[A-Z][\p{L}&'-]*\s){0,3}[A-Z][\p{L}&'-]*)\s+(?:understands|has\s+learn(?:ed|t)|can\s+(?:reveal|confirm)|has\s+established)\b/gu;
/** An agency credited between slashes in a dateline (shared with claims, whose sources it names). */
export { DATELINE_CREDIT } from '../claims/index.ts';
/**
 * Quoted words credited to someone who passed them on: "calling it \"a good day for the whole
 * region,\" according to the Sorvenland foreign ministry". Group 1: who relayed them.
 */
export const QUOTE_RELAYED = /["“”«»„][^"“”«»„\n]{3,}["“”«»„][^.\n"“”«»„]{0,80}?\baccording to (?:the\s+)?([^.,;\n"“”«»„]{3,60})/gu;
/** The words that set a place's name, not an outlet's, after them: "in Drumlorne Green", "near Drumlorne Green". */
export const PLACE_BEFORE = /\b(?:in|near|outside|around)\s+/;
/**
 * Figures or a statement a page passes on as a body's own document, not as its own reporting or an interview: "according
 * to figures compiled by the mediation office", "according to a statement from the mediation office", "according to the
 * union's own summary". Group 1 or 2: the body. Documents "seen by" the page itself are its own reporting, and a
 * statement named by no body ("according to the joint statement") is left alone.
 */
export const DOCUMENT_RELAYED = /\baccording to\s+(?:(?:a|an|the)\s+)?(?:\p{Ll}[\p{L}-]*\s+)?(?:figures|statement|summary|count|tally|estimates?|data|report|bulletin)\s+(?:(?:compiled|issued|released|published|gathered|collected)\s+)?(?:by|from)\s+(?:the\s+)?([\p{L}'-]+(?:\s+[\p{L}'-]+){0,5}?)(?=\s*[.,;:)\n]|\s+(?:on|in|at|that|which|who|and|but)\b)|\baccording to\s+(?:the\s+)?([\p{L}-]+(?:\s+[\p{L}-]+){0,4}?)['’]s\s+own\s+(?:figures|statement|summary|count|tally|estimates?|data|report)\b/giu;
/** A title of one to six capitalised words and nothing else, as a masthead is written ("Kessary Valley Gazette"), not a headline. */
export const MASTHEAD_TITLE = /^(?:[A-Z][\p{L}&'-]*\s){0,5}[A-Z][\p{L}&'-]*$/u;
/**
 * A line of the text that is nothing but an outlet's initials ("TPA" between paragraphs): the credit a wire puts on its
 * copy, kept where a paper runs that copy. Group 1: the initials (a relay only when they are another outlet's).
 */
export const INITIALS_LINE = /^[ \t]*([A-Z]{2,6})[ \t]*$/gm;
/** Titles written short before a name ("according to Dr. Selma Ivers"): no outlet, though a short word in capitals may be one. */
export const TITLE_ABBREVIATION = /^(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Sir|Dame|Gen|Col|Capt|Cdr|Lt|Sgt|Gov|Sen|Rep|St|Fr|Jr|Sr)$/;
/** An agency of news: "Zoltavian Telegraph Agency", "Pemberline News Agency", "Kestrel Press Agency". */
export const NEWS_AGENCY = /\b(?:news|press|telegraph|information|wire|photo)\s+agency\b/i;
/** An acronym spelled out: "Orvessan Telegraph Agency (OTA)". Group 1: the name, group 2: the acronym. */
export const ACRONYM_EXPANSION = /((?:[A-Z][\p{L}'-]+\s+){1,6})\(([A-Z]{2,6})\)/gu;
/** What separates the names of one credit line ("XBN, Corven Wire and QTA"). */
export const CREDIT_SEPARATOR = /\s*(?:[,;/&]|\band\b)\s*/;
/** A figure that names no number, only its size ("dozens of flights", "hundreds of homes", "tens of thousands"): "a dozen" is a number. */
export const VAGUE_FIGURE = /^(?:(?:many|several|some)\s+)?(?:tens\s+of\s+|hundreds\s+of\s+)?(?:dozens|scores|hundreds|thousands|millions|billions)\b/i;
/**
 * The words before a figure that make it a description of what something is, not news of what happened: a workforce
 * ("employs about 600 people"), a population ("are home to some 90,000 people", "a population of 12,000").
 */
export const STANDING_FIGURE_BEFORE = /\b(?:employs?|employed|employing|serves|serving|supplies|supplying|(?:is|are|was|were)\s+home\s+to|home\s+to|a\s+population\s+of|a\s+workforce\s+of|a\s+staff\s+of)\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|at\s+least\s+)?$/i;
/**
 * The words before a figure that make it the count of a page's own sources, not news: "according to two people who
 * were present", "according to three officials", "I have been told by two crew members".
 */
export const SOURCES_FIGURE_BEFORE = /\b(?:according\s+to|told\s+by)\s+$/i;
/**
 * The words after a figure that make it the count of a page's own sources, told after what they said: "gave the
 * network seven days to pay, two people familiar with the investigation said", "three officials with knowledge of the
 * talks", "two sources briefed on the plan". Such people are described by what they know, not by what befell them.
 */
export const SOURCES_FIGURE_AFTER = /^(?:\s+[\p{L}-]+){0,3}?\s+(?:familiar\s+with|with\s+(?:direct\s+|first-?hand\s+)?knowledge\s+of|briefed\s+on)\b/iu;
/**
 * The words before a figure that put it in an earlier incident a page recalls for background: "the last outbreak was in
 * 2021, when 30 people fell ill", "its last ferry disaster was in 1987, when 41 people drowned".
 */
export const EARLIER_INCIDENT_BEFORE = /\b(?:in\s+(?:19|20)\d\d|(?:years|decades)\s+ago),?\s+when\s[^.;!?]*$/i;
/**
 * The words before a figure that tell it of an earlier run of the same thing, a time ago: "a week ago the boat made the same
 * crossing with about 70 people on board", "last month the same route carried 300". What an earlier trip, match or crossing
 * counted is no figure of the one in the news, whatever it differs by.
 */
export const EARLIER_OCCASION_BEFORE = /\b(?:(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|before)|last\s+(?:week|month|year|summer|winter|spring|autumn)|the\s+(?:day|week|month|year)\s+before)\b[^.;!?]*\bthe\s+same\s+[\p{L}-]+[^.;!?]*$/iu;
/** A day given as a bound of what is due, not as the day it happened: "by Friday", "no later than Monday", "within a week", "before March 7". */
export const BOUND_DAY = new RegExp(String.raw`\b(?:by|no\s+later\s+than|not\s+later\s+than|within)\s+(?:(?:next|this|the)\s+)?(?:${WEEKDAYS_FROM_MONDAY.join('|')}|tomorrow|tonight|a\s+week|a\s+fortnight|(?:a|one|two|three|four|five|six|seven|ten|\d+)\s+(?:days?|weeks?)|(?:${MONTH_STEMS})[a-z]*\.?\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH_STEMS})[a-z]*|the\s+\d{1,2}(?:st|nd|rd|th))\b`, 'i');
/** A clause that tells what is to happen, not what happened: "is expected to be lifted tomorrow", "will reopen on Monday", "is due to sail". */
export const PLANNED = /\b(?:(?:is|are|was|were|be|been)\s+(?:(?:now|still|also)\s+)?(?:expected|due|scheduled|set|planned|likely|supposed)\s+to|will|shall|plans?\s+to|intends?\s+to)\b/i;
/** A figure told as an addition to an earlier count, from the figure on: "four more bodies", "12 further cases", "300 additional troops". */
export const INCREMENT_AFTER = /^[\p{L}\p{N},.-]+\s+(?:more|further|additional|extra)\b(?!\s+than\b)/iu;
/** The words right before a figure told as an addition: "another 12 people", "a further 300", "an additional 40". */
export const INCREMENT_BEFORE = /\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+$/i;
/**
 * A count told as it rose ("by morning the number of dead had risen to six", "the death toll climbed to 12"): the clause's day is
 * the day the count changed, not the day of what it counts. So is a count told with the day it was issued ("the ministry's
 * last figure, from yesterday, was two dead", "its latest count, issued on Wednesday, is 147"): the count stood so on that
 * day, whatever day the deaths it counts came on.
 */
export const COUNT_ROSE = new RegExp(String.raw`\b(?:number|toll|count|tally|total)\s+(?:of\s+(?:the\s+)?\p{L}+\s+)?(?:has\s+|had\s+|have\s+)?(?:rose|risen|rises|climbed|climbs|increased|jumped|grew|grown)\b`
  + String.raw`|\b(?:figure|count|tally|toll|total|estimate)s?,?\s+(?:from|issued|released|given|published)\s+(?:on\s+|late\s+on\s+)?(?:yesterday|today|last\s+night|this\s+morning|${WEEKDAYS_FROM_MONDAY.join('|')}|(?:${MONTH_STEMS})[a-z]*\.?\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH_STEMS}))\b`, 'iu');
/**
 * Words before a figure telling it as the whole a part was taken from or the count a change started from: "one of the
 * two workers", "rose from three": the figure as it stood before the change the sentence tells.
 */
export const CHANGED_FROM_BEFORE = /\b(?:of|from)\s+(?:the\s+|those\s+|these\s+|its\s+|our\s+|their\s+)?$/i;
/**
 * The words right before a figure that make it a remainder of a whole, not the whole: "the last three old sirens", "the
 * remaining 40 homes", "the other two crew members". What is left of a count is no figure of the count itself.
 */
export const REMAINDER_BEFORE = /\bthe\s+(?:last|remaining|other)\s+$/i;
/**
 * A witness telling of their own coming, right up to a time of day: "I got to Ostwick Road at 5.20pm", "we arrived at
 * 6.05". The time is when the witness came, not when the happening another source times took place.
 */
export const WITNESS_ARRIVAL_BEFORE = /\b(?:I|we)\s+(?:had\s+)?(?:got|arrived|reached|came|turned\s+up)\b[^.;:!?"“”]*$/i;
/** A duration told as how late something was, right after the figure: "kicked off 40 minutes late", "an hour behind schedule". */
export const DELAY_AFTER = /^\s*(?:late|later\s+than\s+(?:planned|scheduled)|behind\s+schedule)\b/i;
/**
 * A sentence that tells what it tells as someone's word ("the grid operator says the last homes … came back on
 * Friday", a timeline line "2026-07-03 - Grid operator: last homes reconnected").
 */
export const TOLD_AS_WORD = /\b(?:says?|said|told|according to|claims?|claimed|insists?|insisted)\b|\p{L}:\s/iu;
