/** Thresholds for aligning claims across documents and judging them. */
import { WEEKDAYS as DAY_NAMES } from '../../analyse/dates/index.ts';

/** Score a pair of claims must reach to be the same claim. */
export const ALIGN_MIN = 0.6;
/** Looser score at which two claims that clash on a figure or day are taken as one disputed claim. */
export const CONFLICT_ALIGN_MIN = 0.4;
/** Weight of a shared event type in the alignment score. */
export const W_EVENT = 0.3;
/** Weight of a shared resolved entity. */
export const W_ENTITY = 0.15;
/** Weight of each further shared entity, for at most MAX_EXTRA_ENTITIES of them (at .1 each, dev4 lost a claim to a false join). */
export const W_EXTRA_ENTITY = 0.05;
export const MAX_EXTRA_ENTITIES = 2;
/** Weight of the same figure of the same unit class ("14 fishermen" / "fourteen fishermen"). */
export const W_SAME_FIGURE = 0.4;
/** Weight of dates that fit each other in the two claims ("on June 4" / "in June last year"), when no event shares a day. */
export const W_SAME_DATE = 0.2;
/** Added when two clauses of one storyline give the same month or day and share a rare word of the fact besides (see dateAnchored). */
export const W_DATE_ANCHOR = 0.35;
/** Most weight added for rare phrases two claims share ("a second ward"): see PHRASE_FULL_WEIGHT. */
export const W_PHRASE = 0.2;
/** Summed inverse document frequency of shared phrases that earns the whole W_PHRASE (a phrase in 3 of 11 reports weighs 1.1). */
export const PHRASE_FULL_WEIGHT = 2;
/** Inverse document frequency a shared phrase needs to weigh at all: it is in fewer than half the reports. */
export const PHRASE_MIN_IDF = Math.log(2);
/** Weight of the same event type dated to the same day. */
export const W_SAME_DAY = 0.3;
/** Claims from different stories must reach this score, and share a figure, a dated event or this much wording. */
export const ALIGN_MIN_CROSS_STORY = 0.9;
/**
 * Score at which claims of two storylines that state the same figure or date the same act to the same day
 * align ("sending 400 megawatts of emergency power" / "having transmitted 400 Megawatts", a translation the
 * story grouping kept apart): below ALIGN_MIN_CROSS_STORY, for the shared figure or day vouches for the rest.
 */
export const CROSS_LINE_ANCHORED_MIN = 0.8;
/** Times of day this many minutes apart or less are one reported moment ("7:09" / "ten past seven"). */
export const CLOCK_TOLERANCE_MINUTES = 2;
/** The slack of a time told as approximate ("about 12.20am", "shortly before 2am"), in minutes. */
export const CLOCK_APPROX_MINUTES = 15;
/** Times of day within this many minutes may be one happening told in other words; further apart, only clauses that name the same happening dispute it. */
export const CLOCK_MAX_APART_MINUTES = 60;
/** Key terms two clauses must share, the thing they name first among them, to tell the time of one happening (the thing and the act: "the alarm was raised"). */
export const CLOCK_SAME_HAPPENING_TERMS = 2;
/** Minutes in a day: times of day are compared round the clock (23:58 and 00:03 are five minutes apart). */
export const MINUTES_PER_DAY = 1440;
/** The class of a time of day (minutes after midnight). */
export const CLOCK_CLASS = 'clock';
/** Numbers closer than this ratio are the same figure ("about 1,200" vs "1,190"). */
export const NUMBER_TOLERANCE = 0.05;
/** Characters of the claim id hash (hex). */
export const ID_HEX_CHARS = 12;
/** Minutes per duration unit: durations are compared in minutes. */
export const MINUTES: Record<string, number> = { second: 1 / 60, minute: 1, hour: 60, week: 10080, month: 43200 };
/**
 * Litres in a unit of volume: an oil spill is told in barrels by its operator and in litres by an agency ("about 2,000
 * barrels" / "350,000 litres"), and only in one unit do the two figures meet or part. A barrel of oil is 159 litres.
 */
export const LITRES: Record<string, number> = { litre: 1, barrel: 159 };
/**
 * Spelling variants folded to one unit; a crowd and protesters are head counts of people ("the crowd at about 1,200" / "5,000 people had come").
 * Nouns British and American outlets name one thing by are one unit ("a convoy of 28 lorries" / "the convoy of 30 trucks"),
 * and so are the words for soldiers ("400 peacekeepers" / "350 soldiers" / "300 troops"), and a water bomber is a
 * plane ("four water bombers" / "two water-bomber planes" / "the two planes").
 */
