import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAYS } from '../dates/index.ts';
import { wordAlternation } from './_lexicon.ts';

/** A lower-case name of the dates stage as a text writes it: "monday" → "Monday". */
const capitalized = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
/** Weekday names as written, Monday first (the dates stage lists them from Sunday, in Date.getUTCDay's order). */
const WEEKDAY_WORDS: readonly string[] = [...WEEKDAYS.slice(1), WEEKDAYS[0]].map(capitalized);
/** Month names as written, January first. */
const MONTH_WORDS: readonly string[] = MONTH_NAMES.map(capitalized);
/** Month abbreviations as written ("Nov", "Sept"). */
const MONTH_ABBREVIATION_WORDS: readonly string[] = MONTH_ABBREVIATIONS.map(capitalized);

/** Verbs of deadly or wounding violence, by lemma (every inflection is a trigger), and its event nouns. */
export const VIOLENCE_LEMMAS = ['kill', 'murder', 'slay', 'shoot', 'stab', 'strangle', 'wound', 'assassinate', 'massacre'] as const;
export const VIOLENCE_NOUNS = ['murder', 'homicide', 'homicides', 'assassination', 'massacre'] as const;
/**
 * More event verbs by lemma, with their event nouns: type → [lemmas, nouns]. Each inflection of a lemma
 * is a trigger ("flooded", "floods", "flooding"); the bare infinitive is not ("threatened to kidnap").
 */
export const LEMMA_TRIGGERS: ReadonlyArray<readonly [string, readonly string[], readonly string[]]> = [
  // Floods as the news ("floods swept the valley"), not a flooded building after a dam gave way.
  ['weather', [], ['floods', 'flash floods', 'flash flood']],
  ['abduction', ['kidnap', 'abduct'], ['kidnapping', 'abduction']],
  ['attack', ['explode', 'invade'], ['invasion']],
  ['detention', ['arrest'], ['arrests']],
  ['dismissal', ['sack', 'oust'], ['ouster']],
  ['accident', ['drown'], []],
];
/** A court or a decision of one, before "overturned" in its clause: "the appeals court overturned", "his conviction was overturned". */
const OVERTURN_LEGAL_BEFORE = String.raw`\b(?:courts?|judges?|justices?|tribunals?|appeals?|verdicts?|rulings?|convictions?|acquittals?|sentences?|decisions?|bans?|judg(?:e)?ments?)\b`;
/**
 * "Overturned" as a ruling: a court undoing a decision. Only with the court or the decision as its subject or object ("the
 * appeals court overturned the ban", "his conviction was overturned", "overturned the verdict", "overturned on appeal"); a
 * boat or vehicle that overturned capsized (an accident), whatever the trigger word says of courts elsewhere.
 */
const OVERTURNED_RULING = String.raw`overturned(?:(?<=${OVERTURN_LEGAL_BEFORE}[^.;:]{0,60}?overturned)|(?= (?:(?:the|an?|his|her|its|their|this|that|these|those) (?:[\p{L}'’-]+ ){0,3}?(?:verdicts?|rulings?|convictions?|acquittals?|sentences?|decisions?|bans?|judg(?:e)?ments?|orders?|laws?)\b|on appeal\b|in (?:the )?appeal\b)))`;
/**
 * A court that rejects or throws out what was brought before it rules on it ("the Constitutional Court threw out the
 * party's petition", "the high court today has rejected the appeal"): a ruling, however the outlet words the verb. Only
 * with a court or judge as the subject before the verb (no comma between) and a filing as its object: a government
 * that "rejected the union's demands" made no ruling.
 */
const REJECT_VERB = String.raw`(?:rejected|dismissed|threw out|thrown out|turned down)`;
const COURT_REJECTED = String.raw`${REJECT_VERB}(?<=\b(?:courts?|judges?|justices|tribunals?|magistrates?)\b[^.;:,]{0,60}?${REJECT_VERB})(?= (?:the|an?|his|her|its|their|[\p{L}'’-]+['’]s) (?:[\p{L}'’-]+ ){0,3}?(?:petitions?|appeals?|cases?|lawsuits?|suits?|challenges?|complaints?|motions?|demands?|applications?|requests?|claims?|bids?)\b)`;
/** What a crime word names when it modifies these ("the Homicide Unit", "murder detectives", "the homicide rate"): a desk or a figure, not an act. */
const CRIME_DESK = '(?:unit|division|detectives?|investigators?|squad|bureau|section|team|department|sergeant|lieutenant|rates?|statistics)\\b';
/** Firearms, for a gun that "went off" or "discharged": the act is told through the weapon. */
const FIREARM = '(?:gun|rifle|pistol|handgun|shotgun|weapon|firearm|revolver)s?';
/**
 * Before "arrived", a vehicle, a storm or a piece of mail: a bus, helicopter or tornado that "arrived" is a thing coming,
 * not somebody's visit ("before the helicopter arrived", "the tornado arrived", "the buses arrived a little after two").
 * The people it carries or befalls are told by the clause's other verbs.
 */
const ARRIVING_THING = String.raw`(?:bus(?:es)?|coach(?:es)?|trains?|trams?|planes?|aircraft|jets?|flights?|helicopters?|ships?|boats?|ferry|ferries|trucks?|lorry|lorries|vans?|cars?|ambulances?|fire engines?|storms?|tornado(?:e?s)?|hurricanes?|typhoons?|cyclones?|rain|floods?|floodwaters?|water|waves?|snow|winds?|heat|cold|parcels?|packages?|deliver(?:y|ies)|shipments?|letters?|mail|post|results?|reports?)`;
/**
 * After "reached", a figure: a sum, count or level is reached, not a place ("Payments reached 40 million", "reached
 * nearly 3,000", "reached record highs"), so the clause tells no visit.
 */
const REACHED_FIGURE = String.raw`(?:(?:about|around|nearly|almost|roughly|some|more than|over|under|just|only|a total of|record|new|all-time) )*(?:[\d£$€¥]|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|millions|billions)\b|(?:highs?|lows?|levels?|peaks?|heights)\b)`;

/** A count in words, as news copy writes numbers up to twenty and the round tens (one … twenty, thirty … ninety). */
const COUNT_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
/** What follows an obligation's "by" when it bounds a date, not an agent: "by the end of March", "by Friday", "by 30 June". */
/** What follows "on" when it names a day: "on Friday, May 15", "on January 15", "on 9 February", "on 09.04.2026". */
const ON_DAY = String.raw` (?:(?:${[...WEEKDAY_WORDS, ...MONTH_WORDS].join('|')})\b|\d)`;
/** What follows "until" when it names a day, not an hour: "until May 29", "until Saturday", "until the end of May" (not "until 10pm"). */
const UNTIL_DATE = String.raw` (?:the )?(?:(?:end|close|middle|start|beginning) of\b|(?:next |this )?(?:${[...WEEKDAY_WORDS, ...MONTH_WORDS].join('|')})\b|\d(?![\d.:]*\s*(?:am|pm|a\.m|p\.m|o'clock)\b))`;
const BY_DATE = String.raw` (?:the )?(?:(?:end|close|middle|start|beginning) of\b|(?:next |this )?(?:${[...WEEKDAY_WORDS, ...MONTH_WORDS].join('|')})\b|\d)`;

/**
 * An office a person takes ("became director of the new agency", "was named interim chairman"): a title, as its last word.
 * (A chief officer's too, "became the board's chief medical officer", and an envoy's, "became ambassador to Osk".)
 */
const OFFICE = String.raw`(?:prime minister|president|minister|governor|mayor|chair(?:man|woman)?|chief executive|leader|director|head|commissioner|secretary|commander|captain|coach|manager|editor|chief|officer|ambassador)\b`;
/**
 * An announced commitment of money or cover, told in reported speech ("said it would release $3 million in aid", "announced
 * that the state would guarantee deposits"): a pledge made the day it was said; its "would" is what it promises.
 */
