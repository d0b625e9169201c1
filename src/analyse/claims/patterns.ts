/** Number words, units and attribution cues for claims. */

export const SMALL_NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, a: 1, an: 1, dozen: 12, dozens: 24,
};
export const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
// "milliard": the European word for a thousand million ("2,4 Milliards of Crowns").
/** Scales abbreviated onto a sum of money ("$4m", "€2.5bn", "£300k"). */
export const SCALE_ABBREVIATIONS: Record<string, number> = { k: 1e3, m: 1e6, bn: 1e9 };
export const SCALES: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, milliard: 1e9, billion: 1e9, trillion: 1e12 };

/** ISO codes of currencies, written before a sum ("EUR 1,200 million", "USD300m") or after it ("1.2 billion EUR"). */
export const CURRENCY_CODES: Record<string, string> = {
  eur: 'euro', usd: 'dollar', gbp: 'pound', chf: 'franc', jpy: 'yen', cny: 'yuan', inr: 'rupee', rub: 'rouble',
  cad: 'dollar', aud: 'dollar', sek: 'krona', nok: 'krone', dkk: 'krone', pln: 'zloty',
};
const CODE = `(?:${Object.keys(CURRENCY_CODES).join('|').toUpperCase()})`;
/** The currency names a scale abbreviation may precede ("1.2bn euros", "300m dollars"). */
const CURRENCY_NAME = '(?:euros?|dollars?|pounds?|francs?|yen|yuan|rupees?|roubles?|kronor|kronur|krona|kroner|krone|zloty)';

// Longest words first: "fourteen" must not be read as "four" followed by "teen".
// "three hundred and forty": the tens (and units) after a spelled scale.
const TENS_SPELLED = `(?:${Object.keys(TENS).join('|')})(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?|${['nineteen', 'eighteen', 'seventeen', 'sixteen', 'fifteen', 'fourteen', 'thirteen', 'twelve', 'eleven', 'ten', 'nine', 'eight', 'seven', 'six', 'five', 'four', 'three', 'two', 'one'].join('|')}`;
const SPELLED = `(?:${[...Object.keys(TENS)].join('|')})(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?|${Object.keys(SMALL_NUMBERS).filter((w) => w !== 'a' && w !== 'an').sort((a, b) => b.length - a.length).join('|')}`;

/**
 * Thousands grouped by a space ("6 800 Bottles", "3 400 Employees"), as many European languages write
 * them and machine translation keeps them: one figure, not a stray "6" and a count of 800.
 */
export const SPACE_GROUPED = '\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?![\\d.,]\\d)';
/** A figure with a decimal comma ("43,8", "4,5"): one or two digits after the comma, then no digit nor further group. */
export const DECIMAL_COMMA = '\\d{1,3},\\d{1,2}(?!\\d|[.,]\\d)';
/**
 * A quantity: digits or number words, an optional fraction and scale, then the unit word
 * ("three-hour", "ninety minutes", "1,200 troops", "5 million euros", "$40 million", "4 1/2 months").
 */
export const QUANTITY = new RegExp(
  // "4,5 Millions", "43,8 Degrees": a comma followed by one or two digits (never three, which group thousands, and
  // no further group: "1,50,000") is a European decimal comma, as machine translation keeps it: four and a half, 43.8.
  // "EUR 1,200 million", "USD300m": an ISO code before the sum is its currency, as a sign is.
  `(?:\\b(?<code>${CODE})\\s?(?=\\d)|(?<cur>[$€£]))?(?:(?<=\\b${CODE}\\s?)|\\b)(?<num>${DECIMAL_COMMA}|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|${SPACE_GROUPED}|\\d+(?:\\.\\d+)?|(?:a|one|three)[-\\s]quarters?\\s+of\\s+an?(?=[-\\s](?:thousand|million|milliard|billion))|${SPELLED}|an?|half an?)` +
  // "$4m", "€2.5bn": a scale abbreviated onto a sum of money (never onto a bare figure: "a 4m wall").
  // "1.2bn people": "bn" is a billion anywhere; "m" and "k" only on a sum ("USD 300m", "40m euros").
  `(?<abbr>(?<=(?:[$€£]|\\b${CODE}\\s?)\\d[\\d.,]*)(?:bn|m|k)\\b|(?<=\\d)bn\\b|(?<=\\d)(?:m|k)\\b(?=\\s+${CURRENCY_NAME}\\b))?` +
  // "one and half Hour" (machine translation drops the article) is one and a half.
  `(?<frac>\\s?[½¼¾]|[-\\s]+[13]/[24]|\\s+and\\s+(?:a\\s+)?(?:half|quarter))?` +
  // "12 Thousands of Inhabitants", "25 Millions of Euro" (machine translation): a plural scale and "of".
  // "one thousand four hundred Barrels", "two million three hundred thousand": a count of hundreds (of thousands) spelled
  // after a larger scale is part of the one figure, not a figure of its own.
  `(?:[-\\s](?<scale>hundred(?:[-\\s](?:thousand|million|billion))?|thousand(?:[-\\s]million)?|million|milliard|billion|trillion|dozen)(?:s(?=\\s+of\\b))?` +
  `(?:(?<=(?:thousand|million|milliard|billion|trillion))[-\\s](?<hund>one|two|three|four|five|six|seven|eight|nine)[-\\s]hundred(?<hundk>[-\\s]thousand)?)?` +
  `(?:\\s+and\\s+(?<rest>${TENS_SPELLED}))?)?(?:\\s+of(?=\\s+[A-Z]))?` +
  `(?:[-\\s](?:more|other|additional|new))?(?:[-\\s](?<unit>[a-z]{3,})\\b)?`,
  'gi',
);