export const UNIT_ALIASES: Record<string, string> = { license: 'licence', fisherman: 'fishermen', man: 'men', observer: 'monitor', crowd: 'person', protester: 'person', demonstrator: 'person',
  // "pieces", "items" and "objects" are words for one counted thing whatever it is ("eight pieces" / "eleven items" / "eight Objects").
  item: 'piece', object: 'piece',
  // A drug shipped is counted in vials, ampoules or doses, and outlets and translations use the words for one count
  // ("300 vials of the vaccine" / "250 Ampoules of Vaccine" / "some two hundred doses").
  ampoule: 'vial', ampule: 'vial', dose: 'vial',
  truck: 'lorry', troop: 'soldier', peacekeeper: 'soldier', bomber: 'plane',
  // A tug is the short name of a tugboat ("two tugs" / "three Tugboats", as translations spell it out).
  tugboat: 'tug',
  // Sailors, seafarers, crewmen and mariners are a ship's crew in other words ("its crew of 14" / "the 15 sailors" / "the 13
  // seafarers"): one count of the people who work the ship, whichever word a page or a translation picks.
  sailor: 'crew', seafarer: 'crew', crewman: 'crew', crewmen: 'crew', crewmember: 'crew', mariner: 'crew',
  // A unit spelled the American way is the same unit ("22 centimeters wide" / "22 centimetres wide"); metres and kilometres are already one measure.
  centimeter: 'centimetre', millimeter: 'millimetre', liter: 'litre' };
/** Dates older than this before their document are background and never conflict with news. */
export const NEWS_WINDOW_DAYS = 60;
/** Two reported days of one event at most this far apart conflict; further apart, they are two events. */
export const DATE_CONFLICT_MAX_DAYS = 1;
/** Rarest key terms of a claim used to find candidate clusters (an index, not a full scan). */
export const INDEX_TERMS = 6;
/** Most clusters checked for a clash per cluster, bounding the merge pass on large corpora. */
export const MAX_CONFLICT_CANDIDATES = 200;
/** Members of a cluster a new claim is compared with (mean link over the first ones). */
export const MEAN_SAMPLE = 12;
/** Wording overlap at which claims of two stories are the same statement without a shared figure or day. */
export const CROSS_STORY_TEXT = 0.8;
/** Wording overlap at which two claims of two stories of one storyline that clash on no figure or day are the same statement. */
export const CROSS_STORY_LINE_TEXT = 0.7;
/** Wording overlap at which two claims of two stories about the same named participant are the same statement. */
export const CROSS_STORY_ENTITY_TEXT = 0.7;
/** Wording overlap at which two claims of two stories of one storyline about the same named participant are the same statement. */
export const CROSS_STORY_LINE_ENTITY_TEXT = 0.5;
/** Wording overlap at which two claims of the same event type in two stories are the same event. */
export const CROSS_STORY_EVENT_TEXT = 0.5;
/** Words that place a clause in time, not what it tells: a date two clauses share is no word of their fact in common. */
export const TIME_WORDS = 'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec '
  + 'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight morning afternoon evening night dawn midnight noon '
  + 'day days week weeks month months year years hour hours last next later earlier ago since early late';
/** Wording overlap at which two clauses of one storyline stating the same one day tell the same act. */
export const CROSS_STORY_LINE_DAY_TEXT = 0.4;
/**
 * Event types whose days never conflict: statements are made again and again by different people,
 * and a visit spans several days ("arrived on Tuesday" / "the first full day of his visit, Wednesday").
 */
export const NO_DAY_CONFLICT_TYPES: ReadonlySet<string> = new Set(['statement', 'visit']);
/** The event type of a share price moved by a figure (the event stage's trigger lexicon). */
export const MARKET_MOVE = 'market';
/** Weight added when two clashing claims count the same specific thing ("14" vs "12 fishermen"). */
export const W_SAME_UNIT = 0.2;
/** How many of a unit "a few" may be ("not the few minutes first reported"): a couple up to about a dozen. */
export const FEW_RANGE = { lo: 2, hi: 12 } as const;
/**
 * Weight added when a clause rejects the very figure the other states ("not the nine the company has
 * given" / "for about nine hours"): it answers that report, as a shared event would tell.
 */
export const W_REJECTED = 0.3;
/**
 * Weight added when a clause puts "the number" at its figure right after a clause of its page counted the same thing
 * ("said 9,400 of its members had joined" / "put the number at about 7,000"): the estimate names that count as what it
 * measures, so the two are one disputed figure however few words they share.
 */