export const SPEECH_PLEDGE = /(?:said|announced|confirmed) (?:that )?(?:[\p{L}'’()-]+ ){1,3}?would (?:release|provide|guarantee|donate|fund|pay|compensate|refund|reimburse|contribute|set aside)/iu;
/**
 * Right after a trigger word: the rest of a hyphened compound modifier ("the tornado-struck town", "a flood-hit valley",
 * "the war-torn north"). The compound names a place or thing by what befell it before; it tells no act of its clause.
 */
export const COMPOUND_MODIFIER_AFTER = /^-(?:struck|stricken|hit|ravaged|torn|affected|battered|damaged|devastated|wrecked|scarred|prone|weary)\b/i;
/**
 * Trigger lexicon: event type → regex over a sentence. Order matters only for ties in summaries;
 * a sentence may carry several types ("met ... and signed an accord").
 */
export const EVENT_TRIGGERS: ReadonlyArray<readonly [string, RegExp]> = [
  // "talks" after an adverb or before "up/down" is the verb, speaking, not negotiations: "the firm still talks about June",
  // "talks up the deal". "talks of" is left alone: as often the noun ("after talks of ninety minutes").
  // "have met too many drivers who...", "met so many": people met beyond measure tell experience, not one meeting.
  // A passive "met" is a reception or a target, not a meeting: "the news was met with relief", "the targets were met".
  // "a special budget session": a special session may be named by its business between the two words.
  // "a public consultation, which the council has scheduled for June 9": the consultation is a meeting held on its day.
  ['meeting', /\b((?<!\b(?:was|were|is|are|be|been|being) (?:(?:largely|widely|mostly|only|also|often|quickly) )?)met(?! (?:too|so) many\b)|meets?|meetings?|(?<!\b(?:still|also|now|only|openly|often|even|already|always|no longer) )talks(?! (?:up|down)\b)|summit|held (?:talks|discussions)|sat down (?:with|in|together|for)|negotiations|negotiat(?:ed|ing) (?!with\b)|held (?:a|an|its|their|the) (?:[\p{L}-]+ ){0,3}?(?:session|hearing|conference|summit|forum)|ceremony|laid a wreath|unveiled|was marked|(?:cabinet|emergency|extraordinary|plenary|special)(?: [a-z]+)? session|public consultation|session of the|convened)\b/iu],
  // Leaving: "flies home on Tuesday evening", "the plane left Varnholt", "returned from the state visit".
  ['departure', /\b(departed|(?:fl(?:y|ies|ew|ying|own)) (?:home|back|out of)|(?:to )?fly home|returned (?:[\p{L}-]+ ){0,4}?from (?:a|an|the|his|her|their|its) (?:[\p{L}-]+ ){0,3}?(?:visit|trip|tour|mission)|cut short (?:a|an|his|her|their|the) (?:[\p{L}-]+ ){0,2}?(?:visit|trip|tour))\b/iu],
  ['visit', new RegExp(String.raw`\b(visit(?:s|ed|ing)?|(?<!\b${ARRIVING_THING} (?:(?:has|have|had|finally|eventually|only|just) )?)arrived|arrival in|trip to|tour(?:ed)? of|toured|landed in|travell?ed to|crossed (?:into|the border)|(?:was|were) (?:welcomed|greeted|received)\b(?= [^.;]{0,40}\bby\b)|state visit|sent (?:a|an|its|their) (?:[\p{L}-]+ ){0,2}?(?:mission|delegation)|reached (?!(?:her|him|them|us|me|it|an?|its|their|his|our|my|out|agreement|a deal|consensus|the (?:end|stage|point|limit|conclusion|decision|agreement))\b)(?!${REACHED_FIGURE}))\b`, 'iu')],
  // "Minister X, who flew to Garrow in the afternoon, said": a person flown to a named place went there, a visit. (Not
  // carried there, "was flown to Osk with burns"; not a craft, "the helicopter flew to Osk"; a capital must follow, as
  // "flew to the scene" or "flew to safety" names no place to visit.)
  ['visit', new RegExp(String.raw`(?<!\b(?:was|were|been|being|be|${ARRIVING_THING}) )\b(?:[Ff]l(?:ew|ies|own) to)(?= \p{Lu})`, 'u')],
  // "a sign that the licences are used" is a noun, not a signing. The phrasal verbs "sign off" (approve: "signed it off as safe")
  // and "sign up" (enrol: "2,000 volunteers signed up") put no name to a document.
  ['signing', /\b((?<!\b(?:a|an|the|no|any|every|clear|first)\s)signs?|sign(?:ed|ing)|put their names|inked|(?:19|20)\d\d (?:treaty|accord|pact|armistice|peace (?:deal|agreement))|(?:treaty|accord|pact|armistice) of (?:19|20)\d\d|put (?:the|their) signatures)\b(?! (?:(?:it|them|this|that|him|her) )?(?:off|up)\b)/i],
  ['toast', /\b(toast(?:s|ed)?|raised (?:a|the|their|his|her) glass(?:es)?)\b/i],
  ['launch', /\b(launch(?:es|ed|ing)?|test-fired|slid down the slipway|lift-?off)\b/i],
  // People sent out to a place to act there ("sent three inspectors to the quarry", "dispatched a team of engineers to the
  // dam"): the sending is a deployment, as troops are; goods or letters sent are not.
  ['deployment', /\b(deploy(?:s|ed|ing|ment)?|stationed|dispatched troops|sent troops|(?:sent|dispatched) (?:(?:a|an|another|its|their|two|three|four|five|six|seven|eight|nine|ten|\d+|dozens of|hundreds of|more) )?(?:(?:extra|more|additional|specialist|forensic|senior) )?(?:investigators|inspectors|experts|engineers|officers|policemen|police officers|firefighters|rescuers|doctors|medics|paramedics|soldiers|divers|observers|teams?(?: of [\p{L}-]+)?) (?:(?:back )?to|into)\b|sailed (?:at|from|for|on)|(?:begin|began|begins|start|started|starts) (?:its |their |the )?(?:first )?patrols?|patrols? (?:would|will) (?:start|begin))\b/iu],
  // "released" people or goods, not a statement, figures or a video ("released figures showing ...").
  ['transfer', /\b(handed (?:[\w-]+ ){0,4}over|(?:being |been |was |were |are |is )?hand(?:ed|ing) out (?!(?:a |the |their |his |her )?(?:sentences?|fines?|penalt(?:y|ies)|bans?|suspensions?|punishments?)\b)|handover|hand-over|transfer(?:red)?|released(?! on bail| (?:(?:a|an|the|its|their|new|his|her) )?(?:joint )?(?:statements?|figures|reports?|data|videos?|footage|details|names?|identit(?:y|ies)|results|photos?|images?|documents|emails|records|information|lists?|polls?|surveys?|plans?|budgets?|text|transcripts?)\b)|release of|freed|repatriat(?:ed|ion)|(?:prisoner|prisoners|detainee|captive|hostage) (?:exchange|swap)s?|(?:exchang(?:e|es|ing)|swap(?:s|ping)?) (?:[\p{L}\d,-]+ ){0,3}?(?:prisoners|captives|detainees|POWs|hostages|bodies|soldiers|servicemen|civilians)\b|(?:the|a|this|that|first|latest|last) swap\b|(?:exchange|swap)s? of (?:prisoners|detainees|captives|hostages|bodies|prisoners of war|POWs)|(?<!\b(?:have|has|had) )(?:exchanged|swapped)(?! (?:fire|views|words|gifts|messages|greetings|letters|notes|vows|glances|ideas|information|insults|blows|pleasantries|documents)\b)|deliver(?:ed|y)|docked|berthed)\b/iu],
  // A person's renewed or stepped-up attack ("renewed her attack on the plan") is a war of words, not violence: a
  // single speaker renews criticism; an assault is told as one act.
  ['attack', /\b((?<!\b(?:renewed|renews|renewing|stepped up|steps up|stepping up) (?:his|her) )attacks?|attacked|broke into|break-in|hacked(?: into)?|(?:air|missile|drone|rocket|artillery) ?strikes?|shot down|fired (?:missiles|rockets|shells|drones)|shell(?:ed|ing)|bomb(?:ed|ing)|explosions?|blasts?|ambush(?:ed)?|opened fire|gunfire|gunned down|(?:gun)?shots? (?:(?:was|were) )?(?:fired|rang out)|gunshot wounds?)\b/i],
  // The same act by lemma ("was slain", "murdered", "kills"), a gun that goes off, and the shots fired.
  ['attack', new RegExp(`\\b((?:${wordAlternation(VIOLENCE_LEMMAS, VIOLENCE_NOUNS)})(?! ${CRIME_DESK})|${FIREARM} (?:[\\p{L}-]+ ){0,2}?(?:went off|discharged|fired)|(?:discharged|fired) (?:a|an|the|his|her|their|several|multiple|two|three|\\d+) (?:[\\p{L}-]+ )?(?:${FIREARM}|shots?|rounds?))\\b`, 'iu')],
  // "The first baby was born there on Wednesday": the tagger reads "born" after "was" as a bare verb, so no generic act is
  // found; a birth told in the passive is an event of its own.
  ['birth', /\b((?:was|were|been|is|are) born)\b/i],
  ['death', /\b(died|dies|(?:was|were|is|are) (?:found |pronounced )?dead|found dead|found (?:[\p{L}'-]+ ){1,3}?dead\b|(?:pronounced|declared|left|leaving|leaves) (?:[\p{L}\d-]+ ){0,3}?dead\b|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:people |persons )?dead (?:after|following|in)\b|passed away|death of|(?:bod(?:y|ies)|remains) (?:(?:was|were|had been|have been|has been) )?(?:found|discovered|recovered))\b/iu],
  // "wrote to affected patients", "has written to every household": writing to someone is a letter sent, a message, unlike
  // "wrote that ..." (words attributed). Not "wrote to say" or "wrote to ask", where the infinitive follows.
  ['message', /\b((?:wrote|has written|have written|had written) to (?!(?:say|ask|tell|thank|complain|explain|warn|urge|express|confirm|request|demand|inform|apologi[sz]e)\b)(?:the |its |their |his |her |all |every |each |affected |some )?[\p{L}-]+|congratulat(?:ed|ion|ions|ory)|(?:an? |in an |internal |the )e-?mail\b|e-?mailed|(?:anniversary |congratulatory )?message|letter to|greetings to|telegram|condolences|thanked|(?:tele)?phone call|by (?:the )?(?:tele)?phone)\b/iu],
  // "spoke to" someone is an interview; "spoke to us" is the outlet's own lead-in to the clip or quote that follows.
  // What someone "told us on Saturday" is the outlet's interview on that day, as "said on Saturday" is a statement then, however
  // the sentence frames it ("Here is what the police spokesman told us on Saturday").
  // A statement "put out", "released", "published" or "sent out" is one issued: the verbs are interchangeable in news copy.
  // A person's renewed or stepped-up attack on someone is criticism spoken again (see 'attack').
  ['statement', /\b(joint statement|(?:issued|put out|released|published|sent out) (?:a|an) (?:(?:short|brief|written|new|further) )?statement|(?:renewed|renews|renewing|stepped up|steps up|stepping up) (?:his|her) (?:attacks?|criticism) on|in a statement|communiqu[eé]|(?:press|news) conference|(?:a|the|his|her|its) briefing|told (?:reporters|journalists|a crowd)|told (?:the|a|an) (?:[a-z-]+ ){0,2}?(?:inquiry|committee|hearing|court|tribunal|parliament|assembly|senate|jury|panel|lawmakers|MPs|deputies|senators|legislators|councillors)\b|(?:said|declared|confirmed|stated|told (?:us|me)) (?:late |early )?(?:on|at) (?:the|a|\w+day)|(?:said|declared|confirmed|stated|told (?:us|me)) (?:late |early )?(?:yesterday|today|tonight|last night|this (?:morning|afternoon|evening)|last (?:week|month|year)|(?:a|an|one|two|three|four|five|six|ten) (?:days?|weeks?|months?|years?) ago)|rejected|(?:in )?a (?:short )?address|spoke to(?! (?:us|me)\b)|announced|(?:a|an|the|its|their) announcement|in an interview|demanded|apologi[sz](?:ed|es|e)|(?:am|are|is|was|were|'m|’m) (?:deeply |truly |very |so |really |most )?sorry\b(?! (?:that|if|to (?:say|hear|see|report|learn|tell))\b)|(?:an|his|her|its|their) apology|replied|denied|condemned|defended (?:his|her|their|its|the) |critici[sz]ed|praised|(?:[’']s|its|their|his|her) (?:answer|reply)\b(?! to\b)|called (?:the|his|her|their|its|these|those|such) (?:claims?|allegations?|accusations?|charges?|reports?)(?= ["“]))\b/i],
  ['appointment', new RegExp(String.raw`\b((?:became|become|becomes|has become) (?:the )?(?:[\p{L}'’-]+ ){0,3}?${OFFICE}|(?:was|were|been|is|are) named (?:the |its |their |as )?(?:[\p{L}-]+ ){0,2}?${OFFICE}|took (?:command|charge) of|(?:cabinet |government )?reshuffle|was appointed|(?:appointed|named) (?:[\p{L}'’.-]+,? ){0,8}?as|(?:appointed|appoints) (?:a|an|the|its|his|her|their) |sworn in|took office|inaugurated|inauguration|(?:was|were|been) (?:named|nominated|chosen) (?:as |to (?:lead|head|replace|succeed) )|to succeed)\b`, 'iu')],
  // A call for an inquiry or a truce is a demand made in public, like "demanded": 'called for an "immediate and independent"
  // investigation'. Speaking right after an occasion ("said after the talks") is a statement on that occasion's day.
  // (Translated copy puts the speaker after the verb: '„…“, declared the President after the Ceremony'.)
  ['statement', /\b((?:called|(?:(?:has|have|had) )?asked) for (?:an?|the) (?:[\p{L}"“”'’-]+ ){0,3}?(?:investigation|inquiry|probe|ceasefire|truce|restraint|calm)|(?:said|declared|told reporters) (?:the [\p{L}-]+ )?(?:after|following|at the end of) (?:the|a|an|his|her|their|its) (?:[\p{L}-]+ ){0,2}?(?:talks|meeting|summit|visit|negotiations|session|hearing|ceremony|signing))\b/iu],
  // People "were flown out" (or ferried, bussed out) of a place in a count were moved out of it, whatever the craft (a
  // transfer of people, kept apart from a nearby "evacuation" that names the operation as a whole).
  ['transfer', /\b(?:was|were|been|being) (?:flown|ferried|bussed) out\b/i],
  // A craft or load told as due arrives then: "The fourth convoy is due next Tuesday", "the charter with the last evacuees is
  // due in Fenstow tomorrow" (not a thing due to change state: "flights are due to resume").
  ['transfer', /\b(?:convoys?|flights?|charters?|planes?|aircraft|shipments?|deliver(?:y|ies)|consignments?|ferry|ferries|lorries|trucks|ships?) (?:[\p{L}-]+ ){0,4}?(?:is|are) due\b(?! to (?:resume|restart|be|reopen|close|end|stop)\b)/iu],
  // A drill of forces, dated by its days: "the winter exercise from December 28", "joint naval drills in March".
  ['exercise', /\b((?:military|naval|joint|winter|summer|spring|autumn|training|live-fire|war|army|air force) (?:exercises?|drills?|manoeuvres|maneuvers))\b/i],
  ['vote', /\b(voted|vote on|ratif(?:ied|ication vote)|referendum)\b/i],
  ['election', /\b(elections?|runoff|run-off|(?:first|second) round of (?:voting|the election)|in the (?:first|second) round|recount|(?:was|were) (?:re-?)?elected|won (?:the|a|an) (?:vote|election|seat|majority|presidency|ballot|referendum)|polls (?:opened|closed))\b/i],
  ['resignation', /\b(resign(?:ed|s|ation)?|stepped down|steps down|quit as)\b/i],
  ['suspension', /\b(revok(?:ed|es|ing)\b|(?:halted|stopped|ceased|suspended|shut down) (?:all )?(?:production|operations|sales|deliveries|exports|imports|trading|work)|suspended\b(?! (?:its|their) (?:talks|operations|service|flights)\b)|(?:was|were) dismissed|(?:lost|loses|lose) (?:its|their|his|her) licen[cs]e|licen[cs]e (?:was |has been )?(?:revoked|withdrawn))\b/i],
  // Taking a vehicle or fleet out of service: "has grounded the ferry", "the grounding of the fleet" (not "a grounding in law").
  ['grounding', /\b(grounding(?! (?:in|wires?|cables?|strap)\b)|grounded (?:all|the|its|her|his|their|both|every|each)\b)/i],
  // A court appearance is a hearing ("appeared in court on Friday", "is expected to appear before a judge on Sunday", "appears at
  // the Crown Court today"); not what court papers show ("appeared in court documents").
  // (A body that "will hear" someone holds a hearing then: "the defence committee will hear the colonel on May 12".)
  // ("will stand trial", "stood trial" say the same as "go on trial": the trial is a hearing, dated by its own day.)
  ['hearing', /\b((?:committee|inquiry|panel|tribunal|commission|court)(?:[’']s)? (?:will|would|is to|is due to|is set to|are to) hear\b|hearings?|appear(?:s|ed|ing)? (?:[\p{L}'’-]+ ){0,2}?(?:in|before|at) (?:the |a |an )?(?:[\p{L}'’-]+ ){0,3}?(?:court|magistrates|judge|jury|tribunal)\b(?! (?:documents?|records?|papers|filings?|files)\b)|(?:go|went|goes|stand|stood) on trial|(?:stand|stands|stood|standing) trial\b|(?:go|goes|went|going) (?:to|before) (?:the |a )?(?:[\p{L}-]+ ){0,3}?(?:court|judge|jury|tribunal)\b|trial (?:of|began|opened|starts|will)|court (?:case|session)|(?:case|appeal|lawsuit|suit|challenge|complaint)s? (?:[\p{L}]+ ){0,3}?(?:be|been|was|were|is|are) heard)\b/iu],
  // A finding told as the attribution closing the sentence, after what was found ("The fire was arson, the county's coroner
  // found on Tuesday."): the finding itself, dated by its day.
  // "Overturned" is a ruling only beside the court or the decision it undoes (see OVERTURNED_RULING).
  ['ruling', new RegExp(String.raw`(?<=,\s(?:the\s|an?\s)?(?:[\p{L}'’-]+\s){0,4})(?:found|concluded) (?:late |early )?on \w+day(?=\s*\.)|\b(ruled(?! out\b)|rule on|ruling on|verdict|convicted|acquitted|found (?:him|her|them) (?:not )?guilty|(?:was|were) (?:found )?(?:not )?guilty|upheld|${OVERTURNED_RULING}|${COURT_REJECTED}|struck down)\b`, 'iu')],
  // Disasters: a structure that fails, a river over its banks, a natural hazard.
  ['disaster', /\b((?:dam|levee|dyke|dike|embankment|bridge|building|mine|tunnel)\b[^.;,]{0,40}?\b(?:failed|fail|broke|burst|collapsed)(?! to\b)|gave way|give way|collaps(?:e|ed|es) of|(?<!\b(?:a|the) )collapsed|burst (?:its|their) banks|(?:was|were) (?:swept|washed) away|breach(?:ed)?(?! of (?:the )?(?:ceasefire|truce|contract|agreement|accord|rules?|law|peace|trust)\b)|(?:earth)?quakes?|tremors?|landslides?|avalanche|hurricane|typhoon|cyclone|tornado|wildfire|eruption|derail(?:ed|ment))\b/i],
  // A court ordering a suspect held: "was remanded in custody", "was ordered held in custody for 30 days by a court", "remanded
  // him on bail" (not a state he is kept in: "was kept in custody", "has been in custody since Saturday").
  // (And a defendant who "has been on bail since May": the bail that began the state was set then, as a state counted from a
  // date began then.)
  ['remand', /\b((?:has|have|had) been (?:out )?on bail(?= since\b)|remand(?:ed|s)? (?:[\p{L}'’-]+ ){0,3}?(?:in|into|on) (?:custody|detention|bail)|remanded\b(?! (?:prisoners?|inmates?|suspects?|wing|centre|center|home)\b)|(?:was|were|been) ordered (?:to be )?(?:held|kept|detained) (?:in (?:custody|detention|jail|prison)|on remand)|(?:ordered|placed) (?:[\p{L}'’-]+ ){0,3}?(?:in|into) (?:pre-?trial|preventive) detention)\b/iu],
  // An aftershock is an event of its own, after the quake it follows (not merged into it).
  ['aftershock', /(?<!\bnot (?:an? |the )?)\b(aftershocks?)\b/i],
  // Land, streets or homes told as under water, in the past, were flooded then ("farmland was under water on Sunday after the
  // board opened the gates on Saturday"): the flooding is the act, whatever caused it. (Not the present, which speaks in
  // general: "when a neighbour's house is under water".)
  ['flood', /\b((?:was|were|lay|remained|stood|stayed|been|went) (?:under ?water|submerged)|(?:was|were|been) (?:flooded|submerged|inundated))\b/i],
  ['weather', /\b((?:a|the|severe|heavy|violent|tropical|winter) storms?\b|damaged by (?:a|the) (?:storm|flood|fire|earthquake|hurricane|typhoon)|(?:heavy|torrential) rains?|rainfall|downpours?|(?:days|nights) of (?:rain|storms)|snowstorm|blizzard|heatwave)\b/i],
  // "We had everyone off in three hours", "to get everyone off": getting everyone off a ship, train or building empties it.
  ['evacuation', /\b(evacuat(?:ed|ion|ions|ing)|(?:get|gets|got|getting|had|have|has) (?:everyone|everybody) off\b(?! (?:work|duty|the hook)\b)|moved (?:\d[\d,]*|dozens of|hundreds of) (?:patients|residents|people|passengers|pupils|prisoners|inmates) to|forced from (?:their|his|her) homes?|fled (?:their|his|her) homes?|left (?:their|his|her) (?:homes?|houses))\b/i],
  // Rescuers at work are told in the progressive too ("firefighters were pulling drivers out of the cars"), and people
  // trapped are "freed from" what holds them ("worked an hour to free the passengers from the carriage"); not freed from
  // prison or captivity, a release (the place names a physical trap).
  ['rescue', /\b(rescued|fre(?:e|ed|eing) (?:[\p{L}\d,'’-]+ ){0,6}?from (?:the |a |an |its |their )?(?:[\p{L}-]+ ){0,2}?(?:rubble|wreckage|debris|ruins|wreck|shelter|car|cars|vehicles?|cab|bus|tram|train|carriage|mud|snow|building|basement|cellar|lift|elevator|mine|cave)\b|(?:lifted|pulled|pulling|airlifted|plucked|led|guided|escorted|helped|winched|hauled) (?:[\p{L}\d,'-]+ ){0,6}?(?:from|out|to safety)|airlifted|(?:were|was) taken off (?:by|the)|took (?:[\p{L}\d,'’-]+ ){1,6}?off (?:the|a|an|its|their) (?!(?:market|shel(?:f|ves)|air|agenda|table|list|road|books|payroll)\b))\b/iu],
  // A running tally ("the death toll rose to 23 on Wednesday"), dated by the day it was counted.
  ['toll', /\b(death toll|put the (?:death )?(?:toll|number(?: of (?:dead|deaths|victims))?) at|toll (?:rose|climbed|stood|reached)|(?:are|were) (?:now )?confirmed dead)\b/i],
  ['pledge', new RegExp(String.raw`\b(pledg(?:ed|es|e|ing)|promised\b(?! land\b)|donat(?:ed|ion|ions)|(?:aid|relief|rescue) package|offered (?:rescue|aid|relief|help|assistance|to (?:take|send|provide|supply|lend))|(?<!\b(?:we|I) )(?:has|have|had) offered (?:the|an?|to (?:an?|the)) (?!(?:[\p{L}\d.%-]+ ){0,3}?(?:rise|increase|raise|deal|price)\b)|paid (?:€|\$|£)?\d|${SPEECH_PLEDGE.source})\b`, 'iu')],
  // Money changing hands: "has paid to the railways 310,000 marks", "began paying", "refunds will be paid".
  // Money that reaches or goes out to people is paid then ("The first payments will reach families by the end of June",
  // "payouts went out on Friday"); not a sum reaching a figure ("payments reached 40 million").
  ['payment', /\b(paid (?:out |back )?to|(?:began|begun|started|starts?|begins?) (?:paying|to pay)|(?:refunds?|compensation|ransom|wages|fines?) (?:(?:was|were|will be|would be|has been|have been) )?paid|paid (?:the|a) (?:ransom|fine|refunds?)|(?:was|were|be|been|being) paid(?! (?:tribute|homage|respects))|(?:first |the |initial )?(?:payments?|payouts?) (?:are|is|were|was|will be) (?:expected|due|made)|(?:payments?|payouts?) (?:will |would |should |are (?:expected|due|set) to |is (?:expected|due|set) to )?(?:reach(?:es|ed)?|arrive[sd]?|go(?:es)? out|went out) (?!\d))\b/i],
  // Service lost: power, rail, networks ("lost electricity", "a national blackout", "were turned back at the border");
  // active "who shut down the railway" describes the culprit, not a new outage.
  // A building that runs on its own generators, or whose generators "took over", lost mains power and met it with its own
  // ("the hospital ran on its own generators through the night", "within seconds the generators took over"): an act of its
  // own, not the outage itself (which the text tells of the grid).
  ['backup power', /\b((?:ran|run|runs|running|switched|switching) (?:on|to) (?:(?:its|their|the|own|backup|back-up|emergency|standby|diesel) ){1,3}generators?|generators? (?:took|had taken|have taken|has taken) over|generators? kicked in)\b/i],
  // Declaring a time of mourning is an act of its own, on the day it was declared ("President Ilse Marrow declared three days of
  // national mourning"); the day a "for" or "from" gives right after it is the mourning's (see MOURNING_DAY_BEFORE).
  // The day mourned may stand as the object before it ("declared Tuesday a national day of mourning", "declared Friday, May 8,
  // a day of mourning"): that day is the mourning's, not the declaring's (see MOURNING_DAY_BEFORE).
  ['declaration', new RegExp(String.raw`\b(declared (?:(?:${WEEKDAY_WORDS.join('|')}|today|tomorrow)(?:,? (?:${MONTH_WORDS.join('|')}) \d{1,2},?| \d{1,2} (?:${MONTH_WORDS.join('|')}),?)? )?(?:a |an |the )?(?:[\p{L}-]+ ){0,3}?mourning)\b`, 'iu')],
  // A service told as down for a span of time was out of use that long: "its online banking was down for three hours on March 14"
  // (only with the span: "sales were down for the third month" tells a figure).
  ['outage', /\b((?:was|were|went) down for (?:(?:about|around|nearly|almost|more than|over|under|some|several|a few|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+|an?|most of (?:the|a))\s+)*(?:minutes?|hours?|days?|the (?:day|night|morning|afternoon|evening|weekend)))\b/i],
  ['outage', /\b(blackouts?|(?:were|was) unable to (?:withdraw|pay|use|access|make (?:card )?(?:payments|calls)|call|log in|board|travel|fly|get (?:cash|money|through|online))|power cuts?|(?:power |network |internet )?outages?|lost (?:power|electricity)|without (?:power|electricity)|(?:were|was) (?:turned back|held at the border|cancelled|halted|grounded)|turn(?:ed)? back|ground to a halt|(?:was|were|been|being) shut down|went dark)\b/i],
  // Service back: "came back online", "were reconnected", "trains started moving again".
  ['restoration', /\b(restored|restart(?:ed|s)? (?!(?:talks|negotiations)\b)|(?:came|comes|is|are|was|were) back (?:online|on ?line|in service|up)|came back(?! to (?:us|me|him|her|them|you|the)\b)|back online|reconnected|(?:had|have|has|got|get|gets) (?:their|its|his|her|the) (?:power|electricity|water|supply|service|connection) back|resumed|reopen(?:s|ed|ing)?|(?:started|began) (?:moving|running|operating) again|(?:first|last) (?:trains?|flights?|buses|ferries) (?:in [\w ]{1,20} )?(?:left|ran|departed))\b/i],
  // A warning given ("warned KNR in writing"), not one about what might come.
  ['warning', /\b((?:had|has|have) been warned|warned (?!that\b|of\b|against\b)(?:[A-Z][\p{L}-]*|the|its|their|his|her|him|them)|(?:a |the |its )?(?:written|formal) warning|[Aa]lerted (?:the|a|its|their|health|police|local) (?:[a-z-]+ )?(?:authorit(?:y|ies)|regulators?|police|ministry|agency|hospitals?)|raised the alarm)\b/u],
  // Rules starting: "the ban takes effect on Saturday".
  ['regulation', /\b((?:takes?|took|taking) effect|(?:comes?|came|coming) into (?:force|effect)|entered into force)\b/i],
  // Products taken off the market ("ordered the recall of three batches", "pulled the syrup from shelves");
  // "she recalled that ..." is memory, not a recall.
  ['recall', /\b((?:a|the|its|their|product|voluntary|nationwide|national|global|precautionary|mass) recalls?\b|recall(?:s|ed|ing)? (?:of |a |an |all |some |every |more |nearly |almost |about |around |over |\d|batch|lots? |products?|vehicles|cars|models|units|items|medicines?|drugs?|devices|(?:the|its|their) (?!day\b|moment\b|time\b|days\b|words?\b|conversation\b|scene\b)[\p{L}-]+)|(?:withdrawn|pulled|removed|withdrew) (?:[\p{L}'-]+ ){0,5}?(?:from|off) (?:the |its |their |all |a )?(?:[\p{L}-]+ )?(?:sale|market|shel(?:f|ves)|pharmac(?:y|ies)|stores)|(?:was|were) withdrawn (?:over|after|because)|withdr(?:ew|awn) (?:a|an|the|its|their|all) (?:[\p{L}'-]+ ){0,3}?(?:syrups?|drugs?|medicines?|tablets|pills|vaccines?|products?|batch(?:es)?|lots|foods?))/iu],
  // People falling ill: "admitted to hospital", "fell ill", "were poisoned", an outbreak declared.
  // ("fourteen were in the infirmary": the count's lookbehind sits after the verb, so it is tried only where a verb matched, not at every character.)
  ['illness', /\b((?:admitted|taken|rushed|airlifted) to (?:a |the )?(?:[\p{L}'’-]+ ){0,4}?(?:hospitals?|intensive care|clinics?)|hospitali[sz]ed|(?:were|was|are|is)(?<=\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens|hundreds)\b[^.;:]{0,40}?(?:were|was|are|is)) (?:still )?in (?:the )?(?:[\p{L}'’-]+ ){0,3}?(?:hospital|infirmary|intensive care)\b|fell ill|(?:became|were|was|been|got) (?:seriously |critically )?(?:ill|sick|sickened|poisoned|infected)|outbreak (?:of|was|has been)|(?:an|the) outbreak|tested positive|food poisoning)\b/iu],
  // People given medical care after an incident, told with their count or their complaint: "the hospital said it had treated
  // 96 people", "37 people had been treated for burns during the night", "were treated 37 Persons" (translated word order),
  // "twelve were treated at the scene". The care is an act of the night or day it was given, like an admission to hospital.
  // (Not a way of dealing with something, "the death is being treated as suspicious", "treated with caution"; not a state
  // still going on, "eleven patients are still being treated".)
  ['treatment', new RegExp(String.raw`\b(treated (?=(?:(?:about|around|nearly|almost|more than|over|at least|some|another|a further) )?(?:\d[\d,]*|${COUNT_WORD}|dozens|hundreds|scores)\b)|(?:had been|have been|has been|were|was)(?<=\b(?:\d[\d,]*|${COUNT_WORD}|dozens|hundreds|scores)\b[^.;:]{0,40}?(?:had been|have been|has been|were|was)) treated(?! (?:as|like|with (?:caution|suspicion|respect|contempt|scepticism|skepticism))\b))\b`, 'iu')],
  // Bans, embargoes and sanctions imposed: "banned all liquid medicines", "imposed a curfew".
  ['ban', /\b(banned|(?:imposed|announced|ordered|introduced|lifted) (?:a |an |new |fresh |the )?(?:[\p{L}-]+ )?(?:ban|embargo|curfew|sanctions|moratorium)|(?:a|the) ban on|prohibited)\b/iu],
  // Protests and strikes: "went on strike", "thousands marched", "protesters gathered"; a riot is public disorder of a crowd
  // ("was a riot last year", "inmates rioted"), but "riot police", "riot gear" name the force that answers one.
  ['protest', /\b(protest(?:ed|ers|s)?(?! (?:his|her|their) innocence)|(?<!anti-)(?:riot(?:s|ed|ing)?|rioters)(?! (?:police|officers|gear|shields?|squads?|vans?|units?|control|act)\b)|demonstrat(?:ion|ions|ors)|rall(?:y|ies|ied) (?:in|outside|against|at)|marched|(?:went|go|going|are|were|is|was) on strike|(?:a|the|general|national) strikes?\b(?! (?:on|against) )|walk(?:ed)?[- ]?outs?|walked out|sit-ins?|blockad(?:e|ed))\b/i],
  // Court filings: "sued", "filed a lawsuit", "were indicted", "lodged an appeal"; claims filed or lodged ("filed claims for
  // 3 million against the builder") are the formal demand that opens a case, singular or plural.
  // An application to a court for an order is the filing of its own ("granted the injunction, two days after the authority
  // applied for it"): the order named in the sentence, or after "for".
  ['lawsuit', /\b(sued|(?:filed|lodged|brought) (?:a |an )?(?:[\p{L}-]+ )?(?:lawsuit|suit|complaint|appeal|case|petition|claims?)|lawsuit|(?:was|were) indicted|indictment|appealed|applied (?:to (?:the |a )?(?:[\p{L}-]+ ){0,2}?court )?for (?:(?:an?|the) (?:[\p{L}-]+ )?(?:injunction|court order|restraining order|judicial review)|(?:it|one)(?<=\b(?:injunction|court order|restraining order)\b[^;]{0,200})))\b/iu],
  // Penalties: "was fined", "a fine of".
  ['penalty', /\b(fined|(?:a|the) (?:fine|penalty) of|(?:imposed|issued) (?:a |an )?(?:[\p{L}-]+ )?(?:fine|penalty))\b/iu],
  // Jobs and plants: "cut 1,200 jobs", "laid off", "will close two plants".
  ['layoff', /\b(lay-?offs?|laid off|(?:cut|cuts|cutting|shed|shedding) (?:about |around |some |nearly |more than )?[\d,.]+(?: \w+)? (?:jobs|workers|staff|positions)|job cuts|(?:closed|shut|shuttered) (?:[\p{L}-]+ ){0,2}?(?:plants?|factories|factory|mines?|stores?|branches|offices|mills?))\b/iu],
  // Accidents: crashes, sinkings, fires; people or cargo lost, washed or fallen overboard is a mishap at sea ("went
  // overboard" is left out: it is also the idiom for overdoing a thing).
  // A craft or vehicle that "overturned" (no court or decision beside it) capsized or rolled over: "the ferry overturned off
  // Vexholt", "a lorry overturned on the bypass" (not "overturned a police car", a thing someone turned over).
  ['accident', new RegExp(String.raw`\boverturned\b(?<!${OVERTURN_LEGAL_BEFORE}[^.;:]{0,60}?overturned)(?! (?:the|an?|his|her|its|their|this|that|these|those|on appeal|in (?:the )?appeal)\b)`, 'iu')],
  ['accident', /\b(crash(?:ed|es)?(?! (?:course|diet))|collided|collision|capsized|sank|ran aground|(?:lost|fell|fallen|washed|swept) overboard|(?<!\b(?:open(?:ed|s|ing)?|return(?:ed|s|ing)?|cease|under|exchang(?:ed|es|ing)) )(?:a |the )?fire (?:broke out|swept|destroyed|gutted|at|in)|blaze|went up in flames)\b/i],
  // Approvals by an authority: "regulators approved the merger", "was granted a licence".
  ['approval', /\b(approved|approval (?:of|for)|(?:was|were) (?:authori[sz]ed|licensed)|granted (?:approval|permission|a licen[cs]e|authori[sz]ation|asylum|a pardon|bail)|pardoned|accepted (?:the|an?|all|every|its|their|his|her)\b(?: [\p{L}\d'’-]+){0,5}? (?:recommendations?|findings|proposals?|offer|resignation|terms|bid))\b/iu],
  // Crime against property: "was stolen from the museum", "the first theft since 1987".
  ['theft', /\b(stole|stolen|thefts?|burglar(?:y|ies|i[sz]ed)|robber(?:y|ies)|robbed|heist|looted|looting)\b/i],
  // The police asking the public: "appealed for witnesses", "asked anyone who was near ... to come forward".
  ['appeal', /\b(appeal(?:ed|s)? for (?:witnesses|information|help|calm|restraint)|(?:asked|urged) (?:anyone|witnesses|the public|residents) (?:[\p{L}'-]+ ){0,12}?to come forward)\b/iu],
  // One party asking another for something, told as done ("has asked Velskar for help", "had asked the government the day
  // before for emergency help"); not for a comment, the outlet's own question. (A plan's "will ask for" is the generic reader's.)
  // Asking leave to act is one too ("the driver had asked to stop work at 4:50"); not asking to stay unnamed, a source's
  // condition ("who had asked to remain anonymous", "asked to be named only as").
  ['request', /\b((?<!\b(?:we|I) )(?:has|have|had) (?:already |also |formally )?asked (?:(?!(?:for|whether|if|how|why|what|when|who)\b)(?:[\p{L}'’-]+ ){1,5}?for(?! (?:comment|an interview)\b)|to (?!(?:be|remain|stay|speak|talk)\b)\p{L}+))\b/iu],
  // Opening to the public or its users ("the garden opens on Friday, May 15", "opened to passengers on Monday", "is due to
  // open on Saturday"); not fire, nor talks "opened with" a speech. (Reopening is a restoration; a trial, talks or an inquiry that
  // opens are a hearing's or a meeting's own.)
  ['open', new RegExp(String.raw`\b((?<!\bre|\b(?:trial|talks|hearing|inquiry|session|summit|conference|meeting|case|investigation|probe|exhibition|market|markets) )open(?:s|ed)? (?=(?:on${ON_DAY}|to (?:the public|passengers|traffic|visitors|customers)\b|its doors\b))|(?:is|are) (?:due|set|scheduled|expected) to open\b)`, 'iu')],
  // A body or a fund set up ("on Monday set up a compensation fund", "voted to set up an inquiry").
  ['founding', /\b(set up (?:a|an|the|its|their) (?:[\p{L}-]+ ){0,3}?(?:fund|inquiry|commission|committee|task ?force|agency|hotline|trust|panel)s?)\b/iu],
  // Giving oneself up: "gave himself up at a police station", "turned herself in", "surrendered to police" (a reflexive
  // pronoun before the particle makes "give up", "turn in" the phrasal verb of surrender).
  ['surrender', /\b(surrender(?:ed|s|ing)? to|(?:gave|give|gives|giving|given) (?:himself|herself|themselves|myself|ourselves) up|turn(?:ed|s|ing)? (?:himself|herself|themselves|myself|ourselves) in)\b/i],
  // Questioned by the police or prosecutors.
  ['questioning', /\b((?:was|were|been|being) (?:questioned|interviewed|interrogated) by (?:the )?(?:police|detectives|investigators|prosecutors|officers))\b/i],
  // Scheduled reviews and deadlines: "a price review in the first week of February", "bids are due by Sunday, March 7",
  // a request for them by a day ("has asked both bidders for revised offers by Friday").
  ['review', /\b((?:price|pay|wage|rate|tariff|rent|safety|annual|mid-term|periodic|spending|strategic|policy|judicial) reviews?)\b/i],
  // Prices raised or cut by a figure ("would raise household gas prices by 6 per cent from November 1", "voted to raise tram
  // fares by 12 percent"): the change is a happening of its own, on the day it takes effect, apart from the saying or voting.
  // (The trigger runs through its figure to a "from" right after it: the day that "from" names is the change's, however near
  // a date told before stands, "voted on Wednesday to raise tram fares by 12 percent from January 1".)
  ['price change', /\b((?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?) (?:[\p{L}-]+ ){0,3}?(?:prices?|fares?|tariffs?|charges|bills|rents?) by (?:about |around |some )?\d[\d.,]*(?: ?(?:per ?cent|percent|%))?(?: from)?)(?=\W)/iu],
  // (What is sent in closes on a day: "Claims close on the 30th", the last day to send them.)
  // ... and an obligation to act by a date: "ordered it to raise more capital by the end of March", "should be found by Friday".
  ['deadline', new RegExp(String.raw`\b((?:bids|tenders|offers|applications|entries|submissions|nominations|comments|objections|claims|returns)\b[^.;:]{0,40}?\b(?:are|were|is|was|will be) due\b(?! to\b)|(?:bids|tenders|applications|entries|submissions|nominations|comments|objections|claims) (?:will )?close\b(?= (?:on|at|by|until)\b)|(?:the )?deadline (?:for|of|is|was|falls|passed|expires|expired)|(?:asked|asks|wants|wanted|requested|invited)\b[^.;:]{0,40}?\b(?:proposals|bids|tenders|offers|submissions|applications|responses|objections)\b[^.;:]{0,30}?\bby(?= )|(?:ordered|required|instructed|directed)\b[^.;:]{0,40}?\bto [a-z]+\b[^.;:]{0,40}?\bby(?=${BY_DATE})|(?:must|should|has to|have to|had to|needs? to) be [a-z]+\b[^.;:]{0,40}?\bby(?=${BY_DATE}))\b`, 'i')],
  // A share price moved by a figure ("Varnby's shares rose 2.1 percent to 40.15", "the airline's shares fell 6% today"): the
  // market's verdict on the day's news, which news reports date by that day (a move told with no figure is colour, not news).
  // The trigger is the verb alone: the shares are only what moved, and a clause about "an offer of 41 marks a share" words no market move.
  ['market', /(?<=\b(?:shares|stock|share price)(?: [\p{L}'’-]+){0,2}? )((?:rose|fell|jumped|dropped|slumped|climbed|surged|plunged|tumbled|soared|sank|slid|gained|lost|rallied)(?= (?:by )?(?:about |almost |nearly |more than |some |another )?\d))/iu],
  // Interest rates moved by a central bank.
  ['rates', /\b((?:cut|cuts|raised|raises|hiked|lowered|held|kept) (?:its |their |the )?(?:key |benchmark |main |policy )?(?:interest )?rates?\b(?! of)|rate (?:cut|hike|rise|increase|decision))\b/i],
  // A place kept shut: "the school stayed closed today", "the border was closed".
  // (Kept open until a day, it shuts then: "its offer stays open until May 29"; not an hour, "stays open until ten every night".)
  // (A place told as "now closed" was closed by the telling: "The consulate is now closed.")
  // (Someone who "has shut" a place closed it, the act of the perfect: "Police have shut the building site"; not "shut off" the water.)
  ['closure', new RegExp(String.raw`\b((?:stay|stayed|stays|remain|remained|remains|was|were) (?:shut|closed)(?! (?:since|down)\b)|(?:is|are) now (?:shut|closed)|(?:has|have|had) shut(?: down)?(?= (?:the|a|an|its|their|all) )|closed (?:its|their) doors|(?:stay|stayed|stays|remain|remained|remains) open(?= until${UNTIL_DATE}))\b`, 'i')],
  // A state that lasts until a day ends then: "we expect the notice to last until Saturday"; so does a season, show or
  // offer that runs until a day ("the festival runs until Friday, May 8").
  ['end', new RegExp(String.raw`\b(last(?:s|ed)?|runs?)(?= until${UNTIL_DATE})`, 'i')],
  // A war, named as such ("the border war of 1959", "killed in the 1959 border war"); not its memorials or veterans.
  ['war', /\b((?:border|civil|(?:19|20)\d\d) war|war of (?:19|20)\d\d|wars? (?:broke out|began|ended))\b(?! (?:memorial|graves?|veterans?|crimes?|museum))/i],
  // Shown to the public: "was last shown abroad last year", "an exhibition".
  ['exhibition', /\b((?:was|were) (?:last |first )?(?:shown|exhibited|displayed)\b|exhibitions?)\b/i],
  // Sales opening: "tickets go on sale on Monday", "the stamps went on sale in March".
  ['sale', /\b((?:go|goes|went|gone|going|(?:was|were|is|are|be|been) put) on sale)\b/i],
  ['agreement', /\b(brokered|mediated|agreed (?:to|on)|accepted (?:the|an|their|its) (?:offer|proposal|deal|terms)|reached (?:an|a) (?:[\p{L}-]+ )?(?:agreement|deal)|ceasefire|truce)\b/iu],
  ['construction', /\b(construction (?:of [^,.;]{1,40} )?(?:will |would |is to |is due to )?(?:start|begin|began|started|starts|begins|get under way)|(?:was|were|been) (?:completed|finished|built|opened|constructed)|(?:completed|finished|built|opened) in (?:19|20)\d\d|(?:began|begun|started|start) (?:building|construction|work on)|rebuil(?:t|ding)|repaired|(?:was|were) (?:last )?raised)\b/i],
  ['acquisition', /\b((?:bought|acquired|purchased) (?:a |an |the |its |their )?(?:[\p{L}-]+ )?(?:stake|shares|company|firm|rival|business|group|bank|airline|club|chain|maker|operator|carrier|brand|unit|subsidiary|division|startup|plant|factory|mine|port|stake)\b|acquisition of|privati[sz](?:ed|ation)|took over (?:the|its|their)|takeover|merg(?:ed|er) (?:with|of)|agreed to (?:buy|acquire|sell|merge))\b/iu],
  // Volunteers told by what they did ("some 300 volunteers helped the clean-up crews last Sunday", "volunteers turned out"):
  // a turnout of helpers on a day, though "help" alone is a weak verb.
  ['volunteering', /\b(volunteers (?:helped|joined|turned out|cleaned|cleared|filled|worked))\b/i],
  // Booms laid on water ("crews have laid 14 kilometres of floating booms", "on the river are placed 11 kilometres of
  // booms"): a spill contained, an act of its own however the page words the verb.
  ['containment', /\b((?:laid|placed|strung|stretched) (?:[\p{L}\d,.'’-]+ ){0,5}?(?:floating |oil |containment )?booms|booms (?:were|have been|had been|are) (?:laid|placed|strung))\b/iu],
  // Tests told by what they found ("tests on Wednesday found no trace of lead", "water tests showed ..."): a testing, dated by
  // the day the tests name.
  ['testing', /\b(tests?)\b(?=[^.;:"“”]{0,50}?\b(?:found|showed|detected|confirmed|revealed)\b)/i],
  // "began an examination of the hull", "carried out an examination of the span": an examination begun or done is an
  // inspection (done to a thing, after a verb of doing it: a school's "examination in history" and "examination results" stay none).
  ['inspection', /\b(inspect(?:ed|ions)|inspection(?! (?:service|regime|system|team|rules|agency|body|unit|department|powers)\b)|(?<=\b(?:began|begun|started|carried out|conducted|completed) an? )examination(?= of\b)|inspectors (?:spent|visited|went|arrived|entered|returned|examined)|audit(?:ed)?|searched|raided|raid on)\b/i],
  ['report', /\b((?:published|released|issued|presented|received|delivered) (?:[\p{L}\d'-]+ ){0,3}?(?:report|findings|review)|report (?:found|concluded)|(?<!(?:newspaper|paper|agency|media|outlet|broadcaster|channel) )(?:had |has )?reported (?:a|an) (?!\d)|(?:study|survey|assessment|audit|review)\b[^.;]{0,40}?\bpublished (?:by|in|on|last))\b/iu],
  // An inquiry's findings told by its verb ("the public inquiry into the disaster found on Thursday", "The harbour master's
  // inquiry, led by ..., found last month that ..."): the finding is the report's day. The trigger is the verb alone, so the
  // dates of the inquiry's own subject ("into the blackout on July 1") stay that subject's; only "that" or a clause's end (with at
  // most a date between) after it: "investigators found a knife" is a discovery, no finding. (The lookbehind sits after the
  // verb, so it is tried only where one matched.)
  ['report', /\b(found|concluded)(?<=\b(?:inquiry|investigation|probe|review|audit|report|study|commission|tribunal|panel)\b(?:[^.;:]|(?<=\d)\.(?=\d)){0,100}?\s(?:found|concluded))(?=(?:\s+(?:on|in|at|last|this|early|late|the|yesterday|today|week|month|year|\p{Lu}\p{L}+|\d{1,4}(?:st|nd|rd|th)?,?)){0,4}(?:\s+that\b|\s*[.;,]))/u],
  // A document "dated" a day ("a maintenance report dated December 18 flagged the pump") was written or issued that day: its
  // date names the report's own day, whatever verb then tells what it says ("flagged", "warned", "listed"). (Only before a
  // date: a figure or capital letter after "dated"; "a dated report" is an old one.)
  ['report', /\b((?:report|review|audit|assessment|memo(?:randum)?|study|survey|inspection) dated)(?=\s+(?:\d|\p{Lu}))/u],
  // An inquiry opened, launched, ordered or set up ("Prosecutors said they had opened an investigation", "ordered a public
  // inquiry") is an act of its own, told as done even with no date in its sentence (the news day then dates it).
  // So is one announced: "announced the inquiry yesterday" tells the day it was set up, as "ordered" does (a rewrite tells
  // "has ordered an inquiry" in its lead, then "announced the inquiry yesterday"). (Not what the inquiry itself announced:
  // "announced the inquiry's findings".)
  ['inquiry', /\b((?:opened|launched|ordered|set up|announced)\s+(?:an?|its own|their own|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:investigation|inquiry|probe))\b(?![’']s\b)/iu],
  // (Nouns in the plural too: "the first of the four funerals on Saturday", "vigils were held": a plural names the same kind of
  // happening, and "first of the four funerals" names one of them.)
  ['memorial', /\b(memorial services?|memorials?|funerals?|vigils?|commemorat(?:ion|ed)|minute of silence|mourners)\b/i],
  // A time of mourning is a happening of its own, on its own days ("three days of mourning from Thursday", "the first of
  // three days of national mourning", "The three days of mourning end on Saturday", the translated "The Mourning of three Days
  // begins Today"): not the declaring, whose day is the declaration's (see the declaration trigger above).
  ['mourning', /\b((?:days?|week|period) of (?:(?:the|official|national|public|state|city-wide|citywide) ){0,2}mourning|mourning of (?:one|two|three|four|five|six|seven|\d{1,2}) days?)\b/i],
  ['return', /\b(allowed back|allowed to return|returned (?:on [^,.;]{1,20} )?from\b|returned (?:home|to (?:their|his|her) (?:homes?|houses)))\b/i],
  // Passive "were detained", or active with an object: "patrol boats first detained Talvari trawlers"
  // (not the participle "fishermen detained in Orsenna"). Someone who "has been held since Monday" was detained that day,
  // as "has been detained since Monday" is: held since a day (a weekday, yesterday, a day of a month), not since a year
  // ("the fair has been held since 1887" is a founding).
  ['detention', /\b(arrested|(?:was|were|been) (?:detained|seized|arrested)|been held(?= since (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))\b)|(?<!\b(?:the|a|an|their|its|his|her|of|for)\s)(?:detained|seized) (?!in\b|by\b|at\b|for\b|since\b|on\b|during\b|under\b|after\b|as\b)(?:the|their|two|three|four|five|six|dozens|hundreds|\d+)\b|sentenced|charged (?:[\p{L}.'-]+ ){0,5}?with)\b/iu],
  // Case matters in these two (/i would let "[A-Z]" match "records"): a named place or people after the verb.
  ['deployment', /\b([Ll]eft [A-Z][\p{L}-]+ (?:on \p{L}+ )?for)\b/u],
  // A ship, a plane or a convoy leaving a named place at a time told ("left Kessley at 7.15pm on Thursday").
  ['departure', /\b([Ll]eft (?:[A-Z][\p{L}-]+|port|harbou?r) (?=(?:at|on|early|late|shortly|just)\b))/u],
  ['detention', /(?<!\b(?:the|a|an|their|its|his|her|of|for)\s)\b(?:[Dd]etained|[Ss]eized) [A-Z][\p{L}-]+/u],
  // A letter sent to a body or a person ("had also written to Orvannet on December 19", "wrote to the ministry"); not "writes to say".
  ['message', /\b((?:[Ww]rote|[Ww]ritten|[Ww]rites) to (?:(?:the|its|his|her|their)\b|\p{Lu}))/u],
  // Laws passed: "parliament passed the budget on Tuesday".
  ['vote', /\b(passed (?:the|a|an|its) (?:[\p{L}-]+ ){0,2}?(?:law|bill|budget|legislation|motion|resolution|amendment))\b/iu],
  ...LEMMA_TRIGGERS.map(([type, lemmas, nouns]) => [type, new RegExp(`\\b(${wordAlternation(lemmas, nouns)})\\b`, 'i')] as const),
];

/**
 * A name credited as the carrier of the news a sentence tells: "(via X)", "as reported by X", "X reported": the outlet
 * or body that passed the news on, no one who took part in the act told. ("According to X" is left out: it credits any
 * speaker, often the official running the act: "according to the head of the relief effort, X".) `_BEFORE` ends where
 * the name starts; `_AFTER` starts where it ends. A bare "via" is a route ("flew via Bremholt"), so only a credit after
 * an opening bracket or a break counts.
 */
export const CREDITED_SOURCE_BEFORE = /(?:(?:^|[(\[,;:—–]|\s-)\s*via|\breported\s+by)\s+(?:the\s+)?$/i;
export const CREDITED_SOURCE_AFTER = /^['’]?s?\s+(?:has\s+|had\s+)?reported\b(?!\s+(?:to|for)\b)/i;

/** A place mention introduced by a locative preposition is the event's place. */
export const PLACE_PREPOSITION = /\b(in|at|to|near|outside|inside)\s+(the\s+)?$/i;

/** Sentences that only talk about an event in general, not one that happened ("hopes to" is a plan's word: MODAL's). */
/** Case-sensitive on purpose: "may" the verb, not "May" the month. */
/**
 * "may have shot himself" doubts how a past event happened, not whether it did, and police who "want to know
 * what led up to a shooting" ask about one that did: the sentence still tells it.
 */
export const GENERIC = /\b(could|might(?! have [a-z]+(?:ed|en|ot|ew|ung)\b)|may(?! have [a-z]+(?:ed|en|ot|ew|ung)\b)|would like to|wants? to(?! (?:know|learn|find out|hear from|speak (?:to|with)|talk (?:to|with)|question|identify)\b))\b/;

/** A condition or open question in a sentence ("if the hull breaks", "unless", "whether"): what it hedges is not told as done. */
export const CONDITION = /\b(?:if|unless|whether|in case|provided)\b/i;

/**
 * An indirect question a noun or a verb of asking takes ("ending an argument over whether the city could afford it", "asked
 * whether the bridge might reopen"), to its clause's end: its hedge and its "whether" belong to the question, which is
 * the object of the act told, not a condition on it ("the council voted on Tuesday to build the line, ending an argument
 * over whether ..." tells the vote).
 */
export const INDIRECT_QUESTION = /\b(?:over|about|as to|asked|asks|asking|wondered|wonders|wondering|debated|debating)\s+whether\b[^,;.!?]*/gi;

/**
 * A part of a sentence that opens as a reported clause, a conjunct with a subject of its own or an adverbial clause ("that the
 * slick could reach", "and the tanker could", "after the lawyers found the contract could stand", "because the crew could not").
 */
export const HEDGE_PART = /^[\s,;]*(?:that|and|but|while|after|because|since|although|though)\s+(?!could|might|may|would|wants?)\S/i;

/** Words between a pair of quotation marks, straight or typographic (a speaker's words, not the narrator's). */
export const QUOTED_WORDS = /"[^"]*"|“[^”]*”/g;

/**
 * A clause that speaks of what must, will or would happen ("It must still be ratified", "the men
 * would be handed over within days"): without a date of its own it is not an event of the timeline.
 * So does a recommendation's "that", and a clause opening on a subjunctive "be" after an apposition ("recommends that the
 * crossing, laid in 1987, be replaced by 2029").
 */
export const MODAL = /\b(must|should|would|will|shall|hopes? (?:for|to)|plans? to|is to|are to|(?:is|are|was|were|had been) (?:due|expected|set|going) to|(?:is|are) (?:due|expected)\b(?! to\b)|(?:is|are|was|were|been) (?:planned|scheduled|slated|set|pencilled|penciled) for|to be|demand(?:s|ed)?|call(?:s|ed)? for|(?:recommend|urge|propose)(?:s|d|ed)? that)\b|^\s*be(?= [a-z]{3,}ed\b)/i;
/**
 * A relative clause between commas: ", who was arrested on Saturday," (to the next comma or the end; a thousands separator
 * is no comma); without commas ("the firm that misprinted the papers was fined"), to the main clause's auxiliary.
 */
export const RELATIVE_CLAUSE = /,\s*(?:who|which|whose)\b(?:[^,;]|(?<=\d),(?=\d))*|\s(?:that|which)\s+(?:has|have|had)\s+(?:been\s+)?[a-z]+\b(?:[^,;]|(?<=\d),(?=\d))*?(?=\s(?:was|were|is|are|has|have|had|will|would)\s|[,;]|$)|\b(?:anyone|anybody|everyone|those|people|all) who\b[^,;]*?(?=\s(?:to|should|must|will|would)\b|[,;]|$)|\s(?:that|which)\s+(?=(?:began|begun|started|came|fell|hit|struck|broke|[a-z]{3,}ed)\b)(?:[^,;]|(?<=\d),(?=\d))*?(?=\s(?:was|were|is|are|has|have|had|will|would)\s|[,;]|$)/g;
/**
 * A relative clause on a speaker that tells, in the simple past, what they did on the occasion they speak at, right before
 * the speech (", who toured the flooded ward, said ...", ", who flew to Osk, said", ", who flew to Osk, left no doubt that ...": any verb or
 * set phrase of making one's position known): the act is the news of that day, not background about them
 * ("who was questioned by police", "who had led the firm since 2018" stay background).
 */
export const SPEAKER_RELATIVE = /^,\s*who\s+(?!(?:was|were|had|has|have|is|are|would|will|could|did|does|used|founded|led|ran|served|worked|lived)\b)(?:[a-z]+ed|flew|went|came|drove|rode)\b[^,;]*,\s*(?:said|says|told|added|announced|insisted|warned|vowed|pledged|promised|stressed|declared|repeated|made\s+(?:it\s+)?clear|left\s+no\s+doubt)\b/i;
/** "was due" / "were due" told of the past, not a plan ("was due to sail") nor a return ("were due back"). */
export const WAS_DUE = /\b(?:was|were)\s+(?:first\s+|originally\s+)?due\b(?!\s+(?:to|back|for\s+release|at\s+the)\b)/gi;
/** Words between "was due" and its date ("was due in August", "was due by late May", "were due last week"). */
export const DUE_DATE_LEAD = /^\s*(?:(?:in|on|by|at|before|from)\s+)?(?:(?:early|late|mid)\s+)?/i;
/** A determiner opening a subject ("An ultrasonic check", "The company's annual audit"). */
export const SUBJECT_DETERMINER = /^\s*(?:(?:the|a|an|its|their|his|her|this|that|one)\s+|[A-Z][\p{L}-]*[’']s\s+)?/iu;
/** A relative clause on no one in particular ("anyone who missed it", "those who fled"): it tells no act. */
export const GENERIC_HEAD_WHO = /^\s*(?:anyone|anybody|everyone|everybody|those|people|all)\s+who\b/i;
/** A speech verb right before a date ("said Tuesday", "told reporters on Monday"): the date is the speaking's. */
export const SPEECH_DATE_BEFORE = /\b(?:said|says|told (?:[\p{L}]+ ){0,2}?|announced|stated|added|confirmed|wrote)\s+(?:on\s+|late\s+|early\s+)?$/iu;
/**
 * Right before a date, an attribution told after the act with "as": "as reported by KVB this morning", "as the Gazette
 * reported on Monday". A rewrite of others' reports credits them so: the date is the day the source told it, never the day
 * of the act it told (which may lie days before).
 */
export const AS_REPORTED_BEFORE = /\bas\s+(?:reported\s+by\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’&.-]*\s+){1,4}|(?:the\s+)?(?:[\p{Lu}][\p{L}'’&.-]*\s+){1,4}(?:reported|said)\s+)(?:on\s+|late\s+|early\s+)?$/u;
/** Auxiliaries right before a verb ("had been arrested", "has died"): they belong to that verb's clause. */
export const AUXILIARIES_BEFORE = /(?:\b(?:had|has|have|was|were|is|are|been|being|be|will|would|could|may|might)\s+)+$/i;
/**
 * A relative clause with no "that" after a definite noun, told with its own day and followed by the main clause's verb:
 * "while the board | the agency named yesterday | does its work". A noun, a second noun phrase, a past verb and a day
 * and then a finite verb can only be read so: the day is the naming's, not the main clause's.
 */
export const CONTACT_RELATIVE = /(?<=\b(?:the|a|an)\s+[a-z]+)\s+(?:the|a|an|its|their)\s+[a-z]+\s+(?:[a-z]{3,}ed|chose|made|sent|set\s+up|took|gave)\s+(?:yesterday|today|tonight|last\s+(?:night|week|month)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b(?=\s+(?:does|do|did|is|are|was|were|has|have|had|will|would|can|could|must|should|may|might|[a-z]{3,}s)\b)/gi;
/** "who" opening a restrictive relative clause (no comma before it: ", who ..." is RELATIVE_CLAUSE's). */
export const RESTRICTIVE_WHO = /(?<![,;(—–]\s*)\bwho\b(?!\s+(?:is|are|was|were)\s+(?:to|due|expected|set|going)\b)/gi;
/** "since the signing", "since the accord was signed": the event a period is counted from. */
export const SINCE_BEFORE = /\bsince\s+(?:[\p{L}'’-]+\s+){0,4}$/iu;
/**
 * "since the March capsizing", "since the collision", "since Thursday's deadly blast": an event named by a noun after "since", as
 * the known start of a count ("the first train since the crash ran on Tuesday"); no verb between, so no act of its own.
 */
export const SINCE_NAMED_BEFORE = /\bsince\s+(?:the|this|that|its|their|his|her|last\s+(?:week|month|year)['’]s|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)['’]s)\s+(?:(?!(?:was|were|is|are|had|has|have|been)\b)[\p{L}-]+\s+){0,2}$/iu;
/** A reported clause after a speech act: "told a press conference that ...". */
export const COMPLEMENT = /\b(?:said|says|told|announced|stated|added|wrote)\b[^,;]*\bthat\b/i;
/** A trigger in a relative or causal clause ("because he delivered payments") borrows no date of the sentence. */
export const SUBORDINATE_BEFORE = /\b(who|whom|which|whose|because|known as)\b/i;
/**
 * What opens an allegation or an investigation: the event after it is what someone is charged with
 * or what is looked into ("Police on Friday were investigating the death of ..."), or what an act
 * followed ("on hand Wednesday following the death of a pupil", "arraigned Monday after police say he
 * shot ..."), and only dates after the cue are its own ("charged late Tuesday with the shooting death" dates the charge;
 * "on charges he killed a man earlier this month" dates the killing).
 */
export const ALLEGATION = /\b(?:charged (?:[\p{L}.'-]+ ){0,6}?with|on charges(?: that)?|(?:pleaded|pleads|plead|pled) (?:not )?guilty (?:[\p{L}]+ ){0,3}?(?:to|in)\b|accused of|suspected of|convicted of|guilty of|in the death of|for the death of|in connection with|(?:investigat(?:e|es|ed|ing)|prob(?:e|es|ed|ing)|looking into)(?= (?:the|a|an) )|(?:following|after)(?= (?:the )?(?:deaths?|killings?|shootings?|murders?) of\b)|after(?= (?:police|authorities|officials|investigators|prosecutors) (?:say|said)\b))/giu;
/** A coordinated verb phrase between a date and a trigger ("on Monday night and met"), or a second reported clause ("said ... since 2022 and that a tour ..."): the date is the other one's. */
export const COORDINATED = /\band\s+(?:(?:then|last|first|once|never|just|already|[a-z]+ly)\s+)?(?:[a-z]+ed|met|went|took|gave|made|held|sent|left|came|saw|told|said|spoke|began|that|was|were|is|are|has|have|had|will|would)\b/;
/** Clause breaks for MODAL: commas (not a thousands separator: "4,200 tonnes"), semicolons, colons and dashes. */
/** (An en dash set between two letters joins a compound or a route, no clauses: "the Korrasund–Osk route", "the Paris–Berlin line".) */
export const CLAUSE_BREAK = /(?<!\d),|,(?!\d)|[;:—]|(?<!\p{L})–|–(?!\p{L})|\s-\s/gu;
/** A sentence opening that is only a date, as a chronology line's stamp: "2025-11-10", "Nov. 10", "10 November 2025", "12/19/2025". */
export const DATE_STAMP = new RegExp(String.raw`^\W*(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:\d{1,2}\s+)?(?:${MONTH_WORDS.join('|')}|(?:${MONTH_ABBREVIATION_WORDS.join('|')})\.?)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?)\s*$`);
/** "the handover", "the signing": a definite mention refers back to the event the text already dated. */
export const DEFINITE_BEFORE = /\b(the|this|that)\s+$/i;

/** Sentences that look back ("had detained", "last year"): their undated events are not the news peg's. */
export const LOOKS_BACK = new RegExp(String.raw`\b(had|last (?!(?:year|month|week|night|time|day|summer|spring|autumn|fall|winter|season|weekend|${WEEKDAY_WORDS.map((d) => d.toLowerCase()).join('|')})\b)[a-z]+(?:ed|ent|ew|own|ade|eld|ook|ave|ame|aw|ood)|last year|a year ago|years ago|since|previously|earlier|within a day|(?:years?|months?|weeks?|days?) (?:to the day )?after)\b`, 'i');

/** "three days after the signing": count, unit, direction and what follows (up to a clause break). */
export const OFFSET_PHRASE = /^[^,;]*?\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(days?|weeks?)\s+(after|before)\s+([^,;]*)/i;
/** The end of a text leading to a reference event: "four days after the dam " (count, unit, direction). */
export const REFERENCE_OFFSET = /\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(days?|weeks?|months?|years?)\s+(after|before)\b[^,;]*$/i;
export const OFFSET_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
/** Days per unit of an offset (months and years are too coarse to date a day from). */
export const OFFSET_UNITS: Record<string, number> = { day: 1, week: 7 };
/** The news framed against an earlier event: "The row comes a day after ...", "The move came two weeks after ...". */
export const NEWS_OFFSET = /\b(?:comes?|came|follows?|followed)\s+(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(days?|weeks?|years?)\s+(after|before)\b[^,;]*$/i;

/** Between two triggers of one type, what makes them two events: a clause break or a full stop inside the sentence (a quote of two sentences). */
export const CLAUSE_SEPARATOR = /[,;]|[.!?]["”’]?\s/;
/** Before a bare year that names a thing: "the 1962 Treaty", "the border war of 1959", "Europe's 2008 crisis". */
/** Right after a date, the possessive that makes it a noun's modifier: "Saturday's shooting". */
export const POSSESSIVE_AFTER = /^[’']s\b/;
/** Before a date that modifies a noun: a determiner ("the December 18 blockade", "a March 3 filing"). */
export const ATTRIBUTIVE_BEFORE = /\b(?:the|a|an|its|their|his|her|this|that)\s+$/i;
/** After such a date: a lower-case word that is no function word or verb of the clause, i.e. the noun it modifies. */
export const ATTRIBUTIVE_AFTER = /^\s+(?!(?:and|or|but|to|of|in|on|at|for|with|by|from|when|that|which|who|was|were|is|are|be|been|has|had|have|will|would|before|after|as|until|since|while|last|next|this|the|a|an)\b)[a-z][a-z-]+/;
export const NOUN_YEAR_BEFORE = /\b(?:the|of|its|their|his|her|[’']s)\s+$/i;
/** Speech acts: their dates date the speaking, not what is spoken of ("The visit was announced last month"). */
export const SPEECH_TYPES: ReadonlySet<string> = new Set(['statement', 'message']);
/**
 * After a speech trigger, the definite occasion it was spoken right after ("said after the talks", "told reporters after the
 * meeting", "declared the President after the Ceremony"): group 1 is the occasion's noun. The definite article points back to
 * an occasion the text has told.
 */
export const AFTER_DEFINITE_OCCASION = /^[^,;:.!?“”"«»„]{0,40}?\b(?:after|following|at the end of)\s+(?:the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(talks|meeting|summit|negotiations|session|ceremony|signing|visit|hearing)\b/iu;
/**
 * A topic heading: a sentence that is only a definite noun ("The signing.", "Now the arrests.") or a question on one ("And the
 * talks between the two presidents?", "Hadrel, what about the memorial service?"), after a transcript's speaker label. It opens
 * what the next sentences tell; it tells no act of its own.
 */
export const TOPIC_HEADING = /^\W*(?:\p{Lu}[\p{Lu}\s.'’-]*(?:\([^)]*\))?:\s+)?(?:\p{Lu}\p{Ll}+,\s+)?(?:(?:(?:[Aa]nd|[Nn]ow|[Ss]o|[Bb]ut)\s+)?[Tt]he\s+[\p{L}-]+\.|(?:[Aa]nd\s+|(?:[Aa]nd\s+)?[Ww]hat\s+about\s+)the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?(?:\s+(?:between|of|in|at|for|with)\s+[^.?!,;:]*)?\?)$/u;
/** A yes/no question ("Will the ministers meet?") tells no event; a wh-question presupposes one ("Why did the last inspection find nothing?"). */
export const YES_NO_QUESTION = /^\W*(?:will|would|could|can|should|is|are|was|were|do|does|did|has|have|had|shall|may|might|must)\b/i;
/** "the first theft from the museum since 1987": an earlier event of the same kind took place then. */
export const FIRST_SINCE = /^[^,;.]{0,60}?\bsince\s+$/i;
/**
 * Right before a date: "for the first time since", "the first ... since" with the counted thing named. The date is the
 * earlier time the count runs from ("will restore bus services for the first time since 2019"), never the day of another act
 * of the clause ("signed a memorandum that will restore ... for the first time since 2019" was not signed in 2019).
 */
export const FIRST_TIME_SINCE_BEFORE = /\bfirst time since\s+$/i;
/** "the first <event>", "its first <event>": the mention may count from an earlier one ("since 1987"). */
export const FIRST_BEFORE = /\bfirst\s+(?:[\p{L}-]+\s+)?$/iu;
/** "the grounding is the first of its kind since 2011": the mention counts from an earlier one told after it. */
export const FIRST_AFTER = /^\s+(?:is|was|marks|marked|became|becomes)\s+(?:the|its|their)\s+first\b/i;
/** A sentence that carries the story on from the day told before: "that evening", "then", "hours later", "the same day". */
export const GOES_ON = /\b(?:that (?:morning|afternoon|evening|night|day)|later that (?:day|morning|afternoon|evening|night)|the same (?:day|morning|afternoon|evening|night)|(?<!\b(?:since|until|till|by|before|from|even|back) )then|afterwards|hours later|shortly (?:after|afterwards)|soon after(?:wards)?|minutes later)\b/i;
/** "ending a two-day state visit", "wrapped up a three-day tour": the date told is the last day; the event began N - 1 days before. */
export const ENDING_SPAN = /\b(?:ending|ended|ends|wrapping up|wrapped up|concluding|concluded|closing|closed) (?:a|an|the|his|her|their|its) (two|three|four|five|six|seven|\d)-day (?:[\p{L}-]+ )?$/iu;
/** What may stand before a date that opens a sentence and scopes over all of it ("On Tuesday, ...", "Earlier on Tuesday, ..."). */
export const OPENING_DATE = /^\W*(?:[\p{L}]+\s+){0,2}$/u;
/** A clause that is a noun phrase set beside another (", the centerpiece of a two-day visit"). */
export const APPOSITION = /^\s*(?:the|a|an)\s/i;
/**
 * "collapsed during a storm on Saturday evening", "sank amid heavy seas on Friday": a happening told right after the act, after
 * "during" or "amid", is its circumstance; a date after both is the act's too, not the circumstance's alone.
 */
export const CIRCUMSTANCE_BEFORE = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:during|amid|amidst)\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}$/u;
/** "During the visit, ...": the event that frames the rest of the sentence in time. */
export const DURING_BEFORE = new RegExp(String.raw`\b(?:during|throughout|in the course of)\s+(?:the|his|her|their|its|this|that|last week's|${WEEKDAY_WORDS.map((d) => `${d}'s`).join('|')})\s+(?:[\p{L}-]+\s+){0,2}$`, 'iu');

/**
 * Speech and cognition verbs (by lemma) make no event of their own in the generic fallback (a statement is its
 * own type); the act they report may ("officials said the crane toppled on Monday").
 */
export const REPORTING_LEMMAS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'state', 'claim', 'report', 'write', 'note', 'explain', 'insist', 'argue', 'reply', 'ask',
  'answer', 'describe', 'confirm', 'comment', 'mention', 'quote', 'cite', 'suggest', 'warn', 'declare', 'call',
  'speak', 'talk', 'repeat', 'recall', 'dispute', 'deny', 'reject', 'accuse', 'criticise', 'criticize', 'admit',
  'acknowledge', 'estimate', 'predict', 'promise', 'urge', 'announce', 'think', 'believe', 'expect', 'know', 'feel',
  'hope', 'want', 'wish', 'fear', 'understand', 'learn', 'realise', 'realize', 'consider', 'remember', 'forget',
  'suspect', 'assume', 'doubt', 'agree', 'disagree', 'decide', 'plan', 'intend', 'hear', 'see', 'watch', 'notice',
  'find', 'show', 'mean',
]);
/**
 * Of those, the verbs that only attribute words, thoughts or perceptions ("said", "told", "believes", "saw", "showed"):
 * never an act of their own. The others ("rejected the offer", "asked the court for more time", "repeated her
 * position") are acts done with words: with a thing as their object they tell an event (see mainAct).
 */
export const ATTRIBUTION_LEMMAS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'state', 'claim', 'report', 'write', 'note', 'explain', 'insist', 'argue', 'reply', 'answer',
  'describe', 'comment', 'mention', 'quote', 'cite', 'suggest', 'call', 'speak', 'talk', 'recall', 'estimate', 'predict',
  'think', 'believe', 'expect', 'know', 'feel', 'hope', 'want', 'wish', 'fear', 'understand', 'learn', 'realise', 'realize',
  'consider', 'remember', 'forget', 'suspect', 'assume', 'doubt', 'intend', 'plan', 'hear', 'see', 'watch', 'notice',
  'find', 'show', 'mean',
  // Opinions of what others said or did ("disputed the ministry's figures", "criticised the plan", "accused the board").
  'dispute', 'criticise', 'criticize', 'accuse', 'disagree', 'acknowledge',
]);
/**
 * Of those, the verbs of speaking out: a clause that tells only one of them, dated, tells a statement ("spoke publicly this afternoon";
 * "the 11 it reported on Tuesday night": a body giving a figure on a day states it then).
 */
export const SPEECH_LEMMAS: ReadonlySet<string> = new Set([
  'say', 'tell', 'report', 'state', 'declare', 'announce', 'confirm', 'speak', 'admit', 'deny', 'reply', 'answer', 'warn',
]);
/**
 * Copulas, auxiliaries and weak verbs (whose meaning lies in their object): as a clause's main verb they
 * make no event, and the clause gives none ("the ship was in port on Monday", "took the offer to members").
 */
export const WEAK_LEMMAS: ReadonlySet<string> = new Set([
  'be', 'have', 'do', 'become', 'seem', 'appear', 'look', 'sound', 'remain', 'stay', 'keep', 'continue', 'can', 'will',
  'shall', 'may', 'must', 'ought', 'need', 'like', 'love', 'hate', 'get', 'make', 'take', 'go', 'come', 'give', 'put',
  'use', 'let', 'set', 'try', 'help', 'include', 'involve', 'contain', 'follow', 'happen', 'occur', 'mark', 'last',
  'begin', 'start', 'end', 'spend', 'bring', 'turn', 'run', 'hold', 'live', 'work', 'own', 'lead', 'face',
  'pay', 'count', 'total', 'reach', 'grow', 'cost', 'earn',
  'expire', 'date', 'schedule', 'wait', 'affect',
  // Verbs of standing in a relation tell a state, never a happening: "that is what matters", "the land belongs to the town".
  'matter', 'belong', 'depend', 'deserve', 'resemble',
]);

/** Verbs of beginning and trying: in a plan ("will begin examining", "would try to reach") the act is the verb after them. */
export const ASPECT_LEMMAS: ReadonlySet<string> = new Set(['begin', 'start', 'try', 'resume', 'continue', 'stop', 'finish']);
/**
 * A plan word and the verb it introduces ("is due to open", "hopes to reopen", "are set to resume"); "had been due to" is the
 * past perfect of "was due to", the same plan told from a later point.
 */
export const PLAN_TO = /\b(?:(?:is|are|was|were|had been) (?:due|expected|set|scheduled|planned|going) to|plans? to|hopes? to|(?:is|are) to)\s+([a-z]+)\b/i;
/** After a plan word's "be", a past participle: the act of a plan told in the passive ("is due to be replaced", "are set to be sold"). */
export const PLAN_PASSIVE_PARTICIPLE = /^\s+([a-z]{2,}ed|[a-z]{2,}en|built|sold|paid|held|cut|shut|closed|sent|brought|bought|made|laid|heard|won|run)\b/i;
/** Particles that make a weak verb a phrasal one with a meaning of its own ("take over", "take up", "set up"). */
export const PARTICLES: ReadonlySet<string> = new Set(['up', 'over', 'off', 'out', 'down', 'back', 'away']);

/** Before a date, the bound a plan is dated by: it starts "from Tuesday", is done "by Monday". */
export const PLAN_BOUND_BEFORE = /\b(?:from|by)\s+(?:(?:the|early|late|mid|middle|end|start|beginning|of)\s+)*$/i;
/** Before a date, a word that makes it a period's bound, not the day of an act ("boarded 27 times since May", "a rise from January"). */
export const PERIOD_BOUND_BEFORE = /\b(?:since|from|until|till|through|throughout|by|before)\s+(?:(?:the|early|late|mid|middle|end|start|beginning|of)\s+)*$/i;

/**
 * Verbs that only place their subject in time ("the accident was in 2019", "work on the line began in 2022",
 * "the vote takes place on Sunday"): with a date of their clause, the subject noun is the event.
 */
export const LOCATING_LEMMAS: ReadonlySet<string> = new Set(['be', 'begin', 'start', 'end', 'happen', 'occur', 'take place']);
/** Between a copula and its date, when the date is the whole predicate ("was in 2019", "is on Friday"). */
export const COPULA_TO_DATE = /^\s*(?:(?:in|on|at|during)\s+)?$/i;
/** Where a subject's head noun ends: the first preposition or relative word after it ("work on the line", "the concert that ..."). */
export const SUBJECT_MODIFIER = /\s+(?:of|on|with|for|in|at|as|from|to|by|over|about|between|against|under|near|that|which|who)\b/i;
/** Heads that are no event: pronouns, quantifiers, and time words ("the year was 2019"). */
export const NON_EVENT_HEADS: ReadonlySet<string> = new Set([
  'it', 'this', 'that', 'these', 'those', 'which', 'what', 'there', 'he', 'she', 'they', 'we', 'i', 'you', 'who', 'one', 'all',
  'both', 'each', 'some', 'none', 'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'date', 'time', 'period',
  'season', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'today', 'here',
]);
/**
 * A state counted from a date: "has been the orchestra's guest conductor since 2021", "had not been serviced since
 * March 2025" (up to the "since" right before the date). Group 1: the negation; group 2: what the state is.
 */
/**
 * Snow or rain told as falling or piling up since a date, in the perfect progressive ("Snow had been falling on the town
 * since Thursday", "The snow on the roof had been building since Monday"): the fall began then, a weather event on that date.
 * Group 1: the verb.
 */
export const PRECIPITATION_SINCE = /\b(?:snow|rain|sleet|hail|snowfall|rainfall)\b(?:\s+(?!(?:has|have|had)\b)[\p{L}'’-]+){0,4}?\s+(?:has|have|had)\s+been\s+(falling|building|piling up|coming down)\b[^,;]*?\s+since\s+(?:(?:the|early|late|mid|middle|end|start|beginning|of)\s+)*$/iu;
export const SINCE_STATE = /\b(?:has|have|had)\s+(?:(not|never)\s+)?been\s+((?:[\p{L}'’-]+\s+){0,8}?[\p{L}'’-]+)\s+since\s+(?:(?:the|early|late|mid|middle|end|start|beginning|of)\s+)*$/iu;
/**
 * A participle set off by a comma that counts a state from a date, a relative clause cut short: "Felsach's market hall,
 * closed since 2015 after its roof ...", "Closed since March, the pier ...", "held on the square every Thursday since 1574"
 * (up to the "since"; a few words may stand between). Group 1: the participle; group 2: the words between.
 */
export const SINCE_PARTICIPLE = /(?:^|,)\s*((?!un)[a-z]+(?:ed|en|wn|ut|pt|lt|ld))((?:\s+(?!(?:since|has|have|had|is|are|was|were|be|been|that|which|who|when|and|but|or)\b)[\p{L}'’-]+){0,6}?)\s+since\s+(?:(?:the|early|late|mid|middle|end|start|beginning|of)\s+)*$/iu;
/**
 * An activity counted from a date, told in the active perfect with an object: "has run mobile clinics in Ambry since
 * 2019", "who had led the airline since 2018" (up to the "since" right before the date). Group 1: the negation; group 2:
 * the participle; group 3: what follows it, maybe nothing ("an argument that has run since 2021"). ("have been ..." is SINCE_STATE's.)
 */
export const SINCE_PERFECT = /\b(?:has|have|had)\s+(?:(not|never)\s+)?(?:(?:already|also|long|only|just)\s+)?(?!been\b)(\p{L}+)((?:\s+[\p{L}'’–-]+){0,8}?)\s+since\s+(?:(?:the|early|late|mid|middle|end|start|beginning|of)\s+)*$/iu;
/**
 * A posture verb in the perfect with an adjective, a state as "been" tells: "has stood empty since 2009"; or with the place it
 * stands at, which it came to stand at then: "has stood on Mill Lane since 1861" (group 1: the negation; group 2: the verb;
 * group 3: the adjective or the place).
 */
export const SINCE_POSTURE = /\b(?:has|have|had)\s+(?:(not|never)\s+)?(stood|lain|sat)\s+([a-z]+|(?:on|at|in|beside|by|near|opposite|outside)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+since\s+(?:(?:the|early|late|mid|middle|end|start|beginning|of)\s+)*$/iu;
/** Verbs of lasting: a process going on since a date with no object ("an argument that has run since 2021", "has gone on since 2017", "has raged since 2019"). */
export const GOING_ON_LEMMAS: ReadonlySet<string> = new Set(['run', 'go', 'last', 'persist', 'rage', 'simmer', 'drag', 'linger']);
/** What may open the object of an activity held since a date: a determiner, a possessive or a plain word (not a preposition, an adverb or a count). */
export const OBJECT_OPENING = /^\s+(?!(?:to|in|on|at|for|from|with|by|of|about|into|over|under|up|down|out|off|back|away|since|there|here|so|very|much|more|less|steadily|sharply|slightly|again|ever|times?|twice)\b)[\p{L}'’-]+/iu;
/** Weak verbs whose object is a post or a charge held ("has led the party", "had run the clinic", "has held the seat", "has owned the club"): held since a date, taken up then. */
export const HELD_SINCE_LEMMAS: ReadonlySet<string> = new Set(['lead', 'run', 'hold', 'own']);
/** Verbs of knowing, expecting and intending: a thing "has been known / expected / planned since" a date was put in no state by an act then. */
export const MENTAL_LEMMAS: ReadonlySet<string> = new Set([
  'know', 'think', 'believe', 'expect', 'feel', 'hope', 'want', 'wish', 'fear', 'understand', 'learn', 'realise', 'realize',
  'consider', 'remember', 'forget', 'suspect', 'assume', 'doubt', 'intend', 'plan', 'mean', 'see', 'hear', 'say', 'tell',
]);
/** Verbs of changing amount: a change counted since a date is a trend ("volumes have dwindled since March"), no act begun then. */
/** Verbs of going up or down that TREND_LEMMAS leaves out (other rules read "rose last year" as an act): "have been rising since March" starts nothing. */
export const MOVING_AMOUNT_LEMMAS: ReadonlySet<string> = new Set(['rise', 'fall', 'grow', 'drop', 'mount', 'build']);
export const TREND_LEMMAS: ReadonlySet<string> = new Set([
  'increase', 'decrease', 'double', 'triple', 'halve', 'improve', 'worsen', 'decline', 'dwindle', 'climb', 'surge', 'soar', 'jump',
  'slump', 'shrink', 'expand', 'change', 'ease', 'slow', 'recover', 'rebound', 'fluctuate', 'deteriorate', 'plunge', 'tumble',
]);
/** Heads of a role a person holds ("minister", "guest conductor", "chair"): being one since a date began with taking it up. */
export const ROLE_HEAD = /^(?:[a-z-]+(?:er|or|ist|ian|ent|ant|ary|ess)|minister|chief|head|leader|captain|mayor|governor|chair|chairman|chairwoman|chairperson|member|coach|manager|director|president|secretary|envoy|judge|ambassador|commissioner|deputy)$/;
/** "before the end of January": a plan's deadline, dated by the period it closes (with the date's own text). */
export const PLAN_DEADLINE_BEFORE = /\bbefore\s+(?:the\s+)?$/i;
export const PLAN_DEADLINE_DATE = /^(?:the\s+)?(?:end|close)\s+of\b/i;
/**
 * A verb of permission: what "can" or "may" be done "until the end of August" is open until then (a deadline, not a state).
 * (Lower-case "may" only: "May" is the month.)
 */
export const PERMISSION = /\b(?:[Cc]an|may)\b/;
/** "until" or "till" right before a date (with "the"): the close of a window. */
export const OPEN_UNTIL_BEFORE = /\b(?:until|till)\s+(?:the\s+)?$/i;
/** A clause of what may be done until a period's close ("can send comments until the end of May"): a deadline's window. */
export const OPEN_WINDOW = /\b(?:[Cc]an|may)\s+(?:still\s+|now\s+|also\s+)?[a-z]+\b[^.;]*?\b(?:until|till)\s+(?:the\s+)?(?:end|close)\s+of\b/;
/**
 * A passive of permission ("can be seen", "may still be viewed"): the tagger gives it no form, yet it tells, like any passive,
 * what may be done to its subject; in a window's clause ("can be seen at the town hall until the end of June") that is the act.
 */
/**
 * A for-to infinitive ("asked on Friday for the snow to be cleared", "pressed for the talks to be moved"): it names what was
 * wanted, the verb's object, so its "to be" makes the clause no plan; the verb before it keeps its own tense.
 */
export const FOR_TO_INFINITIVE = /\bfor\s+(?:[\p{L}'’-]+\s+){1,4}?to be\b/giu;
export const PERMISSION_PASSIVE = /^(?:can|may)\s+(?:still\s+|now\s+|also\s+)?be\s+[a-z]+$/i;
/**
 * "no" right before an event noun denies it as the object of its verb ("made no arrests", "reported no casualties",
 * "there were no further arrests"): no such act took place (tested on the words before the trigger). A negated verb with
 * "any" says the same ("have not yet made any arrests", "didn't report any injuries").
 */
export const NO_DETERMINER_BEFORE = /(?:\bno|(?:\bnot|n['’]t|\bnever)\s+(?:yet\s+)?\p{L}+\s+any)\s+(?:(?:further|new|other|more|immediate|serious|major)\s+)?$/iu;
/**
 * "ruled out" right before an event noun (a determiner and up to two words between) denies it as well: "ruled out a
 * cyber attack", "has ruled out any strike" say the act did not or will not happen (tested on the words before the trigger).
 */
export const RULED_OUT_BEFORE = /\b(?:rul(?:ed|es|ing)|rule) out\s+(?:(?:a|an|any|the)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/**
 * A subject that denies its verb's act: "No ransom was paid", "No one was arrested" (up to the trigger); a coordinator may
 * open its clause ("six were hurt, and no one was killed"): the denial is the clause's all the same.
 */
export const NO_SUBJECT = /^\W*(?:(?:and|but|yet|or)\s+)?(?:no|none of the)\s+(?:[\p{L}'’-]+\s+){0,3}(?:(?:was|were|is|are|has|have|had|been|being)\s+)*$/iu;
/** Light verbs whose event is their object ("hold a reception", "give a briefing", "make a statement", "stage a walkout"). */
export const LIGHT_LEMMAS: ReadonlySet<string> = new Set(['hold', 'host', 'stage', 'give', 'make', 'throw', 'organise', 'organize']);
/**
 * Weak verbs whose act is told by their object, done: "got a warning", "had a smaller outbreak" name the
 * warning, the outbreak (an event noun; not "took the proposal to its members", a verb of carrying); "paid the first 30 million into an account", "put the alarm into
 * maintenance mode" name the paying and the putting, whatever the object (OBJECT_ACTS). Only done, with a determiner.
 */
export const OBJECT_LIGHT_LEMMAS: ReadonlySet<string> = new Set(['have', 'get', 'pay', 'put']);
/** Of OBJECT_LIGHT_LEMMAS, verbs that are an act on any object they take (typed by the verb: payment, putting). */
export const OBJECT_ACTS: ReadonlyMap<string, string> = new Map([['pay', 'payment'], ['put', 'put']]);
/**
 * A light verb's object: a determiner and up to four words (group 1), to the next break. A name in the possessive
 * determines its noun as "the" does ("paid Quillvarn's claim").
 */
export const LIGHT_OBJECT = /^\s+(?:a|an|the|its|their|his|her|our|\p{Lu}[\p{L}-]*['’]s)\s+((?:[\p{L}'’-]+)(?:\s+[\p{L}'’-]+){0,3})/u;
/** Words that end an object's head noun phrase: prepositions, conjunctions, relative words, date words. */
export const OBJECT_STOP = /^(?:for|with|on|in|at|to|of|about|from|by|into|outside|inside|over|under|near|across|against|through|aboard|and|or|but|that|which|who|this|next|last|tomorrow|today|tonight|yesterday|early|late|before|after|during|until|when|where|as)$/i;
/** Verbs of going: weak alone, an act with a complement that carries it (a named place, a new state). */
export const GOING_LEMMAS: ReadonlySet<string> = new Set(['go', 'come', 'fall', 'become']);
/** "to" and a capitalised name after a verb of going: a trip there ("went to Osk", "came back to Brennick"). */
export const TO_NAMED_PLACE = /^\s+(?:back\s+)?to\s+(?:the\s+)?\p{Lu}[\p{L}-]+/u;
/**
 * A new state after a verb of going: "went bust", "fell ill", "went missing", "became insolvent"; or a return from where its
 * subject was held: "went home from hospital", "came home from prison" (not "went home at half past five", a routine).
 */
export const STATE_COMPLEMENT = /^\s+(bust|bankrupt|broke|insolvent|missing|ill|sick|silent|dark|offline|public|extinct|on leave|home(?=\s+from\b))\b/i;
/**
 * A place its people are held in, named earlier in the sentence: a bare "went home" after it is the return from it ("two remain
 * in hospital; the rest went home on Monday"), as "went home from hospital" is.
 */
export const HELD_PLACE_BEFORE = /\b(?:hospitals?|infirmary|intensive care|clinics?|custody|prison|jail)\b/i;
/**
 * Weak verbs of taking that with the particle "in" tell an act of their own, an admission ("took in its first oiled birds",
 * "brought in 40 patients"); "stayed in", "kept in" tell a state and stay weak, and "comes in" of a rule is a schedule.
 */
export const IN_PARTICLE_LEMMAS: ReadonlySet<string> = new Set(['take', 'bring']);
/** What opens a finite clause inside a clause: a subordinator, or "that" (after a reporting verb: checked by the caller). */
/** ("since" too: "has not left the building since it was bought in 1908"; "since 2016" has no verb of its own and stays put.) */
export const FINITE_OPENER = /\b(?:after|before|when|because|until|once|while|although|though|whereas|that|since)\b/gi;
/** An adverb between a conjunction and its verb ("and last passed", "and quickly reopened", "but never paid"): a class, not a list. */
const CONJUNCT_ADVERB = '(?:then|now|later|also|still|again|soon|last|first|once|twice|never|just|already|[a-z]+ly)';
/**
 * A conjunction that opens a second verb phrase of its own ("opened in 1961 and was last strengthened in 1998", "had conceded on
 * Friday but said on Monday ...", "was promoted last month and now heads the squad", "was built in 2019 and last passed a survey
 * in March 2025"), an adverb between them or none: checked by the caller. (Lower-case adverbs only: "Smith and Kelly met".)
 */
export const COORDINATOR = new RegExp(String.raw`\b(?:[Aa]nd|[Bb]ut)\s+(?:${CONJUNCT_ADVERB}\s+)?`, 'g');
/**
 * The subject of a second clause joined by "and" or "but", up to its verb ("begins in September and the hall is due to open
 * in 2029"): a pronoun, a name, or a determiner and up to three words; no preposition, relative or conjunction in it
 * ("the minister and the president who arrived" is one object).
 */
export const CONJUNCT_SUBJECT = /^(?:(?:it|he|she|they|we|I)|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}|(?:the|a|an|its|their|his|her|this|these|those|\p{Lu}[\p{L}-]*[’']s)(?:\s+(?!(?:of|in|on|at|for|with|from|to|by|who|which|that|and|or)\b)[\p{L}'’-]+){1,3})\s+$/u;
/** A clause opened by "when" (after a date: "in 2019, when the bridge collapsed"). */
export const WHEN_OPENER = /^\s*when\b/i;
/** From a date to its clause's end: the date and at most a few words ("since 2022", "until Friday", "in March last year"). */
export const DATE_ENDS_CLAUSE = /^[^\s]*(?:\s+[\p{L}\d'’.-]+){0,4}\s*$/u;
/** Verbs of finding: thought in the active ("found that"), a discovery in the passive ("the wreck was found on Monday"). */
export const DISCOVERY_LEMMAS: ReadonlySet<string> = new Set(['find', 'discover', 'spot', 'locate']);
/**
 * Verbs of seeing: in the passive a sighting ("a man like him was seen on Wednesday in Quossel", "was last seen on Friday"), an
 * act of its day; not a judgement ("was seen as a threat") nor what one was seen doing ("was seen to leave").
 */
export const SIGHTING_LEMMAS: ReadonlySet<string> = new Set(['see', 'sight', 'notice']);
/** Before a plan's date, a bound or a deadline ("from next spring", "before the end of the year"): a window, not the act's year. */
export const PLAN_WINDOW_BEFORE = /\b(?:from|before|until|till|within)\s+(?:(?:the|end|start|beginning|close|of)\s+)*$|\bby\s+(?:the|end|start|beginning|close|of)\s+(?:(?:the|end|start|beginning|close|of)\s+)*$/i;
/** A season ("next spring", "early summer"): read as a year, it gives a plan only the window it falls in. */
export const SEASON_DATE = /^(?:(?:next|this|last|early|late|the)\s+)*(?:spring|summer|autumn|fall|winter)\b/i;
/** After a passive weak verb, what makes it a plan or a state rather than an act ("was set to", "was kept in custody", "was left with"). */
export const STATE_PASSIVE = /^\s+(?:to|in|with|at|on hold|under|alive|open|closed|shut|busy|free|steady)\b/i;
/** Where a verb of going takes its subject: "to the laboratory", "to court", "before the board" (not "to show", "to be"). */
export const GOES_TO = /^\s+(?:back\s+)?(?:to|before)\s+(?:(?:the|a|an|our|its|their|his|her)\s+)?\p{L}+(?<!\bto\s+(?:show|be|prove|work|waste|plan))\b/u;
/** A year as news prose writes one (1800–2099), as a regex source: in a clause it is a date, not a count. */
export const YEAR_SOURCE = '(?:1[89]|20)\\d\\d';
/** A bare year told as an act's own: "in 2019" right before it (not "since 2019", "by 2019", "the 2019 season"). */
export const IN_YEAR = /\bin\s+(?:the\s+year\s+)?$/i;
/** What makes a past clause a tally or a comparison rather than one act ("moved a record volume", "carried more passengers"). */
export const AMOUNT_WORDS = /\b(?:more|fewer|less|record|most|least|total|average|annual|per)\b/i;
/**
 * Right after a plan's verb, its object counted by a small whole number ("will open 40 centres", "to cut 300 jobs"): the size of
 * the one act planned. Not a measure or a forecast tally ("will handle 2 million tonnes", "to carry 500,000 passengers",
 * "grow 3 per cent", "run for 12 hours").
 */
export const PLAN_COUNTED_OBJECT = /^\s+(?:(?:a\s+further|another|up\s+to|some|about|around|nearly|almost|more\s+than|at\s+least)\s+)?\d{1,3}(?![\d.,%])\s+(?!(?:m|bn|k|million|billion|thousand|hundred|per\s*cent|percent|pc|tonnes?|tons?|kilo\p{L}*|metres?|meters?|miles?|km|hours?|days?|weeks?|months?|years?|times|points?)\b)\p{L}/iu;
/** "and" opening a conjunct (after a comma or not). */
export const GAP_AND = /\band\s+/gi;
/** Before a gapped conjunct's date: a word or more (what the act is repeated for), then a preposition of time. */
export const GAP_BEFORE_DATE = /^(?!(?:on|in|by|from|at|during|until|till|before|after)\b)[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,4}\s+(?:on|in|by|from|at|during|until|till|before)\s+(?:the\s+)?$/iu;
/** A range's opening before its "and" ("between May and June"). */
export const RANGE_BEFORE = /\bbetween\s+(?:[\p{L}\d'’,-]+\s+){0,4}$/iu;
/** A preposition of time opening a date mention ("on Thursday"). */
export const TIME_PREPOSITION = /^(?:on|in|by|from|at|during|until|till|before)\s+/i;

/**
 * A count of casualties right before the verb that tells them: "At least five drivers died", "14 Persons perished",
 * "Thirty-three people are now known to have died", "nine children had been killed".
 */
export const CASUALTY_COUNT_BEFORE = /(?:^|[\s,;:(])(?:at least |more than |about |some |nearly |almost |only )?(?:\d+|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-[a-z]+)?) (?:[\p{L}'’-]+ ){0,3}?(?:(?:have|has|had) (?:now )?(?:been )?|(?:were|was|are|is) (?:now )?(?:known to have |reported to have )?)?$/iu;
/** The verbs that tell a casualty count: died, killed, perished, wounded. */
export const CASUALTY_VERB = /^(?:died|killed|perished|wounded)$/i;
/**
 * A source the sentence credits with a figure, in the present or present perfect ("according to the agency", "the
 * ministry says", "the mayor maintains", "has said"): the figure as it stands, restated. (Not "said": a past-tense
 * credit mostly leads the first report of the deaths.)
 */
export const CREDITED_NOW = /\baccording to\b|\b(?:says|say|maintains|maintain|insists|insist)\b|\b(?:has|have) (?:always |repeatedly )?said\b/i;

/** Right before a date after a declared mourning: "for" or "from" ("a day of mourning for Monday"): the day mourned, not declared. */
export const MOURNING_DAY_BEFORE = /\b(?:for|from)\s+$/i;
/** Right before a date inside a declared mourning, after its verb: the day declared one of mourning ("declared Tuesday a day of mourning"). */
export const MOURNING_DAY_DECLARED = /^declared\s+$/i;