/** Fractions after a whole number ("4 1/2 months", "4½", "four and a half"). */
export const FRACTIONS: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '1/2': 0.5, '1/4': 0.25, '3/4': 0.75, half: 0.5, quarter: 0.25 };

/** Unit words that are not what is counted ("three of the", "two and"). */
export const NOT_UNITS = new Set([
  'and', 'the', 'for', 'with', 'from', 'into', 'that', 'this', 'were', 'was', 'are', 'had', 'have', 'has',
  'per', 'percent', 'times', 'who', 'which', 'more', 'less', 'than', 'other', 'such', 'its', 'their', 'his', 'her',
  'day', 'days', 'time', 'point', 'year', 'years', 'side', 'sides', 'way', 'leader', 'leaders',
  'them', 'claimed', 'reported', 'cited', 'quoted', 'announced', 'given', 'stated',
  // prepositions after a bare figure ("counts eleven across the country")
  'across', 'around', 'since', 'after', 'before', 'over', 'under', 'among', 'between', 'within', 'without', 'during',
  'against', 'along', 'through', 'toward', 'towards',
  // adverbs between a bare figure and its verb or after it ("three still are missing", "received one call only")
  'still', 'only', 'also', 'already',
]);

/** Particles and adverbs that follow a verb, never what is counted ("1,200 marched down", "40 stayed home"). */
export const PARTICLES: ReadonlySet<string> = new Set(['down', 'out', 'off', 'away', 'home', 'back', 'onto', 'upon', 'past', 'together', 'again', 'instead', 'too', 'yet', 'now', 'today', 'yesterday', 'tonight', 'overnight', 'later', 'earlier', 'there', 'inside', 'outside', 'abroad', 'ashore', 'aboard', 'alive', 'last', 'first', 'when', 'because', 'following', 'near', 'nearby', 'per']);

/** A bare figure right after a reporting verb states a count of what the text counted before ("the ministry says nine children died ... counts eleven"). */
export const REPORTED_FIGURE_BEFORE = /\b(?:says?|said|saying|counts?|counted|counting|puts?|estimates?|estimated|reports?|reported|had|has|gave|gives)\s+(?:only\s+|just\s+|still\s+)?(?:(?:as many as|at least|about|around|some|roughly|nearly|almost|more than|up to)\s+)?$/i;
/** What may follow such a figure: the end of the clause or a time or place ("counts eleven across the country"). */
export const REPORTED_FIGURE_AFTER = /^(?:\s*(?:[.,;:!]|$)|\s+(?:since|across|in|on|at|as of|by|so far|now|today|nationwide)\b)/i;

/**
 * A verb that acts on people right before a bare figure, which then counts people ("killed 29 in the
 * north", "wounding 14", "arrested 9 and fined 3"). Matched against the text before the figure.
 */
/**
 * What a bare count is told to be that only people are: "9 were missing", "two are still unaccounted for", "three remain in
 * hospital"; or what only people have done to them, told in the passive ("five had been rescued", "two were killed", "four
 * were arrested"): a report names the people once and counts the rest bare.
 */
export const PEOPLE_STATE_AFTER = /^\s+(?:still\s+)?(?:were|are|remain(?:ed|s)?|(?:have|has|had)\s+been)\s+(?:still\s+)?(?:missing|unaccounted\s+for|in\s+hospital|critically\s+ill|in\s+critical\s+condition|(?:later\s+|since\s+)?(?:rescued|killed|injured|wounded|hurt|arrested|detained|evacuated|hospitali[sz]ed|drowned|abducted|kidnapped))\b/i;
export const PEOPLE_ACT_BEFORE = new RegExp(`\\b(?:${[
  'kill(?:ed|ing|s)?', 'wound(?:ed|ing|s)?', 'injur(?:ed|ing|es?)', 'hurt(?:ing|s)?', 'arrest(?:ed|ing|s)?', 'detain(?:ed|ing|s)?',
  'evacuat(?:ed|ing|es?)', 'rescu(?:ed|ing|es?)', 'free(?:d|ing|s)?', 'releas(?:ed|ing|es?)', 'jail(?:ed|ing|s)?', 'charg(?:ed|ing|es?)',
  'convict(?:ed|ing|s)?', 'deport(?:ed|ing|s)?', 'expel(?:led|ling|s)?', 'abduct(?:ed|ing|s)?', 'kidnapp?(?:ed|ing|s)?', 'execut(?:ed|ing|es?)',
  'fin(?:ed|ing|es?)', 'hospitali[sz](?:ed|ing|es?)', 'treat(?:ed|ing|s)?', 'displac(?:ed|ing|es?)', 'sentenc(?:ed|ing|es?)',
  'hir(?:ed|ing|es?)', 'employ(?:ed|ing|s)?', 'laid off', 'lay(?:ing|s)? off', 'sack(?:ed|ing|s)?',
].join('|')})\\s+(?:(?:at least|about|around|some|nearly|almost|roughly|more than|over|up to|another|a further|only|just)\\s+)?$`, 'i');

/**
 * Nouns whose singular ends in a lone hissed s, other than the Latin "-us" after a consonant (which singular() reads by its
 * spelling): their plural adds a syllable, "-es" ("gas" -> "gases", "atlas" -> "atlases", "lens" -> "lenses"). Spelling does
 * not tell them from the far more common words with a silent e after the s ("cases", "bases", "phrases", "nurses"), so
 * they are listed; a compound ends in one ("biogases").
 */