export const W_ANSWERED = 0.4;
/** Units too general to say two figures count the same thing (a share may be of anything: a pay rise, a vote, a market). */
// A time of day names the moment of many things in one story ("left at 7.15pm", "sank at 9.50pm"): it aligns, never sets up a dispute alone.
export const GENERIC_UNITS: ReadonlySet<string> = new Set(['person', 'people', 'men', 'duration', 'time', 'thing', 'member', 'percent', 'clock']);
/** Units that count people in general: the same figure of any other unit may count the same people. */
export const PERSON_UNITS: ReadonlySet<string> = new Set(['person', 'people', 'men']);
/** Two figures further apart than this factor measure different things, not one disputed figure ("one crew" vs "36 crew members"). */
export const MAX_CONFLICT_RATIO = 20;
/**
 * A later report's rival figure of one thing is of the first one's size (11 and 14 vehicles, 180 and 210 million):
 * figures of one unit further apart than this factor, told on other days, are of different things (a 95 million
 * purchase, 300 million withdrawn; 27 bodies in all, six recovered yesterday).
 */
export const FOLLOW_UP_MAX_RATIO = 2;
/** Things whose count is a count of the dead ("six bodies are recovered"): a running tally that grows as the search goes on. */
export const DEAD_COUNT_UNITS: ReadonlySet<string> = new Set(['body', 'corpse']);
/** A figure given as "about N" may be this far (share of N) from N. */
export const APPROX_TOLERANCE = 0.1;
/** Characters after (or before) a figure searched for what happened to the people it counts. */
export const MEASURE_WINDOW_CHARS = 60;
/** Units that count people, whose figures are told apart by what happened to them. */
export const HUMAN_UNITS: ReadonlySet<string> = new Set(['person', 'people', 'men', 'resident', 'inhabitant', 'dead', 'death', 'victim', 'casualty', 'fatality', 'civilian', 'villager', 'arrest', 'detainee', 'hostage']);
/**
 * People counted by where they live ("340 residents", "the village's 900 inhabitants"): with nothing told as befalling
 * them (else their class is what befell them) they are a group of people, as a count of people in general may be.
 */
export const DWELLER_UNITS: ReadonlySet<string> = new Set(['resident', 'inhabitant', 'villager']);
/**
 * Nouns for people in a role (who work for a firm, who watch a truce): the same as people only where the
 * clause tells the same act of them ("3,400 employees work at its plants" and "4,200 people work for the
 * company" both count the employed), else a count of their own role.
 */
// A ship's or plane's crew and the members of a body are people in a role too: "two crew members remained missing"
// counts the missing, "41 crew on board" those aboard, never one disputed count of crew.
// So are a prison's inmates (prisoners) and its guards: "the riot left three inmates dead" counts the dead and "nine
// guards were held" the held, as "three people died" and "nine people were held" do; "holds 600 inmates" stays a count of inmates.
const ROLE_UNITS_LIST = ['employee', 'worker', 'staff', 'staffer', 'monitor', 'crew', 'member', 'inmate', 'prisoner', 'guard'] as const;
/**
 * Units of people counted as what they travel as: a figure of them counts people something happened
 * to when its clause says what ("the hospital treated 14 passengers" counts the hurt), else it stays
 * a count of its own unit ("80,000 passengers were stranded").
 */
