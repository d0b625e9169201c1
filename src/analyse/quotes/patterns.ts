import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAYS } from '../dates/index.ts';

/** Double-quote-like marks: straight, curly, low-9, angle. */
export const DOUBLE_MARKS = new Set(['"', '“', '”', '„', '«', '»', '＂']);
/** Marks that can only open a double quote in English-language text. */
export const DOUBLE_OPEN_ONLY = new Set(['„', '«']);
/** Marks that can only close a double quote. */
export const DOUBLE_CLOSE_ONLY = new Set(['»']);
/** Single-quote-like marks (apostrophes share some of these; context decides). */
export const SINGLE_MARKS = new Set(["'", '‘', '’', '‚', '‹', '›']);
export const SINGLE_OPEN_ONLY = new Set(['‚', '‹', '‘']);
export const SINGLE_CLOSE_ONLY = new Set(['›']);

/** Typewriter double quotes written as two single marks ('' or ``). */
export const DOUBLED_MARK = /''|``/u;
export const DOUBLED_MARK_ALL = /''|``/gu;
/** Characters after which a quote mark opens rather than closes. */
export const OPEN_CONTEXT = /[\s([{\u2014\u2013\-:/]/u;
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
export const UPPER_START = /^[\p{Lu}]/u;
/** Word and punctuation tokens. */
export const TOKEN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Speech and attribution verbs (all inflections we read), lower case. */
const VERB_STEMS = [
  'say:said,says,saying', 'add:added,adds,adding', 'state:stated,states,stating',
  'tell:told,tells,telling', 'declare:declared,declares,declaring', 'continue:continued,continues,continuing',
  'explain:explained,explains,explaining', 'note:noted,notes,noting', 'write:wrote,writes,writing,written',
  'ask:asked,asks,asking', 'reply:replied,replies,replying', 'respond:responded,responds,responding',
  'insist:insisted,insists,insisting', 'argue:argued,argues,arguing', 'claim:claimed,claims,claiming',
  'warn:warned,warns,warning', 'announce:announced,announces,announcing', 'tweet:tweeted,tweets,tweeting',
  'post:posted,posts', 'repeat:repeated,repeats', 'reiterate:reiterated,reiterates,reiterating', 'recall:recalled,recalls,recalling', 'remark:remarked,remarks,remarking',
  'conclude:concluded,concludes,concluding', 'acknowledge:acknowledged,acknowledges,acknowledging',
  'admit:admitted,admits,admitting', 'suggest:suggested,suggests,suggesting', 'predict:predicted,predicts,predicting',
  'promise:promised,promises,promising', 'vow:vowed,vows,vowing', 'urge:urged,urges,urging',
  'complain:complained,complains,complaining', 'observe:observed,observes,observing', 'joke:joked,jokes,joking',
  'quip:quipped,quips,quipping', 'shout:shouted,shouts,shouting', 'yell:yelled,yells,yelling',
  'exclaim:exclaimed,exclaims,exclaiming', 'emphasize:emphasized,emphasizes,emphasizing,emphasised,emphasises',
  'stress:stressed,stresses,stressing', 'assert:asserted,asserts,asserting', 'contend:contended,contends,contending',
  'maintain:maintained,maintains,maintaining', 'counter:countered,counters,countering', 'retort:retorted,retorts',
  'mention:mentioned,mentions,mentioning', 'describe:described,describes,describing', 'call:called,calls,calling',
  'report:reported,reports,reporting', 'confirm:confirmed,confirms,confirming', 'deny:denied,denies,denying',
  'wonder:wondered,wonders,wondering', 'read:reads', 'agree:agreed,agrees,agreeing',
  'recount:recounted,recounts', 'boast:boasted,boasts,boasting', 'charge:charged,charges', 'testify:testified,testifies',
  'caution:cautioned,cautions,cautioning', 'chant:chanted,chants,chanting',
  'sing:sang,sings', 'scream:screamed,screams', 'whisper:whispered,whispers', 'demand:demanded,demands,demanding',
  'plead:pleaded,pleads', 'mock:mocked', 'blast:blasted', 'lament:lamented,laments', 'muse:mused', 'pledge:pledged,pledges',
  'concede:conceded,concedes,conceding', 'reiterate:reiterated,reiterates,reiterating', 'indicate:indicated,indicates',
  'comment:commented,comments,commenting', 'proclaim:proclaimed,proclaims', 'thunder:thundered',
  'opine:opined', 'talk:talked,talks', 'assure:assured,assures', 'toast:toasted,toasts', 'bark:barked,barks', 'snap:snapped,snaps', 'interject:interjected,interjecting', 'scoff:scoffed,scoffs', 'gush:gushed', 'cry:cried,cries', 'sneer:sneered', 'rave:raved', 'intone:intoned', 'chime:chimed', 'reason:reasoned', 'hint:hinted', 'allege:alleged,alleges', 'marvel:marveled,marvelled', 'fume:fumed', 'rail:railed', 'inform:informed,informs,informing', 'offer:offered', 'implore:implored', 'answer:answered,answers,answering', 'echo:echoed,echoes',
  'speak:spoke,speaks,speaking', 'confess:confessed,confesses', 'jeer:jeered,jeers', 'crack:cracked', 'utter:uttered,utters',
  'recommend:recommended,recommends', 'deride:derided,derides', 'mock:mocks,mocking', 'beam:beamed', 'gloat:gloated,gloats', 'elaborate:elaborated,elaborates',
  'react:reacted,reacts', 'exhort:exhorted', 'remember:remembered,remembers', 'start:started', 'press:pressed', 'question:questioned', 'retaliate:retaliated', 'blare:blared,blares', 'surmise:surmised',
  'persist:persisted', 'interrupt:interrupted', 'protest:protested', 'object:objected', 'conclude:concluding', 'boom:boomed', 'needle:needled', 'pronounce:pronounced', 'plead:pled', 'rage:raged', 'grumble:grumbled,grumbles', 'mutter:muttered',
];
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  VERB_STEMS.flatMap((e) => { const [stem, rest] = e.split(':'); return [stem, ...(rest ? rest.split(',') : [])]; }),
);
/** Verbs that only count as speech verbs with a particle ("pointed out", "went on"). */
export const PARTICLE_VERBS: ReadonlyMap<string, string> = new Map([['pointed', 'out'], ['point', 'out'], ['points', 'out'], ['goes', 'on'], ['cut', 'in'], ['went', 'on'], ['put', 'it'], ['puts', 'it'], ['shot', 'back'], ['fired', 'back'], ['hit', 'back'], ['chimed', 'in']]);
/** Present-participle speech verbs: their subject is the clause subject ("X did Y, adding: «…»"). */
export const PARTICIPLE = /ing$/;

export const PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural' | 'neuter' | 'self'> = new Map([
  ['he', 'male'], ['she', 'female'], ['they', 'plural'], ['it', 'neuter'], ['i', 'self'], ['we', 'plural'],
]);
export const HONORIFICS: ReadonlyMap<string, 'male' | 'female' | null> = new Map([
  ['mr', 'male'], ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['sir', 'male'], ['lady', 'female'], ['lord', 'male'],
  ['dr', null], ['prof', null], ['gen', null], ['sen', null], ['rep', null], ['gov', null], ['col', null], ['lt', null],
  ['capt', null], ['sgt', null], ['rev', null], ['pres', null], ['adm', null], ['maj', null], ['madam', 'female'],
]);
export const DETERMINERS = new Set(['some', 'several', 'many', 'other', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'one', 'another', 'this', 'that', 'these', 'those', 'both']);
export const PREPOSITIONS = new Set([
  'on', 'in', 'at', 'to', 'for', 'from', 'with', 'by', 'during', 'after', 'before', 'of', 'about', 'into', 'over',
  'through', 'since', 'under', 'while', 'when', 'than', 'as', 'via', 'outside', 'inside', 'near', 'across',
]);
/** Prepositions of time and place: "«…?» asked the chairwoman X at the start" — the phrase before them ends the verb's argument, so it is the speaker. */
export const CIRCUMSTANCE_PREPOSITIONS = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'outside', 'inside']);
/** Words that may sit between subject and verb or after the verb: "she later added", "said Tuesday". */
export const ADVERBS = new Set([
  'also', 'later', 'then', 'once', 'previously', 'earlier', 'recently', 'further', 'again', 'simply', 'just', 'flatly',
  'bluntly', 'repeatedly', 'has', 'had', 'have', 'was', 'is', 'would', 'will', 'did', 'reportedly', 'publicly',
  'privately', 'frequently', 'often', 'once', 'even', 'quickly', 'angrily', 'firmly', 'has', 'never', 'recently',
  'could', 'can', 'should', 'might', 'must', 'only', 'not',
]);
/** Words that end a determiner phrase: auxiliaries, relatives, pronouns, conjunctions. */
export const PHRASE_STOPS = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'who', 'which', 'that', 'when',
  'where', 'whose', 'he', 'she', 'they', 'it', 'i', 'we', 'and', 'or', 'but', 'not', 'also', 'can', 'could', 'did', 'does', 'do']);