export const HISS_STEMS: readonly string[] = ['gas', 'atlas', 'canvas', 'alias', 'bias', 'iris', 'lens'];
/** Units that count people whatever happened to them ("three people", "five civilians"). */
export const HUMAN_COUNT_UNITS: ReadonlySet<string> = new Set(['person', 'civilian', 'resident', 'villager', 'inhabitant', 'men', 'man', 'woman', 'women', 'child', 'children', 'worker', 'passenger', 'soldier']);
/** Words between a count of people and a rival figure that say the people counted died ("three people died; the hospital said five"). */
export const DEATH_BETWEEN = /^[^.]*?\b(?:died|dead|killed|perished|were killed|lost their lives)\b/i;
/** Words between a count of people and a rival figure that say the people counted were arrested ("police said 9 were held; the union had 15"). */
export const DETENTION_BETWEEN = /^[^.]*?\b(?:arrested|detained|(?:were|are|being) held|taken into custody)\b/i;

/**
 * What follows a bare figure that counts the thing named just before ("only 210 of them had",
 * "not the 340 claimed by Kastel", "only 210 have been honoured").
 */
export const ELLIPTIC_FOLLOWER = /^\s+(?:of them|have|had|has|were|are|was|claimed|reported|cited|quoted|announced|given|stated)\b/i;

/** Adverbs of place that can follow a figure, never what is counted ("38 branches at home and three abroad"). */
export const PLACE_ADVERBS: ReadonlySet<string> = new Set(['abroad', 'overseas', 'elsewhere', 'domestically', 'nationwide', 'worldwide']);

/**
 * A bare figure coordinated after a count, then a place ("38 branches in the north and three abroad",
 * "12 shops in the city, two in the suburbs"): it counts the same thing elsewhere. `before` ends at the figure,
 * `after` starts after it.
 */
export const COORDINATED_COUNT_BEFORE = /(?:,|\band|\bbut|\bplus|\bwhile)\s+(?:another\s+|a further\s+|only\s+|just\s+)?$/i;
export const PLACE_AFTER_FIGURE = /^\s+(?:abroad|overseas|elsewhere|domestically|at home|in\s+(?:the\s+)?\p{Lu})/u;

/**
 * "All 14 of the trust's hospitals", "all nine of its schools": "all" before the figure says it counts the whole of
 * the things named after "of", so the plural noun there is what is counted (the figure is no part of them).
 * `before` ends at the figure; `after` starts after it. Group 1: the plural noun.
 */
