/** Regexes for date resolution, built once. */

/** Nouns of a happening a month may date: "the March concert", "March's disputed run-off" (see monthBeforeEvent, possessiveMonthEvent). */
const MONTH_EVENT_NOUNS = String.raw`(?:concerts?|elections?|votes?|polls?|referendum|summit|meetings?|talks|sessions?|deadline|ceremony|visit|report|figures|data|budget|festival|conference|hearings?|trial|strikes?|launch|tour|offensive|attacks?|floods?|storms?|protests?|riots?|accord|agreement|deal|edition|auction|sale|census|inquiry|review|congress|convention|primary|primaries|runoffs?|run-offs?|reshuffles?)`;

/** "It is", "it's", "it has (now) been" before a time told elapsed since a happening (see elapsedSince, elapsedSinceCount). */
const IT_HAS_BEEN = String.raw`\bit(?:\s+is|['’]s|\s+has\s+(?:now\s+)?been)\s+`;

export const PATTERNS = {
  /** Future-tense cues: bare weekdays and month names point forward in such sentences. */
  future: /\b(will|shall|would|is due|are due|was due|were due|had been due to|(?:is|are|was|were) expected|expects?|(?:is|are|was|were) scheduled|plans? to|(?<!\b(?:the|its|his|her|their|our|your|my|whose|these|those|such|of|new|\w+['’]s)\s)plans an?\b(?!\s+(?:few\s+)?(?:years?|months?|weeks?|days?|decades?)\b)|hop(?:es?|ing) to|planned for|plann(?:ed|ing) (?:a|an|to)|intends? to|(?:is|are|was|were) set (?:to|for)|upcoming|next(?! to\b)(?!\s+(?:day|morning|afternoon|evening|night)\b)|to be held|is to|are to|(?:un)?likely to|poised to|on (?:course|track) to|(?:could|might|should|can|may) be)\b/i,
  /**
   * The same future cues, every match ("next to" is a place, not a time). Keep in sync with `future`. "was unlikely to
   * begin before Jan. 2", "is poised to sign on Friday": what is likely or poised to happen lies ahead. Present
   * timetable verbs say what is to come: "opens Friday", and with a plural subject "talks resume Monday" (not
   * after "to", "did" or a modal, where the base form is no present: "failed to meet on Monday"). A plan is told the
   * same way: "fares rise on Wednesday", "polls close on Sunday" (a plural subject: "a price rise on Monday" is a
   * noun). "Claims open on Monday" is a timetable as "the exhibition opens" is (not "open fire", a shooting told in the
   * present, nor "was open", "its open" where no plural noun leads), "the chief executive steps down on Friday", "the minister visits the valley on Tuesday" (a trip, as "travels"; not "his visits", a noun). (Not every present verb: a caption tells the past in the
   * present, "the judge presents her report on Thursday. Photograph: ...".) Nor after a word in -ed: "a failed start",
   * "a delayed return" are nouns, "helped start" a past act; English puts no bare present right after a participle.
   * A plural run of days ends as it begins: "The three days of mourning end on Saturday" (not "year-end", a noun).
   * A plan told in the present, "plans a festival in July", is for what is to come (not the noun, "the museum's plans a
   * decade ago").
   * A modal asked with its subject after it, "should that road have been open on Tuesday?", "could the crew have known",
   * is a perfect of the past as "should have been" is: the word after the modal is its subject, no verb to come.
   */
  futureCue: /\b(to be [a-z]+(?:ed|en)|(?<=,\s+)due(?=\s+(?:in|on|by|out|before)\b)|will|shall|['’]ll|won['’]t|shan['’]t|would|is due|are due|was due|were due|had been due to|expected|expects?|(?:is|are|was|were) scheduled|plans? to|(?<!\b(?:the|its|his|her|their|our|your|my|whose|these|those|such|of|new|\w+['’]s)\s)plans an?\b(?!\s+(?:few\s+)?(?:years?|months?|weeks?|days?|decades?)\b)|hop(?:es?|ing) to|planned for|plann(?:ed|ing) (?:a|an|to)|intends? to|(?:is|are|was|were) set (?:to|for)|upcoming|next(?! to\b)(?!\s+(?:day|morning|afternoon|evening|night)\b)|to be held|is to|are to|was to|were to|going to|(?:un)?likely to|poised to|on (?:course|track) to|(?:could|might|should|can|may) be|(?:could|might|should|can|must|ought to)\s+(?!(?:(?:not|never)\s+)?(?:have|been)\b)(?!(?:the|that|this|these|those|a|an|its|his|her|their|our|my|your|he|she|it|they|we|you|i|anyone|anybody|someone|somebody|no\s+one|nobody)\s+(?:[a-z]{2,}\s+){0,2}?(?:(?:not|never)\s+)?have\b)(?:(?:not|never)\s+)?[a-z]{2,}|faces? (?:an? |his |her |their )?(?:arraignment|trial|hearing|sentencing|extradition)|(?:begins|starts|(?:re-?)?opens|meets|arrives|resumes|travels|(?<!\b(?:the|his|her|its|their|our|of|such|these|those)\s)(?:visits|tours)|flies|departs|leaves|returns|sails|deploys|(?:re)?convenes|testifies|appears(?! to\b)|ends|closes|finishes|takes? (?:place|effect)|takes office|(?:is|are) sworn in|goes (?:on (?:sale|display|show|trial)|live|to the polls)|heads to the polls|comes? into (?:force|effect)|kicks off|expires|runs out|goes (?:up|down|ahead)|takes over|steps down|hands over|gets under way|launches|debuts|premieres|publishes|unveils|(?:is|are) forecast|(?<!\b(?:to|not|never|did|do|does|would|could|should|might|may|must|can|will|shall|the|a|an|his|her|its|their|our|this|that)\s)(?<!\b[a-z]{2,}ed\s)(?:begin|start|(?<!-)end|meet|arrive|resume|re-?open|travel|depart|reconvene|convene|return|deploy|sail|testify|go (?:on (?:sale|display|show|trial)|live|to the polls|up|down|ahead)|head to the polls|take over|step down|get under way)(?=\s)|(?<=\b[a-z]{2,}s\s)(?:rise|close|(?<!\b(?:was|has|his|its|this|does|keeps|remains|stays|less|unless|plus|thus)\s)open(?!\s+(?:fire|up)\b))(?=\s)|(?:is|are) (?:meeting|visiting|travell?ing|hosting|flying|heading|arriving|leaving|holding|opening|starting|beginning|bracing|preparing|gearing up)|(?<!\b(?:to|not|never|did|do|does|would|could|should|might|may|must|can|will|shall)\s)warns? of))\b/gi,
  /** "March 3 next year", "3 March next year": a month and day whose year "next year" gives (see readTense). */
  yearOfMonthDay: /(?:\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? \d{1,2}(?:st|nd|rd|th)?|\b\d{1,2}(?:st|nd|rd|th)? (?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)),? next year\b/i,
  /** What closes a dateline after its date: "(Aug. 28, 2015) –", "Feb. 28 (HPS) —", "1 March. /ZIA/." */
  /** What opens a wire dateline before its date: a place in capitals and a comma, maybe a country or state and a comma ("DRESSANY, Quillvarn, "). */
  datelinePlace: /^\s*[A-Z][A-Z .'’-]{1,40},(?:\s*[A-Z][\w .'’-]{0,30},)?\s*$/,
  datelineEnd: /^\s*\)?\s*(?:\([^)]{1,30}\)\s*)?[-–—]|^\s*\.\s*\/[^/\n]{1,20}\/|^\s*\)?\s*[-–—]/,
  /** A page's own date line before and after its date: "Updated " … ", 4:12 p.m.", "01.01.2026, 09:15" (nothing else on the line). */
  stampLineLead: /^[ \t]*(?:(?:updated|published|posted|last\s+updated)\b:?[ \t]*)?$/i,
  stampLineTail: /^[ \t]*,?[ \t]*(?:(?:at[ \t]+)?\d{1,2}[.:]\d{2}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,5})?)?[ \t]*$/i,
  /** A photo credit right after a sentence ("... on Thursday. Photograph: Name"): the sentence is a caption. */
  captionCredit: /^\s*[(\[]?\s*(?:photograph|photo|picture|image|pictures|photos|credit)s?\s*(?:by\s+)?:/i,
  /** ... or inside the sentence, after its last word ("... on Thursday (Photo: Name)", "... on Thursday. Picture: Name"). */
  captionCreditInside: /(?:[.(\[]\s*|\s[|–—-]\s*)(?:photograph|photo|picture|image|credit)s?\s*(?:by\s+)?:/i,
  /** A caption that still looks ahead says so outright ("will", "next", "due"). */
  captionAhead: /\b(?:will|next|due|upcoming|to be|ahead of|before)\b/i,
  /** A verb of saying, as in a trailing attribution (", the ministry said"). */
  reportingVerb: /^(?:said|told|wrote|added|announced|confirmed|reported|stated|declared)$/i,
  /**
   * Before a day, the verb of a telling ("a report published on Thursday", "said on Wednesday", "told reporters on
   * Wednesday"): the day of the telling, not of what it tells (see leadNights).
   */
  tellingDayBefore: /\b(?:said|published|released|reported|announced|issued|told(?:\s+(?:the|a|an))?\s+[\w’'-]+)\s+(?:on\s+)?$/i,
  /** From a date to a trailing attribution's verb: the rest of the date's phrase, a comma, then a short subject. */
  attributionGap: /^[^,;:]*,\s*(?:[\w.’'-]+\s+){1,5}$/,
  /** What may follow a trailing attribution's verb to the sentence end: nothing, or a short phrase ("in a statement"). */
  attributionTail: /^(?:\s+(?:in|on|at|during|after|before|when|while|late|early|last|this)\b(?:\s+[\w’'-]+){0,4})?\s*[.!?"”]*\s*$/i,
  /**
   * Past-tense cues: common irregular past forms and -ed verbs (not after "be": "will be arraigned"; not after an
   * article or a possessive, where an -ed word qualifies a noun: "will run a chartered boat", "its first inspected jet");
   * "shut", "quit", "burst", "hit" (past and present alike) not after a modal, "to" or "did"; past participles of irregular
   * verbs likewise, and not after an article ("ballots cast on Dec. 14 will be recounted", "the statement, written on
   * Monday, will be read out": a reduced relative clause tells a past act whatever the main verb's tense). A verb with a
   * hyphenated prefix is one word: "will be re-checked" is as passive as "will be checked" (its "checked" is no past).
   * Pasts of the senses and of spills ("By Tuesday evening the stairwell stank of it") tell a past time as "smelled" does.
   */
  pastCue: /\b(?:was|were|had|did|said|told|wrote|spoke|met|began|came|went|took|gave|made|found|left|saw|held|sent|got|ran|fell|died|shot|won|lost|sat|stood|brought|thought|knew|became|paid|led|felt|kept|heard|broke|struck|fled|caught|threw|drove|rose|fought|sought|bought|built|spent|stole|swore|froze|blew|grew|drew|flew|tore|sank|stuck|shook|woke|arose|withdrew|understood|upheld|sold|dealt|meant|lent|dug|sang|rang|swam|forgot|forgave|overtook|undertook|mistook|shrank|wept|slept|swept|crept|knelt|leapt|strove|rode|wore|hid|chose|awoke|overthrew|overran|overcame|foresaw|withheld|laid|taught|ate|drank|shone|flung|swung|spun|sprang|slid|bled|stank|smelt|spilt|clung|stung|trod|strode|slung|sped|ago)\b|(?<!\b(?:will|would|to|could|should|might|may|must|can|shall|not|never|did|does|do|is|are)\s)\b(?:shut|quit|burst|hit)\b|(?<!\b(?:will|would|to|could|should|might|may|must|can|shall|not|never|did|does|do|a|an|the|is|are)\s)\b(?:cast|taken|written|drawn|shown|chosen|stolen|sworn|spoken|broken|frozen|driven|thrown|flown|risen|fallen|beaten|forgotten|hidden|torn|begun|sunk)\b|(?<!\b(?:be|being|a|an|the|its|his|her|their|our|my|your|these|those|every|each|first|newly|recently|fully|partly|heavily|badly)\s)(?<!\b(?:re|co|pre|de|un|mis|over|under|out)-)\b(?:(?:re|co|pre|de|un|mis|over|under|out)-)?[a-z]{3,}ed\b/gi,
  /** "was due", "were due": the due day is past, unless it is "due to" do something or told as said (see tenseAt). */
  pastDue: /^(?:was|were) due$/i,
  /**
   * "was due to open": an intended act still ahead when told. "was due back", "due home" say the same of a return
   * (due back = due to come back), not that a debt or deadline fell due.
   */
  dueTo: /^\s+(?:to|back|home)\b/i,
  /** A verb of saying before in the clause ("said the bill was due on the 9th"): reported speech, a future told in the past. */
  saidBefore: /\b(?:said|says|told|announced|confirmed|added|warned|wrote|stated|reported|noted)\b/i,
  /**
   * Before a "was due", a calling-off verb, its object and "that" or "which" ("cancelled the autumn competition that was due on
   * November 7"): the day of what was called off need not have come, so the "was" tells no day gone by (see tenseAt).
   */
  calledOffBefore: /\b(?:cancell?ed|called off|scrapped)\s+(?:[\p{L}'’-]+\s+){1,4}?(?:that|which)\s+$/iu,
  /** What opens an aside between commas (", who was elected in May,", ", a judge named on Monday,"): see tenseAt. */
  asideOpener: /^\s*(?:who|which|whose|a|an)\s/i,
  /**
   * After an aside's closing comma (an apposition between commas at most), ", and" and a lowercase word that is no
   * article, determiner or pronoun: a verb with no subject of its own, the aside's relative clause going on (see asidesBefore).
   */
  relativeGoesOn: /^,(?:\s*[^,]{1,60},)?\s*and\s+(?!(?:the|a|an|its|his|her|their|this|that|these|those|he|she|it|they|we|i|you|then|later|also|on|in|at|by|from)\b)[a-z]+\s/,
  /** "will be paid", "has been sent", "is closed from Monday": what precedes a passive participle (a present state, no past act). */
  passiveLead: /\b(?:be|been|being|stay|stays|remain|remains|get|gets|as|is|are)\s+$/i,
  /**
   * "bids would be invited in June and a consultant chosen by September 30": a second subject and its participle after
   * "and", with the auxiliary of the first ("would be invited") left out, is passive in that tense: no past act.
   */
  gappedPassiveLead: /\b(?:will|would|shall|to|could|should|must|may|might)\s+(?:then\s+)?be\s+[\w’'-]+\s[^.;:!?]{0,80}?,?\s+and\s+(?:(?:a|an|the|its|their|his|her|our|some|all|new)\s+)?(?:[\w’'-]+\s+){0,3}$/i,
  /** "for every night spent away", "each vote cast": a participle right after "every"/"each" and its noun qualifies the noun. */
  everyNounLead: /\b(?:every|each|per)\s+[\w’'-]+\s+$/i,
  /** A past participle that may qualify a noun ("written offers", "signed forms", "paid leave"). */
  participle: /^(?:[a-z]{3,}ed|cast|taken|written|drawn|shown|chosen|stolen|sworn|spoken|broken|frozen|driven|thrown|flown|risen|fallen|beaten|forgotten|hidden|torn|begun|sunk|paid|sold|built|bought|made|kept|held|sent|lost|found|spent)$/i,
  /**
   * "wants a new formula agreed by June", "needs the road cleared before Friday": a present verb of wanting, its object, then
   * a participle and a deadline. What is wanted done by a day is done after the wanting; the participle tells no past act.
   * So is what an infinitive "to have"/"to get" has done by a day ("hope to have the last one sealed by lunchtime").
   */
  wantedDoneLead: /\b(?:wants|want|needs|need|requires|require|expects|expect|demands|demand|to\s+have|to\s+get)\s+(?:[\w’'-]+\s+){1,4}$/i,
  wantedDoneTail: /^\s+(?:by|before|until|till)\b/i,
  /** A present verb taking a noun object ("wants", "the unions need", "requires"): a participle after it qualifies the object. */
  presentObjectVerb: /\b(?:want|need|require|demand|seek|expect|prefer|accept|receive|request|issue)s?\s+$/i,
  /** What follows such a participle when it qualifies a noun: a word that is no preposition, particle or linking word. */
  nounAfterParticiple: /^\s+(?!(?:on|in|at|by|for|from|to|with|into|onto|over|off|out|up|down|away|back|during|after|before|until|since|and|or|but|that|which|who|the|a|an|his|her|its|their|this|these|those|last|next|yesterday|today)\b)[a-z]{3,}\b/i,
  /**
   * ", with the first wagons lifted": the lead of an absolute phrase (a comma, "with", a noun phrase, then a participle).
   * The phrase hangs on its clause and tells no time of its own ("will seal one today, with the rest lifted on Friday").
   */
  absoluteWithLead: /,\s+with\s+(?:(?!(?:who|which|that|has|have|had|was|were|is|are|been|being)\b)[\w’'-]+\s+){1,4}$/i,
  /** Right after a comma: a participle there opens a participial phrase ("would receive 150 ferrins, credited in September"). */
  afterComma: /,\s*$/,
  /** A clause opened by "if" or "unless" (see tenseAt: a present tense in a condition looks ahead). */
  conditionOpen: /\b(?:if|unless)\s*$/i,
  /** A present auxiliary ("does not", "is", "don't"): the present tense of a condition. */
  presentAux: /\b(?:does|do|is|are|has|have)(?:n['’]t|\s+not)?\b/i,
  /**
   * "once the conservators have dried the canvases", "until the repairs have finished": a present perfect in a clause of
   * time or condition tells of an act done by a time still ahead (the main verb's time), no past act. `perfectLead`: the
   * "have" just before the participle; `perfectInTimeClause`: the word opening the clause before that "have".
   */
  perfectLead: /\b(?:have|has|'ve|’ve)\s+(?:(?:not|all|already|just|finally|fully)\s+)?(?:been\s+)?$/i,
  /** The "has"/"have" of a present perfect just before its participle ("has called", "have not yet been told"; not "had"). */
  presentPerfectLead: /\b(?:have|has|'ve|’ve)\s+(?:(?:not|all|already|just|now|also|yet|since|finally|formally)\s+){0,2}(?:been\s+)?$/i,
  perfectInTimeClause: /\b(?:once|until|till|when|whenever|after|as soon as|by the time|before|if|unless)\s+[^,.;:!?]{0,60}$/i,
  /** "that night", "that afternoon": a part of a day taken up from the story (see leadNights). */
  thatNight: /^that\s+(?:same\s+)?(?:night|evening|afternoon)$/i,
  /** "that night", "that day", "that morning": a day, or a part of one, taken up from the story (see leadNights). */
  thatDayPart: /^that\s+(?:same\s+)?(?:night|evening|afternoon|morning|day)$/i,
  /** A present perfect ("has shaken", "have not slept"): a past act told as just done. */
  presentPerfect: /\b(?:has|have)\s+(?:(?:not|already|just|also|again)\s+)?(?:been\s+)?(?!to\b)[a-z]{3,}\b/i,
  /** "this night" (a translation's "that night"; not "this night of all nights"): see pastThisNights. */
  otherNight: /\bthis\s+night\b(?!\s+of\b)/gi,
  /** A day told at night: "at 9:47 p.m. on June 30", "on Tuesday night"; the words just before it: "late on", "the evening of". */
  nightTime: /\b(?:night|evening|midnight|(?:[5-9]|1[01])(?:[.:]\d{2})?\s*p\.?m\b)/i,
  /**
   * The night word must lead straight into the day ("late on", "midnight on", "the night to", "the evening of the"): a
   * night word several words back belongs to another phrase ("on Friday night now stands", "the Night Desk Sunday",
   * "open until ten at night from Saturday").
   */
  nightLead: /\b(?:late|night|evening|midnight)\b(?:\s+(?:on|of|to|in|into|before))?(?:\s+the)?\s*$/i,
  /** Words that put the day after them at night ("late on April 15", "on the evening of May 2"), not a day after a night ("on Friday night now"). */
  nightDayLead: /\b(?:late|(?:night|evening)\s+of)\s+(?:on\s+)?$/i,
  /** A pluperfect before the date in its sentence ("said he had stayed on the bridge all that night"): a time before the one told. */
  pluperfect: /\bhad\b(?!\s+to\b)/i,
  /** "the day after the escape", "the night before the vote": a day next to a happening (captured: before or after). */
  dayNextToHappening: /\bthe\s+(?:day|night)\s+(before|after)\s+the\s+(?=[A-Za-z])/gi,
  /** A clock time set after a comma, in apposition ("the time of the blast, at about 4.18 p.m."): see happeningNights. */
  clockApposed: /^\s*,\s*(?:at\s+)?(?:(?:about|around|roughly|approximately|nearly|almost|(?:just|shortly)\s+(?:after|before))\s+)?(?:\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\b|(?:[01]?\d|2[0-3]):[0-5]\d\b)/i,
  /**
   * "on the night of the fire", "the day of the crash": a part of a day named by its happening (the noun phrase after
   * "of the"). "at the time of the blast, at 6.12 p.m.": the moment of a happening lies on its day as its night or
   * morning does (the clock time set beside it then goes on on that day, see dayTimes).
   */
  dayOfHappening: /\bthe\s+(?:(?:same|very)\s+)?(?:night|day|morning|afternoon|evening|time)\s+of\s+the\s+(?=[A-Za-z])/gi,
  /** Words in -ed that are not past verbs. */
  notPast: /^(hundred|speed|united|based|related|armed|unarmed|alleged|interested|concerned|limited|married|naked|sacred|wicked|beloved|aged|red|bed|need|feed|seed|deed|weed|breed|greed|indeed|proceed|exceed|succeed)$/i,
  /** "this afternoon", "tonight": the reference day. */
  partOfDay: /\b(this (?:morning|afternoon|evening)|tonight)\b/i,
  /** Offsets from a named event, not from the document ("three days after the signing"). */
  eventOffset: /\b(after|before)$/i,
  /** "on Monday, the day before the report was published": an apposition naming the date just told. */
  appositionOffset: /^the (?:day|night|evening|morning) (?:before|after)$/i,
  /** What an apposition follows: a weekday or a day of the month, then a comma. */
  appositionLead: /(?:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b\d{1,2}(?:st|nd|rd|th)?|\b(?:19|20)\d{2}|\b\d{1,2}(?:st|nd|rd|th)?\s+of\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*),\s*$/i,
  /**
   * "A week ago, on the Friday before the storm, the board met": a weekday named by what it came before or after, set in
   * apposition to the day just told, is that day (see weekdayApposition in _parse.ts): `weekdayAppositionLead` is the day
   * told and the comma before the weekday, `weekdayAppositionTail` what follows it.
   */
  weekdayAppositionLead: /\b(?:ago|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d{2}),\s*(?:on\s+)?the\s+$/i,
  weekdayAppositionTail: /^(?:\s+(?:before|after)\s+(?:the|a|an|his|her|its|their)\b|\s*[,;.)])/i,
  /** Offsets from the date mentioned just before ("a day earlier", "the next day"). */
  anchoredOffset: /(\b(later|earlier)|\b(next|following|previous) day)$/i,
  /** "Within a day" opening a sentence: the day after the date mentioned just before. */
  withinDayLead: /^within (?:a|one) day$/i,
  /** "end of the month", "start of June": month precision. */
  periodEdge: /\b(end|start|beginning|middle) of\b/i,
  /** "the end of the month", "the start of the year", "year-end": the month or year of the time the text is at. */
  thePeriod: /\bof\s+the\s+(?:year|month)\b|\byear[-\s]end\b|\b(?:year|month)['’]s\s+end\b/i,
  /** "the end of next year": year precision. */
  yearEdge: /\byear(?:[-\s]end|['’]s\s+end)?$/i,
  /** Clause breaks for tense: a future verb in one clause does not move a date in another ("set the rules in December so that nobody would ..."). */
  clauseBreak: /[;:]|\s[—–-]\s|\b(?:if|unless|whether|so that|because|although|even though)\b/gi,
  /**
   * A comma and a conjunction that may open a coordinate clause ("Our aim is to help, and on Tuesday we failed"): the
   * clause after it may have a tense of its own (see tenseAt).
   */
  coordinateBreak: /,\s+(?:and|but|yet|while|whereas)\s+/gi,
  /** ", 12" closing a chrono day ("March 3, 12 people"): two digits after the comma, no apostrophe; a count, not a year. */
  countAfterDay: /,\s*\d{2}$/,
  /**
   * ", 41" closing a chrono month ("approved in May, 41 million has been paid", "in March, 12 people"): a day or year is
   * written right after the month's name, not after a comma; one or two digits after the comma open the next clause.
   */
  countAfterMonth: /(?<=\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?),\s*\d{1,2}$/i,
  /** What joins a range's start to its end ("between January and March", "from Dec. 28 to Jan. 3", "to the end of May"). */
  rangeGap: /^\s*(?:and|to|until|till|through|thru|[-–—])(?:\s+the)?\s*$/i,
  /** ...and what opens it, before the start or as its first word ("between", "from"). */
  rangeLead: /\b(?:between|from)\s+$/i,
  rangeOpen: /^(?:between|from)\s/i,
  /**
   * A day told in a since-clause ("since the heatwave began on July 10"), from the clause's "since" with no break
   * between: the start of a span that runs up to the sentence's own time.
   */
  sinceClauseLead: /\bsince\b[^,.;:!?()"“”]{0,60}$/i,
  /** A transcript line's opening clock time, "[22:00:04]" or "[9:15]": the hour and minute its words were said at. */
  transcriptClock: /^\[([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?\]/,
  /**
   * A day told in a relative clause of place or time ("questioned the cook on Monday ... in the village of Oskvaine,
   * where two guests fell ill on Friday night"), from the clause's ", where" / ", when" with no break between: the clause
   * tells the background; the sentence's own day stays the one the story goes on from.
   */
  relativeClauseLead: /,\s+(?:where|when)\s[^,.;:!?()"“”]{0,120}$/i,
  /** A preposition that puts a month in the past whatever the tense ("since March"). */
  pastLead: /(\b(since|last)|\b(said|told|announced|declared|confirmed|added|wrote|was|were))\s*$/i,
  /**
   * A scheduled thing "for" a day ("called a hearing for June 4", "set for Friday", "declared a day of mourning for
   * Monday": a day declared or proclaimed is one set aside ahead): what is set
   * for a date lies ahead, whatever the tense of the verb that set it; so does the hearing someone is held or bailed
   * "until" or "pending" ("released on bail until a hearing on November 3", "remanded pending a trial on Friday").
   */
  scheduledLead: /\b(?:until|till|pending)\s+(?:(?:a|an|the|their|his|her|its)\s+)?(?:(?:further|full|new|next|first|court|bail|preliminary|sentencing)\s+)?(?:hearing|trial|appearance|sentencing|inquest|appeal|review)\s+on\s*$|\b(?:(?:hearing|meeting|vote|session|election|runoff|trial|summit|talks|visit|deadline|conference|debate|ceremony|ruling|decision|recount|rally|strike|service|funeral|memorial)s?|set|(?:re)?scheduled|slated|planned|called|due|booked|prepared|arranged|organi[sz]ed|fixed|earmarked|pencil?led\s+in|timetabled|lined\s+up)\s+for\s*$|\b(?:called|set|(?:re)?scheduled|planned|booked|arranged|organi[sz]ed|fixed|timetabled|declared|proclaimed)\s+(?:an?|the|their|its|his|her|our)\s+(?:[\w’'-]+\s+){0,5}?for\s*$|\b(?:adjourned|postponed|delayed|deferred|put off|put back|moved|pushed back|brought forward|extended|prolonged|rescheduled)\b(?:\s+[\w’']+){0,4}?\s+(?:until|till|to)\s*$/i,
  /**
   * After a scheduled day, a passive past telling the plan's fate ("the felling planned for May 4 was postponed", "the
   * vote set for Friday had been called off twice"): the clause tells what befell the plan, told after the plan, and the
   * planned day may lie on either side of the page's day, so "for" no longer puts it ahead.
   */
  planFateAfter: /^[^.;:!?]{0,40}?\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+|again\s+|twice\s+|since\s+)?(?:postponed|cancel+ed|called\s+off|scrapped|delayed|put\s+off|put\s+back|dropped|abandoned|shelved|suspended|deferred|pushed\s+back|brought\s+forward|moved)\b/i,
  /** The plan's fate told in the pluperfect ("had been postponed"): see planFateAfter. */
  pluperfectFate: /^[^.;:!?]{0,40}?\bhad\s+been\s+/i,
  /**
   * A day chosen as the date of a plan, "set November 16 as the opening day", "fixed Friday for the vote", "declared
   * Tuesday a day of mourning": the verb of choosing right before the date, and "as" or "for" a happening, or the day it is
   * made, after it (see setAsTail). What is set lies ahead of the
   * setting, as "set for Friday" does (scheduledLead), whatever the tense of the verb that chose it.
   */
  setAsLead: /\b(?:set|fixed|named|chose|chosen|picked|designated|earmarked|declared|proclaimed|made)\s+$/i,
  /** A date told with its own preposition, "set on Monday for the hearing": the day of the setting, not the day set. */
  prepositionFirst: /^\s*(?:on|in|at|by|from|since|until|during)\b/i,
  /** What follows the chosen day: "as the opening day", "for the vote" (see setAsLead). */
  setAsTail: /^,?\s+(?:as\s+(?:the|a|an|its|their|his|her|our)\b|for\s+(?:the|a|an|its|their|his|her|our)\b|an?\s+(?:[\w’'-]+\s+){0,3}?(?:day|holiday)\b)/i,
  /** "ahead of Sunday's election", "on the eve of Monday's vote": what a telling looks ahead to lies after it. */
  /**
   * "will open an inquiry into Tuesday's blackout": an inquiry, investigation or inquest looks into what has already
   * happened, so the day of its object is past, whatever the tense of the clause that opens it.
   */
  inquiryLead: /\b(?:inquiry|enquiry|investigation|probe|inquest|post-mortem)\s+(?:into|of)\s+(?:the\s+)?$/i,
  /**
   * "is to investigate Sunday night's shelling", "will look into Tuesday's blackout": the verbs of an inquiry take what has
   * already happened as their object too (used with a possessive day only: "will investigate on Monday" is when they do it).
   */
  inquiryVerbLead: /\b(?:investigat(?:e|es|ed|ing)|look(?:s|ed|ing)?\s+into)\s+$/i,
  /** A place at a contest, then its month: "a place at the world junior championship in " (see _parse). */
  placeAtLead: /\b(?:a|an|the|his|her|their|its)\s+(?:place|spot|berth|ticket|seat|wild\s+card)\s+(?:at|in|for|to)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?:championships?|tournament|cup|games|olympics|finals?|open|world\s+cup|series|playoffs?|play-offs?|league)\s+(?:in\s+)?$/i,
  aheadLead: /\b(?:ahead of|in the run-up to|on the eve of|in advance of|in preparation for|(?:is|are|was|were) preparing for)\s+(?:the\s+)?$/i,
  /** A figure before "on/by <day>" ("rose to 23 on Wednesday"): a count, not the day of the month. */
  leadingFigure: /^\d[\d,.]*\s+(?=(?:on|by)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/i,
  /**
   * "Two days after Friday's fire": chrono counts the offset from the coming Friday. The weekday names a day of its own
   * (the happening the offset counts from, dated by the sentence like any weekday); the offset is then counted from it
   * (see sentenceOffsets). Captured: the offset ahead of the weekday.
   */
  offsetToWeekday: /^(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:days?|weeks?)\s+(?:after|before)\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/i,
  /**
   * "volunteers here since Sunday, now counts 23 dead": the "now" after a weekday and a comma opens the next clause (a state
   * at the time of writing); chrono joins the two into one mention of today, the weekday lost.
   */
  nowAfterWeekday: /(?<=\b(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*,\s*(?:right\s+)?now$/i,
  /** A time of day then a duration ("at about 4.40am, after three days of rain"): no date. */
  durationTail: /\b(in|within|after|for)\s+(\w+|\d+)\s+(years?|months?|weeks?|days?|hours?|minutes?)$/i,
  /** "this summer", "last spring", "next autumn": the year of that season (winter spans two). */
  season: /\b(this|last|next|past|coming)\s+(spring|summer|autumn|fall)\b/gi,
  /** "that summer", "the following spring", "the previous autumn": a season counted from the date told before. */
  seasonAnaphor: /\b(?:that(?:\s+same)?|the\s+(following|next|previous|preceding))\s+(spring|summer|autumn|fall)\b(?!['’]s)/gi,
  /** "in the spring", "by the autumn": a season whose year the tense decides; "spring 2025", "the summer of 2024": given. */
  seasonBare: /\b(?:in|during|by|until|till|over|through|throughout|for|since|before|after)\s+((?:the\s+)?(spring|summer|autumn|fall)\b(?:\s+(?:of\s+)?((?:19|20)\d{2})\b)?)|\b(spring|summer|autumn|fall)\s+((?:19|20)\d{2})\b/gi,
  /** "March of 2024", "in October of 2019": a month of a named year (not "May of 2024's ..."; "of 2024" alone would take the year only). */
  monthOfYear: /\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+of\s+((?:19|20)\d{2})\b(?![-/.,]?\d|['’]s)/gi,
  /**
   * "since May", "until May", "by May": the month "May" after a preposition of time other than "in" (chrono reads only
   * "in May"; "May" is also a verb and a name, so it needs the capital and is no name's first word: "from May Ellis").
   */
  mayAfterPreposition: /\b([Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter|[Tt]hrough|[Tt]hroughout)\s+(May)\b(?![-/.]?\d|\s+\d|\s+\p{Lu}|['’])/gu,
  /** "mid-May", "early June", "late in March 2025" is not matched: a part of a named month. */
  monthPart: /\b(?:mid|early|late)[-\s](january|february|march|april|may|june|july|august|september|october|november|december)\b(?:,?\s+((?:19|20)\d{2})\b)?/gi,
  /** "on 3 and 4 March", "between 10 and 12 March", "3-5 March": the first day of a day pair before a month. */
  dayPairMonth: /\b(\d{1,2})(?:st|nd|rd|th)?(\s*(?:and|&|or|to|through|-|–)\s*)(\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\b(?:,?\s+(?:19|20)\d{2}\b)?)/gi,
  /** "March 3 and 4", "March 3-5, 2026": the second day of a day pair after a month. */
  monthDayPair: /\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|&|or|to|through|-|–)\s*(\d{1,2})(?:st|nd|rd|th)?\b(?![:.]\d|\s*(?:%|per|people|persons|percent|years?|months?|weeks?|days?|hours?|minutes?|[a-z]+s\b))(?:,?\s+((?:19|20)\d{2})\b)?/gi,
  /**
   * "the next Wednesday", "the following Friday", "the previous Sunday": counted from the day told just before;
   * "that Friday", "that same Sunday": the first such day from it.
   */
  anchoredWeekday: /\b(?:the\s+(next|following|previous|preceding)|(that)(?:\s+same)?)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi,
  /**
   * "next Tuesday and Wednesday", "last Friday and Saturday", "next Monday to Friday": the word before the first weekday
   * governs the list, so a weekday coordinated after it is the first of its name after the first one (group 3), not the
   * one nearest the page.
   */
  coordinatedWeekday: /\b(next|last|this|coming)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s*,\s*|\s+(?:and|or|to|through|until|till)\s+|\s*[-–]\s*)(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi,
  /**
   * "the Tuesday before", "the Friday after" (nothing after them: "the Tuesday before the vote" is the vote's), "the
   * following weekend", "that weekend": a weekday (a weekend's Saturday) counted from the day told just before.
   */
  anchoredWeekdayAfter: /\bthe\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(before|after)\b(?!\s+(?:the|a|an|his|her|its|their|that|this|last|next|it|he|she|they|we|[a-z]+(?:ed|ing))\b)/gi,
  anchoredWeekend: /\b(?:the\s+(next|following|previous|preceding)|(that)(?:\s+same)?)\s+weekend\b/gi,
  /** "the 18th of this month", "the 2nd of next month": that day of the month named against the reference. */
  ordinalOfMonth: /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\s+of\s+(this|next|last)\s+month\b/gi,
  /** "the night before last", "the day before last": two days before the reference. */
  beforeLast: /\bthe\s+(?:night|day|evening)\s+before\s+last\b/gi,
  /**
   * "the year before last", "the summer before last", "the month before last", "the week before last": the period before
   * the last one (not "the year before last year's vote", whose "last" opens another phrase). Winter, which spans two years,
   * names no one year.
   */
  periodBeforeLast: /\bthe\s+(year|month|week|spring|summer|autumn|fall)\s+before\s+last\b(?!\s+(?:year|month|week|night|spring|summer|autumn|fall|winter)\b|['’]s)/gi,
  /** "Hours later", "just hours earlier", "a few hours later", "two hours later": the day told just before (fewer than a day's hours). */
  hoursAfterTold: /\b(?:(?:just|only|mere|barely)\s+)?(?:(?:a\s+few|several|some|a\s+couple\s+of|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9]|1\d|2[0-3])\s+)?(?:hours|hour)\s+(later|earlier)\b/gi,
  /**
   * "the week before", "the week after" with nothing after them ("the week before the vote" is the vote's): the week
   * before or after the day told just before.
   */
  weekBeforeAfter: /\bthe\s+week\s+(before|after)\b(?!\s+(?:the|a|an|his|her|its|their|that|this|last|next|it|he|she|they|we|[a-z]+(?:ed|ing))\b)(?!\s+(?:last|next)\b)/gi,
  /** "Q3 2025", "H1 of 2024", "first-quarter 2025": a quarter or half of a named year, given as that year. */
  quarterYear: /\b(?:[QH][1-4]|(?:first|second|third|fourth)[-\s](?:quarter|half))\s+(?:of\s+)?((?:19|20)\d{2})\b(?![-/.,]?\d)/g,
  /** "earlier in the week", "later in the month", "earlier in the year": the week, month or year of the date told just before (or the page's). */
  inThePeriod: /\b(?:earlier|later)\s+in\s+the\s+(week|month|year)\b/gi,
  /** "the week after next", "the month after next", "the year after next": the period after the next one. */
  periodAfterNext: /\bthe\s+(week|month|year)\s+after\s+next\b(?!\s+(?:year|month|week)\b|['’]s)/gi,
  /** "the weekend before last": the weekend a week before the last one (its Saturday). */
  weekendBeforeLast: /\bthe\s+weekend\s+before\s+last\b/gi,
  /** "a week today", "two weeks from now", "a fortnight tomorrow": that many weeks after the reference (or the day after it). */
  weeksFromNow: /\b(a|one|two|three|four)\s+(weeks?|fortnights?)\s+(?:from\s+)?(today|tomorrow|now)\b/gi,
  /**
   * "the following year", "the previous month", "the same year", "later that month", "that year", "later that week",
   * "the following week": a year, month or week counted from the date told before (with "the", "next month" is not the
   * page's next month).
   */
  anaphoricPeriod: /\b(?:(?:later|earlier)\s+(?:in\s+)?)?(?:that(?:\s+same)?|the\s+same|the\s+(following|next|previous|preceding))\s+(year|month|week)\b(?!['’]s)/gi,
  /**
   * "the morning of 10 March", "on election night, Dec. 14", and in a translation "set free in the night on 13 July": chrono
   * folds the date into a time of day and loses its fields; read what follows "of", "on" or the comma.
   */
  partOfDayOf: /^(?:the\s+)?(?:morning|afternoon|evening|night|early hours)\s+of\s+|^(?:the\s+)?(?:morning|afternoon|evening|night)\s+on\s+(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|^(?:morning|afternoon|evening|night)\s*,\s*(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|^in\s+the\s+(?:year|month|quarter|three months|week)\s+(?:to|until|through|ending)\s+/i,
  /** "a fortnight": chrono knows "two weeks" (same length, so offsets hold). */
  fortnight: /\bfortnight\b/gi,
  /**
   * A "the" ending a lead: dropped to read the preposition before it ("until the " before "end of May"); before "past
   * week" it names a span back from the page (see pastSpan); before "last night of" the final one (see lastPart).
   */
  theBefore: /\bthe\s+$/i,
  /**
   * "applies from Monday", "starting Friday", "with effect from January 1": a start told with no tense cue lies ahead, and a
   * decided change takes effect from it (not "apart from Sunday", "aside from Monday": an exception, which takes the tense
   * of what it is excepted from).
   */
  startLead: /\b(?:(?<!\b(?:apart|aside)\s+)from|starting|beginning|as\s+of|effective)\s*$/i,
  /**
   * "The headline number from Monday is 4.2 billion": a weekday after "from" that ends a noun phrase opened by an article,
   * the clause's verb right after it, tells where that thing comes from (Monday's number), not when something starts.
   */
  fromDayNounLead: /\b(?:the|this|that|these|those|its|their|his|her|our)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s+from\s*$/i,
  /** The verb right after such a weekday (see fromDayNounLead). */
  fromDayVerbTail: /^\s+(?:is|are|was|were|has|have|had|remains?|stands?|stood)\b/i,
  /**
   * "declared three days of mourning from Monday", "named her acting minister from Monday": a measure or post decided
   * (no other past verb between) starts on or after the day it was decided, so its weekday is not one gone by.
   */
  decidedFrom: /\b(?:declared|announced|ordered|named|appointed|imposed|decreed|proclaimed|introduced|approved)\b(?:(?!\s+[\w’'-]+ed\b)\s+[\w’',-]+){0,12}?\s+(?:from|starting|as of|effective)\s*$/i,
  /**
   * "the curfew remains in force until Wednesday", "the road stays shut till Monday": a state told in the present as lasting
   * until a weekday lasts until one still to come, whatever past participle stands before it ("a curfew imposed on Sunday");
   * so does one lasting "until at least" a day, and one lasting until a day of a month named without its year
   * ("the line stays shut until at least January 11", told in August, is next January). So does an ultimatum told in the
   * present, "gives the council until Friday", "has until Monday to pay": the time granted runs to a day not yet come.
   * So does a state told in the present perfect ("the board has closed the coast road until Monday", "has been closed
   * until Monday"): its result still holds when told, so the day it lasts until is still to come. An active verb needs its
   * object before "until": "have lifted until Thursday five cars" (a translation's "by Thursday") counts what was done.
   */
  presentUntilLead: /\b(?:(?:remains|stays|lasts|runs|continues|is|are|gives|give)\b(?:\s+[\w’'-]+){0,3}?|(?:has|have)(?:\s+been\s+(?:\w+ed|shut|set|put|cut|kept|held)\b(?:\s+[\w’'-]+){0,8}?|\s+(?:\w+ed|shut|set|put|cut|kept|held)\b(?:\s+[\w’'-]+){1,8}?)?)\s+(?:until|till)\s+(?:at\s+least\s+)?$/i,
  /**
   * "the firm has until March 4 to reply", "he said they had until Friday": a deadline given to someone, set on the day
   * it was given for a day after it; a reported "had" is the backshifted "has", no sign that the day is past.
   */
  deadlineGivenLead: /\b(?:has|have|had|having|given|gets|get|got)\s+(?:until|till)\s+$/i,
  /** "the deadline is Friday", "the vote is on Tuesday": a weekday named by a present "is" (no other tense cue). */
  presentIsLead: /\b(?:is|are)\s+(?:on\s+)?$/i,
  /** "the election is in May", "the deadline is March 20": a month (and day) named by a present "is" (no other tense cue). */
  presentIsMonthLead: /\b(?:is|are)\s+(?:(?:on|in)\s+)?$/i,
  /**
   * "in the night to 1 April", "the night into March 3", "the night before 1 April, 2026": the night that ends on the day
   * named (a calque of "в ночь на 1 апреля", "in der Nacht zum 1. April" that machine translations keep, dated by the day
   * named; English "the night before" is the evening before). Not "the night of 1 April", which is that day's.
   */
  nightInto: /\b(?:the\s+)?night\s+(?:to|into|before|towards?)\s+(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)|(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2})(?:st|nd|rd|th)?)\b(?:,?\s+((?:19|20)\d{2})\b)?/gi,
  /** The English "the night before 1 April" among nightInto's readings (the calques "to", "into", "towards" name the small hours' day). */
  nightBefore: /^(?:the\s+)?night\s+before\b/i,
  /** A calqued "the night to 1 April" (see nightInto): "that night" taking it up is the night's evening, the day before. */
  nightCalque: /^(?:the\s+)?night\s+(?:to|into|towards?)\s/i,
  /** "February the 20th", "March the 3rd, 2025": a month, "the", an ordinal day (chrono reads only the month). */
  monthTheDay: /\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?:,?\s+((?:19|20)\d{2})\b)?/gi,
  /**
   * The joint of a range inside one chrono result ("Monday to Wednesday", "March 3 to March 5", "1 September until 14 October",
   * "Tuesday night until 6 a.m. Thursday": a part of the day or a clock time beside a weekday end keeps it a range).
   */
  rangeJoint: /(?<=(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:night|morning|afternoon|evening))?|\d(?:st|nd|rd|th)?|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)\s*(?:to|through|until|till|and|-|–)\s*(?=(?:(?:\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|noon|midnight)\s+(?:on\s+)?)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)/i,
  /** Days named after a weekday that are not that week's day: "Black Friday" sales, "Super Tuesday" results, "Bloody Sunday". */
  namedWeekday: /\b(?:Black|Cyber|Super|Bloody|Ash|Palm|Maundy|Holy|Shrove)\s+$/,
  /** "meets every Tuesday", "each Friday", "every other Monday": a weekday that recurs; "happened on a Sunday": any one; no day of its own. */
  recurringWeekdayLead: /\b(?:every|each)\s+(?:other\s+|second\s+)?$|\b(?:on|of)\s+an?\s+$/i,
  /** A quoted title ending in a weekday: “Fox News Sunday”, "Meet the Press Sunday". */
  titleBefore: /[“"‘][A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|the|of|and|a))*\s+$/,
  titleAfter: /^[,.]?[”"’]/,
  /** "Monday's debate": a possessive right after a date. */
  possessive: /^['’]s\b/,
  /** A mention that names a night ("the night to 1 April", "Tuesday night", "on the evening of March 31"): see ResolveContext.nightTold. */
  nightWord: /\b(?:night|evening|midnight|overnight)\b/i,
  /** "last night", "Tuesday night": a telling of the evening before the page date. */
  eveningWord: /^(?:last night|yesterday evening|(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:night|evening))$/i,
  /**
   * From a day word in a quote to the date after it: the quote closes, then "X said" (same sentence; a
   * title's full stop, "Ms. Varga said", does not end it). Case-sensitive for the title's capital.
   */
  saidAfterQuote: /^[^”"»“\n]*[”"»“]\s*,?\s*(?:[^.!?\n”"»“]|\.(?<=\b[A-Z][a-z]{0,3}\.)(?=\s)){0,60}\b(?:said|says|told|added|wrote|declared|announced)\b[^.!?\n”"»“]{0,20}$/,
  /** Day words a speaker counts from the day of speaking. */
  quotedDayWord: /^(?:today|tomorrow|yesterday|tonight|this (?:morning|afternoon|evening))$/i,
  /**
   * A clock time of the last two hours before midnight ("at 11.40pm", "at 10:15 p.m."): a happening told at it leaves
   * nothing of its day for the reactions to it, which are spoken after midnight.
   */
  lastHoursTime: /\b1[01](?:[.:]\d{2})?\s*p\.?m\b/i,
  /** "tonight", "this evening" (said in a quote). */
  tonight: /^(?:tonight|this evening)$/i,
  /** "shortly before midnight" (a whole mention): the late hours of an evening, when a quote may have been said. */
  speakingBeforeMidnight: /^(?:(?:shortly|just|soon|a\s+little|minutes)\s+)?before\s+midnight$/i,
  /** A month/day written with a slash alone ("11/2"): a date, or a fraction. */
  bareSlash: /^\d{1,2}\/\d{1,2}$/,
  /** "24/7": round the clock, never a date. */
  roundTheClock: /^24\/7$/,
  /** A whole number just before a slash pair makes it a mixed fraction ("9 1/2"). */
  fractionLead: /\d\s+$/,
  /**
   * A naming noun just before a slash pair makes it a designation ("runway 09/27", "platform 3/4", "gate 12/13"): the
   * numbers name the thing (a runway's two headings, a pair of platforms), not a month and day.
   */
  designationLead: /\b(?:runways?|taxiways?|platforms?|gates?|piers?|berths?|routes?)\s+$/i,
  /** A unit after a slash pair makes it a quantity ("11/2 years", "1/2 mile", "3/4 of the market"). */
  fractionUnit: /^\s*(?:of\b|years?|months?|weeks?|days?|hours?|minutes?|miles?|inch(?:es)?|feet|foot|pounds?|cups?|percent|times|dozen)\b/i,
  /** A year right after a holiday's name ("Labor Day 2014", "Christmas Eve, 2019"). */
  holidayYear: /^,?\s+((?:19|20)\d{2})\b/,
  /** A weekend mention ("over the weekend", "this weekend"): vague within its two days. */
  weekendWord: /\bweekend$/i,
  /** "overnight": the night that ends on the day it is read as, so vague between two days. */
  overnightWord: /^overnight$/i,
  /** A weekday with a word that places it against the page date ("this Tuesday", "last Friday", "Tuesday this week"). */
  markedWeekday: /\b(?:this|last|past|next|coming|previous|following)\b/i,
  /** The end of a sentence: a full stop, ! or ? before a space or a line end (not "Feb. 3": the next word is lower-case or a digit). */
  sentenceEnd: /[.!?](?=\s+[A-Z“"]|\s*\n)/g,
  /** A paragraph break in cleaned text (one or more newlines). */
  paragraphBreak: /\n+/g,
  /** "this Tuesday": chrono reads it as next week; we keep it in the document's week. */
  thisWeekday: /^this\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:night|morning|afternoon|evening))?$/i,
  /** "this Tuesday night", "next Friday morning" too; not "last Monday night", which news uses for the latest one (public held data). */
  lastWeekday: /^(last|past)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i,
  /** The word placing a weekday that ends a text before it ("in the morning next " Thursday). */
  weekdayPlacerTail: /\b(?:next|last|this|coming)\s+$/i,
  nextWeekday: /^(next|coming)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:night|morning|afternoon|evening))?$/i,
  /** Durations chrono turns into future dates ("for the first time in four years", "talks for a second day"). */
  futureDuration: /^(in|within|after|for)\s+(\w+|\d+)\s+(years?|months?|weeks?|days?|hours?|minutes?|seconds?)$/i,
  /**
   * A length told with a hedged count ("off the air for about a day", "held for more than a week"): no day either.
   * A vague count is a length too ("open for a few hours", "shut for a couple of weeks"), and so is a half ("stopped for
   * about half a minute", "for half an hour").
   */
  hedgedDuration: /^for\s+(?:(?:about|around|roughly|nearly|almost|some|over|just|only|more\s+than|less\s+than|up\s+to|at\s+least)\s+(?:half\s+an?|\w+|\d+)|(?:just\s+|only\s+)?(?:a\s+few|a\s+couple\s+of|several|many|half\s+an?))\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)$/i,
  /** A number or a month name: the part of a date expression that does not depend on the reference. */
  explicitPart: /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i,
  /** A weekday named in a date expression ("Monday, February 10, 2024"). */
  weekdayName: /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i,
  /**
   * "a brighter tomorrow", "the today of": an article right before the day word makes it a noun, and so does an article
   * and an adjective before "tomorrow" ("a better tomorrow", "a more hopeful tomorrow" is not read). An article and a
   * noun are the object of the verb, the day word its time: "signed a deal yesterday", "moved up a gear yesterday",
   * "faces a vote tomorrow".
   */
  dayWordNoun: /\b(?:a|an)\s+$|\bthe\s+(?:[a-z]+er\s+)?$/i,
  tomorrowNoun: /\b(?:a|an|the)\s+(?:[a-z]+(?:er|est|ful|ous|ive|able|ible|ic|al|ent|ant)|new|bright)\s+$/i,
  dayWord: /^(today|tomorrow|yesterday)$/i,
  /** "last night", "last day": told after a possessive or "the ... of", "last" is the final one, no day before the page. */
  lastPart: /^last\s+(?:night|evening|day|weekend)$/i,
  /** What makes "last" the final one: a possessive right before ("its", "their", "the festival's"). */
  possessiveLead: /(?:\b(?:its|their|his|her|our|my|your)|['’]s)\s+$/i,
  /** ... or "the" before (theBefore) and "of" after ("on the last night of the fair"). */
  ofTail: /^\s+of\b/i,
  /** "TODAY" in capitals (case-sensitive): the name of a paper or show in mixed-case prose. */
  capsToday: /^TODAY$/,
  /** Bare time or "now": no calendar date. */
  noDate: /^(now|right now|at\s.*)$/i,
  /**
   * "now", "right now": the time of writing, told of a state that holds on many days ("stepped down in September, now sits
   * on the board"), no day a story goes on from; chrono reads it as the page's day whenever its sentence names a date.
   */
  nowWord: /^(?:right\s+)?now$/i,
  /** "since " ending the text before a weekday: the start of a span running up to the page. */
  sinceBefore: /\bsince\s+$/i,
  /** Month names that are also common words need a date context. */
  ambiguousMonth: /^(may|march|june|august)$/i,
  /** "the March concert", "the May elections": a month named before an event noun is a date, even one that is also a word. */
  monthBeforeEvent: new RegExp(String.raw`^\s+${MONTH_EVENT_NOUNS}\b`, 'i'),
  /** After a possessive month ("March's disputed presidential run-off"): its "'s", up to two modifiers, then a happening's noun. */
  possessiveMonthEvent: new RegExp(String.raw`^['’]s(?:\s+[a-z][a-z-]*){0,2}?\s+${MONTH_EVENT_NOUNS}\b`, 'i'),
  /** Words before a bare month name that make it a date ("in April", "since March", "all through March", "throughout May"). */
  monthContext: /\b(in|since|until|till|by|during|through|throughout|of|early|late|mid|from|last|next|this|before|after)[\s-]*$/i,
  /**
   * A bare year a when-clause goes on to tell of ("better than 2023, when the last truce died"): a time, whatever the word
   * before it (not the year of a month, day or season, "in August 2019, when", which that date already holds).
   */
  yearWhen: /(?<!\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|fall|winter)\.?\s+)(?<!\d(?:st|nd|rd|th)?,?\s+)()\b((?:19|20)\d{2})(?=,\s+when\b)/gi,
  /** Year-only mentions chrono misses: "in 2023", "since 2019". */
  yearOnly: /\b(?:(in|since|during|until|through|by|from|of|early|late|mid-?|before|after|throughout|between|for)\s+(?:the\s+year\s+)?|mid-)((?:19|20)\d{2})\b(?![-/.,]?\d)/gi,
  /**
   * "founded in 1886", "since 1791", "in the Year 1742": an older year, only after a preposition of time and not before
   * a counted noun or a unit ("in 1500 homes", "by 1800 metres" are counts).
   */
  oldYear: /\b(in|since|until|till|from|before|after|during|by)\s+(?:the\s+year\s+)?(1[5-8]\d{2})\b(?![-/.,]?\d)(?!\s*(?:%|per\b|[a-z]+s\b|people\b|men\b|women\b|children\b|feet\b|metres\b|meters\b))/gi,
  /** "the end of 2025", "the start of 2024": the year's last or first month (not "the end of next year": that is the year). */
  yearEdgeNamed: /\b(?:the\s+)?(end|close|start|beginning)\s+of\s+((?:19|20)\d{2})\b(?![-/.,]?\d)/gi,
  /**
   * "the 1962 treaty", "a 2019 report": a year before a noun. Not a count: years ending in 00
   * ("the 2000 people") and counted nouns after it are left out. A word telling which version may stand between
   * ("the original 1998 design", "the failed 2019 bid"): the year still names when that version was made.
   */
  yearAttributive: /\b(?:the|a|its|their|his|her|our|this|that|[a-z][\w-]*['’]s)\s+(?:(?:original|first|earlier|previous|initial|revised|amended|failed|abandoned|disputed)\s+)?((?:19|20)(?!00)\d{2})(?=\s+[A-Za-z])(?!\s+(?:people|persons|men|women|children|troops|soldiers|police|officers|votes|voters|members|residents|workers|families|homes|houses|jobs|pages|km|kilomet(?:re|er)s|miles|met(?:re|er)s|feet|tons|tonnes|euros|dollars|crowns|pounds|dalers|marks|of)\b)/gi,
  /** "a decade ago", "two decades ago": years back by tens. */
  /**
   * "will look at the request in the new year", "closed until the new year": the year after the page's, told in its last
   * months; told in its first two, the year just begun (not "the New Year's holiday", a day: see holiday).
   */
  theNewYear: /\b(?:(?:early|late)\s+in|in|into|by|until|till|after)\s+the\s+new\s+year\b(?![’']s)/gi,
  decadesAgo: /\b(a|one|two|three|four|five|six|seven|eight|nine)\s+decades?\s+ago\b/gi,
  /** "over the past week", "in the past year": a span up to now, not a day or period of its own (chrono reads "past week" as last week). */
  pastSpan: /^past\s+(?:(?:\d+|a\s+few|a\s+couple\s+of|several|few|[a-z]+)\s+)?(?:weeks?|months?|years?|days?|hours?)$/i,
  /** A vague count of days or more before or after ("a few days later", "several weeks ago", "some years before"): no day. */
  vagueOffset: /^(?:a\s+few|several|some|many|a\s+number\s+of)\s+(?:hours?|days?|weeks?|months?|years?)\s+(?:later|earlier|ago|before|after|on)$/i,
  /** "last 30 days", "last two weeks": chrono's span back from the page (see lastVerbLead). */
  lastSpan: /^last\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)\s+(?:hours?|days?|weeks?|months?|years?)$/i,
  /** A modal or "to" right before "last" ("will last 30 days", "is expected to last two weeks"): "last" is the verb. */
  lastVerbLead: /(?:\b(?:will|would|could|can|may|might|should|must|shall|to|won['’]t|cannot)|['’]ll)\s+(?:(?:only|still|probably|likely|not)\s+)?$/i,
  /**
   * "in the past Year", "the past Month": a unit capitalised mid-sentence is a translation's (German capitalises its
   * nouns, and "im vergangenen Jahr" is "last year"): the calque names last year (month, week), not a span up to now. So is
   * "In the Past Year" in a sentence of prose (a translation capitalises the adjective too), though not in a Title Case
   * headline, which capitalises every word (see proseWord).
   */
  calquedPast: /^[Pp]ast\s+(?:Year|Month|Week)$/,
  /** A lower-case word other than an article, conjunction or short preposition: a sentence holding one is no Title Case headline. */
  proseWord: /(?<![\w'’-])(?!(?:a|an|the|and|or|but|nor|of|in|on|at|to|for|by|with|from|as|into|onto|over|than|per|via|vs)\b)[a-z][a-z'’-]*/,
  /** "sixty-four years ago", the translated "before sixty-four years" / "before two weeks" (German "vor", Slavic "pred"), "a year and a half ago". */
  /**
   * "It is ten days since the ship hit the pier", "it has been two weeks since the vote": told in the present, an exact
   * count of days, weeks or months since a happening dates it as "ten days ago" would (the count in group 2, its unit in
   * group 3; the mention is group 1). Not "nearly/almost/about": those count only roughly.
   */
  elapsedSinceCount: new RegExp(String.raw`${IT_HAS_BEEN}(?:(?:just|only|exactly|now)\s+)?(((?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}))\s+(days?|weeks?|months?)\s+since)\b`, 'gi'),
  /**
   * "eighteen days ago", "twenty-one weeks ago", "fifteen months ago": counts chrono misses when spelled above twelve (it reads
   * "twenty-one days ago" as "one days ago"); news spells such counts out as often as it writes digits. So with hours:
   * "Twenty-four hours ago" is the day before, not the "four hours ago" chrono reads inside it.
   */
  spelledAgo: /\b((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\s+(hours?|days?|weeks?|months?)\s+ago\b/gi,
  yearsAgo: /\b(?:(\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\s+years?\s+ago|before\s+(\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\s+(days?|weeks?|months?|years?)\b(?!\s+(?:of|in|to|and|before|after|from|had|have|has|passed|elapsed|later|earlier)\b))|\b(a|one)\s+year\s+and\s+a\s+half\s+ago\b/gi,
  /**
   * "forty years later", "two decades earlier": counts chrono misses (spelled above twelve, decades; it reads
   * "twenty-five years later" as "five years later"), counted from the date told before.
   */
  yearsLater: /\b(?:((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\s+years?|(a|one|two|three|four|five|six|seven|eight|nine|\d)\s+decades?)\s+(later|earlier)\b/gi,
  /**
   * "last year", "a year ago", "this year" or "next year" with nothing but a comma or "of" between it and the date
   * ("on June 11 last year", "March 3 next year", "next year, in March"); the year word is group 1 or 2.
   */
  yearWordNear: /(?:\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)\s*,?\s*(?:of\s+)?(last year|a year ago|this year|next year)\b(?![’']s)|\b(last year|a year ago|this year|next year)\s*,?\s*(?:on|in)?\s*(?:\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i,
  /** "six weeks ago", "before six weeks" (a translation): a count of weeks a writer rounds (see ROUNDED_WEEKS), the count in group 1 or 2. */
  weeksAgo: /^(?:(\w+)\s+weeks\s+ago|before\s+(\w+)\s+weeks)$/i,
  /**
   * "a year ago", "one year ago": one year counted back is this time last year, the month a reader takes (as "a month
   * ago" names one); from two years back ("two years ago") the count is told in years.
   */
  oneYearAgo: /^(?:a|one)\s+year\s+ago$/i,
  /**
   * "two days after that", "a week before this", "the day after that": an offset from the day told just before, when
   * "that" stands alone ("a week after that vote" is an offset from the vote).
   */
  offsetThat: /\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)|the\s+(day))\s+(after|before)\s+(?:that|this)\b(?=\s*[,.;:)!?]|\s*$|\s+(?:and|but|when|as|the|a|an|he|she|they|it|we|i|his|her|its|their|police|officials)\b)/gi,
  /** A named date in a sentence: "March 3", "3 March", "11/17/2026" (month, month, or day/month/year parts). */
  namedMonthDate: /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})\b/gi,
  /**
   * How a text writes its dates, to read its ambiguous numeric ones the same way: month first ("March 3", "Sept. 3"),
   * day first ("3 March", "3rd of March"), a numeric date with a part above 12 ("13/03/2026", "03/13/2026").
   * Capitalised month names only (not "may 5").
   */
  dateOrderWitness: /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![:.]\d)|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\b(\d{1,2})([/.-])(\d{1,2})\4(?:19|20)?\d{2}\b/g,
  /**
   * "19/04", "on 21/4": a day and month written with a slash and no year, standing alone (not inside a longer number,
   * a fraction's run or a clock time). Its parts witness the writer's order when one is above 12 (see writersOrder).
   */
  yearlessSlashWitness: /(?<![\d/.,])(\d{1,2})\/(\d{1,2})(?![\d/]|[.,]\d)/g,
  /** "in 2019, 2021 and 2023": a year between commas in a list of years (the first and last are read by yearOnly and yearSpan). */
  yearList: /(?<=\b(?:19|20)\d{2},\s*)((?:19|20)\d{2})\b(?=,\s*(?:(?:and|or)\s+)?(?:19|20)\d{2}\b|\s*,?\s*(?:and|or)\s+(?:19|20)\d{2}\b)/g,
  /**
   * "as recently as 2023", "published 2023", "built 1962", "2023 was the hottest year", "the survey (2023)": a year told
   * by a word of time before it, opening a sentence before a verb, or alone in brackets.
   */
  yearTold: /\b(?:as\s+(?:recently|early|late|far\s+back)\s+as|published|built|founded|established|born|completed|dated|released|issued|elected)\s+((?:19|20)\d{2})\b(?![-/.,–]?\d)(?!\s+(?:people|persons|men|women|children|[a-z]+s)\b)|^\s*[“"]?((?:19|20)\d{2})\s+(?=(?:was|were|saw|brought|marked|had|has|is|will)\b)|\(((?:19|20)\d{2})\)/gi,
  /** "from 2019 to 2023", "between 2019 and 2023", "2019-2023": the second year of a span. */
  yearSpan: /\b(?:19|20)\d{2}\s*(?:-|–|to|and|through|until|till)\s*((?:19|20)\d{2})\b(?![-/.,]?\d)/gi,
  /** "on 16.11.", "since the 3.4.": a day-first day and month with no year (European style, translations). */
  /**
   * Without the closing dot only after "since", "on", "until", "till" and with the month in two digits, a word following
   * ("since 30.09 the residents"): a figure ("rose to 30.09") or a clock time ("since 10.05 a.m.") is none.
   */
  dottedNoYear: /\b(?:on|from|since|until|till|by|to|before|after|the)\s+(\d{1,2})\.(\d{1,2})\.(?!\d)|\b(?:since|on|until|till)\s+(\d{1,2})\.(0[1-9]|1[0-2])(?=\s+(?![ap]\.?m\b|h\b|hours?\b|hrs?\b|uhr\b|o['’]clock\b)[A-Za-z])/gi,
  /** "a year ago today": that very day, years back. */
  agoToday: /\b(a|one|two|three|four|five|ten|\d{1,2})\s+years?\s+ago\s+(?:today|this week)\b/gi,
  /** "two years ago this month": that month, years back. */
  agoThisMonth: /\b(a|one|two|three|four|five|ten|\d{1,2})\s+years?\s+ago\s+this\s+month\b/gi,
  /** "in two weeks' time", "in three days' time": a point ahead of the day told, not a duration. */
  inTime: /\bin\s+(a|one|two|three|four|five|six|\d{1,2})\s+(days?|weeks?|months?)(?:[’']s?)?\s+time\b/gi,
  /** "in two days", "in three weeks": a point ahead, when its clause looks ahead (else often a span: "the most in two weeks"). */
  inDaysAhead: /^in\s+(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?)$/i,
  /** What makes "in two weeks" a span, not a point: a superlative or a "time" before it, or "of" after it. */
  inDaysSpanLead: /\b(?:time|first|highest|lowest|most|least|best|worst|biggest|largest|smallest|longest|fastest|strongest|weakest|heaviest|record)\b[^,.;:]{0,40}$|\b(?:once|twice|times)\s+$/i,
  inDaysSpanTail: /^\s*(?:of|and|or|to|from|than|[’']s?)\b/i,
  /**
   * "Sunday week", "a week on Friday", "a week from Tuesday": that weekday a week after the coming one (British
   * "Sunday week"; the weekday is the first group of either form).
   */
  weekdayWeek: /\b(?:(mon|tues|wednes|thurs|fri|satur|sun)day\s+week|a\s+week\s+(?:on|from)\s+(mon|tues|wednes|thurs|fri|satur|sun)day)\b/gi,
  /** "twenty-four hours later", "48 hours earlier": whole days from the day told before (chrono reads "four hours later"). */
  hoursLater: /\b(twenty-four|forty-eight|seventy-two|ninety-six|\d{2,3})\s+hours\s+(later|earlier)\b/gi,
  /** "the end of the year", "the start of the month", "by year-end", "by year's end": the reference's own year or month (chrono skips them). */
  periodEdgeOwn: /\b(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+the\s+(year|month)\b(?!\s+(?:before|after|in|of)\b)|\b(year)[-\s]end\b|\b(year|month)['’]s\s+end\b/gi,
  /** "earlier in the day", "later in the day": the day told just before. */
  /**
   * "brought under control shortly before midnight": the hours before midnight are still the day told before (not
   * "before midnight on Tuesday", whose day is named with it).
   */
  beforeMidnight: /\b(?:(?:shortly|just|soon|a\s+little|minutes)\s+)?before\s+midnight\b(?!\s*,?\s*(?:on|of|in)\b|\s*,?\s*\d|\s*,?\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/gi,
  inTheDay: /\b(?:earlier|later)\s+in\s+the\s+day\b/gi,
  /**
   * A time of day told with no day of its own ("landed shortly after 9 a.m.", "spoke to us at noon", "at teatime", "had treated 19 by early evening", "released in the
   * afternoon", "flying since first light", "shortly after four o'clock", "by about half past twelve", "at twenty past nine", a 24-hour clock
   * after its preposition, "detained at 21:10" ("from 08:40 until 19:25": "from" opens the range "until" closes), or after "as" ("the brigade gave the time as 04:41"), an hour in words hedged as a moment "shortly before seven," "just after six when"
   * (a bare "after seven" may count something else)); not one named with
   * its day ("at 10 a.m. on Tuesday", "in the morning of 10 March", "noon today"): see dayTimes. "On" or "of" before a noun that
   * names no day ("at about 5.45 a.m., on the bend where the lane narrows", "at noon on a bend") tells a place, not the time's day;
   * a figure with thousands after the comma ("by the afternoon, 2,300") is a count, not the time's day of the month.
   */
  bareTimeOfDay: /(?<![\w.])(?:(?:(?:shortly|just|soon|a\s+little|minutes|well)\s+)?(?:(?:(?:after|before|at|by|around|about|until|till|since|from)\s+(?:(?:about|around|roughly|approximately)\s+)?)?\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m(?:\.(?!\w)|(?![.\w]))|(?:after|before|at|by|around|about|until|till|since|from)\s+(?:(?:about|around|roughly|approximately)\s+)?(?:(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]clock\b|noon\b|midday\b|(?:lunch|tea|dinner|supper)\s?time\b|(?:half|(?:a\s+)?quarter|five|ten|twenty(?:[-\s]five)?)\s+(?:past|to)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|(?:[01]?\d|2[0-3]):[0-5]\d\b(?!\s*[ap]\.?m\b|:\d)|first\s+light\b|dawn\b|daybreak\b|dusk\b|nightfall\b))|\bas\s+(?:[01]?\d|2[0-3]):[0-5]\d\b(?!\s*[ap]\.?m\b|:\d)|\bin\s+the\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening)\b|\bby\s+(?:the\s+)?(?:(?:early|late|mid)[-\s]?)?(?:afternoon|evening)\b|(?:shortly|just|soon|a\s+little|well)\s+(?:after|before)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=\s*[,;:.!?)]|\s+(?:when|as|and|but|while)\b))(?!\s*,?\s*(?:on|of)\b(?!\s+(?:the|a|an)\s+(?!\d|(?:morning|afternoon|evening|night|day|days|eve|weekend|week|first|second|third|fourth|fifth|last|same|following|next|previous|final|opening|closing|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b))|\s*,?\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\s*,?\s*(?:today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b|\s*,?\s*(?:in\s+)?\d(?!\d*,\d{3}\b))/gi,
  /**
   * "the smoke was in the bar by 10.35.": a dotted hour and minutes with no a.m. or p.m., after a preposition of time and
   * closing its clause. A figure too ("fell by 10.35 per cent", "rose by 10.35"), so taken for a clock time only where
   * the same paragraph has already told a dotted clock time with its a.m. or p.m. (see dottedClockTold): a writer who
   * clocks a story so leaves the half of the day off the later times of it.
   */
  dottedClockBare: /(?<![\w.])(?:(?:shortly|just|soon|a\s+little|minutes|well)\s+)?(?:after|before|at|by|around|about|until|till|since|from)\s+(?:(?:about|around|roughly|approximately|nearly|almost)\s+)?(?:[01]?\d|2[0-3])\.[0-5]\d(?=\s*[,;:!?)]|\.(?!\d)|\s+(?:when|as|and|but|while)\b)/gi,
  /**
   * "at 21.40 hours", "from 06.00 hours": a dotted 24-hour clock followed by "hours" is the clock time of the continental
   * and official style (a count of hours has no preposition of a point in time before it), so it needs no a.m. told before.
   */
  dottedHoursClock: /(?<![\w.])(?:(?:shortly|just|soon|a\s+little|minutes|well)\s+)?(?:after|before|at|by|around|about|until|till|since|from)\s+(?:(?:about|around|roughly|approximately|nearly|almost)\s+)?(?:[01]?\d|2[0-3])\.[0-5]\d\s+hours\b(?!\s+of\b)(?!\s*,?\s*(?:on\s|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))/gi,
  /** A change told right before the figure's "by" ("rose ", "was cut "): "by 10.35" is then the amount, not a time. */
  changeBy: /\b(?:rose|risen|rise[sn]?|fell|fallen|falls?|up|down|increased?|decreased?|dropped|grew|grown|climbed|gained|lost|cut|raised|lowered|reduced|shrank|jumped|slipped)\s+$/i,
  /** A dotted clock time with its half of the day ("10.05 p.m.", "6.40am"): see dottedClockBare. */
  dottedClockTold: /\b\d{1,2}\.[0-5]\d\s*[ap]\.?m\b/i,
  /**
   * A clock time right before a day that may be its own ("started at ten to nine on Friday evening", "left the depot
   * at 06:45 on 12/03/2026", "at 6 p.m. Friday"), which chrono reads apart or not at all: see dayTimes.
   */
  clockBeforeDay: /(?<![\w.])(?:(?:shortly|just|soon|a\s+little|minutes|well)\s+)?(?:after|before|at|by|around|about|until|till|since|from)\s+(?:(?:about|around|roughly|approximately|nearly|almost)\s+)?(?:\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\b\.?|(?:[01]?\d|2[0-3]):[0-5]\d\b(?!\s*[ap]\.?m\b|:\d)|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]clock\b|(?:half|(?:a\s+)?quarter|five|ten|twenty(?:[-\s]five)?)\s+(?:past|to)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|noon\b|midday\b)(?=\s*,?\s*(?:on\s|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d))/gi,
  /** A clock time in a mention's words ("10.40 p.m. on Saturday", "at 21:15", "at twenty to eleven"): see dayTimes. */
  clockInMention: /\b\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\b|\b(?:[01]?\d|2[0-3]):[0-5]\d\b|\b(?:past|to)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|o['’]clock\b/i,
  /**
   * One night told from its evening's day to its morning's: the words before the first day ("in the night from ",
   * "overnight from ", "during the night of ") or the first day's own ("Saturday night"), and those between the two
   * ("to", "into"): see dayTimes.
   */
  nightFromLead: /\b(?:night|overnight)\s+(?:from|of|between)\s+(?:the\s+)?$/i,
  nightFromGap: /^\s*(?:to|into|and)\s+(?:the\s+)?$/i,
  /** Between a clock time and its own day: "at ten to nine on Friday evening", "at 06:45 on 12/03/2026" (see clockBeforeDay). */
  ownDayGap: /^\s*,?\s*(?:on\s+)?$/i,
  /** A time of day in the first hours of a day ("shortly after 7 a.m.", "in the morning", "at dawn"): after a day told at night, the next day's. */
  /** "on the first evening" of a happening (not "of the trial", "that", "since"): see firstDays. */
  onFirstDayPart: /\bon\s+the\s+first\s+(?:day|evening|night|morning|afternoon)\b(?!\s+(?:of|that|when|after|since)\b)/gi,
  /**
   * A start told right before its day: "which started ", "broke out late ", and with the part of the day between, "began in
   * the early hours of ", "started on the evening of ".
   */
  startedLead: /\b(?:started|began|broke\s+out|erupted)\s+(?:(?:late|early)\s+)?(?:(?:in|on|during)\s+the\s+(?:early\s+hours|small\s+hours|morning|afternoon|evening|night)\s+of\s+)?$/i,
  /** Between a time of day and a clock time with a day that restates it: ", at about " (see dayTimes). */
  timeApposition: /^\s*,\s*(?:at\s+)?(?:(?:about|around|roughly|approximately|(?:just|shortly)\s+(?:after|before))\s+)?$/i,
  /** A span of days told ended, right before its day: "three-day state visit to Vontaria ended " (see firstDays). */
  spanEndedLead: /\b(two|three|four|five|six|seven|[2-7])-day\s+[^.;:!?]{0,80}?\b(?:ended|closed|wound\s+up)\s+$/i,
  /** A span told from dawn ("since first light", "since daybreak"): see dayTimes. */
  sinceDawn: /^since\s+(?:first\s+light|dawn|daybreak)\b/i,
  morningTime: /\b(?:a\.?m\b|morning|first\s+light|dawn|daybreak)/i,
  /**
   * A time of day of the evening ("at 6.40 p.m.", "at 19:10", "at dusk") and one of the morning after dawn ("at 7.15 a.m.",
   * "at 08:30", "in the morning"): neither is a time of a day told by the other part ("this morning", "on Friday evening").
   */
  eveningTime: /\b(?:evening|dusk|nightfall|(?:[5-9]|1[01])(?:[.:]\d{2})?\s*p\.?m\b|(?:1[7-9]|2[0-3]):[0-5]\d\b)/i,
  daylightMorningTime: /\b(?:morning|dawn|daybreak|first\s+light|(?:[5-9]|1[01])(?:[.:]\d{2})?\s*a\.?m\b|(?:0?[5-9]|1[01]):[0-5]\d\b)/i,
  /**
   * A trailing attribution right before its day: "..., police said ", "..., the mayor told reporters on " (the day is
   * when it was said, not the day the narration is on): see dayTimes.
   */
  attributionDayLead: /,\s*(?:[\w.’'-]+\s+){1,5}(?:said|told\s+[\w’'-]+|announced|confirmed|reported|stated|added)\s+(?:late\s+|early\s+)?(?:on\s+)?$/i,
  /**
   * A non-restrictive relative clause running up to its day: "..., where one guest died on " (the day of a background
   * happening the clause recalls, not the day the narration is on): see dayTimes. So is one hung on a noun set in
   * apposition after the comma ("detained the owner of the inn, the roadside inn where one guest died on ").
   */
  relativeClauseDayLead: /,\s*(?:(?:the|a|an)\s+[^,;:.!?]{0,60}?\s)?(?:where|which|who|whose)\b[^,;:]*$/i,
  /** From a date to the end of its sentence, with nothing between: the date closes the sentence. */
  sentenceEndTail: /^[\s.!?"”’]*$/,
  /** A line of a word or two with no closing stop ("PNW", "Photo: Reuters"): a credit or a label, no sentence of the narration. */
  labelLine: /^\s*[^\s.!?]+(?:\s+[^\s.!?]+)?\s*$/,
  /** A repeated time of day ("every day at 9 a.m.", "daily from dawn"): a habit, no day's. */
  /** A quotation closed within its sentence ("…", “…”, „…“, «…»): see dayTimes. */
  quotedPassage: /"[^"]*"|“[^”]*”|„[^“”]*[“”]|«[^»]*»/g,
  habitLead: /\b(?:every|each|daily|usually|normally|always|often|mostly|generally|routinely)\b/i,
  /**
   * "By the morning 340 homes stood in water", "by morning every screen was off": the end of a night told just before, with
   * no day of its own (see morningsAfterNight).
   */
  byMorning: /\bby\s+(?:the\s+)?morning\b(?!\s*,?\s*(?:of|on)\b|\s*,?\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\s*,?\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/gi,
  /** A clock time of the small hours right before a night word ("at a quarter past three that night", "at 2am that night"). */
  smallHoursBefore: /(?:\b(?:(?:a\s+)?quarter|half|twenty|ten|five)\s+(?:past|to)\s+(?:one|two|three|four|[1-4])|\b(?:one|two|three|four)\s+o['’]clock|\b(?:12|[1-4])(?:[.:]\d{2})?\s*a\.?m\.?)\s+$/i,
  /**
   * "opened the schools to evacuees before 1am", "the wind rose after midnight": a clock time of the small hours with no day
   * of its own (not "at 2am on Sunday", "1am today"); after a day told at night, the next day's (see nextSmallHours).
   */
  smallHours: /\b(?:(?:shortly|just|soon|a\s+little|minutes|well)\s+)?(?:(?:before|by|until|at|around)\s+(?:about\s+|around\s+)?(?:12|[1-4])(?:[.:]\d{2})?\s*a\.?m\b\.?|after\s+(?:about\s+)?(?:(?:12|[1-4])(?:[.:]\d{2})?\s*a\.?m\b\.?|midnight\b))(?![.\s]*,?\s*(?:on|of|in)\b|[.\s]*,?\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|[.\s]*,?\s*(?:today|yesterday|tomorrow|tonight|last\s+night|this\s+morning)\b|\s*,?\s*\d)/gi,
  /**
   * A plan told in the pluperfect, in the clause before a date ("it had promised to do so by"), or as it stood in the past
   * ("the lift was due to open in November", "was scheduled to finish in May"): see inferYear.
   */
  pastPlan: /\b(?:had\s+(?:(?:already|long|once|earlier|first)\s+)?(?:promised|pledged|vowed|agreed|planned|undertaken|intended|been\s+(?:due|expected|scheduled|set|supposed))|(?:was|were)\s+(?:(?:originally|first|initially)\s+)?(?:due|scheduled|supposed))\s+to\b[^.;:,]*$/i,
  /**
   * A future told in the past ("said on Monday that talks would begin on Tuesday", "warned on Sunday that the dam could
   * fail by Tuesday", "agreed on Monday to reopen the road by Friday"): counted from the day it was said.
   */
  futureInPast: /\b(?:would|could|might|was to|were to|was due|were due|was expected|were expected|was set to|were set to|was scheduled|were scheduled|(?:planned|agreed|promised|pledged|vowed|decided|undertook)\s+to)\b/i,
  /**
   * "the Sept. 11 attacks", "9/11 families": a named day of history (2001), like a holiday. A
   * "Sept. 11 memorial service" is the yearly remembrance and keeps the ordinary reading.
   */
  namedHistoricDay: /\b(?:sept(?:ember|\.)?\s*11(?:th)?|9\/11)(?=\s+(?:terror(?:ist)?|attacks?|hijack(?:ers|ings?)|plot(?:ters?)?|conspiracy|victims|famil(?:y|ies)|commission|widows?|survivors|responders|era)\b)/gi,
  /** "less than forecast in July": a comparison with something said before, so past. */
  comparedLead: /\bthan\s+(?:forecast|expected|predicted|planned|estimated|projected|announced|reported)\s+(?:in\s+)?$/i,
  /**
   * "would beat Tuesday's record", "could top Monday's turnout": what is beaten or surpassed already stands, so a day
   * whose possessive names it (the verb's object) is past, whatever the tense of the verb (used with a possessive day only).
   */
  surpassedLead: /\b(?:beat(?:s|ing)?|break(?:s|ing)?|top(?:s|ping)?|surpass(?:es|ing)?|exceed(?:s|ing)?|eclipse[sd]?|eclipsing|overtake[sn]?|overtaking|outstrip(?:s|ping)?|better(?:s|ing)?)\s+(?:the\s+)?$/i,
  /** "until", "till" right before a time: the end of a span (not "by", which a past clause reads as a time gone by). */
  untilOnlyLead: /\b(?:until|till)\s+$/i,
  /**
   * "by Monday", "until Sunday": a weekday as the end of something (not "before Monday": often what came before;
   * not a visit, "stopping by Wednesday").
   */
  untilLead: /(?:(?<!\b(?:stop|stops|stopped|stopping|drop|drops|dropped|dropping|come|comes|came|coming|pass|passed|passing|swing|swung|swinging|stand|stood|go|went|going)\s)\bby|\buntil|\btill)\s+$/i,
  /**
   * "cancelled until at least Monday", "shut till at the earliest March": an end hedged as a lower bound is one not yet
   * reached when told, so it lies ahead whatever the verb's tense ("have been cancelled").
   */
  untilAtLeastLead: /\b(?:until|till)\s+at\s+(?:the\s+)?(?:least|earliest)\s+$/i,
  /**
   * "was asked only to repaint the railings, which it did in the spring", "told to leave, and did so on Monday": "did" standing
   * for the act wished tells that act done: the date is of the doing, past (see tenseAt).
   */
  didWished: /\b(?:which|and|as)\s+(?:(?:it|they|he|she|we|I|you)\s+)?(?:duly\s+|then\s+|eventually\s+|finally\s+|later\s+)?did\b/i,
  /** A deadline's preposition just before a date ("by", "before", "until"). */
  deadlineLead: /\b(?:by|before|until|till)\s+(?:the\s+)?$/i,
  /**
   * A verb of intending or agreeing with its infinitive ("agreed to meet", "hopes to reopen the bridge"): a date
   * after the infinitive tells when the intended thing is to be. Not verbs whose act may itself be the dated one
   * ("tried to enter on Monday", "voted to close the school on Tuesday"). Its -ing form too, in a participle clause after an
   * attribution ("the council said, promising to install one by Monday"). An invitation too ("invited the unions to talks
   * on Tuesday", "invites them to visit on Friday"): what one is invited to comes after the inviting. An order or a plea
   * told in the active ("ordered schools to close on Thursday", "urged drivers to avoid the bridge on Friday"): what one
   * is told to do comes after the telling (not the passive, "was asked to resign on Monday", whose day may be the asking's;
   * nor a bare "told crews to prepare ... in early April", where the day is as often the telling's).
   */
  intentionTo: /\b(?:(?:agree|hope|promise|pledge|prepare|propose|invite)(?:s|d)?|(?<!\b(?:was|were|been|being|is|are|be)\s)(?:order|instruct|urge|advise)(?:s|d|ed)?|(?:agree|hop|promis|pledg|prepar|propos|invit|threaten|offer|want|intend|aim|vow|expect)ing|(?:threaten|offer|want|intend|aim|vow|expect)(?:s|ed)?|plan(?:s|ned|ning)?)(?:\s+[\w,’']+){0,4}?\s+to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|him\b|them\b|us\b)[a-z]+/gi,
  /** "voted to raise", "decided on Monday to close", "agreed to cut": a decision and the change it decides. */
  decidedTo: /\b(?:vot|decid|agre|resolv)(?:ed|es|e|ing)\b(?:\s+[\w,’']+){0,4}?\s+to\s+(?!the\b|a\b|an\b)[a-z]+/gi,
  /** Past verbs of wanting, promising, offering and pressing for: their object lies ahead of them ("offered a rise from January", "pressed for a vote before Easter"). */
  intention: /^(?:wanted|hoped|promised|pledged|vowed|aimed|intended|planned|needed|asked|urged|ordered|demanded|wished|offered|proposed|pressed|pushed|lobbied|campaigned)$/i,
  /** "the same day", "that evening": the day told just before. */
  sameDay: /\b(?:the\s+same|that(?:\s+same)?)\s+(?:day|morning|afternoon|evening|night)\b/gi,
  /**
   * "The previous day, talks collapsed", "marched the day before.": a day from the day told just
   * before, when no event follows ("the day before the vote" is an offset from the vote).
   */
  /**
   * A date, then an opening bracket, right before a day step: "questioned on May 9 (the day after)", "on Friday (the next
   * day)". The bracket glosses the date before it, by the day before that: it names that same date, no day after it.
   */
  glossedDate: /(?:\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*\(\s*$/i,
  dayStep: /\bthe\s+(?:(previous|next|following)\s+(?:day|morning|afternoon|evening|night)|(?:day|night|evening|morning)\s+(before|after))(?=\s*[,.;:)!?]|\s*$|\s+(?:and|but|when|as|at|in|on|to|for|by|from|with|while|he|she|they|it|we|police|officials)\b)(?!,\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/gi,
  /**
   * "the day after the vote", "two days after the report was published", "four weeks and a day after the vote", "on the
   * eve of the hearing" (the day before it), "the night before the election", "a month after the collapse" (as precise as
   * its unit): an offset from an event the text may date.
   */
  eventStep: /(?<!\band\s)\b(?<step>(?<n>the|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?<unit>day|days|week|weeks|morning|afternoon|evening|night|month|months|year|years)(?:\s+and\s+(?<days>a|one|two|three|four|five|six)\s+days?)?\s+(?<way>before|after)|(?<eve>the\s+eve)\s+of)\s+(?:the|its|his|her|their)\s+(?<noun>[a-z]{3,})(?:\s+(?:was|were|had been)\s+(?<verb>[a-z]{3,}))?/gi,
  /** A word that ends the noun phrase after "the day after the ...": a linking word or a past form ("reopened"). */
  phraseEnd: /^(?:of|in|on|at|to|for|with|by|from|and|or|but|that|which|who|was|were|had|has|have|is|are|been|be|as|when|while|after|before|near|off|over|into|between|against|[a-z]{3,}ed)$/,
  /** What lies between a day and an offset in apposition to it ("on 21 November, one day after"): a comma. */
  appositionGap: /^\s*,\s*(?:(?:just|only|barely|nearly|almost|exactly)\s+)?$/i,
  /**
   * "two days after", "a week before", "two months after": an offset from something the sentence tells, dated as
   * the happening it places ("The deal came two days after the memorial on Saturday" is the Monday). "Four weeks (almost)
   * to the day after" is the same offset, told as a round count: its day is the count's, give or take the "almost".
   */
  sentenceOffset: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(days?|weeks?|months?|years?)(?:\s+(?:(?:almost|nearly|exactly|practically|virtually)\s+)?to\s+the\s+day)?\s+(after|before)\b/gi,
  /** "four weeks and a day after", "a week and two days before": an offset of weeks and days told as one. */
  compoundOffset: /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(weeks?)\s+and\s+(a|one|two|three|four|five|six)\s+(days?)\s+(after|before)\b/gi,
  /** From one offset to the next joined to it ("three days after the count and two days after"): no other offset or stop between. */
  coordinatedOffset: /^[^.;!?]*\s(?:and|but)\s+(?:(?:just|only|barely|nearly|almost|about|some|exactly)\s+)?$/i,
  /**
   * "pushed back by five days after a test failed", "delayed by a week after ...": the count is the size of a shift,
   * a length; what follows "after" is its cause, not a day it is counted from.
   */
  shiftAmountLead: /\bby\s+(?:(?:about|around|some|nearly|almost|just|only|another|a\s+further|more\s+than|less\s+than)\s+)?$/i,
  /** An offset phrase's own last word: such a mention is counted from another day, not told outright. */
  offsetEnd: /\b(?:after|before)$/i,
  /**
   * "The incident comes two days after", "The sinking came just a week after": a sentence whose subject (a happening
   * named with "the", "this", "its") comes right before the offset.
   */
  toldHappeningComes: /^\s*(?:the|this|that|its|their)\s+(?:[a-z][\w’'-]*\s+){0,2}?(?:comes?|came)\s+(?:(?:just|only|barely|nearly|almost|about|some|exactly|less than|more than)\s+)?$/i,
  /** What may precede an offset that opens its sentence ("Just two days after the vote, ..."). */
  /** A verb of a state told in the present ("are still in hospital", "remains closed", "is now"). */
  presentStateVerb: /^\s*(?:[\w’'-]+\s+){1,6}?(?:is|are|remains?|stays?)\s+(?:still|now)\b/i,
  /**
   * A present perfect told of the time of telling ("the toll has risen to six", "engineers have found"), or a
   * present "has"/"have" (not "has to", an obligation still ahead).
   */
  presentPerfectVerb: /^\s*(?:[\w’'-]+\s+){1,6}?(?:has|have)\s+(?!to\b)/i,
  offsetOpener: /^\s*(?:(?:just|only|barely|nearly|almost|about|some|more than|less than|exactly)\s+)?$/i,
  /** A step back from the day told before ("the day before", "a day earlier", "the previous evening"). */
  backwardStep: /\b(?:before|earlier|previous|preceding)\b/i,
  /** An offset ahead of the day told before ("two weeks later", "the next day", "the following morning"). */
  forwardOffset: /\b(?:later|next|following|after)\b/i,
  /** "In 2019, the storm hit on 12 March": a sentence opening on the year it is set in. */
  inYearOpening: /^\s*[“"]?(?:back\s+)?in\s+((?:19|20)\d{2})\b(?!\s*[-–/]|\s+(?:and|or|to)\s+(?:19|20)\d{2})/i,
  /** "last March", "next June": the month before or after the current one, never the current one. */
  monthLead: /\b(last|next)\s+$/i,
  /** "died overnight": the night before the reference, counted as the reference day ("overnight Saturday" is Saturday's). */
  overnight: /\bovernight\b(?!\s+(?:on\s+|into\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/gi,
  /** "the court sat on 4 March", "they wed on 3 May", "under the sun on ...": a lower-case word chrono takes for a weekday's short name. */
  verbLikeWeekday: /^(?:sat|sun|wed|mon|tue|thu|fri)\s+(?:on\s+)?(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/,
  /**
   * "will take the case to court within the month": before the month the text is told in ends, so that month (not "within
   * the month of May", "within the month after the vote": a month named or counted from something else).
   */
  withinTheMonth: /\bwithin\s+the\s+month\b(?!['’]s|\s+(?:of|after|before|since|following|that|when)\b)/gi,
  /**
   * "within a fortnight", "within two weeks", "within a month", "within three days": a deadline of weeks, months or days (two
   * or more: "within a day" is a duration) from the day it was set; not a rule's span from its own start ("within 30 days of
   * a finding").
   */
  deadline: /\bwithin\s+(a|one|two|three|four|five|six|\d{1,2})\s+(fortnight|weeks?|months?|days?(?!\s+of\b))\b/gi,
  /** "early next week", "late last week": the Monday or the Friday of that week; "last week" alone: its month (not "next week on Thursday": see weekdayOfWeek). */
  weekPhrase: /(?<!\bof\s)\b(?:(early|late|later|earlier)\s+)?(last|next|this)\s+week\b(?!,?\s+on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/gi,
  /** "by the end of the week", "at the start of next week": a part of a week, given as the week is (not "the end of the week before"). */
  weekEdge: /\b(?:the\s+)?(end|close|start|beginning|middle)\s+of\s+(the|this|next|last)\s+week\b(?!\s+(?:before|after|in|of)\b)/gi,
  /**
   * "Tuesday this week", "Monday of last week": that weekday of the week named (chrono reads these a week off); not "video
   * on Monday of last week's shooting". The other order too: "will meet next week on Thursday", "met last week, on Monday".
   */
  weekdayOfWeek: /\b(?:(mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:of\s+)?(this|last|next)\s+week\b(?![’']s)|(this|last|next)\s+week,?\s+on\s+(mon|tues|wednes|thurs|fri|satur|sun)day\b)/gi,
  /** "the day before, on Wednesday": an offset named by the weekday after it. */
  offsetApposition: /\bthe\s+(?:day|night|evening|morning)\s+(?:before|after)(?=,\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/gi,
  /**
   * A day named as what a present verb of saying gives ("the ministry says the end of May", "the court now says
   * February 9"): a present statement of a day is the expected day of something pending, so it lies ahead (not when a
   * past verb follows it, "police say March 3 was the last sighting": see pastAfterDay).
   */
  presentSayingLead: /\b(?:says|say|puts\s+it\s+at|put\s+it\s+at|gives)\s+(?:the\s+)?$/i,
  /**
   * A weekday right after a verb of saying (with or without "that") and before "would be" / "will be": the weekday is the
   * subject of what was said ("the premier said Sunday would be a day of rest"), a day the saying looked ahead to, not
   * the day it was said. See dayAsSubjectTail.
   */
  saidSubjectLead: /\b(?:said|says|announced|announces|declared|declares|decreed|decided)\s+(?:that\s+)?$/i,
  /** See saidSubjectLead: the reported clause's future verb right after its weekday subject. */
  dayAsSubjectTail: /^\s*(?:would|will|shall)\s+(?:be|become|mark)\b/i,
  /**
   * After a weekday a pluperfect plan looked ahead to (see pastPlan), "but" and what happened "that day" ("had promised to
   * reopen the quay on Monday, but only tugs used it that day"): the plan's day has come and gone.
   */
  planDayPassedTail: /^\s*,?\s*but\b[^.;:!?]*\bthat\s+(?:day|morning|afternoon|evening|night)\b/i,
  /**
   * A day right after a past verb of saying, followed by the saying's own day ("the operator said March 31 on the day of
   * the fire"): the first day is what was said, not when, so the saying's past tense does not date it.
   */
  saidObjectLead: /\b(?:said|told|gave|put\s+it\s+at)\s+(?:the\s+)?$/i,
  /** See saidObjectLead: the saying's own day after the day said ("on the day of the fire", "on Monday", "on 3 May"). */
  sayingDayAfter: /^\s*,?\s*on\s+(?:the\s+(?:day|night|eve|morning|evening|afternoon)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\d{1,2}(?:st|nd|rd|th)?\b)/i,
  /** A past verb right after a day, of which the day is the subject ("March 3 was the last sighting"). */
  pastAfterDay: /^\s*(?:was|were|had|saw)\b/i,
  /** Present reporting of a date ("the court now says February 9"): no tense, whatever the clause said before. */
  presentLead: /\b(?:now\s+(?:says|say|puts it at|gives)|now)\s*$/i,
  /** Numeric dates, read day-first or month-first from context: 11/02/2024, 12.06.2025. */
  slashDate: /\b(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})\b/g,
  /** "04.03.24", "4.3.25": a dotted date with a two-digit year (not a version number, "v2.1.24", nor part of a longer dotted run). */
  dottedShortYear: /(?<![\w.]|\bv(?:ersion)?\s?)(\d{1,2})\.(\d{1,2})\.(\d{2})(?![.\d]\d|\d)/g,
  /** A date inside a URL path: /2025/06/16/. */
  urlDate: /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|-|$)/,
  /** "the 20. January", "on 8. January 2026": a day-first ordinal with a dot (European style, machine translations). */
  dottedDayMonth: /\b(\d{1,2})\.\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b(?:,?\s+((?:19|20)\d{2})\b)?/gi,
  /**
   * "Sunday the 26th", "on Friday the 13th", "Tuesday, the 3rd": a weekday with a day of the month and no month; the
   * month is the one in which that day falls on that weekday (not "Sunday the 26th of October": chrono reads those).
   * "on Wednesday, the 26." with no ordinal ending (a translation, a terse note) is the same day when "the" and the number
   * close the clause (not "Friday, the 13 victims": a count); the day is then the second group.
   */
  weekdayOrdinal: /\b(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))|the\s+(\d{1,2})(?![\d.,]?\d)(?=\s*(?:[.;!?)]|,\s|$)))/gi,
  /** "Thursday the 19th of February", "Friday, the 3rd of April 2026": a weekday and its day of a named month (chrono reads them apart). */
  weekdayDayOfMonth: /\b(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+the\s+(\d{1,2})(?:st|nd|rd|th)\s+of\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b(?:,?\s+((?:19|20)\d{2})\b)?/gi,
  /** "the first day of March", "the 1st day of June 2025": that month's first day (chrono reads only the month; it knows "the last day of"). */
  firstDayOf: /\bthe\s+(?:first|1st)\s+day\s+of\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b(?:,?\s+((?:19|20)\d{2})\b)?/gi,
  /** "two Sundays ago", "3 Fridays ago", "the Sunday before last": that weekday counted back from the last one. */
  weekdaysAgo: /\b(two|three|four|five|\d)\s+(mon|tues|wednes|thurs|fri|satur|sun)days\s+ago\b|\bthe\s+(mon|tues|wednes|thurs|fri|satur|sun)day\s+before\s+last\b/gi,
  /** "is the 17th, a Friday": a weekday in apposition to a day of the month picks its month (see ordinalDays). */
  ordinalWeekdayAfter: /^,\s+(?:a|which is a)\s+(mon|tues|wednes|thurs|fri|satur|sun)day\b/i,
  /** What follows "is the 17th" when it names a day ("The closing date is the 17th."), not a rank ("is the 17th largest"). */
  ordinalCopulaEnd: /^\s*(?:[,.;:!?)]|$)/,
  /**
   * A capitalised word right after the ordinal, in running text: the ordinal opens a numbered name ("from the 7th Rescue
   * Squadron", "for the 3rd Engineer Regiment", "since the 12th Party Congress"), not a day. Case-sensitive; months are kept
   * out by ordinalDay's own look-ahead.
   */
  ordinalNameAfter: /^[ \u00A0]+\p{Lu}\p{Ll}/u,
  /** A start or an end said of a day with no tense ("fares rise from the 1st", "by the 16th"): it lies ahead. */
  ordinalAheadLead: /^(?:from|by|until|till)$/i,
  /**
   * A past verb of saying, then a future told from it, in the words before a day ("had said last week that the checks
   * would begin on the"): see ordinalDays.
   */
  pastSaidWould: /\b(?:said|told|announced|confirmed|warned|stated|promised|pledged)\b[^.;!?]*\b(?:would|was to|were to|was due to|were due to)\b[^.;!?]*$/i,
  /**
   * A verb that sets or announces a plan, then "for", in the words before a bare day ("the reopening it announced last week
   * for the", "the vote they had set for the"): the day is the plan's, after the setting (see ordinalDays).
   */
  plannedForLead: /\b(?:announced|promised|set|(?:re)?scheduled|planned|booked|fixed|slated|earmarked|timetabled)\b(?:\s+(?!(?:and|but|or)\b)[\w’'-]+){0,3}?\s+for\s*$/i,
  /** "By the 13th": "by" right before a bare day of the month, the end of a stretch (see ordinalInToldMonth). */
  byLead: /\bby\s+$/i,
  /**
   * "29 February", "Feb. 29", "the 29th of February", with no year: chrono drops a leap day its reference year lacks.
   * An optional weekday before it ("Thursday, February 29") is kept with it.
   */
  leapDay: /\b(?:(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:(?:the\s+)?29(?:th)?\s+(?:of\s+)?feb(?:ruary\b|\.|\b)|feb(?:ruary\b|\.|\b)\s*(?:the\s+)?29(?:th)?\b)(?!,?\s*(?:19|20)\d{2}\b)/gi,
  /**
   * "from the 14th", "on the 3rd": a day of the month with no month named (the month is the document's). A copula, a
   * verb of saying or "dated" names one only when the clause ends with it ("reports say the 15th", "a copy dated the 14th").
   * A day past the tenth is spelled out too ("was signed on the twenty-third and"), where the clause ends with it or goes on
   * with a conjunction (not "the twentieth amendment"; below the eleventh, "on the third attempt", too many are no day).
   */
  ordinalDay: /\b(on|from|by|until|till|since|before|after|to|for|is|was|says?|said|dated|(?:morning|afternoon|evening|night|hours|weekend)\s+of)\s+the\s+(?:(\d{1,2})(?:st|nd|rd|th)|(twenty[-\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirty[-\s]first|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)(?=\s*(?:[,.;:)!?"”’]|$)|\s+(?:and|or|but|when|while)\b))\b(?!\s+(?:of\b|century|anniversary|floor|time|round|day|week|minute|hour|place|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))/gi,
  /**
   * Holidays named in English; the year is inferred like any month/day without one. A bare
   * "Christmas" or "Easter" needs a preposition or a verb of keeping it before it ("since Christmas", "home for
   * Christmas", "spend Christmas with", not "Christmas trees").
   * A festivity named by its holiday ("a Halloween party", "the Memorial Day weekend") is held around
   * that day, not on it: no date. US holidays by rule are included ("a Father's Day shooting").
   */
  holiday: /\b(new year[’']?s (?:eve|day)|christmas (?:eve|day)|boxing day|valentine[’']?s day|st\.? patrick[’']?s day|halloween|good friday|easter (?:sunday|monday)|thanksgiving(?: day)?|mother[’']?s day|father[’']?s day|memorial day|labor day|presidents[’']? day|columbus day|veterans[’']? day|juneteenth|(?:martin luther king(?: jr\.?)?|mlk) day)\b(?!\s+(?:part(?:y|ies)|costumes?|parades?|celebrations?|festivities|festivals?|decorations?|sales?|shopping|cards?|gifts?|weekend)\b)|(?<=\b(?:on|at|over|since|until|till|by|before|after|around|from|of|for|during|through|spend|spends|spent|spending|celebrate|celebrates|celebrated|celebrating)\s+)(christmas|easter)\b(?!\s+(?:eve|day|sunday|monday|tree|card|party|market|shopping|holidays?|break|period|season|rush|week)\b)/gi,
  /**
   * "during a Valentine's Day ball", "at the Thanksgiving dinner": a holiday named as what kind of occasion the noun after it
   * is (an article or possessive before it, a lower-case word after it, not a part of the day). Tried on the text around a
   * holiday's mention: the lead before it, the tail after it.
   */
  holidayAsAttributeLead: /\b(?:a|an|the|its|their|his|her|our|this|that)\s+$/i,
  holidayAsAttributeTail: /^\s+(?!(?:night|eve|day|morning|evening|afternoon|and|or|but|in|on|at|to|of|for|with|by|is|was|were|had|has)\b)[a-z]/,
  /** "the day after Christmas", "the first working day after Easter": an offset from the holiday that follows. */
  holidayOffset: /\bthe\s+(day|first\s+(?:working|business|week)\s*day)\s+(after|before)\s+$/i,
  /** "by the weekend", "at the weekend", "on the weekend" (American), "last weekend": the Saturday of that weekend (not "the weekend of March 3"). */
  weekend: /\b(by|at|over|this|last|next|until|before|through|on|during|(?:this\s+)?past)\s+(?:the\s+)?weekend\b(?!\s+of\b)/gi,
  /**
   * "results are expected midweek", "by midweek": the middle of the week, its Wednesday (see midweeks). Only as a time told
   * after a preposition or a verb of arriving, and closing its phrase ("a midweek match" is an adjective of a noun).
   */
  midweek: /(?:\b(by|until|till|before|around|this|next|last)\s+|(?<=\b(?:expected|due|come|comes|arrive|arrives|ready|back)\s))(?:the\s+)?mid-?week\b(?=\s*(?:[.,;:!?)]|$|\s+(?:and|or|at|when|but)\b))/gi,
  /** A numeric day-month-year stamp whose order the page does not say ("08/02/2013 11:10 am"). */
  numericStamp: /\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d{2}\b/,
  /** A slashed numeric date with a full year ("12/03/2026"): day-first in most of the world, month-first in the US. */
  slashedDate: /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/,
  /** Ordinal anniversaries: "the first anniversary of the accord signed on May 2". */
  anniversary: /\b(first|second|third|fourth|fifth|tenth|\d+(?:st|nd|rd|th)|one-year|two-year|three-year)\s+anniversary\b/i,
  /** Cues that the text looks back over time, so old dates in it don't make the page stale. */
  timePassed: /\b(last year|a year ago|years? ago|anniversary|year earlier|a year after|months ago|previous year|year-old|since then)\b/i,
  /**
   * The text says, in the present, how short a time has passed since something it tells of ("It is a month since the two
   * sides signed", "it has been ten days since the fire"): it was written that long after its facts, whatever "since
   * then" it also says.
   */
  /**
   * A count of days or weeks back told in a text's opening lines ("Ten days ago a ferry ran aground", "Two weeks ago
   * today"): see _doc-date.ts. Spelled up to thirty-one, or digits.
   */
  agoCount: /\b((?:twenty|thirty)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|\d{1,2})\s+(days?|weeks?)\s+ago\b/i,
  elapsedSince: new RegExp(String.raw`${IT_HAS_BEEN}(?:(?:just|only|nearly|almost|about|exactly|now)\s+)?(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?)|(?:a|one|two|three)\s+months?)\s+since\b`, 'i'),
} as const;

/** First and last month of each season named in `season` (northern meteorological seasons). */
export const SEASON_MONTHS: Record<string, readonly [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11] };

/** Month and day of each holiday in `holiday`, by its lower-cased name with the apostrophe dropped. */
export const HOLIDAYS: Record<string, readonly [number, number]> = {
  'new years eve': [12, 31], 'new years day': [1, 1], 'christmas eve': [12, 24], 'christmas day': [12, 25], 'christmas': [12, 25],
  'boxing day': [12, 26], 'valentines day': [2, 14], 'st patricks day': [3, 17], 'halloween': [10, 31],
  'veterans day': [11, 11], 'juneteenth': [6, 19],
};

/** Holidays whose day moves: days after Easter Sunday, or the nth weekday of a month (US Thanksgiving, Father's Day). */
export const MOVEABLE_HOLIDAYS: Record<string, { easter: number } | { month: number; weekday: number; nth: number }> = {
  'good friday': { easter: -2 }, 'easter': { easter: 0 }, 'easter sunday': { easter: 0 }, 'easter monday': { easter: 1 },
  'thanksgiving': { month: 11, weekday: 4, nth: 4 }, 'thanksgiving day': { month: 11, weekday: 4, nth: 4 },
  // US rules (the second Sunday of May, ...); nth -1 is the last such weekday of the month.
  'mothers day': { month: 5, weekday: 0, nth: 2 }, 'fathers day': { month: 6, weekday: 0, nth: 3 },
  'memorial day': { month: 5, weekday: 1, nth: -1 }, 'labor day': { month: 9, weekday: 1, nth: 1 },
  'presidents day': { month: 2, weekday: 1, nth: 3 }, 'columbus day': { month: 10, weekday: 1, nth: 2 },
  'martin luther king day': { month: 1, weekday: 1, nth: 3 },
};

/** Public holidays a "working day" skips (month, day): those most English-speaking countries keep at the year end. */
export const NON_WORKING_DAYS: readonly (readonly [number, number])[] = [[12, 25], [12, 26], [1, 1]];

/** Month numbers by English name, for our own month/day rules. */
export const MONTH_NUMBERS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** Spelled ordinals of the days of a month past the tenth (ordinalDay), the tens and units summed ("twenty-ninth"). */
export const ORDINAL_DAY_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30, twenty: 20, thirty: 30,
};

export const ORDINAL_YEARS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, tenth: 10, 'one-year': 1, 'two-year': 2, 'three-year': 3,
};

/** Spelled numbers up to ninety-nine, for "sixty-four years ago" (units and tens are summed). */
export const SPELLED_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, a: 1,
};

/** The day `namedHistoricDay` names. */
export const HISTORIC_DAY = { y: 2001, m: 9, d: 11 } as const;