/** Capitalised words that are never speakers (calendar, time). */
export const NOT_NAMES = new Set([
  ...WEEKDAYS, ...MONTH_NAMES, ...MONTH_ABBREVIATIONS, 'today', 'yesterday', 'tomorrow', 'but', 'and', 'or', 'so', 'the',
  'in', 'on', 'at', 'this', 'that', 'it', 'there', 'here', 'when', 'if', 'what', 'why', 'how', 'as', 'a', 'an',
]);
/** Capitalised sentence openers that are never names ("According to", "More from", "Each cycle"). */
export const FUNCTION_CAPS = new Set(['according', 'more', 'each', 'any', 'every', 'alongside', 'despite', 'among', 'amid', 'asked', 'following',
  'meanwhile', 'still', 'yet', 'also', 'however', 'instead', 'indeed', 'perhaps', 'now', 'then', 'later', 'earlier', 'speaking', 'just',
  'thus', 'between', 'together', 'hence', 'it\'s', 'it’s', 'that\'s', 'that’s', 'there\'s', 'there’s', 'here\'s', 'here’s', 'what\'s', 'what’s']);
/** Calendar words that are also names ("Theresa May", "Wang Jun"): kept inside a name, never first. */
export const CALENDAR_NAMES = new Set(['may', 'june', 'april', 'august', 'jan', 'jun', 'mar', 'will']);
/** Determiners that stand alone as a speaker ("another said", "one read"). */
export const BARE_DETERMINERS = new Set(['another', 'one', 'some', 'many', 'several', 'both', 'others']);
/**
 * Role nouns that make a determiner phrase a plausible speaker on their own. Holders of a public office or post
 * (commissioner, sheriff, coroner, superintendent …) are quoted by their title alone as often as ministers are:
 * "the city's police commissioner said".
 */
