/** Regexes for cross-checking claims, built once. */
import { MONTH_NAMES, WEEKDAYS as DAY_NAMES } from '../../analyse/dates/index.ts';

/** Words before a figure that make it a lower bound: "at least 31", "more than 15,000". */
export const LOWER_BOUND_BEFORE = /\b(?:at least|more than|over|above|exceeding|upwards of|in excess of|no fewer than|no less than)\s*$/i;
/** Words before a figure that make it an upper bound: "up to 40", "fewer than 20". */
export const AT_MOST_BEFORE = /\b(?:up to|fewer than|less than|under|at most|no more than)\s*$/i;
/**
 * Words before a figure that name a limit or a maximum ("deposits of up to 100,000", "winds of up
 * to 90 kilometres an hour", "its liability was capped at 95 million", "payouts limited to 5,000"):
 * the figure is the limit itself, so two limits told differently disagree.
 */
export const LIMIT_BEFORE = /\b(?:up to|capped at|limited to)\s*$/i;
/** Words before a figure that put it just below: "nearly three hours" is not ninety minutes. */
export const NEARLY_BEFORE = /\b(?:nearly|almost|just under|close to)\s*$/i;
/** Words before a time of day that make it approximate ("at about 12.20am", "shortly before 2am", "just after 7:10"). */
export const CLOCK_APPROX_BEFORE = /\b(?:about|around|approximately|roughly|some time|sometime|shortly|just|soon|circa|c\.)\s*(?:(?:before|after)\s*)?(?:at\s*)?$/i;
/** The half of the day told with a time ("9.42pm", "10.05 a.m."). */
export const HALF_OF_DAY = /[ap]\.?\s?m\b|\bin\s+the\s+(?:morning|afternoon|evening)\b|\bat\s+night\b/i;
/** A time of day whose hour is one of a twelve-hour clock's ("6.52", "12:29"; not "18:52", "00:40", "06:52"). */
export const TWELVE_HOUR_CLOCK = /^(?:[1-9]|1[0-2])[.:]\d{2}\b/;
/**
 * A speaker's verb before what a time of day is of ("a union official said the alarm ...", "its own records show the sirens
 * sounding only at 6:51", "the inquiry found that the first boat ..."): the words after it, and after the "that" it may take ("told the Courier that"), tell the happening.
 */
export const CLOCK_SPEAKER_BEFORE = /\b(?:say|says|said|saying|told|tells|insists?|insisted|added|adds|claims?|claimed|believes?|believed|stated|confirmed|confirms|according to|show|shows|showed)\b|\b(?:found|finds|concluded|concludes|established|establishes|reported|reports|revealed|reveals|noted|notes|admitted|admits|acknowledged|acknowledges|denied|denies|maintained|maintains|wrote|writes|argued|argues)\s+that\b/gi;
/** The words up to the "that" a speaker's verb takes ("the Courier that"), at the start of what follows the verb. */
/**
 * A doer named at the head of a clause, before its verb ("Vellacourt, 51, announced", "Ilse Morrow left"): a
 * later paragraph or another report tells the same doer as "she" or "the minister", so the name is not the
 * happening a time of day is the time of; the act is. A determiner opens a thing ("The Corlow ferry capsized"), not a doer.
 */