export const TRAVELLER_UNITS: ReadonlySet<string> = new Set(['passenger', ...ROLE_UNITS_LIST]);
/** What happened to the people counted: the first match after the figure (else the last before it) names it. */
export const MEASURES: ReadonlyArray<readonly [string, RegExp]> = [
  ['dead', /\b(?:kill(?:ed|ing|s)?|died|dies|dead|deaths?|toll|lives|drown(?:ed|ing)?|bodies|fatalit(?:y|ies)|perished)\b/i],
  // "12 were still unaccounted for" counts the missing.
  ['missing', /\b(?:missing|unaccounted for)\b/i],
  // A hospital's count of those it treated is a count of the hurt ("treated 14 passengers"), not of "treated as suspects".
  ['injured', /\b(?:injur(?:ed|ies|ing)|wound(?:ed|ing)|hurt|hospitali[sz]ed|treated(?! as\b))\b/i],
  // "4,000 people have been moved out of the town", "the 2,400 people ordered out": the evacuated, told in other words.
  // "some 700 villagers spent the night in temporary shelters": people put up in shelters away from home are the evacuated too.
  ['evacuated', /\b(?:evacuat(?:ed|ion)|forced from|fled|displaced|homeless|left (?:their|his|her) (?:homes?|houses)|(?:moved|ordered) out|relocated|(?:emergency|temporary|evacuation) shelters?)\b/i],
  // "boats brought 447 people ashore", "led 60 people to safety": taken off the water or out of danger, as "rescued" says.
  ['rescued', /\b(?:rescued|lifted|pulled|airlifted|saved|plucked|ashore|to safety)\b/i],
  // "eleven people were buried", "the slide buried 12 people": those a slide or a collapse buried, the whole its
  // rescue works through (the rescued and the dead are parts of it), never everyone it touched. Not those told as
  // still under it ("30 are still buried", "remain buried"): a count that falls as the rescue goes on.
  ['buried', /(?<!\b(?:still|remain|remains|remained|are|is|lie|lies|lay|lying)\s+)\b(?:buried|bury|buries|burying)\b/i],
  // "51 people survived", "there were 12 survivors": those who lived through it, not all the people it touched.
  ['survived', /\b(?:surviv(?:ed|ors?)|survives)\b/i],
  // How many a vessel or vehicle carried when it sailed ("48 people on board", "53 passengers listed on the manifest").
  ['aboard', /\b(?:aboard|on board|onboard|manifest)\b/i],
  // "holding five people hostage", "six were taken hostage": the singular "hostage" after a count of people says
  // what was done to them (held), as "held" does; a count of "hostages" counts the held unless its clause tells another act (see UNIT_MEASURE).
  // People abducted, kidnapped or seized are held too, and so are those "taken" with no place they were taken to
  // ("six were taken, including a cook", not "taken to hospital"): "three people had been abducted" and "the
  // gunmen holding five aid workers" count one group, whatever noun names it.
  ['detained', /\b(?:arrested|detained|held|holding|jailed|imprisoned|captive|prisoners?|hostage|abduct(?:ed|ion)|kidnapp?(?:ed|ing)|seized|taken(?=\s*[,.;:!?"\u201d\u2013\u2014-]))(?![\p{L}])/iu],
  // "two hostages were freed", "three people were set free": those let go by captors or jailers, a count of its own beside the
  // held ("five aid workers held" / "four hostages freed" answer two questions). Not "released", told of sums and data as much ("the 20 million released").
  ['freed', /\b(?:freed|set free)\b/i],
  // How many a firm employs ("4,200 people work for the company", "its plants employ 4,000 people", "a workforce of 3,400").
  ['employed', /\b(?:work(?:s|ed|ing)?\s+(?:for|at|in|on)\b|employ(?:s|ed|ing)?\b|employees\b|workforce\b|on (?:its|the) payroll\b)/i],
];
/**
 * What happened to counted things other than people: the first match after the figure (else the last
 * before it) names it. Two counts of one kind of thing that different things happened to ("11
 * ships were diverted" / "40 ships are waiting at anchor", "40 houses damaged" / "12 destroyed")
 * answer two questions, never one disputed figure.
 */
export const THING_MEASURES: ReadonlyArray<readonly [string, RegExp]> = [
  ['diverted', /\b(?:divert(?:ed|ing)?|re-?routed|turned away)\b/i],
  ['waiting', /\b(?:waiting|at anchor|queu(?:e|ed|ing)|stranded|idle)\b/i],
  ['sunk', /\b(?:sunk|sank|capsized)\b/i],
  ['damaged', /\bdamaged\b/i],
  // "40 houses are burned" (machine translation), "homes burnt out": the houses the fire destroyed, no count of those damaged.
  ['destroyed', /\b(?:destroyed|razed|flattened|burn(?:ed|t)(?: (?:down|out))?|gutted)\b/i],
  // Those taken or held and those let go are two counts ("the abduction of five aid workers" / "four aid workers freed").
  ['held', /\b(?:abduct(?:ed|ing|ion)|kidnapp?(?:ed|ing)|hostages?|captives?|holding|held|seized)\b/i],
  ['freed', /\b(?:freed|released|set free|let go)\b/i],
  // Those still shut in and those brought out are two counts of one group ("37 miners trapped" / "33 miners were
  // saved and four found dead"): the trapped are the whole a rescue works through, the saved one part of it.
  ['trapped', /\b(?:trapped|entombed|walled in)\b/i],
  ['rescued', /\b(?:rescued|rescue of|saved|brought (?:out|up) alive)\b/i],
  // What stood on a span or deck when it fell and what divers have since brought out are two counts of one kind of
  // thing ("eight vehicles had been on the span when it fell" / "five vehicles are now out of the water").
  ['aboard', /\b(?:aboard|on board|on (?:the|its) (?:span|deck|bridge))\b/i],
  // ("raised" only as the verb right before the count, "raised three lorries": not "raised the storm alarm at 4.10pm".)
  ['recovered', /\b(?:recovered|raised$|brought up|out of the water)\b/i],
  // A sum told as a loss ("insured losses of about 85 million", "traders have lost 140 million") is what the harm
  // cost, never a sum paid out, released or pledged for it ("released 20 million from the emergency fund").
  ['lost', /\b(?:loss|losses|lost)\b/i],
  // A sum is told by what was done with it: what a bank or state lent (a loan, a credit, the sum repaid), what
  // customers took out, what a guarantee covers and what an owner put in are four sums, never one disputed figure
  // ("an emergency loan of 1.5 billion" / "customers withdrew 260 million" / "deposits of up to 200,000 guaranteed").
  ['lent', /\b(?:lent|lend(?:s|ing)?|loans?|credits?|borrow(?:s|ed|ing)?|repa(?:y|ys|id|ying))\b/i],
  ['withdrawn', /\b(?:withdr(?:ew|awn|awals?|aw(?:s|ing)?)|pulled|took out|taken (?:out|away)|left (?:it|them|the)\b)/i],
  ['guaranteed', /\b(?:guarantee(?:s|d|ing)?|protected|insured)\b/i],
  ['invested', /\b(?:capital|invest(?:s|ed|ing|ment)?|inject(?:s|ed|ing|ion)?)\b/i],
];
/** Pages this many days apart or less tell one incident's count of the same week (see tallyDaysApart). */
export const SAME_INCIDENT_PAGES_DAYS = 7;
/** Figures that run up over the days (the dead, the missing, the injured): each holds for the day it was counted. */
export const TALLY_MEASURES: ReadonlySet<string> = new Set(['person:dead', 'person:missing', 'person:injured']);
/**
 * Counts fixed at one moment of the event (how many a ship carried when it sailed): every report of
 * the storyline, whatever day it is told on, answers the same question, so two values disagree.
 */
export const FIXED_MEASURES: ReadonlySet<string> = new Set(['person:aboard', 'person:buried',
  // How fast a vessel was going when it struck ("moving at about 7 knots when it struck the pier" / a day later "under
  // six knots"): one moment of the event, however many days on it is told.
  'knot']);
/** Units that say what happened by themselves ("a toll of 23 dead", "the protest ended in 14 arrests"). */
export const UNIT_MEASURE: Record<string, string> = { dead: 'dead', death: 'dead', fatality: 'dead', victim: 'dead', arrest: 'detained', detainee: 'detained', hostage: 'detained', employee: 'employed' };
/** Words before a clause that opens with its reporting verb taken as the speaker ("Tussiva Families"). */
export const AGENT_MAX_WORDS = 4;
/** Characters before a reporting verb searched for who speaks (five words fit easily). */
export const AGENT_LOOKBACK_CHARS = 120;
/** Weekday names in the order of Date.getUTCDay(). */
export const WEEKDAYS: readonly string[] = DAY_NAMES;
/** Length of a day-precision date value ("2025-10-14"). */
export const DAY_VALUE_LENGTH = 10;
/** Length of a month's value ("2025-09"): a date at least this long names a month or a day. */
export const MONTH_VALUE_LENGTH = 7;
/** Suffix of the class of a figure that counts a part of those just counted ("two of them"). */
export const PART_SUFFIX = '/part';
/** Suffix of the class of a figure that only names the whole a part is counted from ("30 of the 48 people"). */
export const WHOLE_SUFFIX = '/whole';
/** Suffix of the class of a figure counted the world or trade over ("about 140 in service worldwide"). */
export const WORLD_SUFFIX = '/world';
/**
 * Suffix of the class of a figure that counts things set apart from ones told before ("seven other ropeways",
 * "Hill Hospital and two smaller hospitals"): the others, never a rival of a count of the things themselves.
 */
export const OTHERS_SUFFIX = '/others';
/** Class suffix of a count told per day or other period ("30 drops a day"): a rate, no rival of a total ("200 drops over four days"). */
export const RATE_SUFFIX = '/rate';
/** Suffix of the class of a price a clause tells shares traded at ("closing at 40.70"): a day's market price, never an offer's. */
export const TRADED_SUFFIX = '/traded';
/** Suffix of the class of a share of a named whole held by the clause's subject ("14 of the 90 seats"). */
export const SHARE_SUFFIX = '/share';
/** A dateline credit ("TARNO, 20 March. /OTA/.") names the document's agency only in the lead, this many characters. */
export const DATELINE_WITHIN_CHARS = 600;
/** The question (a figure's `what`) a distance told as where a thing is answers: "two kilometres from the portal". */
export const POSITION_QUESTION = 'position';
/** Most characters between a clause and the next sentence's start for that sentence to follow it directly (a full stop, spaces, a quote mark). */
export const ANSWER_GAP_CHARS = 4;