export const SPEAKER_HEADS = /^(?:commissioner|superintendent|sheriff|coroner|warden|treasurer|auditor|ombudsman|registrar|magistrate|trustee|man|woman|person|spokes\w*|minister|secretary|president|chancellor|official|officer|spokesperson|chief|leader|director|head|ambassador|envoy|general|commander|chair\w*|senator|governor|prefect|mayor|candidate|nominee|adviser|advisor|aide|lawyer|attorney|analyst|expert|professor|researcher|economist|source|sources|statement|report|ministry|department|agency|government|daily|newspaper|paper|editorial|group|company|firm|organization|organisation|party|campaign|committee|council|court|judge|police|army|military|navy|service|office|embassy|kremlin|white house|pentagon|union|board|bank|executive|ceo|founder|member|members|officials|residents|resident|witness|witnesses|activist|activists|protester|protesters|voter|voters|supporter|supporters|critic|critics|owner|representative|negotiator|diplomat|diplomats|prosecutor|prosecutors|investigator|investigators|scientist|doctor|mother|father|son|daughter|wife|husband|friend|student|teacher|worker|soldier|pilot|driver|manager|politician|lawmaker|lawmakers|congressman|congresswoman|speaker|king|queen|prince|pope|bishop|cleric|host|anchor|reporter|correspondent|columnist|writer|author|actor|actress|star|coach|player|fan|fans|people|administration|authorities|authority|institute|center|centre|foundation|association|network|channel|outlet|site|magazine|publication|agency|tanks?|staff|team|spokesman|spokeswoman|strategist|consultant|pollster|narrator|operative|organizer|commentator|historian|publisher|editor|producer|veteran|survivor|victim|citizen|delegate|superdelegate|attendee|caller|viewer|reader|organiser|councillor|councilor|engineer|inspector|captain)s?$/i;
/** "according to X": the channel (or the speaker when nobody else speaks). */
export const ACCORDING_TO = /\baccording to\s+/gi;
/** Ellipsis-only or punctuation-only quote bodies are not quotes. */
export const HAS_WORD = /[\p{L}\p{N}]/u;
/** Role names that stand for the same office, folded before roles are compared ("the Head of State" is the president). */
export const ROLE_SYNONYMS: ReadonlyArray<readonly [string, string]> = [
  ['head of state', 'president'], ['head of government', 'prime minister'], ['premier', 'prime minister'],
  ['minister of foreign affairs', 'foreign minister'], ['foreign secretary', 'foreign minister'], ['top diplomat', 'foreign minister'],
  ['spokeswoman', 'spokesperson'], ['spokesman', 'spokesperson'], ['chairwoman', 'chair'], ['chairman', 'chair'], ['chairperson', 'chair'],
];
/**
 * A transcript line opening with an upper-case speaker label: "ILSE TAMMARK: …", "ANNA LOR (recording): …",
 * "KAI DORN (HARBOUR BOARD) (recording): …" (a second bracket is read past; group 2 is the first).
 * Group 1 is the name; the match ends where the words spoken begin.
 */