export const ALL_BEFORE_FIGURE = /\ball\s+$/i;
export const ALL_OF_PLURAL_AFTER = /^\s+of\s+(?:the|its|their|our|his|her|(?:the\s+)?[A-Za-z][\w-]*['’]s?)\s+([a-z]{3,}(?<!ss)s)\b/;
/**
 * "four of its drivers were killed", "flown 1,140 of their citizens out": a figure of the plural an owner's
 * possessive names counts those the clause tells of (the owner's whole is not what is told). Group 1: the plural noun.
 */
export const POSSESSED_PLURAL_AFTER = /^\s+of\s+(?:its|their|our|his|her)\s+([a-z]{3,}(?<!ss)s)\b/;

/** A figure that picks some of what was just counted, however small ("two of them were charged"). */
export const PART_OF_COUNTED = /^\s+of (?:them|those|whom)\b/i;

/**
 * What an estimate puts at a bare figure: "Police estimated the crowd at about 1,200", "put Monday's
 * crowd at 5,000", "puts the number of deaths at nine". Group 1: the thing counted, or group 2 when it is
 * "the number of" it, also after a word that says which of them ("the number of sick passengers at 143":
 * passengers); group `what`: what happened to the people counted ("the number injured at 16").
 * Matched against the text before the figure.
 */
export const ESTIMATED_AT = /\b(?:put|puts|estimated|estimates|estimate|placed|places)\s+(?:the\s+|[\p{L}]+['’]s\s+)?([a-z]{3,})(?:\s+of\s+(?:[a-z]{3,}\s+(?=[a-z]{3,}s\s+at\b))?([a-z]{3,})|\s+(?<what>injured|wounded|hurt|dead|killed|missing|displaced|evacuated|arrested|detained))?\s+at\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more than\s+|over\s+|at least\s+)?$/u;

/**
 * A bare figure given as what "it" or "the figure" was: "the council said it was about 3,400", "the
 * number the ministry gives is four thousand" count what the text counted just before. A figure
 * word may carry one word that says whose or which it is ("the real number is nearly 200", "the
 * union's figure is 9,000"): a rival figure of the same thing. An aside set off by commas between the figure word and
 * its verb ("the board's count, last checked on Monday, is 140") leaves the figure the count's.
 */
export const COPULA_FIGURE_BEFORE = /\b(?:it|that|the (?:[a-z]+(?:['’]s)? )?(?:figure|number|total|count|tally|estimate)(?: [a-z]+){0,3}(?:,[^,.;:]*,)?) (?:was|is|stood at|stands at)\s+(?:(?:about|around|some|roughly|nearly|almost|only|just)\s+)?$/i;

/** Words that name a figure, not what it counts ("puts the figure at fourteen"). */
export const FIGURE_WORDS: ReadonlySet<string> = new Set(['figure', 'number', 'total', 'count', 'tally', 'estimate']);

/**
 * A count named earlier in the sentence by what it counts, one word that says what state may come between: "disputed
 * the fire service's count of destroyed homes, telling SNR that 52 had been lost", "questioned the number of seized
 * boats, saying 14 were": the bare figure after it counts that plural (the last such count before the figure).
 * People named by what happened to them ("the count of the missing is a muddle: the coast guard says nine") are
 * counted by that word, as "nine missing" is.
 */
export const NAMED_COUNT_BEFORE = /\b(?:count|number|tally|toll|total|estimate|figure)s?\s+of\s+(?:[a-z]{3,}\s+)?(?<what>[a-z]{3,}[^s\W]s|people|men|women|children|missing|dead|injured|wounded)\b/g;

/** A bare figure named as an estimate or count of what the text counted before: "far above the ministry's estimate of 80,000". */
export const ESTIMATE_OF = /\b(?:estimate|figure|count|tally|total|margin|lead|majority)\s+of\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more than\s+|over\s+|at least\s+)?$/i;

/**
 * Day and year counts are no units on their own ("two days after", "three years ago" place a time),
 * but a length someone was held, jailed, banned or kept at something is a measured quantity like
 * "six months": "remanded for thirty days", "sentenced to two years", "five years in prison".
 */
export const SPAN_UNITS: ReadonlySet<string> = new Set(['day', 'days', 'year', 'years']);
/**
 * Before such a count: a duration's "for", a sentence's "sentenced (the captain) to" or "term of"
 * (matched against the text before the figure).
 */
export const SPAN_BEFORE = /\b(?:for|(?:sentenced|jailed|condemned|imprisoned)(?:\s+[\p{L}'’-]+){0,4}?\s+to|(?:term|sentence|ban|suspension)\s+of)\s+(?:(?:about|around|some|roughly|nearly|almost|up to|at least|more than|over|another|a further|an additional|a total of)\s+)?$/iu;
/** After such a count: where it is served ("five years in prison", "ten days behind bars"), or what it measures ("a five-year sentence", "a 10-year ban"). */
export const SPAN_AFTER = /^\s+(?:in (?:prison|jail|custody|detention|captivity|the hands of)|behind bars|as (?:a )?(?:hostages?|captives?|prisoners?))\b|^\s+(?:(?:prison|jail)\s+)?(?:sentence|term|ban|suspension)\b/i;
/**
 * "released after nine days.", "the old ferry stopped running after forty years.": a count after "after" that ends its clause is how long
 * what ended had lasted (unlike "two days after the vote", which places a time). Not one a phrase follows ("after two
 * days of talks", "after two days without flour"), which says what went on or was missing rather than how long
 * someone was held (matched against the text before the figure).
 */
export const ELAPSED_BEFORE = /\bafter\s+(?:(?:about|around|some|roughly|nearly|almost|more than|over|another|a further|a total of)\s+)?$/i;
/** After such an elapsed count: the end of its clause. */
export const ELAPSED_END = /^\s*(?:[.,;:!?)]|$)/;

/** A model named by a code after a bare figure, plural ("11 AV-310s", "two F-16s"): group 1 is the model. */
export const MODEL_AFTER = /^\s+([A-Z][A-Za-z]{0,5}-?\d{1,4}[A-Za-z]{0,2})s\b/;
/** A group a bare figure counts the members of ("a team of forty", "a crowd of 1,200"), matched against the text before the figure. */
export const GROUP_OF_BEFORE = /\b(team|group|crowd|force|contingent|convoy|delegation|squad|detachment|column|flotilla)\s+of\s+(?:(?:about|around|some|roughly|nearly|almost|more than|over|at least|up to)\s+)?$/i;
/**
 * A fraction of a whole: "a third of the fleet", "two-thirds of voters", "half of them" (not "the
 * first half of the year", not "a quarter of an hour" nor "half of 2024"). Group `share`: the fraction.
 */
export const SHARE_OF = /(?<!\b(?:first|second|third|fourth|last|latter|former|other|back|front|early|late)\s)\b(?<share>(?:a|one)[-\s](?:third|quarter|fifth|tenth)|two[-\s]thirds|three[-\s](?:quarters|fifths)|half)\s+of\s+(?!an?\s|\d)/gi;
/** Percent of each fraction SHARE_OF reads (the article dropped). */
export const SHARE_PERCENT: Record<string, number> = { third: 100 / 3, quarter: 25, fifth: 20, tenth: 10, 'two thirds': 200 / 3, 'three quarters': 75, 'three fifths': 60, half: 50 };

/** Units spoken of with "a"/"an" that still count ("an hour", "a dozen"). */
export const ARTICLE_UNITS = new Set(['hour', 'minute', 'week', 'month']);

/** Currency names that stay the unit even when capitalised ("25 Millions of Euro"). */
export const CURRENCY_WORDS: ReadonlySet<string> = new Set(['euro', 'euros', 'dollar', 'dollars', 'pound', 'pounds']);

/**
 * A running tally stated without a unit after the figure: "the death toll ... rose to 23 on
 * Wednesday", "the toll stood at 14", or as someone's estimate: "the ministry put the death toll at
 * three". News English names the toll "the number of (the) dead" or "of deaths" as well, has it
 * grow ("has grown to 21"), and tells a new count as what brings it to its figure ("divers recovered
 * six more bodies, bringing the number of dead to 20", "raising the toll to 9"). An estimate of a toll is as often told
 * round as exact ("put the death toll at about 9,000", "had risen to nearly 60"): the words of its bound stand between.
 * Group `num`: the figure (digits or words).
 */
const TALLY_BOUND = '(?:(?:at least|about|around|roughly|approximately|some|nearly|almost|more than|over|close to)\\s+)?';
const TOLL_NOUN = '(?:death\\s+toll|toll|number\\s+of\\s+(?:the\\s+)?(?:dead|deaths))';
export const TOLL_FIGURE = new RegExp(
  `(?:\\b${TOLL_NOUN}\\b[^.;]{0,80}?\\b(?:rose|risen|climbed|reached|stood|stands|jumped|increased|grew|grown|is|was|now)\\s+(?:to\\s+|at\\s+)?`
  + `|\\b(?:bringing|brought|brings|bring|raising|raised|raises|taking|took|takes|pushing|pushed|pushes)\\s+(?:the|its|their)\\s+${TOLL_NOUN}\\s+(?:\\w+\\s+){0,2}?to\\s+`
  + `|\\b(?:put|puts|putting|placed|places|placing|estimated|estimates|set|sets)\\s+(?:the|its|their|a)\\s+(?:death\\s+)?toll\\s+at\\s+)`
  + `${TALLY_BOUND}(?<num>\\d{1,3}(?:,\\d{3})+|\\d+|${SPELLED})\\b`,
  'gi',
);

/**
 * A tally of people in one state named by that state and given as it stands, without a unit after the figure: "the
 * number of injured now stands at 27", "the count of missing rose to 12", "bringing the number of wounded to 40". The first
 * group of the branch that matched: what happened to the people counted; `num`: the figure. (The dead are TOLL_FIGURE's.)
 */
const STATE_COUNT_NOUN = '(?:number|count|tally|total)\\s+of\\s+(?:the\\s+)?(injured|wounded|hurt|missing|displaced|evacuated|arrested|detained|rescued)';
export const STATE_COUNT_FIGURE = new RegExp(
  `(?:\\b${STATE_COUNT_NOUN}\\b[^.;]{0,80}?\\b(?:rose|risen|climbed|reached|stood|stands|jumped|increased|grew|grown|fell|dropped|is|was|now)\\s+(?:to\\s+|at\\s+)?`
  + `|\\b(?:bringing|brought|brings|bring|raising|raised|raises|taking|took|takes|pushing|pushed|pushes)\\s+(?:the|its|their)\\s+${STATE_COUNT_NOUN}\\s+(?:\\w+\\s+){0,2}?to\\s+)`
  + `${TALLY_BOUND}(?<num>\\d{1,3}(?:,\\d{3})+|\\d+|${SPELLED})\\b`,
  'gi',
);

/** A share: "11 percent", "12%", "4.5 per cent", "eleven per cent". Group `num`: the figure. */
export const PERCENT = new RegExp(`(?<![\\d.,])\\b(?<num>${DECIMAL_COMMA}|\\d+(?:\\.\\d+)?|${SPELLED})(?:\\s?%|[-\\s]per[-\\s]?cent\\b|[-\\s]percent\\b)`, 'gi');

/** Currency symbols → unit. */
export const CURRENCY: Record<string, string> = { $: 'dollar', '€': 'euro', '£': 'pound' };

/** Attribution and reporting verbs. */
/**
 * A reporting verb that credits what the sentence says to someone: a sentence without figure or event
 * is still a checkable claim when a source stands behind it ("Witnesses have described smoke pouring
 * from the roof", "the mayor insists the bridge is safe").
 */
export const ATTRIBUTION = /\b(said|says|say|told|stated|added|according to|declared|announced|confirmed|denied|claimed|reported|described|describes|insisted|insists|admitted|admits|acknowledged|acknowledges|testified|alleged|alleges|recalled|recalls)\b/i;

export const STOPWORDS = new Set((
  'the a an and or but of to in on at for with from by as is was were are be been being has have had ' +
  'that this these those it its their his her they he she we you i our your them him not no yes also ' +
  'which who whom whose what when where while why how than then there here into over under after before about ' +
  'said says told added according would will could should can may might must do did does done such ' +
  'more most other some any all each both one two three four five six seven eight nine ten very just ' +
  'only even still much many well however after during since until against between two-day mr ms mrs'
).split(' '));

/**
 * The irregular past forms of English verbs that news tells acts with ("the tanker struck the reef",
 * "the river rose", "the crowd fled"), besides the few VERB names with their present: a past tense is a
 * finite verb whatever its spelling. Forms mostly read as nouns ("a bit", "the Fed", "a wound") are left out.
 */
const IRREGULAR_PAST = 'arose|awoke|bore|beat|bent|bled|blew|bought|bred|built|burnt|burst|caught|chose|clung|crept|cut|dealt|dug|drew|drank|drove|ate|felt|fought|fled|flew|forbade|forgot|forgave|froze|grew|hung|heard|hid|hit|hurt|lay|let|meant|overtook|oversaw|quit|rang|rode|rose|sang|sank|sat|shook|shot|shut|slept|slid|sought|sped|spent|spun|split|spread|sprang|stole|stuck|stung|struck|swam|swept|swore|swung|taught|tore|threw|understood|undertook|upheld|withdrew|withheld|woke|wore|wept';
/**
 * Irregular past forms that, after "and", open a second predicate ("was signed on October 25 and took
 * effect at midnight"), as "and" + a regular past does. Forms as often a noun or adjective after "and"
 * ("and cut", "and left", "and set") are left out.
 */
const COORDINATED_IRREGULAR_PAST = `took|made|gave|went|came|got|found|saw|held|sent|met|ran|fell|won|lost|became|paid|led|kept|brought|stood|broke|sold|spoke|wrote|began|${IRREGULAR_PAST.split('|').filter((w) => !['cut', 'hit', 'let', 'lay', 'shot', 'split', 'spread', 'burst', 'quit', 'sat', 'bore', 'bent', 'hung', 'meant', 'felt', 'heard'].includes(w)).join('|')}`;

/**
 * A finite verb in the past tense right after a figure is what the counted thing did, never the thing
 * counted ("magnitude 6.1 struck", "an earthquake of magnitude 6.4 brought down", "1,200 marched"): the
 * irregular past forms, leaving out those also written as a noun after a count ("two cut", "a shot", "one hit").
 */
export const FINITE_PAST: ReadonlySet<string> = new Set(COORDINATED_IRREGULAR_PAST.split('|').filter((w) => !['bore', 'ate', 'hurt', 'shut', 'sank', 'sat', 'rose', 'drew', 'stuck'].includes(w)));
/**
 * What a number right after it names, not counts: a service or vehicle told by its number ("train 417", "flight 302",
 * "route 9") or by a letter and a number ("R 412", "K 7"; never the article "A" nor "I" opening a sentence).
 */
export const NAMING_BEFORE = /(?:\b(?:train|flight|tram|bus|route|platform)\s+|(?<![\p{L}\d.'’])(?![AI]\s)\p{Lu}\s)$/u;
/** "magnitude 6.1", "an earthquake of magnitude 6.4", "a magnitude-5.8 quake": the figure measures the magnitude, whatever follows it. */
export const MAGNITUDE_BEFORE = /\bmagnitude(?:\s+of)?[-\s]+(?:about\s+|around\s+|nearly\s+|almost\s+|at least\s+)?$/i;

/**
 * A piece that is only "and" + a noun phrase with no verb ("and the safety chief"), followed by a name set off by
 * commas (see NAME_APPOSITION), after a stretch with no verb yet (HAS_VERB): a second person coordinated in the subject
 * ("The arrests of the general manager, Ada Vole, and the safety chief, Ben Mott, came on Tuesday"), never a clause of
 * its own. (After a verb, such a list of objects may be a claim of its own: "detained X, 52, and its director, Y, 47".)
 */
export const COORDINATED_NOUN_PHRASE = /^and\s+(?:the|a|an|its|his|her|their)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*$/;
/** A verb in a stretch of words: a past in -ed or a common finite or auxiliary ("detained", "was", "said"). */
export const HAS_VERB = /\b(?:[a-z]{2,}ed|is|are|was|were|has|have|had|will|would|said|says|took|made|met|held|left|came|went|got|saw|told|found)\b/;
/**
 * A clause that only names a person and the post they hold ("Ansfrid Quenbrisley, who heads the agency", "Osrabel
 * Dallowquin, who runs the port"): it tells the reader who the next speaker is (the entities stage reads the role), and
 * checks nothing of the story.
 */
export const NAME_WITH_POST = /^(?:\p{Lu}[\p{L}'’-]+\s+){0,3}\p{Lu}[\p{L}'’-]+,\s+who\s+(?:heads|leads|runs|chairs|directs|manages|represents)\s+(?:the|its|their|his|her)\s+[\p{L}'’ -]+$/u;
/** A piece that is only a name, one to four capitalised words ("Petra Morrissand"): an appositive set off by commas. */
export const NAME_APPOSITION = /^(?:[A-Z][\p{L}'’-]+\s+){0,3}[A-Z][\p{L}'’-]+$/u;
/** Punctuation that ends a clause. */
export const CLAUSE_BREAK = /[,;—–(]/;
/**
 * Words that open a new clause after a space ("... in Calvero after nearly three hours of talks"); "after that" is an adverb
 * ("moved twice after that and ..."). "and that" opens a second reported fact ("found that the ship was off its track | and
 * that the alarm had been switched off"): each is checked on its own. "after"/"before" a time of day ("began shortly after
 * 2 a.m. on Thursday", "reached the home just before three in the morning") places the act, as "before dawn" does: no new clause.
 * "and" + a count in words + a verb ("in which 33 were saved | and four were found dead") opens a second predicate with a
 * count of its own, as "and" + a count in digits does: each count is checked on its own. Only a verb in the past: a state in
 * the present ("33 have died and two are still missing") is the same snapshot of the toll as the count before it.
 */
export const CLAUSE_OPENER = /^(?:(?:after|before)(?! (?:dawn|daybreak|sunrise|sunset|noon|midnight|nightfall|that|this)\b| \d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.?m\b|[ap]\.m\.)| \d{1,2}[.:]\d{2}\b| (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: o['’]clock)? (?:in the (?:morning|afternoon|evening)|at night))|while|whereas|but|although|because|adding|saying|ending|following)\b|^and that\s|^and (?:also )?(?:[a-z]+(?:s|ed)|(?!(?:during|nothing|something|anything|everything|being)\b)[a-z]{2,}ing)\s|^and (?:(?:about|around|some|nearly|almost|roughly|at least|more than|over) )?\d|^and (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty) (?:were|was|had|died)\b/;
/**
 * "and" + a second counter + a counting or reporting verb + a figure ("the union counted 64 ships at anchor | and the
 * authority counted 41", "organisers said 5,000 marched | and police put it at ..."): another source's own count of the
 * same thing, a clause of its own so each count is checked on its own (as "and" + a figure is). The counter is one to
 * three words after an optional article. The same source's second report, told by "and said" + a figure ("gave the time
 * as 06:40 | and said 9 people had died"), is a fact of its own too: a time and a toll are two things to check.
 */
export const RIVAL_COUNT_OPENER = /^and (?:(?:the |a |its |their )?(?:[\p{L}'’-]+ ){1,3}?(?:counted|counts|estimated|estimates|gave|gives|recorded|records|reported|reports|said|says|claimed|claims) |(?:also )?(?:said|says|added|reported)(?: that)? )(?:(?:about|around|some|nearly|almost|roughly|at least|more than|over|only|just) )?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|dozens)\b)/u;
/**
 * "and" + an irregular past opens a second predicate ("was signed in Vosquine on October 25 | and took
 * effect at midnight"): a clause of its own when the one before holds a day, which dates the first act only.
 */
export const PAST_AND_OPENER = new RegExp(`^and (?:also |then )?(?:${COORDINATED_IRREGULAR_PAST})\\s`);

/** A clause that only attributes the one before: "Lusmara's civil protection service said.", "officials said". */
export const TRAILING_ATTRIBUTION = /^[^"“”«»]*\b(?:said|says|added|reported|announced|confirmed|told reporters)[.!]?$/i;

/**
 * A clause that only names the figure the clause before rejects: "for nearly fourteen hours, not the
 * nine the company has given", "inside for half an hour, not the few minutes first reported".
 */
export const REJECTED_ALTERNATIVE = /^not\s+(?:the|a|an)\s/i;

/** A clause that only gives the value of the thing just named: "worth about $4.5 million", "valued at 3 million euros". */
export const FIGURE_APPOSITION = /^(?:worth|valued at|equal to|equivalent to|the equivalent of)\s+(?:about |around |some |roughly |nearly |almost |more than |over )?[$€£]?\d/i;

/**
 * "as" + a pronoun + what that one was doing ("was arrested at the airport | as he was about to board a flight", "as she
 * tried to leave"): the moment an act took place in, told as a fact of its own that other reports word their own way
 * ("as he tried to board a flight", "before the flight"). A clause of its own, and a claim though "as" opens it.
 */
export const AS_DOING_OPENER = /^as (?:he|she|they|it|we) (?:was|were|tried|attempted|prepared|waited)\b/;
/**
 * Openers of a clause that cannot stand alone: subordinators, an object "whom", "and" + participle ("who ..." states its
 * own fact), and a share of those just named doing something ("waited outside, | some holding photographs"): such an
 * absolute phrase has no finite verb and tells how the main clause's subject looked, not a fact of its own.
 */
export const DEPENDENT_OPENER = /^(?:after|before|while|when|whom|including|because|although|since|until|following|as|if|unless|whether|and (?:then )?[a-z]+ed\b|(?:some|many|most|several|others|a few|one|each|all)(?: of them)? [a-z]{2,}ing\b)/i;
/**
 * A record told of the act in apposition, with no verb of its own ("walked out on Monday, the first national strike
 * since 1994, leaving ..."; "the worst floods in 40 years"): a checkable fact other outlets tell in their own words.
 */
export const RECORD_APPOSITION = /^(?:the|its|their)\s+(?:first|biggest|largest|worst|longest|deadliest|heaviest|highest|lowest)\s+(?:[\p{L}-]+\s+){0,5}(?:since\s+(?:1[89]|20)\d\d|in\s+(?:more than\s+|nearly\s+|almost\s+|over\s+)?(?:\d+|[a-z]+)\s+years)\b/iu;
/** A finite verb, roughly: auxiliaries, common irregular forms, -ed and -s words (plurals pass too: it only keeps out verbless fragments). */
export const VERB = new RegExp(`\\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|may|might|must|shall|should|said|says|told|tells|made|makes|took|takes|gave|gives|went|goes|came|comes|got|gets|found|finds|left|leaves|saw|sees|held|holds|sent|sends|met|meets|ran|runs|fell|falls|won|wins|lost|loses|became|becomes|paid|pays|led|leads|kept|keeps|knew|knows|thought|thinks|brought|brings|stood|stands|broke|sold|spoke|wrote|began|begins|put|puts|set|sets|${IRREGULAR_PAST}|[a-z]{2,}ed|[a-z]{2,}[^s\\W]s)\\b`, 'i');

/**
 * Stems news paraphrases swap for one another, folded to one key term ("opens Calvero to cargo
 * ships" / "allows cargo ships to call at Calvero"). Small on purpose: only near-synonyms.
 */
export const TERM_SYNONYMS: Record<string, string> = {
  open: 'allow', permit: 'allow', let: 'allow',
  negotiation: 'talk', discussion: 'talk',
  vessel: 'ship',
  // The American spelling of a unit of length names the British one's unit ("22 centimeters" / "22 centimetres").
  centimeter: 'centimetr', millimeter: 'millimetr', kilometer: 'kilometr',
  license: 'licence', licens: 'licence',
  creat: 'set', establish: 'set',
  releas: 'free',
  // What the dead are counted with: "the death toll rose to 23" / "31 people have died" / "killed 29".
  die: 'dead', dies: 'dead', death: 'dead', kill: 'dead', killing: 'dead',
  finish: 'complet', finished: 'complet', operat: 'run', operator: 'run',
  // "the recount began" / "the count started"; "quit on Thursday" / "resigned on Friday"; "refused" / "rejected".
  begin: 'start', began: 'start', begun: 'start',
  quit: 'resign',
  truce: 'ceasefire',
  // One inquiry in either word: "the board opened an inquiry on Tuesday" / "the board's investigation started on Tuesday".
  investigation: 'inquiry', enquiry: 'inquiry',
  refus: 'reject',
  // News retells one arrest and one breakage in either word: "police detained two men" / "two men were arrested";
  // "a fan blade snapped off" / "a blade broke off".
  detain: 'arrest',
  // One suspicion in a noun or a verb: "questioned on suspicion of fraud" / "is suspected of fraud".
  suspicion: 'suspect',
  snap: 'break', snapp: 'break',
  // ... and one count of the hurt in any of three words: "37 people were injured" / "37 were wounded" / "hurt 37".
  wound: 'injur', hurt: 'injur',
  // "Persons" is the formal plural of "person", which official notices and translated dispatches use where
  // English news says "people": "42 persons were injured" / "42 people were hurt".
  person: 'peopl',
};
/**
 * Irregular past forms and participles of verbs news paraphrases retell in another tense ("he never saw
 * the survey" / "has never seen the survey", "took control" / "was taken under control", "sent 400
 * megawatts" / "for sending 400 megawatts"): the key term is the verb's. Forms that are also common
 * words of their own ("found", "left", "felt", "lay") are left out.
 */
export const IRREGULAR_FORMS: Record<string, string> = {
  saw: 'see', seen: 'see', took: 'take', taken: 'take', sent: 'send', knew: 'know', known: 'know', went: 'go', gone: 'go',
  came: 'come', held: 'hold', won: 'win', lent: 'lend', sold: 'sell', bought: 'buy', told: 'tell', paid: 'pay', gave: 'give', given: 'give',
  brought: 'bring', wrote: 'write', written: 'write', spoke: 'speak', spoken: 'speak', chose: 'choose', chosen: 'choose', stole: 'steal', stolen: 'steal',
  broke: 'break', broken: 'break', fell: 'fall', fallen: 'fall', drove: 'drive', driven: 'drive', flew: 'fly', flown: 'fly', hid: 'hide', hidden: 'hide',
  met: 'meet', sat: 'sit', stood: 'stand', struck: 'strike', sank: 'sink', sunk: 'sink', caught: 'catch', fought: 'fight', fled: 'flee', kept: 'keep',
  lost: 'lose', built: 'build', spent: 'spend', sought: 'seek', led: 'lead', threw: 'throw', thrown: 'throw', grew: 'grow', grown: 'grow',
  withdrew: 'withdraw', withdrawn: 'withdraw', froze: 'freeze', frozen: 'freeze', shook: 'shake', shaken: 'shake',
};
/**
 * A sentence that opens with its subject, then a participle phrase between commas, up to the predicate
 * ("The Truce, signed in Vosquine on 25.10.2025, "). Group 1: the subject. A name of two to four capitalised
 * words is a subject as a noun phrase is ("Wendlecote Building Society, founded in 1911, has 52 branches").
 */
export const SUBJECT_PARTICIPLE = /^\s*((?:The|A|An|This|That|Its|Their)\s[^,;]{1,40}|\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3}),\s+[a-z]+(?:ed|en)\b[^,;]{0,80},\s*$/u;
/** A transcript's speaker label opening a sentence ("ANIKA STRAND:", "MATILDE RASKO (recording):"): not part of the claim. */
export const SPEAKER_LABEL = /^\s*[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}(?: \([^)]{1,30}\))?:\s+/;
/** A question that presupposes its content ("Why did the plant skip the tests?" states that it skipped them). */
export const PRESUPPOSING_QUESTION = /^\s*why\s+(?:did|does|do|has|have|had|was|were|is|are)\s+/i;
/** A time of day with its half of the day or a colon: "at 9.42pm", "10.05 a.m.", "21:42". Groups: h, m, half. */
export const CLOCK_TIME = /(?<![\d.,:])\b(?<h>\d{1,2})(?:[.:](?<m>\d{2})\s?(?<half>[ap]\.?m\.?)|:(?<m24>\d{2}))(?![\d.:]?\d)/gi;
/**
 * A time of day written with a dot and no half of the day, told where a time is placed ("at 6.52", "until 6.51",
 * "at 21.52"): British papers write times so. A level a figure stands at ("shares closed at 6.52", "the rate held at
 * 4.25") or a measure ("at 6.52 percent", "at 4.25 euros") is no time: the time ends its clause or is followed by a
 * word that goes on telling when ("at 6.45 and", "at 21.52 on Friday", "at 6.52 local time", or translated word for word
 * "at 6.52 of local time"). Groups: h, m24.
 */
export const DOTTED_CLOCK = /(?<!\b(?:closed|closing|opened|opening|ended|ending|finished|stood|stands|standing|stand|traded|trading|trades|priced|valued|set|fixed|pegged|peaked|settled|rate|rates|level|unchanged|steady|held|kept|remained|remains|capped|estimated|put|puts|assessed|rated|scored|measured|registered|recorded|reached|hit|hits|sold|bought|offered)\s+)\b(?:at|until|till|by|before|after|since)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+)?(?<![\d.,:])(?<h>[01]?\d|2[0-3])\.(?<m24>[0-5]\d)(?![\d.:]?\d)(?=\s*(?:$|[,.;:)!?"'’”—–-]|(?:and|or|but|on|in|when|as|that|this|last|yesterday|today|tonight|(?:of\s+)?local|hours|hrs|GMT|BST|UTC|CET|with|after|before|while|from)\b))/gi;
/**
 * A time of day told in hours and minutes where a time is placed, as translations from languages that write "um 9 Uhr
 * 35" give it: "at 9 hours 35 minutes", "the Gates were opened only at 6 Hours 40 Minutes", "gives the Time 9 hours 5 minutes".
 * A length of time after "at" is a level a thing stands at, which a verb of measuring names ("finished at 2 hours
 * 15 minutes"), never so placed.
 */
export const HOURS_MINUTES_CLOCK = /(?<!\b(?:finished|finishing|clocked|clocking|came\s+in|comes\s+in|ran|runs|running|lasted|lasting|timed|stood|stands|record|recorded)\s+)\b(?:at|the\s+time)\s+(?:about\s+|around\s+)?(?<h>[01]?\d|2[0-3])\s+hours?\s+(?:and\s+)?(?<m24>[0-5]?\d)\s+minutes?\b/gi;
/** What follows a chronology line's day stamp: a dash, then a lower- or upper-case word of the act ("2025-01-02 - wreck raised"). */
export const CHRONOLOGY_DASH = /^\s+[-–—]\s+\p{L}/u;

/**
 * "and that no one was hurt", "Nobody was injured": casualties denied. Few words, yet a fact a page counting the injured
 * contradicts, so such a clause says enough to be a claim.
 */
export const NO_CASUALTIES = /\b(?:no\s+one|no-one|nobody)\s+(?:was|were|has\s+been|had\s+been)\s+(?:(?:seriously|badly)\s+)?(?:hurt|injured|killed|harmed|wounded)\b/i;

/** A verb keeping a place or service shut ("is closed", "will stay shut", "remains suspended"), as a pattern source. */
export const KEPT_SHUT = String.raw`\b(?:is|are|was|were|be|been|stay(?:s|ed)?|remain(?:s|ed)?)\s+(?:shut|closed|suspended|halted)`;
/** No end set to a closure ("indefinitely", "until further notice"), as a pattern source. */
export const NO_END_SET = String.raw`(?:indefinitely|until\s+further\s+notice)`;
/**
 * A place or service kept shut with no end set: "The depot is shut until further notice", "will stay shut indefinitely",
 * "remains suspended indefinitely". A length of its own (none set), which a page giving the closure a length contradicts,
 * so such a clause says enough to be a claim.
 */
export const OPEN_ENDED_STATE = new RegExp(String.raw`${KEPT_SHUT}\s+${NO_END_SET}\b`, 'i');