export const NAMED_DOER_HEAD = /^\s*(?!(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|Each|Every|One|Some|All)\b)(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*(?:,\s*\d{1,3},)?\s+(?=[a-z])/;
export const SPEAKER_OBJECT_THAT = /^[^,;.]{0,40}?\bthat\b/i;
/**
 * Words after a time of day that set it before another happening ("sounded the siren at 4.10 a.m., before the breach",
 * "at 9.10, twenty minutes before the first train"): the words naming that happening, which is not what the time is of.
 */
export const BEFORE_HAPPENING_AFTER = /^[^;]{0,50}?\bbefore\s+(?:the|its|their)\s+((?:[\p{L}-]+\s+)?[\p{L}-]+)/u;
/** An ordinal that tells one of a series of happenings apart ("the first boat", "the last crew"), as a key term ("previous" stems to "previou"). */
export const ORDINAL_WORD = /^(?:first|second|third|fourth|fifth|last|final|next|latest|earliest|previou)$/;
/** Words before a figure that make it approximate: "about 12,000", "some 300". */
export const APPROXIMATE_BEFORE = /\b(?:about|around|some|approximately|roughly|an estimated|estimated)\s*$/i;
/**
 * Words that make a figure a count of the whole world or trade ("about 140 in service worldwide"):
 * a total of everyone's, which one holder's count ("the carrier's 11") never disputes.
 */
/**
 * A figure told with "other" ("seven other ropeways", "12 other ships") or "more" ("two more drivers killed came from other
 * towns", "40 further houses"): it counts things other than those told before, or added to them.
 */
export const OTHERS_FIGURE = /^\S+(?:\s+\S+)?\s+(?:other|more|further|additional)\b/i;
/** "the first two drivers will be buried on Thursday": an ordinal before a figure picks the first (or last) of a group, a part of it. */
export const ORDINAL_PART_BEFORE = /\b(?:the|its|their)\s+(?:first|last|next|final)\s+$/i;
/**
 * Words before a figure that end a name of one of the things it counts, joined by "and" ("Hill Hospital and two
 * smaller hospitals", "the Arno Bridge and three bridges"): the figure counts the rest of the list besides the one named.
 * Group 1 is the name's last word (the counted noun). A list may say its preposition again after "and" ("sent to
 * Hill Hospital and to two smaller hospitals"): the figure still counts the rest besides the one named.
 */
export const NAMED_ONE_AND_BEFORE = /\b[A-Z][\p{L}'’-]*\s+([A-Z][a-z]+)\s+and\s+(?:(?:to|at|in|into|from|on|onto)\s+)?$/u;
/**
 * Words right after a figure and what it counts that make it a rate: "30 drops a day", "up to 30 Drops in the Day"
 * (machine translation), "12 flights per week", "two tonnes daily". Not "in a day of fighting", "the day's" nor a time
 * back or on ("opened 42 centres a week ago", "a year later").
 */
export const RATE_AFTER = /^\s*(?:(?:a|an|per|each|every|in the)\s+(?:day|night|week|month|year|hour)\b(?!['’]|\s+(?:ago|earlier|later|before|after|on|into|of|and a half)\b)|(?:daily|nightly|weekly|monthly|yearly|annually|hourly)\b)/i;
/**
 * A named rate right before its level ("inflation running at", "unemployment of", "interest rates at"). Group 1: the rate.
 * The rate as the subject of a plain "was"/"is"/"stood" tells its level too ("Turnout was 71.4 percent"), and so does a
 * rate told for a place or occasion ("turnout in Sunday's vote was 71.4 per cent", "inflation in March stood at 4.1").
 */
export const NAMED_RATE_BEFORE = /\b(inflation|unemployment|turnout|interest rates?)\s+(?:(?:in|for|among)\s+(?:[\p{L}\d'’-]+\s+){1,4}?)?(?:(?:(?:is|was|has|had|been|now|still|stood|stands|stays|stayed|remained|remains|running|ran|runs|reached|hit|rose|fell|climbed)\s+)*(?:at|of|to)\s+|(?:is|was|stood|stands|stays|stayed|remained|remains)\s+(?:now\s+|still\s+)?)(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$/iu;
export const WORLD_SCOPE = /\b(?:world-?wide|globally|(?:around|across|throughout) the (?:world|globe)|in the world|the world over|industry-wide|across the (?:industry|sector))\b/i;
/**
 * The place a figure is counted in, named right after it and what it counts ("38 branches in Brellmoor",
 * "three abroad"; group 1 a name, group 2 a place adverb) or right before it ("has in Tovany three
 * branches"). Counts in two places answer two questions.
 */
export const PLACE_AFTER = /^\s*(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)(?!['’]s)|^\s*(abroad|overseas|elsewhere|at home|domestically)\b/u;
export const PLACE_BEFORE = /\b[Ii]n\s+(?:the\s+)?(\p{Lu}[\p{L}-]+),?\s+$/u;
/**
 * Units of distance. A distance answers one of several questions, told by the words around it: how far
 * a zone reaches ("within 30 kilometres of the wreck", "a 30-kilometre ban", "50 kilometres around the
 * wreck"), where a thing lies ("three kilometres off Lanvoy", "two nautical miles east of its track", "four kilometres inside the tunnel"),
 * how long a thing is ("a slick 20 kilometres long") or how much of a stretch something covers ("38
 * kilometres of shoreline"). Distances of two questions never dispute each other.
 */
export const DISTANCE_UNIT = /^(?:kilomet(?:re|er)|km|mile|met(?:re|er)|nautical|yard|foot|feet)$/i;
/**
 * A unit of length made a unit of area or volume by the word before it ("40 square kilometres", "900 cubic metres",
 * "2,000 sq ft"): an area or a volume answers another question than a length of the same unit ("410 metres down").
 */
export const AREA_OR_VOLUME = /\b(square|cubic|sq|cu)\b\.?/i;
export const RADIUS_BEFORE = /\b(?:within|inside|beyond|outside)\s*$/i;
export const RADIUS_AFTER = /^(?:\s+(?:around|round|radius)\b|-?\s*(?:exclusion\s+)?(?:zones?|bans?|radius|cordons?|exclusion)\b)/i;
/** Where a thing lies: "three kilometres off Cradlemoor", "four kilometres inside the tunnel"; on a river, "Drenholm, 12 kilometres downstream". */
export const POSITION_AFTER = /^\s+(?:off|from|away|short of|offshore|inland|inside|into|downstream|upstream|downriver|upriver|(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?\s+of)\b/i;
/**
 * A verb of extent or "length of" right before a distance makes it how long a thing is, whatever follows ("the slick
 * stretched about 7 kilometres downstream", "now reaches nearly 25 kilometres downstream", "has length of nineteen
 * Kilometers"): a town "12 kilometres downstream" lies there, a slick that stretches so far is that long. A stretch
 * covered keeps its question ("has now reached 60 kilometres of coast").
 */
export const LENGTH_BEFORE = /\b(?:stretch(?:es|ed|ing)?|extend(?:s|ed|ing)?|reach(?:es|ed|ing)?|length\s+of)\s+(?:(?:about|some|nearly|almost|around|roughly|approximately|more\s+than|over|at\s+least|up\s+to)\s+)?$/i;
/**
 * The dimension a distance measures, told right after it ("30 metres wide", "7 metres deep", "25 metres across.",
 * "40 metres in length"): a hole's depth and its width answer two questions, so "7 metres deep and 30 metres wide"
 * holds no dispute. "Across" alone (no "across the river" after it) is a width. So is a dimension's noun the distance
 * is given as ("The depth is 12 metres", "put the depth at \"about nine metres\""), but not "at a depth of 310 metres":
 * that tells where a thing lies, as "through 310 metres of rock" does.
 */
export const LENGTH_AFTER = /^\s+(?:(long|in length)|(wide|broad|in (?:width|diameter)|across(?=\s*(?:[.,;:)"”]|$|and\b)))|(deep|in depth)|(high|tall|in height))\b/i;
export const DIMENSION_BEFORE = /\b(?:(length)|(width|breadth|diameter)|(depth)|(height))\s+(?:is|was|at|put\s+at|measured\s+at|stands\s+at|stood\s+at)\s+(?:(?:about|some|nearly|almost|around|roughly|approximately|more\s+than|over|at\s+least|up\s+to)\s+)?["“]?(?:(?:about|some|nearly|almost|around|roughly|approximately)\s+)?$/i;
/** The question each capturing group of LENGTH_AFTER and DIMENSION_BEFORE names, in order. */
export const DIMENSIONS = ['length', 'width', 'depth', 'height'] as const;
export const EXTENT_AFTER = /^\s+of\b/i;
/**
 * A verb that changes a set figure to a new one, right before it ("extended the fishing ban to 50
 * kilometres", "raised the limit to 150,000", "cut the fare to 2.40"): the new value replaces the old,
 * so the two never dispute each other (a running tally is told apart by its day instead). A supply cut to a
 * figure ("cut electricity to 212,000 households", "cut off water to 40 farms") names whom it stopped reaching,
 * no new value of the supply.
 */
export const CHANGED_TO_BEFORE = /\b(?:extend|expand|widen|enlarg|rais|increas|lift|boost|cut|reduc|lower|narrow|shrank|shrunk|revis|chang|doubl|tripl)\w*\b(?!(?:\s+off)?\s+(?:the\s+)?(?:power|electricity|water|gas|heat|heating|supply|supplies|service|services|access|internet|phone|phones)(?:\s+(?:supply|supplies|service|services|lines?))?\s+to\b)[^.;]{0,60}?\bto\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?$/i;
/** Capitalised words after "in" that are times, not places ("in March", "in Tuesday's storm"). */
export const TIME_NAME = new RegExp(`^(?:${[...MONTH_NAMES, ...DAY_NAMES].join('|')})$`, 'i');
/**
 * Words that say which count a figure comes from: a preliminary one ("the preliminary count put her
 * 212 votes ahead", "early results") or the final one ("the recount confirmed ... by 97 votes",
 * "certified results"). Both are true at their times, so figures of the two never dispute each other.
 */
export const PRELIMINARY_COUNT = /\b(?:preliminary|provisional|initial|early|first)\s+(?:count|counts|results?|figures?|tally|returns|estimates?)\b/gi;
export const FINAL_COUNT = /\b(?:re-?counts?|final\s+(?:count|results?|figures?|tally|returns)|certified\s+(?:count|results?|figures?))\b/gi;
/**
 * A predicate right after a figure that says the thing has not happened to what it counts ("40 houses
 * had not yet been searched", "12 have yet to be reached"): it counts the remainder, not those it happened to.
 */
export const NEGATED_AFTER = /^(?:\s+[\p{L}-]+){0,2}?\s+(?:had|have|has|were|was|are|is|remain(?:ed|s)?|still)\s+(?:not|never|yet to|still to|still not|to be)\b/u;
/** Plural scale words that give only an order ("dozens of flights", "hundreds of homes"): at least the figure, no more exact. */
/**
 * A clause that tells a share's market price ("shares rose 2.1 percent to 40.15", "closing at 40.70", "from
 * 33.56 at Friday's close"): the price of a trading day, not the price of an offer for the shares.
 */
export const TRADED_PRICE = /\b(?:shares|stock|share price)\b.{0,40}?\b(?:rose|fell|jumped|dropped|slumped|climbed|surged|plunged|tumbled|soared|sank|slid|gained|lost|rallied|traded|trading|closed|ended)\b|\bclos(?:ed|ing)\s+(?:(?:today|yesterday|on\s+\p{Lu}\p{L}+)\s+)?at\s+\d|\bat\s+(?:the\s+)?(?:\p{Lu}\p{L}+'s|(?:yesterday|today)'s|the)\s+close\b/iu;
export const VAGUE_SCALE = /^(?:dozens|scores|hundreds|thousands|millions)\b/i;
/** Words before a figure that add it to the one before: "a 4 per cent rise from January and a further 3 per cent in 2027" is 7 per cent in all. */
export const ADDED_BEFORE = /\b(?:a further|another|an additional|an extra|plus)\s*$/i;
/** A clause telling what one side of a bargain offers ("has offered 7%", "our offer of seven per cent", "proposed a 5 per cent rise"). */
export const OFFER_WORD = /\b(?:offer(?:s|ed|ing)?|propos(?:es|ed|ing|al))\b/i;
/** A clause telling what a side asks for ("the union wants 10%", "is demanding 5 per cent", "asked for a ransom of 4 million"). */
export const DEMAND_WORD = /\b(?:demand(?:s|ed|ing)?|wants?|wanted|wanting|(?:ask(?:s|ed|ing)?|calls?|called|calling) for|seek(?:s|ing)?|sought|insist(?:s|ed|ing)? on)\b/i;
/**
 * A clause that opens with no subject of its own, continuing its sentence: a verb ("was 4 per cent", "and says it is
 * worth"), a relative ("which it says is worth"), or a change from or to a figure ("up from 4 per cent").
 */
export const CONTINUING_CLAUSE = /^(?:(?:and|but)\s+)?(?:which|was|were|is|are|has|had|says|said|(?:up|down)\s+(?:from|to))\b/i;
/** A clause telling a bargain's terms changed ("raised its offer to 44", "a sweetened bid", "lowered its demand", "a new offer"). */
export const REVISED_TERMS = /\b(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|improv(?:e|es|ed|ing)|sweeten(?:s|ed|ing)?|lower(?:s|ed|ing)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|revis(?:e|es|ed|ing)|drop(?:s|ped|ping)?|new|fresh|higher|second|counter-?(?:offer|proposal|bid))\b/i;
/**
 * Verbs of reporting whose day told before their "that" REPORT_DAY_THEN_THAT reads (fewer than SAYING_VERB: widening
 * it with the rest read worse).
 */
const REPORT_VERBS = 'said|says|told|announced|confirmed|reported|stated|added';
/**
 * A day told between a verb of saying and its "that" ("the council said early this morning that 100 homes had been
 * destroyed", "told reporters on Friday that"): the day of the report, not of the act it reports.
 */
export const REPORT_DAY_THEN_THAT = new RegExp(String.raw`\b(?:${REPORT_VERBS})\b[^,;.]{0,40}?\b(?:today|yesterday|tonight|this (?:morning|afternoon|evening)|last night|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|febr)uary|march|april|may|june|july|august|(?:sept|nov|dec)ember|october)\b[^,;.]{0,20}?\bthat\b`, 'i');
/** Verbs of saying whose day, told before their "that", is the day the speaker spoke: the verbs of reporting and more. */
const SAYING_VERB = String.raw`(?:${REPORT_VERBS}|repeated|repeats|reiterated|insisted|stressed|maintained|acknowledged|admitted|denied|warned)`;
/** The words of a clause before a day told between a verb of saying and its "that" (see REPORT_DAY_THEN_THAT): they end with the verb and its few words. */
export const SAYING_BEFORE_DAY = new RegExp(String.raw`\b${SAYING_VERB}\b(?:(?!\bthat\b)[^,;.]){0,40}?$`, 'i');
/** The words after such a day, up to the "that" of what was said. */
export const THAT_AFTER_DAY = /^[^,;.]{0,20}?\bthat\b/i;
/**
 * The words before a day a thing runs up to ("have lifted until Thursday five cars", "was closed till Monday"): the
 * bound of a running count or of a state, not the day of an act in it.
 */
export const UNTIL_BEFORE_DAY = /\b(?:until|till|up\s+until|up\s+till)\s+(?:on\s+)?$/i;
/**
 * A verb telling an act: a regular past form ("lifted", "recovered") or a common irregular one (group 1), or an infinitive after "to" (group 2).
 * A past form closing a hyphened compound ("the tornado-struck town", "a state-owned bank") modifies a noun: no act.
 * What gave way or went under tells its act too ("the roof fell on April 15", "the barge sank on Monday").
 */
export const ACT_VERB = /(?<!-)\b([a-z]{3,}ed|found|held|taken|took|made|sold|won|lost|left|began|begun|broke|broken|struck|seized|shot|sent|paid|cut|set|hit|shut|fell|sank)\b|\bto ([a-z]{3,})\b/g;
/**
 * What comes right before a past form that tells an act still to happen or wished for, not one done: a
 * modal or "to" and a passive "be" ("should be closed", "would not be lifted", "was to be raised").
 */
export const MODAL_BE_BEFORE = /\b(?:should|would|must|could|might|may|will|shall|can|ought to|to)\s+(?:not\s+)?(?:be|have been)\s+$/i;
/** What lies between a figure and its conversion: "20 million euros ($21.7 million)". */
export const CONVERSION_BETWEEN = /^[^()]{0,12}\(\s*(?:about |around |some )?$/i;
/**
 * Who a clause says is speaking: up to five words before "says", "counted", … ("the city election
 * commission says"). Found in two steps (the verb, then the words before it): one pattern with a
 * lazy word run before the verb is retried at every position and was the slowest part of the cross-check.
 */
export const AGENT_VERB = /(?<=\s)(?:say|says|said|saying|claims|claimed|counts|counted|estimates|estimated|reported|put|puts|values|valued)\b/gu;
/** The words just before a reporting verb (group 1). */
export const AGENT_WORDS_BEFORE = /((?:[\p{L}'’-]+\s+){1,5})$/u;
/** Whose figure a clause names by possession: "the ministry's estimate of 80,000", "the police's own count". */
export const POSSESSIVE_FIGURE = /(?<=\p{L})['’]s?\s+(?:own\s+)?(?:estimate|figure|count|tally)\b/gu;
/** The possessor before such a figure (group 1): up to four words. */
export const POSSESSOR_BEFORE = /((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)$/u;
/** Words that open an agent phrase without naming anyone. */
export const AGENT_FILLER = /^(?:(?:which|that|who|and|but|while|as|the|its|their|his|her|own)(?:\s+|$))+/i;
/**
 * Adverbs and auxiliaries between a speaker and its reporting verb ("the council still says", "the agency now
 * says", "the ministry is still saying", "the hospital had said"): they tell when or how the speaker speaks, not who.
 */
export const AGENT_TRAILING = /(?:(?:^|\s+)(?:still|now|also|again|already|later|then|since|first|initially|originally|repeatedly|only|has|have|had|is|was|were|are))+$/i;
/** Who speaks for an interested party (PARTISAN_SOURCE, PARTISAN_SPEAKER): organisers, promoters, unions, activists, .... */
const INTERESTED_PARTIES = String.raw`organi[sz]ers?|promoters?|unions?|activists|campaigners|opposition|observers|rebels`;
/**
 * A figure told as the word of an interested party rather than of an authority or the reporter:
 * "the unions say", "organisers said", "Organizers Clear Skies put the crowd at", "its own observers
 * counted", "according to the organisers". An event's promoter is its organiser: its word on the crowd or on what went
 * wrong is an interested party's.
 */
export const PARTISAN_SOURCE = new RegExp(String.raw`\b(?:${INTERESTED_PARTIES}|\p{L}*workers['’]?\s+federation|protest leaders)\b(?:\s+[\p{L}'’-]+){0,4}?\s+(?:say|says|said|insists?|insisted|claim(?:s|ed)?|put|puts|estimat(?:e|es|ed)|count(?:s|ed))\b|\baccording to (?:the )?(?:organi[sz]ers|promoters?|unions?|activists|campaigners|opposition|observers)\b`, 'iu');
/**
 * A speaker found before a clause that opens with its reporting verb ("The festival's promoter, Kelvaran Live, | puts the
 * time at ...") that is an interested party, as PARTISAN_SOURCE reads one named in the clause.
 */
export const PARTISAN_SPEAKER = new RegExp(String.raw`^(?:the\s+)?(?:\p{L}+\s+)?(?:${INTERESTED_PARTIES})\b`, 'iu');
/**
 * A clause that opens with its reporting verb: the speaker is named just before it ("..., Tussiva Families, counts eleven").
 * An adverb of time before the verb leaves it first ("..., the charity that runs the clinic, now counts 22 dead").
 */
export const REPORTING_VERB_FIRST = /^(?:(?:now|still|also|later|then|again|already)\s+)?(?:says|said|counts|counted|puts|put|estimates|estimated|reports|reported|claims|claimed)\b/i;
/**
 * Words set off by commas that describe the speaker and end the words before a reporting verb: a relative clause
 * (", which employs them, " of "The Tarrow Ports Board, which employs them, put the number at 700"; ", whose nurses
 * have worked there for a week, ") or a noun phrase in apposition (", the charity that runs the clinic, ").
 */
export const SPEAKER_RELATIVE_END = /,\s*(?:which|who|whose|the|an?)\b[^,;:.]*,\s*$/i;
/** A figure the clause calls official ("The official death toll now stands at eight"): the authorities speak. */
export const OFFICIAL_FIGURE = /\bofficial\s+(?:[a-z]+\s+)?(?:toll|figure|count|tally|estimate|number)\b/i;
/** A day an act has gone on since ("had smelled gas since Sunday", "shut since March 3"): the start of a stretch, not the one day of the act. */
export const SINCE_DAY = new RegExp(String.raw`\bsince\s+(?:(?:last|this)\s+)?(?:${[...DAY_NAMES, ...MONTH_NAMES].join('|')}|the\s+\d|\d)`, 'i');
/** A weekday named as the day of something ("on Tuesday", "last Wednesday"). Group 1: the name. */
export const WEEKDAY_NAME = new RegExp(String.raw`\b(?:on|last|this|since|from|until|by)\s+(${DAY_NAMES.join('|')})\b`, 'i');
/** A break that sets a second act beside the first in one clause ("laid a wreath; the pact was signed", "... and then signed"). */
export const COORDINATED_ACT = /;|\band\b|\bthen\b|\s[–—-]\s/i;
/** Words that make what follows hang on the act before ("died of burns he suffered when the boiler exploded"). */
export const DEPENDENT_ACT = /\b(?:when|after|before|as|while|since|until|because|who|which|that|where|whose)\b/i;
/** The words between two counts joined as one subject ("Twelve passengers | and | three crew were hurt"): "and" or "or" alone. */
export const COORDINATED_BETWEEN = /^\s*(?:and|or)\s+$/i;
/** A figure that picks some of those just counted ("injuring six workers, two of them seriously"): a part, never a rival count of the whole. */
export const PART_AFTER = /^\s+of (?:them|those|these|whom)\b/i;
/**
 * "One deckhand, the trawler's carpenter, was cut", "One passenger, Mara Tellis, said": a single one of a group, opening its
 * clause and named in apposition right after it, is one picked out of those counted, a part of them, never a count of
 * the group (not "closed for one month, the council said", whose comma opens a speaker's tag).
 */
export const ONE_NAMED_AFTER = /^,\s+(?:(?:the|a|an|his|her|their|its)\s+\S|[A-Z][\p{L}'’-]+\s+[A-Z])/u;
/**
 * A part named by what it is ("34 wagons, nine of them tankers"): group 1, the plural noun right after "of them". Plural
 * function words and adverbs ("two of them was", "three of them always") are no noun.
 */
export const NAMED_PART_AFTER = /^\s+of (?:them|those|these)\s+(?!(?:was|has|is|does|this|its|his|always|perhaps|sometimes|plus|less|unless|thus|as|us|besides|towards|across|yes)\b)([a-z]{3,}(?<!ss)s)\b/i;
/**
 * A figure told as the whole of what it counts ("all 11 hospitals", "All 14 of the trust's hospitals", "its entire network
 * of 11 hospitals"): how many there are in all, a total fixed whatever day it is told on. `before` ends at the figure.
 */
export const WHOLE_COUNT_BEFORE = /\b(?:all|(?:entire|whole)\s+[a-z]+\s+of)\s+$/i;
/** A carrying verb right before a head count: the figure is how many were aboard ("the coach was carrying 48 people"). */
export const CARRIED_BEFORE = /\b(?:carrying|carried|carries|carry)\s+(?:(?:at least|more than|about|around|some|nearly|almost|over|up to)\s+)?$/i;
/** Bound or approximation words that may stand between a verb and the count it governs ("killing at least five"). */
export const BOUND_WORDS_AT_END = /(?:(?:^|\s+)(?:at least|more than|fewer than|less than|about|around|some|nearly|almost|over|up to|an estimated|roughly|approximately|as many as|no fewer than))+\s*$/i;
/** The last word of a text, right before a figure (group 1). */
export const LAST_WORD = /([\p{L}'’-]+)\s*$/u;
/** "only 210 of them": a part set against the whole it is part of, a rival figure rather than a part. */
export const CONTRASTED_PART_BEFORE = /\b(?:only|just|merely|barely)\s*$/i;
/** What lies between a part and the whole it is counted from: "30 of the 48 people", "14 of the 90 seats". */
export const PART_OF_WHOLE_BETWEEN = /^\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?$/i;
/** An agency credited between slashes in a dateline: "TARNO, 20 March. /OTA/.", "/ORVESSAPRESS/", "LINDGAU, 18. November. /Varpres/.". Group 1: the agency. */
export const DATELINE_CREDIT = /\/\s*([A-Z]{2,12}|(?<=(?:^|[.,]\s*)\/\s*)[A-Z][a-z]{2,14})\s*\//gm;
/** Who a clause credits with "according to" (group 1, up to five words to the end of the clause): "..., according to the harbour police." */
export const ACCORDING_TO = /\baccording to\s+((?:[\p{L}'’-]+\s*){1,5})[.,;:!]?\s*$/u;
/** The rest of a sentence that only credits the clause before it: ", according to the harbour police." */
export const ONLY_CREDIT_AFTER = /^[\s,;:—–-]*according to\s+[^,;:"“”«»]{1,60}[.!]?\s*$/;
/**
 * A connective that opens a new clause before a figure ("20 were hurt as the 154 passengers slid
 * down"): what the words before it tell belongs to the clause before, not to the figure after it.
 */
export const CLAUSE_OPENER = /\b(?:as|when|while|after|because|whereas)\b/gi;
/**
 * A clause that tells a running tally as it stands, moving or holding for now ("the toll rose to
 * 23", "31 people have died since", "ten are still missing", "so far"): a count of that day. A count
 * told as what one incident did ("the shelling killed three", "nine were hurt in the evacuation")
 * answers one question whatever day it is told on. "Still" tells a count as it stands only when it
 * says what the counted still are or do ("still missing", "still in hospital", "still being treated",
 * "still searching", "still 24 missing"); of a thing's quality ("the contract, worth 210 million, is
 * still valid") or of a source holding to its word ("still says 143") it tells nothing of the count.
 */
export const RUNNING_TALLY = /\b(?:rose|risen|rising|rises|climbed|climbing|climbs|increased|jumped|grew|grown|reached|stands|stood|so far|to date|since|still\s+(?:being|missing|unaccounted|without|trapped|stranded|homeless|displaced|detained|held|buried|(?:in|on|under|at)\s|(?:have|has|had)\s|(?!saying\b|insisting\b|claiming\b|maintaining\b|arguing\b|putting\b|giving\b)[a-z]+ing\b|(?:about\s|around\s|some\s|only\s|just\s)?\d+)|as of|(?:has|have)\s+(?:now\s+|so far\s+)?(?:been\s+)?[a-z]+(?:ed|en)|(?:has|have)\s+(?:now\s+)?(?:died|left|hit|killed))\b/i;
/**
 * A count told as it stands at the time of telling, counted from a start ("has flown 1,140 out since Tuesday", "so far
 * 95 families", "to date"): narrower than RUNNING_TALLY, which also reads any perfect ("has reached", "has given").
 */
export const COUNT_SO_FAR = /\b(?:since|so far|to date|as of|thus far)\b/i;
/**
 * Words before a figure that tell it in passing, as what a noun phrase is about or comes with ("over
 * the theft of seven paintings", "the most famous of the nine paintings", "escaped with seven
 * paintings"): the clause asserts its own predicate, not the count.
 */
export const PASSING_BEFORE = /(?:\bwith|\bthe\s+(?:[\p{L}-]+\s+){1,2}of)\s+(?:the\s+)?$/iu;
/**
 * Words before a figure that name those an aim is for by a count taken as known ("gave up a bid to reach the eight
 * miners", "an operation to release the 23 crew"): the clause tells of the attempt, and "the" takes the count as told
 * elsewhere, so it neither asserts the count nor disputes another.
 */
export const AIMED_AT_BEFORE = /\b(?:attempts?|bids?|efforts?|operations?|missions?|race)\s+to\s+\p{L}+\s+(?:the|its|their)\s+$/iu;

/**
 * The figure a clause rejects right after its own ("fourteen hours, not the nine the company has
 * given", "half an hour, not the few minutes first reported"): a number word or "few", then its unit if named.
 */
export const REJECTED_FIGURE_AFTER = /^\s*,?\s*not\s+(?:the\s+|a\s+)?(?<num>few|\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)(?:\s+(?<unit>[a-z]+))?/i;
/** The words between a clause's figure and the one it rejects, perhaps after the day or place of its own ("318 million on Wednesday the 3rd, not the 400 million"). */
export const REJECTED_BEFORE = /,\s*not\s+(?:the\s+|a\s+)?$/i;
/**
 * The verb of a plan, not a deed: "will meet", "should be paid by the end of the month", "is due to open",
 * "are expected to vote" (group 1 is the planned act).
 */
export const PLANNED_ACT = /\b(?:(?:will|shall)\s+(?:not\s+)?(?:be\s+)?|should\s+(?:not\s+)?be\s+|(?:is|are)\s+(?:due|scheduled|planned|expected|set)\s+to\s+(?:be\s+)?)(\p{L}+)/iu;
/**
 * A year told as a year of the past or present ("last year", "this year", "in 2025"): not a season ("before the
 * summer"), whose value is a year too, nor a year to come ("next year", a plan).
 */
export const YEAR_TOLD = /\b(?:last|this|the previous) year\b|\bin (?:19|20)\d\d\b/i;

/**
 * A clause telling the value of a contract or deal ("a 90 million crown contract", "the deal, worth 12
 * million"): the sum agreed stays the sum agreed whenever it is told.
 */
export const AGREED_VALUE = /\b(?:contract|deal)s?\b,?\s+(?:worth|valued at)\s|\d[\d.,]*\s+(?:(?:million|billion|thousand|bn|m)\s+)?(?:[a-z]+\s+)?(?:contract|deal)s?\b/i;

/** The words before an act that ends a stretch of time: "from 9 a.m. on the Tuesday to (the)" (see stretchEndDay). */
export const FROM_TO_BEFORE = /\bfrom\b.*\bto\s+(?:the\s+|its\s+|their\s+)?$/i;

/**
 * An estimate put at "the number" or "the figure" right before its figure ("The ports authority put the number at about
 * 7,000", "puts the figure at 41"): it names no thing of its own, so it gives its figure for the count told just before.
 */
export const FIGURE_PUT_AT = /\b(?:put|puts|putting|estimated|estimates|placed|places)\s+the\s+(?:figure|number|total|count|tally)\s+at\s+(?:(?:about|around|some|roughly|nearly|almost|only|just)\s+)?$/i;

/**
 * A sentence that sets its figure against another source's count by the gap between them (", one more than the
 * Defence Ministry announced", "two fewer than the police had said"): the other count is that figure less (or plus) the gap.
 */
export const RIVAL_GAP = /\b(?<gap>\d+|[a-z]+)\s+(?<dir>more|fewer|less)\s+than\s+(?:the\s+|an?\s+)?(?:[\p{L}'’-]+\s+){0,5}?(?:had\s+|has\s+|have\s+|first\s+|initially\s+|earlier\s+)?(?:announced|said|reported|stated|claimed|gave|given|counted|confirmed|put\s+it)\b/iu;
/**
 * A sentence that rejects another source's figure by its value after its own (", not one as the company said at the
 * time", ", not the nine the ministry gave"): group `num` is the figure rejected.
 */
export const RIVAL_VALUE = /,\s*not\s+(?:the\s+)?(?<num>\d+|[a-z]+)\s+(?:as\s+|that\s+|which\s+)?(?:the\s+|an?\s+)?(?:[\p{L}'’-]+\s+){0,5}?(?:had\s+|has\s+|have\s+|first\s+|initially\s+|earlier\s+)?(?:announced|said|reported|stated|claimed|gave|given|counted|confirmed)\b/iu;