export const TRANSCRIPT_LABEL = /^(\p{Lu}[\p{Lu}\p{M}'’.-]+(?:[ \u00A0]+\p{Lu}[\p{Lu}\p{M}'’.-]*){0,3})(?:[ \u00A0]*\(([^()\n]{1,40})\))?(?:[ \u00A0]*\([^()\n]{1,40}\))?:[ \u00A0]+(?=\S)/u;
/** A personal name in a transcript label's brackets ("PASSENGER (Anja Roos):"): two to four capitalised mixed-case words; "(recording)" is not one. */
export const LABEL_BRACKET_NAME = /^\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?:[ \u00A0]+\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*){1,3}$/u;
/** A speaker quoting herself inside her own line: "But I said it on Tuesday and I will say it again: …", "What I said on Monday still stands: …" (the words after the colon are a quote of their own). */
export const SELF_QUOTE_INTRO = /(?:^|(?<=[.!?…]\s+))(?:(?:But|And|So|As)\s+)?(?:What\s+)?I\b[^.!?:\n]{0,80}\b(?:said|say|told|tell|repeat|repeated)\b[^.!?:\n]{0,40}:\s+(?=\S)/u;
/** Reversed guillemets as German, Danish or Czech print them: »Wort« (opens with », closes with « before a space or punctuation). */
export const REVERSED_GUILLEMETS = /(?<=^|[\s(\[:\u2014\u2013])»(?=[\p{L}\p{N}])([^«»\n]*[^\s«»])«(?=[\s\p{P}]|$)/gmu;
/** A speech verb's addressee that is a medium: "told Crossline", "said to the Correspondent of KTA", "in an interview with X" (the name follows the match). */
export const TOLD_MEDIUM = /\b(?:told|telling|said\s+to|speaking\s+to|in\s+an\s+interview\s+with)\s+(?:the\s+)?(?:(?:correspondent|reporter|journalist)s?\s+(?:of|for|from)\s+(?:the\s+)?)?(?:(?:[\p{L}-]+\s+){0,2}(?:broadcaster|television|radio|newspaper|daily|weekly|agency|channel|station|website|outlet|magazine)\s+)?$/iu;
/** Words that make a name a medium's ("Radio Dorrin", "Harbour Times") even when the entities pass took it for a person. */
export const MEDIA_NAME_WORD = /^(?:radio|tv|television|news|times|post|gazette|herald|daily|journal|press|agency|channel|broadcasting|tribune|wire|courier|chronicle|telegraph|observer|standard|express|online)$/u;
/**
 * The people a speaker addresses at a briefing, not a medium: "told reporters", "said to the Journalists" (a machine
 * translation capitalises every noun). Their words reach print through the outlet itself or its agency.
 */
export const AUDIENCE_NOUN = /^(?:journalists?|reporters?|correspondents|newsmen|media|audience|crowd|listeners|viewers)$/iu;
/** One capitalised word standing alone (no capitalised word beside it): "Crossline" in "told Crossline." */
export const UNNAMED_CAPITAL = /(?<![\p{L}\p{N}'’-]|\p{Lu}[\p{L}'’-]*\s)\p{Lu}[\p{Ll}\p{N}]+(?!\s\p{Lu}|[\p{L}\p{N}'’-])/gu;
/** Possessive pronouns, read like their subject forms when they own a speech noun ("Her words – «…»"). */
export const POSSESSIVE_PRONOUN_KINDS: ReadonlyMap<string, 'male' | 'female' | 'plural' | 'neuter'> = new Map([['his', 'male'], ['her', 'female'], ['their', 'plural'], ['its', 'neuter']]);
/** Nouns naming what someone said: "Her words …", "His reply …". */
export const SPEECH_NOUNS = /^(?:words|remarks|comments?|message|statement|reply|answer|warning|promise|verdict|plea|response)$/u;
/** A collective body named by its organisation's possessive: "Velta Hydro's board" (group 1: the possessor). */
export const COLLECTIVE_OF = /^(.+?)['’]s?\s+(?:board|management|leadership|board of directors|executive board|directors|shareholders)$/u;
/** "the board of the firm", "the Board of Velta Hydro": a collective body named before its organisation (group 1). */
export const COLLECTIVE_BEFORE = /^the\s+(?:board|management|leadership|executive board|board of directors)\s+of\s+(.+)$/iu;
/** "a Tessa Group spokeswoman": an organisation's unnamed spokesperson speaks for the organisation (group 1). */
export const SPOKESPERSON_OF = /^(?:[Aa]n?|[Tt]he)\s+(\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&.-]*){0,4})\s+(?:spokes(?:man|woman|person)|press officer)$/u;
/** "the company", "the firm", "the operator" (group 1: the noun). */
export const COMPANY_PHRASE = /^the\s+(company|firm|operator|utility|group|corporation)$/iu;
/** Heads of COMPANY_PHRASE that a company-form name answers to ("the firm" for "Tessa Systems"). */
export const BUSINESS_NOUNS = new Set(['company', 'firm', 'corporation']);
/** The legal or trade form ending a company's name. */
export const COMPANY_NAME_END = /\s(?:Systems|Ltd|Limited|Inc|Corp|Corporation|Holdings|Technologies|Industries|Plc|plc|PLC|GmbH|AG|LLC|Co)\.?$/u;
/** A quick test that a window holds a verb addressing a medium at all (TOLD_MEDIUM is then tested name by name). */
export const MEDIUM_VERB = /\b(?:told|telling|said\s+to|speaking\s+to|interview\s+with)\b/iu;
/** A written statement as the subject of "said" ("The statement, ... signed by X, said"): it speaks for its signer. */
export const WRITTEN_SPEAKER = /^(?:the|a|an|its|their|his|her)\s+(?:\p{Ll}+\s+)?(?:statement|letter|message|communiqu[eé]|note|declaration|post)$/iu;
/** The apposition after a written statement naming who put it out: "signed by", "issued by", "read out by". */
export const SIGNED_BY = /\b(?:signed|issued|written|sent|read\s+out|published|released)\s+by\b/iu;
/**
 * A wire credit opening the first paragraph: "PORTVILLE, 3 May. /NPA/.", "PORTVILLE / DUNHOLM, 3. May. (NPA) The …"
 * or "PORTVILLE (NPA) —" (groups 1 to 3: the agency's short name, which a translation may spell "/Norpress/"). Alone it only says where the story started; with a relay clause (WIRE_RELAY) the whole report is the agency's.
 */
export const WIRE_DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'’\/-]+(?:,[^\n/()]{1,40}?\.\s*(?:\/(\p{Lu}[\p{L}\p{N}-]{1,15})\/|\((\p{Lu}[\p{Lu}\p{N}-]{1,15})\)(?=\s+\p{Lu}))|\s+\((\p{Lu}[\p{Lu}\p{N}-]{1,15})\)\s*[-–—])/mu;
/**
 * An inverted relay clause crediting a news agency for the report ("…, transmits the Norland Press Agency (NPA).",
 * "…, writes the Agency.", "This reports the Agency Norpress.", "…, transmits the Correspondent of NPA.", "…, reports the
 * Norland Press Bureau (NPB)."): the translated wire style in which every fact and quote of the copy comes through it.
 * Group 1: the agency phrase ("the Norland Press Agency (NPA)", "the Agency", "the Agency Norpress", or a short name).
 */
export const WIRE_RELAY = /(?:,|(?:^|[.!?]\s+)(?:This|So|That))\s+(?:transmits|transmitted|writes|wrote|informs|informed|relays|reports|reported|passes\s+on)\s+((?:the\s+)?(?:(?:[Cc]orrespondent|[Rr]eporter)\s+of\s+(?:the\s+)?)?(?:(?:\p{Lu}[\p{L}\p{M}-]*\s+){0,4}(?:[Aa]gency|[Bb]ureau|[Ss]ervice)(?:\s+\p{Lu}[\p{L}\p{N}-]{1,15}|\s+\(\p{Lu}[\p{Lu}\p{N}-]{1,15}\))?|\p{Lu}[\p{L}\p{N}-]{1,15}))(?=\s*[.;])/gmu;
/** Months left out of TIME_NAMES: they are also given names ("May", "June", "April", "August"), so they may start a speaker's name. */
const NAME_MONTHS: ReadonlySet<string> = new Set(['april', 'may', 'june', 'august']);
/** Days and months that open a time adverbial ("On Tuesday", "In March"); months that are also names (May, June) are left out. */
export const TIME_NAMES = new Set([...WEEKDAYS, ...MONTH_NAMES.filter((m) => !NAME_MONTHS.has(m))]);
/** Heads of phrases that speak for someone else: a spokesperson, a written statement ("a spokesman for X", "a statement from X"). */
export const VOICE_HEADS = /^(?:spokes(?:man|woman|person|people|men|women)|officer|representative|statement|communiqu[eé]|letter|post|message|note|declaration|release)$/u;
/** The link from a voice to whom it speaks for: "(a spokesman) for the", "(a statement) from", "(a press officer) at". */
export const VOICE_LINK = /^\s+(?:for|from|of|at|on\s+behalf\s+of)\s+/u;
/**
 * An attribution inside a quote left open: "„We do not leave the table, she has declared on the Television." — the
 * closing mark was lost before it (dirty or machine-translated copy). Group 1: the comma ending the quoted words;
 * group 2: the speaker (a pronoun or a short name); group 3: the verb; the rest runs to the end with at most a short tail.
 */
export const LOST_CLOSE_ATTRIBUTION = /(,)\s+(he|she|they|we|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:(?:has|had|have|also|then|later)\s+)?(\p{Ll}+)(?:\s+[^\s.,;:!?"“”«»„]+){0,6}[.!?]?\s*$/u;
/** A remark the speaker recounts making to someone ("I said to them:", "I told the generals:"): part of her narration, not a statement she re-issues — unless she says it again. */
export const RECOUNTED_REMARK = /\b(?:said|say|says)\s+to\b|\b(?:told|tell)\s+(?!you\b)\p{L}/u;
export const RESTATED = /\bagain\b|\brepeat/u;
/** The host introducing the outlet's own staff: "Our correspondent Cato Penwright", "our aviation reporter, Lina Voss," (group 1: the name). Their lines are the outlet's reporting, not quotes. */
export const STAFF_INTRO = /\b[Oo]ur\s+(?:[\p{Ll}-]+\s+){0,2}(?:correspondent|reporter|editor|producer|presenter|colleague)s?,?\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})/gu;
/** A voice its owner speaks through: "Holm's office", "the ministry's statement", "his spokeswoman" (group 1: the owner). */
export const OWNED_VOICE = /^(.+?)(?:['’]s?|(?<=^(?:his|her|its|their|His|Her|Its|Their)))\s+(?:[\p{Ll}-]+\s+)?(?:statement|office|press\s+office|spokes(?:man|woman|person)|communiqu[eé]|letter|post|message|note)$/u;
/**
 * A transcript label in ordinary case: "Ana Velo:", "Ana Velo (minister):", "Interviewer:", "Anchor Sam Hale:" — one to
 * four capitalised words (name particles allowed) and an optional bracket, then a colon. Same groups as TRANSCRIPT_LABEL.
 */
export const MIXED_CASE_LABEL = /^(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \u00A0]+(?:\p{Lu}[\p{Ll}\p{M}'’.-]*|de|van|von|der|al|bin)){0,3})(?:[ \u00A0]*\(([^()\n]{1,40})\))?(?:[ \u00A0]*\([^()\n]{1,40}\))?:[ \u00A0]+(?=\S)/u;
/** Heads of role phrases that name a body, not a person ("the ministry", "the company"): never a back-reference to the last person who spoke. */
export const ORGANISATION_HEADS = /^(?:ministry|department|agency|government|administration|company|firm|group|party|campaign|committee|council|court|police|army|military|navy|service|office|embassy|union|board|bank|institute|center|centre|foundation|association|network|channel|outlet|site|magazine|publication|newspaper|paper|daily|statement|report|editorial|authorities|authority|team|staff|organization|organisation)$/u;
/** Heads of indefinite phrases that name nobody in particular: plain people and unnamed informants ("one woman", "a source", "a senior official"). */
export const ANONYMOUS_HEADS = /^(?:man|woman|person|mother|father|son|daughter|wife|husband|friend|child|boy|girl|resident|local|villager|neighbou?r|passenger|commuter|traveller|traveler|shopper|voter|witness|bystander|survivor|relative|fan|student|worker|farmer|fisherman|driver|customer|patient|parent|citizen|protester|demonstrator|soldier|source|official|insider|aide|diplomat|observer|analyst|expert|participant|attendee|caller|viewer|reader|member|one|another)$/u;
/** The inverted form of LOST_CLOSE_ATTRIBUTION: "„We do not forget the Dead, said the President with the quiet Voice." (group 1: the comma, group 2: the verb). */
export const LOST_CLOSE_INVERTED = /(,)\s+(\p{Ll}+)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s+[^\s.,;:!?"“”«»„]+){0,6}[.!?]?\s*$/u;
/** A transcript label's bracket naming the outlet's own staff ("(PRESENTER)", "(reporter)"): their lines are not quotes. */
export const STAFF_LABEL_ROLE = /^(?:presenter|host|anchor|reporter|correspondent|interviewer|moderator|newsreader)$/iu;
