/**
 * The generic fallback: a clause no trigger covers that names a date is an event typed by its main verb's lemma
 * when it tells an act done ("The terminal reopened on Monday", "the berth has been dredged"), an act ahead with a
 * day of its own ("will begin examining the wreckage on Wednesday", "is due to open on March 14"), or a headline's
 * present ("2025-12-22 - crane collapses"); a past perfect too when its own clause dates it ("had flown to the capital
 * on Tuesday"). No negated verb, no weak verb whose meaning lies in its object — except where the object or complement is the
 * event: a light verb's object ("will hold a reception on the 20th"), a verb of going's complement ("went to Osk in
 * 2021", "went bust in 2023"), and a subject a verb only places in time ("the accident was in 2019"). States counted
 * from a date ("has been its guest conductor since 2021") start with an act then (stateStarts). The tense helpers
 * (toldAsDone, toldInPresentPerfect, toldAsDenied) serve the trigger events too.
 */
import nlp from 'compromise';
import { ASPECT_LEMMAS, COPULA_TO_DATE, LOCATING_LEMMAS, MODAL, NON_EVENT_HEADS, PARTICLES, PLAN_BOUND_BEFORE, PLAN_DEADLINE_BEFORE, PLAN_DEADLINE_DATE, PERMISSION, OPEN_UNTIL_BEFORE, OPEN_WINDOW, PERMISSION_PASSIVE, FOR_TO_INFINITIVE, PLAN_TO, PLAN_PASSIVE_PARTICIPLE, PERIOD_BOUND_BEFORE, NO_SUBJECT, FINITE_OPENER, COORDINATOR, CONJUNCT_SUBJECT, WHEN_OPENER, DATE_ENDS_CLAUSE, GOING_LEMMAS, TO_NAMED_PLACE, STATE_COMPLEMENT, HELD_PLACE_BEFORE, LIGHT_LEMMAS, OBJECT_LIGHT_LEMMAS, OBJECT_ACTS, LIGHT_OBJECT, OBJECT_STOP, REPORTING_LEMMAS, ROLE_HEAD, SINCE_STATE, PRECIPITATION_SINCE, SINCE_PERFECT, SINCE_PARTICIPLE, SINCE_POSTURE, MOVING_AMOUNT_LEMMAS, GOING_ON_LEMMAS, OBJECT_OPENING, HELD_SINCE_LEMMAS, TREND_LEMMAS, MENTAL_LEMMAS, DISCOVERY_LEMMAS, SIGHTING_LEMMAS, STATE_PASSIVE, GOES_TO, PLAN_WINDOW_BEFORE, SEASON_DATE, SPEECH_LEMMAS, SUBJECT_MODIFIER, WEAK_LEMMAS, IN_YEAR, AMOUNT_WORDS, PLAN_COUNTED_OBJECT, YEAR_SOURCE, GAP_AND, GAP_BEFORE_DATE, RANGE_BEFORE, TIME_PREPOSITION, WAS_DUE, OPENING_DATE, DUE_DATE_LEAD, SUBJECT_DETERMINER, LOOKS_BACK, ATTRIBUTION_LEMMAS, IN_PARTICLE_LEMMAS, NO_DETERMINER_BEFORE, RULED_OUT_BEFORE } from './patterns.ts';
import { clauseSpans } from './_sentence-parts.ts';
import { boundedMemo, memoByKey } from '../../util/index.ts';

/** Verb forms (compromise's grammar.form) that tell a finished act of the news. */
const FINISHED_FORMS: ReadonlySet<string> = new Set(['simple-past', 'present-perfect', 'passive-past', 'passive-present-perfect',
  // What was going on that day ("the coast guard was searching on Friday") is an act of that day too.
  'past-progressive',
  // What had been done by then, with a date of its own clause ("had undergone heart surgery last year", "had flown to
  // the capital on Tuesday"), is dated like any act: the date says when, the tense only that it came first.
  'past-perfect', 'passive-past-perfect']);

/** The part of compromise's verb view used here (its default typings omit the verbs plugin). */
type VerbJson = {
  text: string;
  offset?: { start: number; length: number };
  verb?: { root?: string; infinitive?: string; negative?: boolean; grammar?: { form?: string; tense?: string } };
};
type VerbsView = { verbs: () => { json: (o: { offset: boolean }) => VerbJson[] } };
/** The few calls of compromise's view the coordinated-participle retagging makes. */
type ParticipleView = { text: (f: string) => string; has: (m: string) => boolean; tag: (t: string, reason?: string) => unknown; match: (m: string | Matcher, group?: number) => ParticipleView;
  terms: (n: number) => ParticipleView; last: () => ParticipleView; forEach: (f: (m: ParticipleView) => void) => void };
type TagView = { match: (m: Matcher, group: number) => { tag: (tag: string, reason?: string) => unknown; json: (o: { offset: boolean }) => { offset?: { start: number } }[] } };
/** A noun, then a verb of beginning or ending (the capture) before a preposition of time: compromise's match syntax. */
const BEGIN_AFTER_NOUN = '#Noun [(start|begin|end)] (on|in|from|at) #Value?';
/** "rose" before an amount, an adverb, a preposition or a determiner (compromise match syntax). */
const ROSE_AFTER = '(#Value|#Adverb|#Preposition|#Determiner)';
const ROSE_AS_VERB = `rose ${ROSE_AFTER}`;
/** A verb of beginning or ending in the third person before its time word (compromise match syntax: the verb group, then the time). */
const OPENING_BEGIN = '(starts|begins|ends|resumes|finishes|closes|opens) (on|in|from|at|next|this|early|late)';
/** A match of compromise's syntax parsed once (doc.match would parse its string again for every sentence). */
type Matcher = ReturnType<typeof nlp.parseMatch>;
const ROSE_SUBJECT_MATCH: Matcher = nlp.parseMatch(`[#PresentTense] ${ROSE_AS_VERB}`);
/** "and bids closed on": a conjunction, a present in "-s", a past and a time word or preposition (compromise match syntax). */
const PLURAL_BEFORE_PAST_MATCH: Matcher = nlp.parseMatch('(and|but) #PresentTense #PastTense (#Date|#Preposition|last|this|yesterday)');
const ROSE_VERB_MATCH: Matcher = nlp.parseMatch(`(#Noun|#Pronoun) [rose] ${ROSE_AFTER}`);
const OPENING_SUBJECT_MATCH: Matcher = nlp.parseMatch(`^[#Imperative] ${OPENING_BEGIN}`);
const OPENING_VERB_MATCH: Matcher = nlp.parseMatch(`^#Noun [${OPENING_BEGIN.split(' ')[0]}] ${OPENING_BEGIN.split(' ').slice(1).join(' ')}`);
const GERUND_SUBJECT_MATCH: Matcher = nlp.parseMatch('^[#Gerund] (#PresentTense|#PastTense)');
/** A plan word's "to", then a verb of beginning or ending (the capture) before its time word: "is due to begin in January". */
const PLAN_BEGIN_MATCH: Matcher = nlp.parseMatch(`(due|expected|set|scheduled|planned|going) to [(start|begin|end|finish|resume|open|close|reopen)] ${OPENING_BEGIN.split(' ')[1]}`);
/** A verb of warning or telling, a word read as a verb, and what it is about: "warned staff about a rise", "told nurses of the leak". */
const TOLD_OBJECT_MATCH: Matcher = nlp.parseMatch('(warned|warns|told|tells|alerted|reminded|advised) [#Verb] (about|of|against)');
/** A speech verb, a word read as a bare verb, and a finite auxiliary: "said staff had moved", "told us crews were on site". */
const REPORTED_SUBJECT_MATCH: Matcher = nlp.parseMatch('(said|says|told|added|confirmed|stated|announced|reported|explained|warned) (us|me|reporters)? [#Infinitive] (had|has|have|was|were|is|are|would|will)');
const COORDINATED_PARTICIPLE_MATCH: Matcher = nlp.parseMatch('(#PastTense|#Participle) .{0,8} and #Adjective (#Date|#Preposition|#Determiner|#Value|last|this|next)');
const BEGIN_AFTER_NOUN_MATCH: Matcher = nlp.parseMatch(BEGIN_AFTER_NOUN);
/** A participle right before a noun (compromise match syntax: the participle). */
const PARTICIPLE_BEFORE_NOUN_MATCH: Matcher = nlp.parseMatch('[#Participle] #Noun');
/** A participle right after an adjective or a determiner (compromise match syntax: the participle). */
const PARTICIPLE_AFTER_MODIFIER_MATCH: Matcher = nlp.parseMatch('(#Adjective|#Determiner) [#Participle]');
/** A form of "be", an adjective and a time told with "last" or "earlier this" (compromise match syntax): "was renewed last year". */
const PARTICIPLE_BEFORE_LAST_MATCH: Matcher = nlp.parseMatch('(was|were|been) #Adjective (last|earlier|late|early) (this|last)? (year|month|week|weekend|night|spring|summer|autumn|winter|#WeekDay|#Month)');
/**
 * A form of "be", an adjective and a preposition of the agent or of moving away (compromise match syntax): "was recovered
 * from the ruins", "were damaged by the storm".
 */
const PARTICIPLE_BEFORE_AGENT_MATCH: Matcher = nlp.parseMatch('(was|were|been) #Adjective (from|by|into|onto)');
/** "-ed" words that tell how someone felt or was, a state, not an act done to them ("she was tired last night"). */
const FEELING_PARTICIPLE = /^(?:tired|worried|concerned|pleased|delighted|disappointed|surprised|shocked|excited|interested|scared|frightened|relieved|exhausted|satisfied|convinced|determined|prepared|bored|annoyed|upset|confused|embarrassed|impressed|amazed|alarmed|puzzled|stunned|devastated|heartbroken|ashamed|involved|based|located|situated)$/;

/**
 * `oneAct`: the hit names one act (a subject placed in time, a trip, a change of state), so a bare year may date it.
 * `dateAt`: the date it takes (offset in the sentence) when that date stands outside its clause (a when-clause's).
 */
export type GenericHit = { type: string; at: number; end: number; told: Telling; oneAct?: boolean; dateAt?: number };

/** "last" or "first" read as a verb right before a past (group 0): "the lifts, last replaced in 1994". */
const ORDINAL_BEFORE_PAST_MATCH: Matcher = nlp.parseMatch('[(last|first)] #PastTense');
/** After an apposition's closing comma, an "-ed" word and a time word: the past verb of a verbless reading (group 1). */
const VERBLESS_PAST = /,\s+([a-z]{3,}ed)\s+(?=(?:last|this|yesterday|today|early|late|on|in)\b)/;
/**
 * A name's age set off by commas and the word after it ("Ann Vell, 41, left hospital in May"): group 1. An age in commas is a
 * closed apposition, so that word cannot count the number ("41 left") as the tagger reads it: it is the name's verb.
 */
const AFTER_AGE_APPOSITION = /\p{Lu}[\p{L}'’-]+,\s+\d{1,3},\s+([a-z]{3,})\b/gu;

/** A verb phrase of a sentence as compromise reads it: lemma, form, tense, where its root word stands and where the phrase does. */
type VerbPhrase = { lemma: string; text: string; form: string; tense: string; negative: boolean; bareAuxiliary: boolean; at: number; end: number; from: number; to: number };

/** A subject, a parenthetical set off by commas and its closing comma, right before a verb: "The gang, which ..., " (not a quote's). */
const AFTER_PARENTHETICAL = /^[^,;:"“”]*\p{L}[^,;:"“”]*,[^;:"“”]*\p{L}[^;:"“”]*,\s*$/u;
/** A modal standing alone as a verb phrase. */
const LONE_MODAL = /^(?:would|will|shall|should|can|could|may|might|must)$/i;
/** Whether an offset lies in the span (a clause, a part of one): `within(c)` is the test for offsets of that span. */
const within = (k: { start: number; end: number }) => (x: number): boolean => x >= k.start && x < k.end;
/** A clause that resumes a verb's complement after an apposition ("..., the firm's former finance chief, with fraud on Monday"). */
const RESUMES_COMPLEMENT = /^\s*(?:with|to|into|for|from|over|as|at|in|on)\b/i;
/** Verbs of telling someone to act: in the passive with "to" ("were told to boil", "was ordered to leave") an instruction given. */
const INSTRUCTING_LEMMAS: ReadonlySet<string> = new Set(['tell', 'order', 'advise', 'instruct', 'urge', 'ask', 'direct']);
/** Verbs of telling someone to act that, in the active with a person and "to", give an instruction ("told staff to prepare"). */
const TELLING_TO_LEMMAS: ReadonlySet<string> = new Set(['tell', 'instruct', 'direct']);
/** After such a verb: the one told (a few words, no pronoun subject of a reported clause, no "that") and "to" with its verb. */
const TOLD_WHOM_TO = /^(\s+(?:(?!(?:that|to|he|she|they|we|I|it|there|this)\b)[\p{L}'’-]+\s+){1,4}?)to\s+[a-z]+\b/iu;
/** Verbs of running a service: in a plan they place their subject in time ("the ferry service will run from Monday"). */
const RUNNING_LEMMAS: ReadonlySet<string> = new Set(['run', 'operate']);
/** Between a present copula and its date, what places its subject ahead: "is expected early next year", "are due in March". */
const EXPECTED_TO_DATE = /^\s+(?:(?:expected|due|scheduled|planned)\s+(?:(?:in|on|at|during|for)\s+)?|set\s+for\s+)(?:(?:early|late|mid|later)\s+)?$/i;
/** A verb of scheduling in the present passive ("is scheduled for", "is planned for", "is set for"): it places its subject ahead, as "is due on" does. */
const SCHEDULED_LEMMAS: ReadonlySet<string> = new Set(['schedule', 'plan', 'set', 'expect']);
/** The ending of a noun made from a verb that names an act ("opening", "election", "trial", "payment"). */
const ACT_NOUN_ENDING = /(?:tion|sion|ment|ing|ure|al|ance|ence)$/;
/** Between such a verb and its date: "for", "in", "on" ("is scheduled for Saturday, April 18"). */
const SCHEDULED_TO_DATE = /^\s+(?:for|in|on|at)\s+(?:(?:early|late|mid|later)\s+)?$/i;
/** After an active verb of finding, a thing it introduces: "a" or "an" and a noun (not "a way to", the finding of a means). */
const FOUND_THING = /^\s+(?:an?)\s+(?!way\b)(?:[a-z-]+\s+){0,2}?[a-z-]+\b(?!\s+(?:to|that)\b)/i;
/** "ask" followed by what is asked for ("will ask for more time"): a request. */
const ASKS_FOR = /^\s+for\s+(?!(?:it|him|her|them)\b)/i;
/** "be able to" / "be unable to" after a form of "be": an ability, whose act is the verb after it. */
const ABLE_TO = /^\s+(?:un)?able\s+to\b/i;
/** A plan's words right before its verb ("is due to", "will"): no part of the subject. */
const PLAN_AUX_TAIL = /\s*\b(?:(?:is|are|was|were)\s+(?:due|expected|set|scheduled|planned|going)\s+to|will|would|shall)\s*$/i;
/** Verbs whose simple past is their bare form: the tagger reads "set" of "its insurer on Monday set up a fund" as a present. */
const BARE_PAST: ReadonlySet<string> = new Set(['set', 'put', 'cut', 'shut', 'hit', 'let', 'cast', 'spread', 'split', 'quit', 'shed', 'burst', 'hurt', 'upset', 'bid', 'broadcast', 'forecast']);
/**
 * A past form of "be" right before a participle of BARE_PAST (group 2), with its particle (group 3): "were cut", "had been set
 * up", "was put out". (Not "upset": "was upset" tells a feeling.)
 */
const BARE_PASSIVE = new RegExp(String.raw`^((?:was|were|(?:has|have|had)\s+been)\s+)(${[...BARE_PAST].filter((w) => w !== 'upset').join('|')})\b(?:\s+(${[...PARTICLES].join('|')})\b)?`, 'i');
/** Longest apposition (chars) a complement may resume across. */
const APPOSITION_MAX_CHARS = 80;
/** After "counted", the figure counted: "31 ships", "some 1,100 cancelled trains", "at least 40". */
/** A subject that is the first of its kind, up to its verb: "The first trams", "the first goods train after the repairs". */
const FIRST_OF_SERVICE = /(?:^|[,;:]\s*|\b(?:on|in|at)\s+[^,;:]*?\s)the\s+first\s+(?!(?:time|of)\b)[a-z][^,;:]*$/i;
const COUNTED_FIGURE = /^\s+(?:(?:about|around|some|nearly|almost|roughly|more than|fewer than|over|under|at least|only|just)\s+)*\d/i;
/** A date of one or two words in the possessive, at its start ("Saturday's", "last week's", "May 16's"). */
const POSSESSIVE_DATE = /^[\p{L}\d]+(?:\s+[\p{L}\d]+)?[’']s\b/u;
/** Words of a sentence's opening date phrase that dates the clause after its comma ("Late on Tuesday night,"). */
const OPENING_DATE_MAX_WORDS = 5;
/** A time word closing a verb phrase, which the tagger sometimes takes into it ("said last" of "said last week"). */
const TIME_TAIL = /\s+(?:last|next)$/i;
/**
 * A lone auxiliary that compromise cut from its participle by an adverb or a date ("has today named", "has already in
 * the year 2021 cancelled": machine-translated word order), with the adverbs it took along.
 */
const BARE_AUXILIARY = /^(?:has|have|had|was|were|is|are|been)(?:\s+(?:[a-z]+ly|already|also|now|just|today|yesterday|again|still|then|once))*$/i;

/** One capitalised word with a possessive "'s" (not a pronoun's contraction, "It's", "That's"): a name, never a verb. */
const NAME_POSSESSIVE = /^(?!(?:It|He|She|That|There|Here|What|Who|Where|How|Let)['’]s$)\p{Lu}[\p{L}-]*['’]s$/u;
/** A verb phrase that is one preposition, a word of a closed class (the tagger's misreading); not a particle ("over" of "take over": PARTICLES). */
const PREPOSITION_ROOT = /^(?:in|on|at|outside|inside|into|onto|under|near|by|with|for|from|to|of|about|after|before|during|until|since)$/i;

/** Most readings a tagger memo keeps before it starts afresh. */
const MAX_PARSED = 4000;

/** `read` memoised by its key (see boundedMemo): the tagger costs most of a re-read of a page. */
const taggerMemo = <T>(read: (key: string) => T): ((key: string) => T) => memoByKey(MAX_PARSED, read);

/** The verb phrases of a sentence, parsed once as a whole (a clause cut from its subject misleads the tagger). */
const verbPhrases = taggerMemo(parseVerbPhrases);

function parseVerbPhrases(sentence: string): VerbPhrase[] {
  let verbs: VerbJson[] = [];
  try {
    const doc = nlp(sentence) as unknown as VerbsView & TagView;
    // The tagger reads "rose" as the flower even between a subject and its amount ("shares rose 2 percent", "the river
    // rose two metres"): there it is the past of "rise".
    // (... and the subject before it, read as a verb in "shares rose", is the noun.)
    doc.match(ROSE_SUBJECT_MATCH, 0).tag('Plural');
    doc.match(ROSE_VERB_MATCH, 0).tag('PastTense');
    // A present in "-s" right before a past after "and" or "but" ("and bids closed on January 9", "but talks ended in May") is
    // no verb: no English verb phrase puts a past right after a present. It is the plural subject of that past.
    (doc as unknown as ParticipleView).match(PLURAL_BEFORE_PAST_MATCH).forEach((m) => {
      const word = m.match('(and|but) [#PresentTense]', 0).last();
      if (/^[a-z]{3,}s$/.test(word.text('normal'))) word.tag('Plural', 'subject before its past');
    });
    // News prose has no imperatives: a sentence's first word so read before a verb of beginning or ending and its time ("Work
    // starts in May and the first swimmers are expected in 2028") is the subject noun, and that verb the clause's.
    doc.match(OPENING_SUBJECT_MATCH, 0).tag('Noun', 'subject, no imperative');
    // "last" or "first" right before a past ("the lifts, last replaced in 1994,", "first opened in 1961") tells which time
    // the act was, an adverb: no verb "to last" takes a past after it.
    doc.match(ORDINAL_BEFORE_PAST_MATCH, 0).tag('Adverb', 'last or first before a past');
    doc.match(OPENING_VERB_MATCH, 0).tag('PresentTense', 'verb after the subject');
    // ... and after a plan word, the word of beginning or ending before its time is that plan's verb, not a noun ("work is due
    // to begin in January", "is due to start next spring"): "due to" with a noun gives a cause, and no cause is "begin" or "start".
    doc.match(PLAN_BEGIN_MATCH, 0).tag('PresentTense', 'verb after a plan word');
    // ... and a sentence's first word in "-ing" before a finite verb is its subject, a noun ("Scaffolding goes up in August",
    // "Voting begins on Friday"), not part of that verb's phrase.
    doc.match(GERUND_SUBJECT_MATCH, 0).tag('Noun', 'subject, no gerund');
    // ... and a word read as a bare verb between a speech verb and a finite auxiliary ("said staff had moved the patients") is
    // the reported clause's subject, a noun: no bare infinitive stands between "said" and "had".
    doc.match(REPORTED_SUBJECT_MATCH, 0).tag('Noun', 'reported subject, no infinitive');
    // ... as is one between a verb of warning and "about" ("warned staff about a rise in phishing emails"): the people warned.
    doc.match(TOLD_OBJECT_MATCH, 0).tag('Noun', 'object told, no verb');
    // A participle in "-ed" after "and" that shares the verb before it ("was built in 2009 and refitted last year", "was
    // opened in 1990 and extended in 2004"), which the tagger reads as an adjective before a time or its preposition, is that
    // verb's second participle: a verb. (Not before a noun: "and satisfied customers".)
    // (After a verb of its own, not a copula: "were cold and tired in the evening".)
    (doc as unknown as ParticipleView).match(COORDINATED_PARTICIPLE_MATCH).forEach((m) => {
      const word = m.match('and [#Adjective]', 0).last();
      if (!m.terms(0).has('#Copula') && /^[a-z]{3,}ed$/.test(word.text('normal')) && !word.has('#Verb')) word.tag('PastTense', 'coordinated participle');
    });
    // ... and an "-ed" word after a form of "be" and before a time told with "last" ("was renewed last year", "were injured last
    // night", "was damaged earlier this month"), which the tagger reads as an adjective with "last" as another: the passive
    // participle of an act done then. (Not a feeling or a state: "she was tired last night".)
    // ... and one before "by", "from", "into" or "onto" ("was recovered from the ruins on Saturday", "were evacuated by boat"), which the tagger
    // reads as an adjective too: an agent, or a place the subject is moved out of or into, is what a passive takes, no state.
    for (const match of [PARTICIPLE_BEFORE_LAST_MATCH, PARTICIPLE_BEFORE_AGENT_MATCH]) (doc as unknown as ParticipleView).match(match).forEach((m) => {
      const word = m.terms(1);
      if (!/^[a-z]{3,}ed$/.test(word.text('normal')) || FEELING_PARTICIPLE.test(word.text('normal'))) return;
      word.tag('PastTense', 'participle before its time'); word.tag('Passive', 'participle before its time');
      m.terms(0).tag('Auxiliary', 'passive before its time'); m.terms(0).tag('Passive', 'passive before its time');
    });
    // (Only a word that is a past tense on its own after a subject, "they left": not "Ann Vell, 41, unemployed, ...".)
    for (const m of sentence.matchAll(AFTER_AGE_APPOSITION)) {
      const word = m[1]!;
      const term = (doc as unknown as ParticipleView).match(`#Cardinal [${word}]`, 0);
      const alone = (nlp(`they ${word} it`) as unknown as ParticipleView).match(`[${word}]`, 0);
      if (term.text('normal') && !term.has('#Verb') && alone.has('#PastTense')) term.tag('PastTense', 'verb after an age apposition');
    }
    verbs = doc.verbs().json({ offset: true });
    // A lone participle in "-en" right before a noun ("cleared gorse and fallen elms", "swept up broken glass") is an
    // adjective: English makes no finite verb of such a participle without "have" or "be", and before a noun it tells the
    // noun's state, no act. (Nor is one right after an adjective or a determiner, "dry bracken", "the linen": a noun.)
    const before = new Set([PARTICIPLE_BEFORE_NOUN_MATCH, PARTICIPLE_AFTER_MODIFIER_MATCH]
      .flatMap((match) => doc.match(match, 0).json({ offset: true }).map((m) => m.offset?.start ?? -1)));
    verbs = verbs.filter((v) => !(v.offset && before.has(v.offset.start) && /^[a-z]{3,}en$/.test(v.text.trim())));
    // A sentence with no verb at all whose subject closes an apposition ("Ann Vell, the former head teacher, retired last month"),
    // where the tagger read the "-ed" word after the comma as an adjective before its time word: that word is the verb (news
    // sentences have one).
    const verbless = verbs.length ? null : VERBLESS_PAST.exec(sentence);
    if (verbless) {
      (doc as unknown as ParticipleView).match(verbless[1]!).tag('PastTense', 'past after an apposition');
      verbs = doc.verbs().json({ offset: true });
    }
    // A verb of beginning or ending after a noun and before a time word, which the tagger read as part of a compound ("the
    // payouts to the customers not moving to Tessberg start on the 20th": "Tessberg start"), is the clause's verb when no
    // verb follows it in its clause ("the race start on Monday was delayed" is a noun).
    const compound = doc.match(BEGIN_AFTER_NOUN_MATCH, 0);
    const at = compound.json({ offset: true }).map((m) => m.offset?.start ?? -1);
    const verbAfter = (x: number): boolean => verbs.some((v) => (v.offset?.start ?? -1) > x && !/[,;:]/.test(sentence.slice(x, v.offset!.start)));
    if (at.length && at.every((x) => x >= 0 && !verbs.some((v) => v.offset?.start === x) && !verbAfter(x))) {
      compound.tag('PresentTense', 'begins after a noun');
      verbs = doc.verbs().json({ offset: true });
    }
  } catch { verbs = []; }
  const out: VerbPhrase[] = [];
  // The end of a passive read here from a form of "be" and a bare participle: a phrase the tagger made of its participle is in it.
  let passiveTo = -1;
  for (const v of verbs) {
    const root = v.verb?.root ?? '';
    const off = v.offset;
    const at = off && root ? sentence.indexOf(root, off.start) : -1;
    if (!off || at < 0 || off.start < passiveTo) continue;
    // A past participle whose form is its bare one after a form of "be" ("the rounds were cut last year", "the fire was put out",
    // "the residents were let back in"): a passive, though the tagger reads a copula and a noun, or a phrase of no form.
    const bare = BARE_PASSIVE.exec(sentence.slice(off.start));
    if (bare) {
      const word = bare[2]!;
      const wordAt = off.start + bare[1]!.length;
      const form = /^had\b/i.test(bare[1]!) ? 'passive-past-perfect' : /^ha(?:s|ve)\b/i.test(bare[1]!) ? 'passive-present-perfect' : 'passive-past';
      passiveTo = off.start + bare[0].length;
      out.push({ lemma: (bare[3] ? `${word} ${bare[3]}` : word).toLowerCase(), text: bare[0], form, tense: 'PastTense', negative: false,
        bareAuxiliary: false, at: wordAt, end: wordAt + word.length, from: off.start, to: passiveTo });
      continue;
    }
    // A preposition the tagger read as a verb ("run in 2030" read as a verb "in", "outside the head office") is none.
    if (PREPOSITION_ROOT.test(v.text.trim())) continue;
    // Nor is a name in the possessive ("Harving's drinking water": a town's name in "-ing" read as a gerund): no verb
    // takes "'s".
    if (NAME_POSSESSIVE.test(v.text.trim())) continue;
    // A lone modal whose verb the tagger took for a noun ("it would brief reporters on Monday"): the word after it is the verb.
    const lone = LONE_MODAL.test(v.text.trim()) ? /^\s+([a-z]+)\b/.exec(sentence.slice(off.start + v.text.trimEnd().length)) : null;
    if (lone) {
      const word = lone[1]!;
      const wordAt = off.start + v.text.trimEnd().length + lone[0].length - word.length;
      out.push({ lemma: lemmaOf(word), text: `${v.text.trim()} ${word}`, form: 'modal-infinitive', tense: 'PresentTense', negative: false,
        bareAuxiliary: false, at: wordAt, end: wordAt + word.length, from: off.start, to: wordAt + word.length });
      continue;
    }
    // A time word the tagger took into the phrase ("said last week" read as a verb "said last"): the verb is the words before it.
    const tail = TIME_TAIL.exec(v.text.trim());
    if (tail) {
      const text = v.text.trim().slice(0, tail.index);
      const word = text.split(/\s+/).at(-1)!;
      const wordAt = sentence.indexOf(word, off.start);
      if (/^[a-z]+$/i.test(word) && wordAt >= 0) {
        out.push({ lemma: lemmaOf(word), text, form: text === word ? 'simple-past' : v.verb?.grammar?.form ?? '', tense: 'PastTense', negative: !!v.verb?.negative,
          bareAuxiliary: false, at: wordAt, end: wordAt + word.length, from: off.start, to: off.start + text.length });
        continue;
      }
    }
    // The root must be found in the phrase's own words: a phrase the tagger made of no word (the possessive of "Quillbrook's
    // biggest employer" read as "is") has no verb there, and a later "is" inside another word ("minister") is none of it.
    if (at + root.length > off.start + off.length) continue;
    // News prose has no imperatives: a verb so read right after a comma, with words before it, has its subject before a
    // parenthetical ("Quellmark, which researchers say has been active since 2023, hit a port operator last year"). It is
    // the bare form of a finite verb, read as any present is (a BARE_PAST verb's past when its clause is dated no later
    // than the page: see mainAct).
    const form = v.verb?.grammar?.form === 'imperative' && AFTER_PARENTHETICAL.test(sentence.slice(0, off.start)) ? 'simple-present'
      : v.verb?.grammar?.form || splitPassiveForm(v.text.trim());
    // "pleaded not guilty", "was found not guilty": a "not" after the verb word that only heads the plea or verdict is no denial
    // of the act (the plea was made, the verdict given).
    const pleaOrVerdict = NOT_GUILTY_AFTER.test(sentence.slice(at + root.length));
    out.push({ lemma: v.verb?.infinitive?.toLowerCase() ?? '', text: v.text.trim(), form, tense: v.verb?.grammar?.tense ?? '',
      negative: !!v.verb?.negative && !pleaOrVerdict, bareAuxiliary: BARE_AUXILIARY.test(v.text.trim()), at, end: at + root.length,
      from: off.start, to: off.start + v.text.trimEnd().length });
  }
  // An adverb between a negated auxiliary and its verb ("has not yet been repaired", "has still not reopened") makes the tagger
  // cut the phrase in two, the "not" left with the auxiliary or with no phrase; "has yet to reopen" denies the act as plainly.
  // The verb's half is as negated as the whole: news tells an act not yet done this way, and it is no act.
  for (const v of out) if (!v.negative && NEGATED_AUXILIARY_BEFORE.test(sentence.slice(Math.max(0, v.from - NEGATED_AUXILIARY_REACH), v.from))) v.negative = true;
  return out;
}

/** Before a verb phrase, a negated auxiliary its adverbs cut off ("has not yet ", "has still not ", "hasn't yet ", "has yet to "). */
const NEGATED_AUXILIARY_BEFORE = new RegExp(String.raw`\b(?:(?:has|have|had|is|are|was|were|do|does|did)(?:\s+(?:still|yet|so\s+far))*\s+(?:not|never)`
  + String.raw`|(?:hasn|haven|hadn|isn|aren|wasn|weren|doesn|didn|don)['’]t|(?:has|have|had|is|are|was|were)(?:\s+still)?\s+yet\s+to)`
  + String.raw`(?:\s+(?:yet|still|ever|so\s+far|fully))*\s+$`, 'i');
/** Chars before a verb phrase NEGATED_AUXILIARY_BEFORE reads. */
const NEGATED_AUXILIARY_REACH = 40;

/** Right after a verb word, the "not" of a plea or verdict: "(pleaded) not guilty", "(found) not guilty". */
const NOT_GUILTY_AFTER = /^\s+not\s+guilty\b/i;

/** A passive an adverb splits ("was fully refurbished", "had been last inspected"): its auxiliary, adverbs and "-ed" participle. */
const SPLIT_PASSIVE = /^(was|were|(?:has|have)\s+been|had\s+been)\s+(?:(?:[a-z]+ly|last|first|also|later|then|since|once|never|already|just|only|still|again)\s+){1,3}[a-z]{3,}ed$/i;

/**
 * The form of a verb phrase the tagger gave none, when it is a passive an adverb splits: the tagger reads "was fully
 * refurbished" as one phrase but names no form, though "was refurbished" is a past passive. '' when it is none.
 */
function splitPassiveForm(text: string): string {
  const m = SPLIT_PASSIVE.exec(text);
  if (!m) return '';
  const aux = m[1]!.toLowerCase();
  return aux.startsWith('had') ? 'passive-past-perfect' : aux.startsWith('ha') ? 'passive-present-perfect' : 'passive-past';
}

/** How a clause tells its act: done ("reopened"), ahead (a plan: "will reopen", "is due to open"), or in a headline's or a schedule's present ("reopens"). */
export type Telling = 'done' | 'ahead' | 'present';
/** A clause's act: its lemma (the type), where its verb stands, and how it is told. */
export type Act = { lemma: string; at: number; end: number; told: Telling; oneAct?: boolean };

/** Verbs of saying words again or firmly: taking a clause of words, not a thing, they speak out as SPEECH_LEMMAS do. */
const PRESSING_LEMMAS: ReadonlySet<string> = new Set(['repeat', 'insist']);

/** Verbs of deciding: a clause that tells only one of them, dated, tells a decision taken ("the council decided on Thursday"). */
const DECIDING_LEMMAS: ReadonlySet<string> = new Set(['decide', 'resolve']);

/** A preposition of time the tagger took into a verb phrase ("begins in" of "begins in August"), at the end of its lemma. */
const TAKEN_PREPOSITION = / (?:in|on|at|during)$/;

/** After a verb's "in", what shows it a particle: an object with a determiner or a number, a preposition of time, a break, or the end. */
const IN_AS_PARTICLE = /^(?:\s+(?:a|an|the|its|their|his|her|our|\d[\d,.]*|on|at|during|last|this|yesterday|today)\b|\s*(?:[,;.]|$))/i;
/** Verbs that stay empty even as the act a plan aims at. */
const COPULAS: ReadonlySet<string> = new Set(['be', 'have', 'do', 'get', 'become', 'seem']);

/** The lemma of one verb word ("searching" → "search"), lower case. */
const lemmaOf = taggerMemo((word: string): string => {
  try { return (nlp(word).tag('Verb') as unknown as LemmaView).verbs().toInfinitive().text().toLowerCase(); } catch { return word.toLowerCase(); }
});
type LemmaView = { verbs: () => { toInfinitive: () => { text: () => string } } };

/**
 * Of a clause's verb phrases (in order), the main one and what it tells: a finished act ("reopened", "has been
 * dredged"), or, in a clause of plans (`planned`: "will", "is due to") or in the present ("presents her report on
 * Thursday", "crane collapses"), an act ahead or a headline's; null when the main verb tells neither.
 */
export function mainAct(sentence: string, verbs: readonly VerbPhrase[], planned: boolean, ahead = false, behind = false): Act | null {
  let tried: VerbPhrase | null = null;
  let speech: VerbPhrase | null = null;
  let decided: VerbPhrase | null = null;
  // Inside a phrase that names the subject ("A first attempt to pull the ship free with five tugs failed on Thursday"):
  // its bare verbs are no finite one.
  let naming = false;
  for (const [i, v] of verbs.entries()) {
    // The first verb of the clause is its main one; a speech or cognition verb gives way to the act it reports
    // ("officials said the crane toppled", "are expected to begin"), as does an auxiliary an adverb cut off
    // ("has today named"); a weak verb, or anything else that is no act, ends the search.
    const words = v.lemma.split(' ');
    const head = words[0]!;
    // A verb in a phrase that names the subject is not the clause's, when a finished verb follows it: an infinitive after
    // a noun ("A first attempt to pull the ship free ... failed on Thursday").
    const finishedLater = verbs.slice(i + 1).some((w) => FINISHED_FORMS.has(w.form) && !w.bareAuxiliary);
    const bare = v.form === 'simple-present' && !/s$/i.test(sentence.slice(v.at, v.end).split(' ')[0]!);
    // (Only before any verb of the clause: "would try to reach the wreck" is the verb's own infinitive.)
    if (finishedLater && bare && (naming || (i === 0 && /\b[a-z]+\s+to\s+$/i.test(sentence.slice(Math.max(0, v.from - 30), v.from))))) {
      naming = true;
      continue;
    }
    naming = false;
    // News prose has no imperatives: a sentence's first word so tagged is a title or a noun ("Judge Venn presents ...").
    // (A verb that says words again or firmly speaks out too when it takes words, not a thing: "repeated on Friday that the
    // signal was red", "insisted on Monday that"; "repeated her objection" is an act, below.)
    const pressing = PRESSING_LEMMAS.has(head) && !thingObject(sentence, v.to);
    if (REPORTING_LEMMAS.has(head) && (SPEECH_LEMMAS.has(head) || pressing) && FINISHED_FORMS.has(v.form) && !v.negative) speech ??= v;
    if (DECIDING_LEMMAS.has(head) && FINISHED_FORMS.has(v.form) && !v.form.startsWith('passive') && !v.negative) decided ??= v;
    // A verb of finding or seeing told in the passive tells a discovery or a sighting ("the blade was found on Saturday in a
    // field", "a man like him was seen on Wednesday in Brask"), not a thought or a judgement ("was seen as")
    // ("was found to have", "were found that").
    // In the active, a thing found that the clause introduces with "a" or "an" is a discovery too ("guards found a tunnel
    // on Monday"): a finding of fact takes "that" or a clause ("found that ...", "found the cameras had been broken").
    const discovery = (DISCOVERY_LEMMAS.has(head) || SIGHTING_LEMMAS.has(head)) && !v.negative && (v.form.startsWith('passive')
      ? !/^\s+(?:to|that|as)\b/i.test(sentence.slice(v.to))
      : !SIGHTING_LEMMAS.has(head) && FINISHED_FORMS.has(v.form) && FOUND_THING.test(sentence.slice(v.to)));
    // What may be done to the subject until a window closes is the act planned, told in a passive the tagger gives no form
    // ("can be seen at the town hall until the end of June", "may be viewed"); not a judgement ("can be seen as").
    if (planned && !v.form && !v.negative && PERMISSION_PASSIVE.test(v.text.trim()) && !/^\s+(?:as|to|that)\b/i.test(sentence.slice(v.to))
      && !WEAK_LEMMAS.has(head) && !COPULAS.has(head) && (!REPORTING_LEMMAS.has(head) || SIGHTING_LEMMAS.has(head))) return { lemma: head, at: v.at, end: v.end, told: 'ahead' };
    // "will ask for more time next Monday": asking for something is a request made, not a report of words.
    if (head === 'ask' && !v.negative && (planned || ahead) && ASKS_FOR.test(sentence.slice(v.to))) return { lemma: 'request', at: v.at, end: v.end, told: planned ? 'ahead' : 'present' };
    // A verb of acting with words that takes a thing as its object is the act itself, not an attribution of what
    // follows: "the board rejected the offer on Sunday", "asked the court for more time on Monday".
    // (A speech verb so told stays a statement, below; "said", "believed", "saw" never act.)
    if (REPORTING_LEMMAS.has(head) && !ATTRIBUTION_LEMMAS.has(head) && !SPEECH_LEMMAS.has(head) && words.length === 1 && FINISHED_FORMS.has(v.form)
      && !v.negative && !planned && thingObject(sentence, v.to)) return { lemma: head, at: v.at, end: v.end, told: 'done' };
    // Told in the passive to do something ("were told to boil their tap water on Wednesday evening", "were ordered to leave"),
    // its subject was given an instruction: that act, done.
    if (INSTRUCTING_LEMMAS.has(head) && v.form.startsWith('passive') && FINISHED_FORMS.has(v.form) && !v.negative && !planned
      && /^\s+to\s+[a-z]/i.test(sentence.slice(v.to))) return { lemma: 'instruction', at: v.at, end: v.end, told: 'done' };
    // In the active, telling someone to do something is an instruction given, not a report of words ("managers had told staff
    // to prepare for the order in May", "told residents on Friday to stay indoors"); not "told reporters he wanted to stay".
    if (TELLING_TO_LEMMAS.has(head) && FINISHED_FORMS.has(v.form) && !v.form.startsWith('passive') && !v.negative) {
      const to = TOLD_WHOM_TO.exec(sentence.slice(v.to));
      if (to && !verbs.some((w) => w.from > v.to && w.from < v.to + to[1]!.length)) return { lemma: 'instruction', at: v.at, end: v.end, told: 'done' };
    }
    // (A verb with its particle is another verb, no report of words: "called off the search", "wrote off the debt".)
    const particle = words.length === 2 && PARTICLES.has(words[1]!);
    if ((REPORTING_LEMMAS.has(head) && !discovery && !particle) || v.bareAuxiliary || v.form === 'imperative') continue;
    // "recommends that the crossing, laid in 1987, be replaced by 2029": a bare "be" and a participle the tagger gave no form
    // is a subjunctive passive, what is asked to be done; in a plan its act is the participle's verb, ahead.
    if (planned && head === 'be' && !v.form && !v.negative && words.length === 2 && /^[a-z]{3,}ed$/.test(words[1]!)) {
      return { lemma: lemmaOf(words[1]!), at: v.at, end: v.end, told: 'ahead' };
    }
    // "will be able to comment ... from Monday": the act is the verb after "able to" ("unable to" denies it).
    if (head === 'be' && ABLE_TO.test(sentence.slice(v.to))) {
      if (v.negative || /^\s+unable\b/i.test(sentence.slice(v.to))) return null;
      continue;
    }
    // A verb of going whose complement carries the act: a trip to a named place ("first went to Osk in 2021"), a
    // change of state ("the contractor went bust in 2023", "fell ill on Monday").
    const going = !v.negative && (FINISHED_FORMS.has(v.form) || v.tense === 'PastTense') && !planned ? goingAct(sentence, v) : null;
    if (going) return going;
    // A lone "-ing" word read as a present verb is a modifier of a noun ("the first drilling company went bust"): no finite verb.
    if (v.form === 'simple-present' && /^[a-z]+ing$/i.test(v.text)) continue;
    // (A verb with two particles is one verb too: "will move back in during March".)
    if (v.negative || !(/^[a-z]+(?: [a-z]+)?$/.test(v.lemma) || /^[a-z]+ (?:back|up|out|down|off) in$/.test(v.lemma))) return null;
    const done = FINISHED_FORMS.has(v.form);
    // "On Sunday the harbour master counted 31 ships at anchor": counting a figure is a tally taken that day, an act done (the
    // weak "count" of "counts as", "every vote counts" is none).
    if (head === 'count' && done && !v.form.startsWith('passive') && !planned && COUNTED_FIGURE.test(sentence.slice(v.to))) {
      return { lemma: 'count', at: v.at, end: v.end, told: 'done' };
    }
    // "On Friday the first trams ran along the new line": the first of a service that ran tells the service's first run, an act
    // done that day (a weak "ran" otherwise: "the line runs every ten minutes", "the talks ran late").
    if (head === 'run' && words.length === 1 && done && !v.form.startsWith('passive') && !planned && i === 0
      && FIRST_OF_SERVICE.test(sentence.slice(0, v.from))) return { lemma: 'run', at: v.at, end: v.end, told: 'done' };
    // "will begin examining the wreckage on Wednesday": the act is the one begun (a finished "began" stays weak).
    if (!done && ASPECT_LEMMAS.has(head)) {
      // (A preposition the tagger took in, "begins in August", is no act begun: the verb places its subject in time.)
      if (words[1] && TAKEN_PREPOSITION.test(v.lemma)) return null;
      if (words[1]) return { lemma: lemmaOf(words[1]), at: v.at, end: v.end, told: planned ? 'ahead' : 'present' };
      tried = v;
      continue;
    }
    // ("in" is one after a verb of taking when no bare noun follows it as a preposition's: "took in its first oiled birds";
    // not "took in custody".)
    const phrasal = words.length === 2 && (PARTICLES.has(words[1]!) || (words[1] === 'in' && IN_PARTICLE_LEMMAS.has(head) && IN_AS_PARTICLE.test(sentence.slice(v.to))));
    // The verb a plan tries or begins to do is its act, however light ("would try to reach the wreck on Saturday").
    const aimed = planned && !!tried && /^\s+to\s+$/.test(sentence.slice(tried.to, v.from)) && !COPULAS.has(head);
    // A weak verb told in the passive tells an act done to its subject ("the option was dropped last month", "the vote
    // was held on Sunday"); not a plan or a state it is put in ("was set to", "was kept in custody").
    // (The tagger may take a preposition into the phrase: "held on", "kept in"; what follows the verb word counts.)
    const afterWord = sentence.slice(v.at).replace(/^\S+/, '');
    // (A verb of going has no passive: "the bank was gone" tells a state.)
    const passiveAct = done && v.form.startsWith('passive') && WEAK_LEMMAS.has(head) && !COPULAS.has(head) && !GOING_LEMMAS.has(head) && !STATE_PASSIVE.test(afterWord);
    if (passiveAct && !planned) return { lemma: head, at: v.at, end: v.end, told: 'done' };
    // A verb of going told as a schedule, with where it goes: "the blade goes to the laboratory tomorrow".
    const scheduled = !done && GOING_LEMMAS.has(head) && (planned || /s$/i.test(sentence.slice(v.at, v.end).split(' ')[0]!)) && GOES_TO.test(sentence.slice(v.to));
    if (scheduled) return { lemma: head, at: v.at, end: v.end, told: planned ? 'ahead' : 'present' };
    if (WEAK_LEMMAS.has(head) && !phrasal && !aimed && !passiveAct) {
      // (A verb whose past is its bare form, read as a present in a clause dated no later than the page, is done: "put the
      // alarm into maintenance mode on 1/30/2026".)
      const bareDone = behind && v.form === 'simple-present' && BARE_PAST.has(sentence.slice(v.at, v.end).split(' ')[0]!.toLowerCase());
      const finished = done || bareDone;
      // A light verb's meaning lies in its object: "will hold a reception on the 20th", "made a statement on Monday"; so does
      // a weak verb's told done ("got the same question today", "paid the first 30 million into a town account").
      const objectLight = !LIGHT_LEMMAS.has(head) && OBJECT_LIGHT_LEMMAS.has(head) && finished && !planned;
      const noun = (LIGHT_LEMMAS.has(head) || objectLight) && !(finished && planned) ? objectNoun(sentence, v.to) : null;
      const told: Telling | null = finished ? 'done' : planned ? 'ahead' : v.tense === 'PastTense' ? null : /s$/i.test(sentence.slice(v.at, v.end)) ? 'present' : null;
      if (!noun || !told) return null;
      // (One thing named with "a" is one act, which a bare year may date: "held a referendum in 2019".)
      const one = noun.one && finished ? { oneAct: true } : {};
      const act = objectLight ? OBJECT_ACTS.get(head) : undefined;
      if (act) return { lemma: act, at: v.at, end: v.end, told, ...one };
      // (Having or getting a thing is no act: only an event noun is, "had a smaller outbreak", "got a warning".)
      if (objectLight && !verbalNoun(noun.word)) return null;
      return { lemma: singular(noun.word), at: noun.at, end: noun.at + noun.word.length, told, ...one };
    }
    // In a clause of plans, a finished verb is what led to the plan ("welcomed the deal and said the ministry would
    // publish rules next month"): the act planned comes after it.
    if (done && planned) continue;
    // An act told in the past perfect is one act placed before the news ("had undergone heart surgery last year"), so a
    // bare year may date it; not a tally ("had handled 2 million tonnes in 2019").
    // (Without a preposition of time the tagger took in: "which closed in 1964" is a closing, dated by "in 1964".)
    if (done) return { lemma: phrasal ? v.lemma : v.lemma.replace(TAKEN_PREPOSITION, ''), at: v.at, end: v.end, told: 'done', ...(PAST_PERFECT_FORMS.has(v.form) && !tally(sentence.slice(v.to)) ? { oneAct: true } : {}) };
    // The present or a plan; a past tense that is no finished form ("had reopened") is left to the triggers.
    if (v.tense === 'PastTense') return null;
    if (planned) return { lemma: v.lemma, at: v.at, end: v.end, told: 'ahead' };
    // ... nor one the next verb phrase follows at once ("Rescue boats return on Friday": the noun before the verb).
    // (It is the subject's noun, so the verb after it is the clause's: "the guards' night rounds were cut last year".)
    if (verbs.some((w) => w.from > v.from && /^\s*$/.test(sentence.slice(v.to, w.from)))) continue;
    // A present outside a plan only in its third-person form ("crane collapses", "presents her report on Thursday"):
    // a bare one is as often a noun the tagger took for a verb ("the first cargo ship") — unless its clause's date lies after
    // the page's day (`ahead`): then a simple present tells a schedule, whatever the person ("their 30 days in custody run out
    // on the 15th"), when no verb follows it in the clause ("the first cargo ship under the accord was expected at the weekend").
    const schedule = ahead && v.form === 'simple-present' && !verbs.some((w) => w.from > v.from && !loneIng(w));
    // A verb whose past is its bare form ("set up", "cut", "put"), which the tagger reads as a present, in a clause dated
    // no later than the page (`behind`): "its insurer on Monday set up a compensation fund" tells an act done.
    if (behind && v.form === 'simple-present' && BARE_PAST.has(sentence.slice(v.at, v.end).split(' ')[0]!.toLowerCase())) return { lemma: v.lemma, at: v.at, end: v.end, told: 'done' };
    return schedule || /s$/i.test(sentence.slice(v.at, v.end).split(' ')[0]!) ? { lemma: v.lemma, at: v.at, end: v.end, told: 'present' } : null;
  }
  // A clause that only speaks ("Its chief executive spoke publicly this afternoon", "the minister declared today")
  // tells the speaking: a statement, dated by its clause.
  // So does one that only decides ("..., the town council decided on Thursday"): the decision, dated by its clause.
  if (decided && !planned && (!speech || decided.at < speech.at)) return { lemma: 'decision', at: decided.at, end: decided.end, told: 'done' };
  return speech && !planned ? { lemma: 'statement', at: speech.at, end: speech.end, told: 'done' } : null;
}

/**
 * Whether the words right after a verb (`from`: its end) open a noun phrase, as the tagger reads them: a determiner, a
 * possessive or a noun ("the offer", "her position", "Askel's bid"); not a clause ("that", "whether", "to") or a
 * preposition ("on Monday that ...").
 */
function thingObject(sentence: string, from: number): boolean {
  // (The day and the place may stand between the verb and its object, as a translation keeps them: "has repeated today in
  // Dravensk his promise", "rejected on Monday the offer".)
  const rest = sentence.slice(from, from + 90).replace(ADVERBIALS_BEFORE_OBJECT, ' ').slice(0, 60);
  if (!/^\s+\S/.test(rest) || /^\s+(?:that|whether|if|how|what|why|when|where|who|to|it)\b/i.test(rest)) return false;
  return opensNounPhrase(rest.trim());
}

/** Time and place adverbials right after a verb: "today", "on Monday", "in Dravensk" (a capitalised name), each set off or not by commas. */
const ADVERBIALS_BEFORE_OBJECT = /^(?:,?\s+(?:today|yesterday|tonight|again|also|already|once more|(?:this|last) (?:morning|afternoon|evening|night|week|month|year)|(?:on|at|in) (?!(?:[Tt]hat|[Tt]his|[Ii]t|[Ww]hich)\b)\p{Lu}[\p{L}-]+)\b,?)+(?=\s)/u;
/** Whether the tagger reads the first word of `words` as opening a noun phrase (re-read pages ask again: memoised). */
const opensNounPhrase = taggerMemo((words: string): boolean => {
  let first: string[] = [];
  try { first = (nlp(words) as unknown as TermsView).terms().json()[0]?.terms[0]?.tags ?? []; } catch { return false; }
  return first.includes('Determiner') || first.includes('Possessive') || (first.includes('Noun') && !first.includes('Pronoun'));
});

/** Whether the words before a date make it a period's bound rather than an act's day; a plan starts or ends on its "from" or "by" day. */
export function boundsAPeriod(before: string, planned: boolean, date = ''): boolean {
  // ... and by the period whose end it must come before ("will advance the money before the end of January").
  const deadline = PLAN_DEADLINE_BEFORE.test(before) && PLAN_DEADLINE_DATE.test(date);
  // ... and by the close of a window that what may be done is open for ("can send comments until the end of May").
  const window = PERMISSION.test(before) && OPEN_UNTIL_BEFORE.test(before) && PLAN_DEADLINE_DATE.test(date);
  return PERIOD_BOUND_BEFORE.test(before) && !window && !(planned && (PLAN_BOUND_BEFORE.test(before) || deadline));
}

/**
 * The act a plan word introduces ("is due to open", "hopes to reopen"), where the tagger reads no verb after it:
 * the word after "to", unless weak or a speech verb.
 */
function actAfterPlanWord(sentence: string, c: { start: number; end: number }): Act | null {
  const m = PLAN_TO.exec(sentence.slice(c.start, c.end));
  if (!m) return null;
  let at = c.start + m.index + m[0].length - m[1]!.length;
  let word = m[1]!;
  // A plan in the passive names its act by the participle after "be" ("was due to be replaced next year").
  const passive = word.toLowerCase() === 'be' ? PLAN_PASSIVE_PARTICIPLE.exec(sentence.slice(at + word.length, c.end)) : null;
  if (passive) {
    at += word.length + passive[0].length - passive[1]!.length;
    word = passive[1]!;
  }
  const lemma = lemmaOf(word);
  if (!/^[a-z]+$/.test(lemma) || WEAK_LEMMAS.has(lemma) || REPORTING_LEMMAS.has(lemma) || ASPECT_LEMMAS.has(lemma)) return null;
  return { lemma, at, end: at + word.length, told: 'ahead' };
}

/**
 * Whether the sentence tells the act at offset `at` as done: the verb phrase holding it is in the past
 * ("was shot", "died", "had killed"), or, for a noun ("the shooting happened on Saturday"), the first verb of its
 * clause that is no speech verb is; nothing in a clause of plans ("will be held", "to be signed", "should be paid") is done.
 */
export function toldAsDone(sentence: string, at: number): boolean {
  const c = clauseSpans(sentence).find((x) => at >= x.start && at <= x.end);
  // (A for-to infinitive is the object of what was asked, not a plan: "asked for the roof to be cleared".)
  if (!c || MODAL.test(sentence.slice(c.start, c.end).replace(FOR_TO_INFINITIVE, ' '))) return false;
  const verbs = verbPhrases(sentence);
  const own = verbs.find((v) => v.from <= at && at < v.to);
  // (A passive of permission, "can be viewed", is no past though its participle is tagged one.)
  if (own) return own.tense === 'PastTense' && !own.negative && !PERMISSION_PASSIVE.test(own.text.trim());
  const main = verbs.find((v) => v.at >= c.start && v.at < c.end && !REPORTING_LEMMAS.has(v.lemma.split(' ')[0]!) && !v.bareAuxiliary);
  return !!main && main.tense === 'PastTense' && !main.negative;
}

/**
 * Whether the finite part holding offset `at` (see partAround) tells it as done: no plan word in the part, and the verb
 * phrase holding it in the past, not negated ("was named interim chairman" of "... and will open talks with the bidder").
 */
export function toldAsDoneInPart(sentence: string, at: number): boolean {
  const p = partAround(sentence, at);
  if (MODAL.test(sentence.slice(p.start, p.end))) return false;
  const own = verbPhrases(sentence).find((v) => v.from <= at && at < v.to);
  return !!own && own.tense === 'PastTense' && !own.negative;
}

/** Whether the verb phrase holding offset `at` is a simple past, not negated ("demanded"; not "has demanded", "had demanded"). */
export function toldInSimplePast(sentence: string, at: number): boolean {
  const own = verbPhrases(sentence).find((v) => v.from <= at && at < v.to);
  // (An auxiliary an adverb cut off makes it a perfect: "has long demanded".)
  return !!own && own.form === 'simple-past' && !own.negative && !AUXILIARY_CUT_OFF.test(sentence.slice(0, own.from));
}
/** An auxiliary and at most three words (adverbs: "had at one point") right before a verb phrase the tagger read alone ("has long | demanded"). */
const AUXILIARY_CUT_OFF = /\b(?:has|have|had|was|were|is|are|will|would)\s+(?:[a-z]+\s+){0,3}$/i;

/**
 * Whether the word at offset `at` is a noun its clause's verb takes as object ("have been offered a meeting", "called a
 * strike"): no verb phrase holds it, and the clause's first verb phrase that is no speech verb ends before it and is no light
 * verb. The verb's tense tells that act, not the thing named after it.
 */
export function namedAsObject(sentence: string, at: number): boolean {
  const c = clauseSpans(sentence).find((x) => at >= x.start && at <= x.end);
  if (!c) return false;
  const verbs = verbPhrases(sentence);
  if (verbs.some((v) => v.from <= at && at < v.to)) return false;
  const main = verbs.find((v) => v.at >= c.start && v.at < c.end && !REPORTING_LEMMAS.has(v.lemma.split(' ')[0]!) && !v.bareAuxiliary);
  // (A light verb's object is its own act: "held a meeting on Thursday, June 4" tells the meeting held.)
  return !!main && main.to <= at && !LIGHT_LEMMAS.has(main.lemma.split(' ')[0]!);
}

/**
 * Where the next verb phrase after the one holding offset `at` begins (offset in the sentence), or null when `at` is in no
 * verb phrase (a noun: its predicate follows it) or none follows. After a verb, the next verb phrase opens another clause
 * ("told reporters the measure would stay in place until investigators understood what had happened").
 */
export function nextClauseVerb(sentence: string, at: number): number | null {
  const verbs = verbPhrases(sentence);
  const own = verbs.find((v) => v.from <= at && at < v.to);
  const next = own ? verbs.find((v) => v.from >= own.to && !v.bareAuxiliary) : undefined;
  return next ? next.from : null;
}

/**
 * Where the main clause's verb stands after a relative clause with no comma whose own verb holds offset `at` ("a wildfire that
 * started on the ridge on Tuesday afternoon swept down the valley"): the next verb phrase, finite and in the past or a
 * third-person present, not joined to the relative's verb by a coordinator ("that started on Tuesday and spread"); else null.
 */
export function verbAfterRelative(sentence: string, at: number): number | null {
  const verbs = verbPhrases(sentence);
  const own = verbs.find((v) => v.from <= at && at < v.to);
  if (!own) return null;
  const next = verbs.find((v) => v.from >= own.to && !v.bareAuxiliary);
  if (!next || !(SIMPLE_PAST_FORMS.has(next.form) || next.form === 'present-perfect' || (next.form === 'simple-present' && /s$/i.test(next.text.split(' ')[0]!))) || next.negative) return null;
  return /\b(?:and|or|but|then)\s+$/i.test(sentence.slice(own.to, next.from)) || /[,;:()]/.test(sentence.slice(own.to, next.from)) ? null : next.from;
}

/**
 * Whether the sentence tells the act at offset `at` in the present perfect ("the death toll has risen to 25", "has
 * been charged"): the verb phrase holding it, or for a noun the first verb of its clause that is no speech verb.
 * The present perfect tells what is news at the time of writing.
 */
export function toldInPresentPerfect(sentence: string, at: number): boolean {
  const c = clauseSpans(sentence).find((x) => at >= x.start && at <= x.end);
  if (!c || MODAL.test(sentence.slice(c.start, c.end))) return false;
  const verbs = verbPhrases(sentence);
  const v = verbs.find((x) => x.from <= at && at < x.to)
    ?? verbs.find((x) => x.at >= c.start && x.at < c.end && !REPORTING_LEMMAS.has(x.lemma.split(' ')[0]!) && !x.bareAuxiliary);
  return !!v && !v.negative && PRESENT_PERFECT_FORMS.has(v.form);
}
/**
 * Whether the act at offset `at` is reported in the past perfect right after a past speech verb, in a sentence that looks
 * back nowhere else ("The regulator said it had appointed an administrator", "The coast guard said 174 people had been
 * pulled from the water"): reported speech shifts the speaker's "we have appointed" back a tense, so this past perfect
 * tells the news, not what came before the story. (Not a state, "had been travelling"; not a denial.)
 */
export function toldAsReportedPast(sentence: string, at: number): boolean {
  const verbs = verbPhrases(sentence);
  const own = verbs.find((v) => v.from <= at && at < v.to);
  if (!own || own.negative || !pastPerfect(own) || /ing$/i.test(own.text.trim())) return false;
  // (A participle may stand between: "said 174 of the people listed on the manifest had been pulled from the water".)
  const speech = verbs.filter((v) => v.to <= own.from && SPEECH_LEMMAS.has(v.lemma.split(' ')[0]!)).at(-1);
  if (!speech || speech.tense !== 'PastTense' || speech.negative) return false;
  if (CLAUSE_BREAK_ONCE.test(sentence.slice(speech.to, own.from)) || BACK_IN_TIME.test(sentence)) return false;
  // The other past perfects the speech reports are shifted too ("said it had appointed ... and had asked ...").
  const rest = verbs.filter((v) => v.from >= speech.to && pastPerfect(v))
    .reduce((t, v) => t.slice(0, v.from) + ' '.repeat(v.to - v.from) + t.slice(v.to), sentence);
  return !LOOKS_BACK.test(rest);
}
/**
 * The verb phrases (offsets in the sentence) a speech verb reports in the shifted past perfect (see toldAsReportedPast:
 * "said townspeople had been left in the dark"): told as the speaker's news, they make the sentence look back no more than
 * "have been left" would.
 */
export function reportedPastPerfects(sentence: string): { from: number; to: number }[] {
  return verbPhrases(sentence).filter((v) => toldAsReportedPast(sentence, v.at)).map((v) => ({ from: v.from, to: v.to }));
}
/** "had appointed", "had been pulled" (the tagger names some passives "passive-past"). */
const pastPerfect = (v: VerbPhrase): boolean => PAST_PERFECT_FORMS.has(v.form) || /^had\b/i.test(v.text.trim());
/** What puts a reported past perfect before the story after all ("had been prepared long in advance", "had already"). */
const BACK_IN_TIME = /\b(?:already|in advance|beforehand|long before)\b/i;
const PRESENT_PERFECT_FORMS: ReadonlySet<string> = new Set(['present-perfect', 'passive-present-perfect']);
const PAST_PERFECT_FORMS: ReadonlySet<string> = new Set(['past-perfect', 'passive-past-perfect']);
/** A year standing as a word, and a year opening a text (a date mention's own). */
const YEAR_WORD = new RegExp(`\\b${YEAR_SOURCE}\\b`, 'g');
const YEAR_OPENING = new RegExp(`^${YEAR_SOURCE}\\b`);
/** Whether what follows a verb up to its clause's end counts something (a figure that is no year). */
const tally = (rest: string): boolean => /\d/.test(rest.split(CLAUSE_BREAK_ONCE)[0]!.replace(YEAR_WORD, ''));
const CLAUSE_BREAK_ONCE = /[,;:—–]/;
/**
 * Whether a clause tells a plan: a modal ("will", "would", "plans to"), or what may be done until a period's close, a plan
 * with a deadline ("Residents can send comments until the end of May").
 */
const plannedIn = (clause: string): boolean => MODAL.test(clause) || OPEN_WINDOW.test(clause);

/** A relative clause with no comma that tells what its noun will do: "a restoration that will cost 14 million". */
const FUTURE_RELATIVE = /\s(?:that|which)\s+(?:will|would)\s/i;

/**
 * The text of part `p` whose modal tells whether its act is a plan: without a trailing relative clause in the future that
 * follows every date of the part ("closed on Sunday for a restoration that will cost 14 million": the closing is done; the
 * "will" is the restoration's). A date inside that clause is its act's ("approved a plan that will shut it on Sunday").
 */
function planText(sentence: string, p: { start: number; end: number }, dates: readonly number[]): string {
  const text = sentence.slice(p.start, p.end);
  const m = FUTURE_RELATIVE.exec(text);
  return m && !dates.some((x) => x >= p.start + m.index && x < p.end) ? text.slice(0, m.index) : text;
}

/**
 * Whether what follows a plan's verb counts something it forecasts (a tally): a figure, unless it only counts the object of
 * the one act planned ("would open 40 centres next year", "plans to cut 300 jobs in 2027": one act, dated by the year).
 */
function planTally(rest: string): boolean {
  const counted = PLAN_COUNTED_OBJECT.exec(rest);
  if (!counted) return tally(rest);
  const clause = rest.split(CLAUSE_BREAK_ONCE)[0]!;
  return AMOUNT_WORDS.test(clause) || tally(rest.slice(counted[0].length - 1));
}
/** A word that may open a clause's subject after a verb: a subordinator ("as a lifeboat and a cutter searched"). */
const SUBJECT_OPENER = /\b(?:as|when|while|because|after|before|since|until|if|that|where|whether|though|although|once|than)\b/i;
/** A date mention that is the bare word "now". */
const NOW = /^now\b(?!\s+(?:on|in|at)\b)/i;

/** Characters before an event word searched for a denying "ruled out" (RULED_OUT_BEFORE): the verb, a determiner and two words fit. */
const RULED_OUT_REACH_CHARS = 50;
/** Characters before an event word searched for a denying "no" (see NO_DETERMINER_BEFORE): "no" and one qualifier fit. */
const NO_REACH_CHARS = 30;
/** "made no arrests": "no" (with at most a qualifier, "no further") right before the event word at `at` denies it. */
export const noBefore = (sentence: string, at: number): boolean => NO_DETERMINER_BEFORE.test(sentence.slice(Math.max(0, at - NO_REACH_CHARS), at));
/** A denial right before the event word at `at`: "no" ("made no arrests") or "ruled out" ("ruled out a cyber attack"). */
export const deniedBefore = (sentence: string, at: number): boolean =>
  noBefore(sentence, at) || RULED_OUT_BEFORE.test(sentence.slice(Math.max(0, at - RULED_OUT_REACH_CHARS), at));

/**
 * Whether the sentence denies the act at offset `at`: the verb phrase holding it is negated ("has not been detained",
 * "did not meet"), or its subject is "no ..." ("No ransom was paid"). A denied act is no event.
 */
export function toldAsDenied(sentence: string, at: number): boolean {
  const own = verbPhrases(sentence).find((v) => v.from <= at && at < v.to);
  if (own?.negative) return true;
  if (deniedBefore(sentence, at)) return true;
  const c = clauseSpans(sentence).find((x) => at >= x.start && at <= x.end);
  return !!c && NO_SUBJECT.test(sentence.slice(c.start, at));
}

/**
 * Generic hits of a sentence: one per clause that holds a date (`dateStarts`, offsets in the sentence)
 * and no trigger (`triggerAt`, offsets in the sentence). `aheadStarts`: the dates (of `dateStarts`) after the page's day, which
 * make a clause's present a schedule.
 */
export function genericHits(sentence: string, triggerAt: readonly number[], dateStarts: readonly number[], aheadStarts: readonly number[] = []): readonly GenericHit[] {
  // Re-dating a page asks again on every candidate day with the same sentence and offsets (only `aheadStarts` follows the day).
  const key = `${sentence}\u0000${triggerAt.join(',')}\u0000${dateStarts.join(',')}\u0000${aheadStarts.join(',')}`;
  return genericKnown(key, () => readGenericHits(sentence, triggerAt, dateStarts, aheadStarts));
}
/** Most sentence readings genericHits keeps before it starts afresh (a pure function of its key; its hits are never changed in place). */
const MAX_GENERIC = 20000;
const genericKnown = boundedMemo<readonly GenericHit[]>(MAX_GENERIC);

function readGenericHits(sentence: string, triggerAt: readonly number[], dateStarts: readonly number[], aheadStarts: readonly number[]): GenericHit[] {
  const out: GenericHit[] = [];
  let verbs: VerbPhrase[] | null = null;
  const clauses = clauseSpans(sentence);
  for (const [i, c] of clauses.entries()) {
    const inClause = within(c);
    // A date bounding a period ("since 2016", "from January") tells no act's day.
    // (A plan's "from Tuesday" or "by Monday" is its day: "will be carried by navy vessels from Tuesday".)
    const planned = plannedIn(sentence.slice(c.start, c.end));
    // (Nor does a bare "now": it tells a state at the time of writing, "and now heads the squad".)
    const acts = dateStarts.filter((x) => inClause(x) && !boundsAPeriod(sentence.slice(c.start, x), planned, sentence.slice(x, x + 20)) && !NOW.test(sentence.slice(x)));
    if (!acts.length) {
      // "since 2022, when a cargo ship was held for nine days": a when-clause names the act of the date before it.
      const when = whenAct(sentence, clauses[i - 1], c, dateStarts, triggerAt, (verbs ??= verbPhrases(sentence)));
      if (when) out.push(when);
      continue;
    }
    verbs ??= verbPhrases(sentence);
    // A clause may hold another finite one ("his family said that he had undergone surgery last year", "rose after
    // the contractor went bust in 2023"): a date is the act's of its own part, and a trigger in one part leaves the other free.
    const parts = finiteParts(sentence, c, verbs);
    for (const [k, p] of parts.entries()) {
      const inPart = within(p);
      const partActs = acts.filter(inPart);
      // (A conjunct with a date of its own, even one that bounds a period, is its own clause for dating: "was built in 2018 and
      // has sailed the route since 2020" — the sailing takes no 2018.)
      if (!partActs.length && !triggerAt.some(inPart) && !dateStarts.some(inPart)) {
        const shared = k > 0 ? sharedDateAct(sentence, parts[k - 1]!, p, acts, verbs) : null;
        if (shared) out.push(shared);
      }
      if (!partActs.length || triggerAt.some(inPart)) continue;
      const partPlanned = plannedIn(planText(sentence, p, dateStarts));
      const own = verbs.filter((x) => inPart(x.at));
      // A part dated after the page's day tells a schedule in any person of the present ("the first of them arrive on Monday").
      const v = mainAct(sentence, own, partPlanned, partActs.some((x) => aheadStarts.includes(x)), !partActs.some((x) => aheadStarts.includes(x))) ?? (partPlanned ? actAfterPlanWord(sentence, p) : null)
        ?? eventSubject(sentence, p, own, partActs, partPlanned, p.start === c.start ? apposedSubject(sentence, clauses, i, verbs, triggerAt, dateStarts)
          ?? relativeAntecedent(sentence, clauses, i, verbs, triggerAt, dateStarts) : undefined)
        ?? (partPlanned ? planWithNoObject(sentence, p, own, partActs) : null);
      if (!v) {
        const across = p.start === c.start ? actAcrossApposition(sentence, clauses, i, partActs[0]!, dateStarts, triggerAt, verbs)
          ?? actAfterOpeningDate(sentence, clauses, i, partActs[0]!, dateStarts, triggerAt, verbs)
          ?? actOfDatedSubject(sentence, clauses, i, partActs[0]!, dateStarts, triggerAt, verbs) : null;
        if (across) out.push(across);
        continue;
      }
      // A plan names one act ("hopes to open the first section in 2029"), so a bare year may date it; not a tally.
      // (Dated by a year of its own: "in 2029", "early next year"; not a window, "from next spring", "before the end of the year".)
      const ownYear = partActs.some((x) => !PLAN_WINDOW_BEFORE.test(sentence.slice(p.start, x)) && !SEASON_DATE.test(sentence.slice(x)));
      const oneAct = v?.oneAct || (v?.told === 'ahead' && ownYear && !planTally(sentence.slice(v.end, p.end)))
        || (!!v && simplePastInYear(sentence, p, own, v, partActs));
      // (A subject before an apposition stands outside the clause its date is in: the hit takes that date.)
      if (v) out.push({ type: v.lemma, at: v.at, end: v.end, told: v.told, ...(oneAct ? { oneAct: true } : {}), ...(v.at < c.start ? { dateAt: partActs[0]! } : {}) });
    }
  }
  return out;
}

/**
 * A plan whose verb takes no object and is followed at once by its date ("a children's wing will follow next year", "the
 * first trams are due to run in 2030", "the last exams will be held in May 2027", "were due to finish in October"): the verb
 * tells the act ahead, though alone it is weak (its subject is what will happen). Only verbs that tell something take place
 * (PLAN_INTRANSITIVE_LEMMAS; not "will stay", "will be"), active or, for a light verb, passive ("will be held"); the verb the
 * tagger missed after a plan word ("are due to run", read as a noun) counts too. Tried after every other reading of the part.
 */
function planWithNoObject(sentence: string, p: { start: number; end: number }, own: readonly VerbPhrase[], dates: readonly number[]): Act | null {
  const first = dates.find((x) => x > p.start);
  if (first === undefined) return null;
  const straightToDate = (to: number): boolean => to <= first && PLAN_DATE_LEAD.test(sentence.slice(to, first));
  for (const v of own) {
    const head = v.lemma.split(' ')[0]!;
    if (v.negative || v.to > first || !straightToDate(v.to)) continue;
    const passive = v.form.startsWith('passive');
    if (passive ? PLAN_PASSIVE_LEMMAS.has(head) : PLAN_INTRANSITIVE_LEMMAS.has(head)) return { lemma: head, at: v.at, end: v.end, told: 'ahead' };
  }
  const m = PLAN_TO.exec(sentence.slice(p.start, p.end));
  if (!m) return null;
  const at = p.start + m.index + m[0].length - m[1]!.length;
  const end = at + m[1]!.length;
  const lemma = lemmaOf(m[1]!);
  return PLAN_INTRANSITIVE_LEMMAS.has(lemma) && straightToDate(end) && !own.some((v) => v.at === at) ? { lemma, at, end, told: 'ahead' } : null;
}
/** Verbs that, with no object, tell that their subject will take place or come to an end: "will follow", "is due to run", "due to finish". */
const PLAN_INTRANSITIVE_LEMMAS: ReadonlySet<string> = new Set(['follow', 'run', 'finish', 'end', 'stop', 'resume', 'expire', 'come', 'happen', 'occur', 'close', 'open']);
/** Light verbs whose passive in a plan tells the subject take place: "will be held", "will be made", "will be taken", "will be paid". */
const PLAN_PASSIVE_LEMMAS: ReadonlySet<string> = new Set(['hold', 'make', 'take', 'pay', 'give']);
/** Between a plan's verb and its date: nothing, or a preposition of time ("in 2030", "on Friday", "in early May"). */
const PLAN_DATE_LEAD = /^\s+(?:(?:in|on|at|during)\s+(?:the\s+)?(?:(?:early|late|mid)\s+)?)?$/i;

/**
 * Whether a done act in the simple past is dated by "in <year>" of its own part ("entered service with the line in 2019",
 * "cancelled an order for six boats in 2020"): one act placed in that year; not a tally or a comparison ("handled
 * 2 million tonnes in 2019", "carried more passengers in 2019"). The year may stand before the verb with no other verb
 * between: in its subject ("flooding in the tunnels in 2022 halted the work") or, in machine-translated word order,
 * between auxiliary and participle ("has already in the Year 2021 cancelled an order").
 */
function simplePastInYear(sentence: string, p: { start: number; end: number }, own: readonly VerbPhrase[], v: Act, dates: readonly number[]): boolean {
  const verb = own.find((x) => x.at === v.at);
  // (A present form told as done is a past whose bare form the tagger read as a present: "cut", "set".)
  if (v.told !== 'done' || !verb || !(SIMPLE_PAST_FORMS.has(verb.form) || verb.form === 'simple-present')) return false;
  const rest = sentence.slice(v.end, p.end);
  if (tally(rest) || AMOUNT_WORDS.test(rest)) return false;
  const inYear = (x: number, from: number): boolean => IN_YEAR.test(sentence.slice(from, x)) && YEAR_OPENING.test(sentence.slice(x));
  // (From the verb's own word: the tagger may take the "in" into the phrase, "closed in 1964".)
  const wordEnd = v.at + sentence.slice(v.at, v.end).split(/\s+/)[0]!.length;
  // "Last year" after the act names its year as "in 2024" does ("the bank cut them twice last year"); not a trend's ("Tolls
  // doubled last year": a change over the year).
  // (Nor what a relative clause tells of someone in passing: "the minister, who as foreign minister signed off on it last year, said".)
  const lastYear = (x: number): boolean => LAST_YEAR.test(sentence.slice(x)) && !TREND_LEMMAS.has(v.lemma) && !RELATIVE_OPENER.test(sentence.slice(p.start, v.at));
  return dates.some((x) => (x > v.end && (inYear(x, wordEnd) || lastYear(x)))
    || (x >= p.start && x < verb.from && inYear(x, p.start) && !own.some((w) => w !== verb && !w.bareAuxiliary && w.at > x && w.at < verb.from)));
}
/** A relative pronoun opening the clause before its verb ("who as minister signed"). */
const RELATIVE_OPENER = /\b(?:who|which)\b[^,;]*$/i;
/** A date mention that is the year before the page's, told relative to it. */
const LAST_YEAR = /^last\s+year\b/i;
const SIMPLE_PAST_FORMS: ReadonlySet<string> = new Set(['simple-past', 'passive-past']);

/** A lone "-ing" word the tagger read as a present verb: a gerund or a noun's modifier ("with fraud and falsifying accounts"), no finite verb. */
const loneIng = (v: VerbPhrase): boolean => v.form === 'simple-present' && /^[a-z]+ing$/i.test(v.text);

/**
 * The finite part (offsets in the sentence) holding offset `at`: within its clause, cut as finiteParts cuts it — a date there
 * is the act's of that part ("Demolition begins in September and the hall is due to open in 2029": 2029 is the opening's).
 */
export function partAround(sentence: string, at: number): Readonly<{ start: number; end: number }> {
  return partsKnown(`${at}\u0000${sentence}`, () => findPartAround(sentence, at));
}
/** Most parts partAround keeps before it starts afresh (a pure function of sentence and offset; callers only read the part). */
const MAX_PARTS = 20000;
const partsKnown = boundedMemo<Readonly<{ start: number; end: number }>>(MAX_PARTS);

function findPartAround(sentence: string, at: number): { start: number; end: number } {
  const spans = clauseSpans(sentence);
  const c = spans.find((x) => at <= x.end) ?? spans.at(-1)!;
  const parts = finiteParts(sentence, c, verbPhrases(sentence));
  return parts.find((p) => at < p.end) ?? parts.at(-1)!;
}

/** "and" or "but" opening a clause cut at a comma or semicolon (", and the guards were held"). */
const CLAUSE_COORDINATOR = /^\s*(?:and|but)\s+/i;
/** A counted subject up to its verb ("two stallholders ", "12 more patients "): CONJUNCT_SUBJECT's determiners name no count. */
const COUNTED_SUBJECT = /^(?:two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*)(?:\s+[\p{L}'’-]+){1,3}\s+$/iu;

/**
 * Where the sentence's clauses joined by ", and" or ", but" with a subject and a finite verb of their own start (offsets in
 * the sentence), after a finite verb: "Vellquist was charged today, and the two guards arrested on Monday are still held" tells
 * two acts of two subjects, each with its own people. Not a list of subjects before one verb ("Vellquist, Mossquarry, and the
 * king met": no verb before the "and"), nor a second act of the same subject (", and was charged": no subject).
 */
export function ownSubjectConjuncts(sentence: string): number[] {
  if (!/[,;]\s*(?:and|but)\s/i.test(sentence)) return [];
  const verbs = verbPhrases(sentence);
  const finite = (v: VerbPhrase): boolean => v.form !== 'infinitive' && v.form !== 'gerund' && !loneIng(v) && !v.bareAuxiliary;
  const out: number[] = [];
  let from = 0;
  for (const c of clauseSpans(sentence)) {
    const m = c.start > 0 ? CLAUSE_COORDINATOR.exec(sentence.slice(c.start, c.end)) : null;
    if (!m) continue;
    const subjectAt = c.start + m[0].length;
    const verb = verbs.find((v) => v.from >= subjectAt && v.to <= c.end);
    if (!verb || verb.from === subjectAt || !finite(verb) || !(CONJUNCT_SUBJECT.test(sentence.slice(subjectAt, verb.from)) || COUNTED_SUBJECT.test(sentence.slice(subjectAt, verb.from)))) continue;
    if (!verbs.some((v) => v.from >= from && v.to <= c.start && finite(v))) continue;
    out.push(c.start);
    from = c.start;
  }
  return out;
}

/**
 * The finite parts of a clause (offsets in the sentence): cut before a subordinator ("after", "when", "because" ...)
 * or a reporting verb's "that" when a verb phrase follows it in the part ("after the ministers met", not "after the talks"),
 * and before "and" or "but" right before a verb phrase ("opened in 1961 and was last strengthened in 1998").
 */
function finiteParts(sentence: string, c: { start: number; end: number }, verbs: readonly VerbPhrase[]): { start: number; end: number }[] {
  const cuts: number[] = [];
  for (const m of sentence.slice(c.start, c.end).matchAll(FINITE_OPENER)) {
    const at = c.start + m.index!;
    // "that" opens a reported clause only after a verb of reporting ("said in a statement that ..."), not after a noun.
    if (/^that$/i.test(m[0]) && !verbs.some((v) => v.to <= at && v.from >= c.start && REPORTING_LEMMAS.has(v.lemma.split(' ')[0]!))) continue;
    cuts.push(at);
  }
  // A conjunction right before a finite verb phrase opens another act of the same subject, with its own date.
  // So does one before a subject of its own and its verb, after a finite verb that is no speech ("Demolition begins in
  // September and the hall is due to open in 2029"; not "Vaso and Marsh met", nor "said the minister and the president met").
  // (The verb before must not stand before a subordinator that opens the first subject: "gathered on Friday as a lifeboat and a
  // cutter searched" coordinates the subject of "searched".)
  const finiteVerb = (v: VerbPhrase): boolean => v.form !== 'infinitive' && v.form !== 'gerund' && !loneIng(v);
  for (const m of sentence.slice(c.start, c.end).matchAll(COORDINATOR)) {
    const and = c.start + m.index!;
    const verbAt = and + m[0].length;
    if (verbs.some((v) => v.from === verbAt && finiteVerb(v))) {
      cuts.push(and);
      continue;
    }
    const second = verbs.find((v) => v.from >= verbAt && v.to <= c.end);
    const first = verbs.filter((v) => v.from >= c.start && v.to <= and && finiteVerb(v) && !v.bareAuxiliary).at(-1);
    if (second && finiteVerb(second) && CONJUNCT_SUBJECT.test(sentence.slice(verbAt, second.from)) && first
      && !REPORTING_LEMMAS.has(first.lemma.split(' ')[0]!) && !SUBJECT_OPENER.test(sentence.slice(first.to, and))) cuts.push(and);
  }
  // A full stop inside a quote the splitter kept whole ("“We promised that the sea would join us. Today it does,”") ends a part too.
  // (After a lower-case word and before a capital: "Capt. Lorens" is no stop.)
  const stops = [...sentence.slice(c.start, c.end).matchAll(/(?<=\b[a-z]{2,})[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/gu)].map((m) => c.start + m.index! + m[0].length);
  const bounds = [...new Set([c.start, ...cuts, ...stops, c.end])].sort((a, b) => a - b);
  const parts: { start: number; end: number }[] = [];
  for (let i = 0; i < bounds.length - 1; i++) {
    const p = { start: bounds[i]!, end: bounds[i + 1]! };
    // A subordinator with no verb of its own ("after the talks on Monday") stays in the part before it.
    const finite = i === 0 || stops.includes(p.start) || verbs.some((v) => v.at > p.start && v.at < p.end && v.form !== 'infinitive' && v.form !== 'gerund');
    if (finite || !parts.length) parts.push(p);
    else parts.at(-1)!.end = p.end;
  }
  return parts;
}

/**
 * Where the date stands (offset in the sentence) that a trigger's when-clause follows: "the worst flood since 2011, when four
 * farmers died": a when-clause right after a date tells what happened then, so its act (a trigger's as much as a generic
 * verb's, see whenAct) takes that date, not a nearer one of the clause before ("The flood on Monday was the worst since
 * 2011, when ..."). None when the clause states a date of its own.
 */
export function whenClauseDateAt(sentence: string, at: number, dateStarts: readonly number[]): number | undefined {
  const clauses = clauseSpans(sentence);
  const i = clauses.findIndex((c) => at >= c.start && at < c.end);
  const c = clauses[i];
  const prev = clauses[i - 1];
  if (!c || !prev || !WHEN_OPENER.test(sentence.slice(c.start, c.end)) || dateStarts.some(within(c))) return undefined;
  const dateAt = dateStarts.filter(within(prev)).at(-1);
  return dateAt !== undefined && DATE_ENDS_CLAUSE.test(sentence.slice(dateAt, prev.end)) ? dateAt : undefined;
}

/**
 * A when-clause right after a date ("in 2019, when the bridge collapsed", "until Friday, when the companies visit the
 * port") names the act of that date: its main act, dated by it (offset `dateAt`); one act, so a bare year may date it.
 */
function whenAct(sentence: string, prev: { start: number; end: number } | undefined, c: { start: number; end: number }, dateStarts: readonly number[],
  triggerAt: readonly number[], verbs: readonly VerbPhrase[]): GenericHit | null {
  if (!prev || !WHEN_OPENER.test(sentence.slice(c.start, c.end)) || triggerAt.some(within(c))) return null;
  const dateAt = dateStarts.filter(within(prev)).at(-1);
  if (dateAt === undefined || !DATE_ENDS_CLAUSE.test(sentence.slice(dateAt, prev.end))) return null;
  const own = verbs.filter((x) => x.at >= c.start && x.at < c.end);
  // Its present tells a schedule ("until Friday, when the companies visit the port"): an act ahead, whatever the person.
  const planned = MODAL.test(sentence.slice(c.start, c.end)) || own[0]?.form === 'simple-present';
  const v = mainAct(sentence, own, planned);
  return v ? { type: v.lemma, at: v.at, end: v.end, told: v.told, oneAct: true, dateAt } : null;
}

/**
 * "Prosecutors charged Ilse Varn, the firm's former finance chief, with fraud on Monday": a verbless clause that resumes a
 * verb's complement with a preposition after an apposition (a clause with no verb of its own between commas) dates the act of
 * the clause before the apposition, when that clause has a finished act, no date and no trigger of its own.
 */
function actAcrossApposition(sentence: string, clauses: readonly { start: number; end: number }[], i: number, dateAt: number,
  dateStarts: readonly number[], triggerAt: readonly number[], verbs: readonly VerbPhrase[]): GenericHit | null {
  const c = clauses[i]!;
  const apposition = clauses[i - 1];
  const head = clauses[i - 2];
  // (A bare year mostly dates a tally or a state, not one act.)
  if (!apposition || !head || !RESUMES_COMPLEMENT.test(sentence.slice(c.start, c.end)) || YEAR_OPENING.test(sentence.slice(dateAt))) return null;
  if (verbs.some((v) => within(apposition)(v.at)) || dateStarts.some(within(apposition)) || triggerAt.some(within(apposition))) return null;
  if (apposition.end - apposition.start > APPOSITION_MAX_CHARS || dateStarts.some(within(head)) || triggerAt.some(within(head))) return null;
  // (A plan too: "said it would send the bill for the repairs to the contractor, Vardo Civil Works, on Monday" — sent then.)
  const planned = MODAL.test(sentence.slice(head.start, head.end));
  const v = mainAct(sentence, verbs.filter((x) => within(head)(x.at)), planned);
  return v && v.told === (planned ? 'ahead' : 'done') && v.lemma !== 'statement' ? { type: v.lemma, at: v.at, end: v.end, told: v.told, dateAt } : null;
}

/**
 * "The minister was on the beach this morning and repeated her promise": a verb phrase joined by a bare "and" to a dated one,
 * with no date of its own, shares its subject and its day (not "and later", "and then": COORDINATOR's adverbs tell another
 * time). Only an act done, and only after a part that tells no plan.
 */
function sharedDateAct(sentence: string, before: { start: number; end: number }, p: { start: number; end: number },
  acts: readonly number[], verbs: readonly VerbPhrase[]): GenericHit | null {
  const dated = acts.filter(within(before));
  const own = verbs.filter((x) => within(p)(x.at));
  if (!dated.length || !own.length || !/^and\s+$/i.test(sentence.slice(p.start, own[0]!.from))) return null;
  if (MODAL.test(sentence.slice(before.start, p.end))) return null;
  // (A date between two verbs of the part before is the first one's, not the one the conjunct joins: "a wildfire that started
  // on the ridge on Tuesday afternoon swept down the valley and jumped the river".)
  const date = dated.at(-1)!;
  const prior = verbs.filter((x) => within(before)(x.at));
  if (prior.some((x) => x.to <= date) && prior.some((x) => x.from > date)) return null;
  const v = mainAct(sentence, own, false);
  return v && v.told === 'done' ? { type: v.lemma, at: v.at, end: v.end, told: v.told, dateAt: date } : null;
}

/**
 * "A week ago, the coastguard's commander warned that the slick could reach the bay", "On Monday, officers searched the
 * wharf": a sentence that opens with a date phrase set off by a comma dates the act of the clause after it, when that
 * clause has no date and no trigger of its own (a trigger takes the opening date itself). The opening clause holds no verb
 * and only a few words (a time adverbial, not "Two months after the state visit").
 */
function actAfterOpeningDate(sentence: string, clauses: readonly { start: number; end: number }[], i: number, dateAt: number,
  dateStarts: readonly number[], triggerAt: readonly number[], verbs: readonly VerbPhrase[]): GenericHit | null {
  const opening = clauses[i]!;
  const next = clauses[i + 1];
  if (i !== 0 || !next || !/^\s*,/.test(sentence.slice(opening.end))) return null;
  const words = sentence.slice(opening.start, opening.end).trim().split(/\s+/);
  if (words.length > OPENING_DATE_MAX_WORDS || verbs.some((v) => within(opening)(v.at))) return null;
  if (dateStarts.some(within(next)) || triggerAt.some(within(next))) return null;
  const part = finiteParts(sentence, next, verbs)[0];
  if (!part) return null;
  const v = mainAct(sentence, verbs.filter((x) => within(part)(x.at)), MODAL.test(sentence.slice(part.start, part.end)));
  return v ? { type: v.lemma, at: v.at, end: v.end, told: v.told, dateAt } : null;
}

/**
 * "Saturday's final, watched by a crowd of 50,000, kicked off 40 minutes late": a subject that a possessive day names, set off
 * from its verb by an apposition between commas, did what its verb tells on that day, as "Saturday's final kicked off late"
 * does with no apposition. The subject opens the sentence and holds no verb; the apposition is short and, like the verb's
 * clause, holds no date or trigger of its own. Only an act done ("Tuesday's vote, the first since 2019, will be held again"
 * tells a plan of another day).
 */
function actOfDatedSubject(sentence: string, clauses: readonly { start: number; end: number }[], i: number, dateAt: number,
  dateStarts: readonly number[], triggerAt: readonly number[], verbs: readonly VerbPhrase[]): GenericHit | null {
  const subject = clauses[i]!;
  const apposition = clauses[i + 1];
  const next = clauses[i + 2];
  if (i !== 0 || !apposition || !next || !OPENING_DATE.test(sentence.slice(subject.start, dateAt))) return null;
  if (!POSSESSIVE_DATE.test(sentence.slice(dateAt)) || verbs.some((v) => within(subject)(v.at))) return null;
  if (apposition.end - apposition.start > APPOSITION_MAX_CHARS) return null;
  if ([...dateStarts, ...triggerAt].some((x) => within(apposition)(x) || within(next)(x))) return null;
  const part = finiteParts(sentence, next, verbs)[0];
  if (!part) return null;
  const v = mainAct(sentence, verbs.filter((x) => within(part)(x.at)), MODAL.test(sentence.slice(part.start, part.end)));
  return v && v.told === 'done' ? { type: v.lemma, at: v.at, end: v.end, told: v.told, dateAt } : null;
}

/**
 * The subject a clause that opens with its verb left before an apposition ("A second phase, to the northern suburbs, is due to
 * start on Saturday"): clause i-2, when it and clause i-1 hold no verb, date or trigger, and the apposition is short.
 */
function apposedSubject(sentence: string, clauses: readonly { start: number; end: number }[], i: number, verbs: readonly VerbPhrase[],
  triggerAt: readonly number[], dateStarts: readonly number[]): { start: number; end: number } | undefined {
  const apposition = clauses[i - 1];
  const subject = clauses[i - 2];
  if (!apposition || !subject || apposition.end - apposition.start > APPOSITION_MAX_CHARS) return undefined;
  const free = (k: { start: number; end: number }, verbAt: readonly number[]): boolean => ![...verbAt, ...triggerAt, ...dateStarts].some(within(k));
  // A participle that opens the apposition ("Work on the pier, costing 3 million, will begin in May", "The search, involving
  // 90 divers, will resume on Friday") makes it a reduced relative, no clause of its own: its verb is no verb of the sentence's.
  const participle = PARTICIPLE_OPENING.test(sentence.slice(apposition.start, apposition.end));
  // (News prose has no imperatives: a bare verb as the sentence's first word is the subject's noun, "Work on the pier, ...".)
  const first = sentence.search(/\S/);
  const verbAt = verbs.filter((v) => !(participle && within(apposition)(v.at))
    && !(v.at === first && subject.start <= first && v.lemma === sentence.slice(v.at, v.end).toLowerCase())).map((v) => v.at);
  return free(apposition, verbAt) && free(subject, verbAt) ? subject : undefined;
}

/** An apposition opened by a participle in "-ing" ("costing 3 million", "involving 90 divers"). */
const PARTICIPLE_OPENING = /^\s*,?\s*[a-z]{3,}ing\b/;

/** A clause's subject that is only a relative pronoun ("which began on Friday"). */
const RELATIVE_PRONOUN = /^\s*which\s*$/i;

/**
 * The noun a non-restrictive relative clause describes, when the clause opens with "which" after a comma: the clause before
 * it ("The fair, which began on Friday, drew 60,000 people": "The fair"), if it holds no verb, trigger or date and is short.
 * A verb that only places the relative's subject in time ("began", "ended") places that noun's event.
 */
function relativeAntecedent(sentence: string, clauses: readonly { start: number; end: number }[], i: number, verbs: readonly VerbPhrase[],
  triggerAt: readonly number[], dateStarts: readonly number[]): { start: number; end: number } | undefined {
  const antecedent = clauses[i - 1];
  const c = clauses[i];
  if (!antecedent || !c || !/,\s*$/.test(sentence.slice(antecedent.start, c.start)) || !/^\s*which\b/i.test(sentence.slice(c.start, c.end))) return undefined;
  if (antecedent.end - antecedent.start > APPOSITION_MAX_CHARS) return undefined;
  const free = ![...verbs.map((v) => v.at), ...triggerAt, ...dateStarts].some(within(antecedent));
  return free ? antecedent : undefined;
}

/** A noun made from a verb ("work", "voting", "construction", "closure"): compromise reads it as a verb, or its suffix tells. */
const verbalNoun = taggerMemo((word: string): boolean => {
  if (/(?:tion|sion|ment|ing|ure|age|al)$/i.test(word)) return true;
  try { return (nlp(word.toLowerCase()) as unknown as HasView).has('#Verb'); } catch { return false; }
});
type HasView = { has: (tag: string) => boolean };

/** Whether a phrase ends in a role a person holds ("health minister", "the port's chief pilot"; not "higher"). */
const endsInRole = taggerMemo((phrase: string): boolean => {
  try {
    const last = (nlp(phrase) as unknown as TermsView).terms().json().at(-1)?.terms[0]?.tags ?? [];
    const head = phrase.split(/\s+/).at(-1)!.toLowerCase();
    return last.includes('Noun') && !last.includes('Adjective') && (last.includes('Actor') || ROLE_HEAD.test(head));
  } catch { return false; }
});
type TermsView = { terms: () => { json: () => { terms: { tags: string[] }[] }[] } };

/** The act a finished verb of going tells through its complement (see mainAct), or null. */
function goingAct(sentence: string, v: VerbPhrase): Act | null {
  // (The tagger may take the complement into the phrase: "went bust in".)
  const word = sentence.slice(v.at, v.end).split(/\s+/)[0]!;
  const lemma = lemmaOf(word);
  if (!GOING_LEMMAS.has(lemma)) return null;
  const end = v.at + word.length;
  const rest = sentence.slice(end);
  if (TO_NAMED_PLACE.test(rest)) return { lemma: 'visit', at: v.at, end, told: 'done', oneAct: true };
  const state = STATE_COMPLEMENT.exec(rest) ?? (HELD_PLACE_BEFORE.test(sentence.slice(0, v.at)) ? /^\s+(home)\b/i.exec(rest) : null);
  return state ? { lemma: `${lemma} ${state[1]!.toLowerCase()}`, at: v.at, end: end + state[0].length, told: 'done', oneAct: true } : null;
}

/**
 * The head noun of the object after a light verb (`from`: the verb's end): a determiner, at most three words, cut at
 * the first modifier or break ("a reception for her" → reception, "a short statement" → statement); null without a
 * determiner ("held firm", "gave him") or when the head is no event word.
 */
function objectNoun(sentence: string, from: number): { word: string; at: number; one: boolean } | null {
  const m = LIGHT_OBJECT.exec(sentence.slice(from));
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  // (A name after the head is the thing's own: "the cruise ship Quorvel Tideglass" → ship.)
  const cut = words.findIndex((w, i) => i > 0 && (OBJECT_STOP.test(w) || /^\p{Lu}/u.test(w)));
  const phrase = cut > 0 ? words.slice(0, cut) : words;
  const head = phrase.at(-1)!;
  if (!/^[a-z][a-z-]+$/.test(head) || NON_EVENT_HEADS.has(head)) return null;
  const start = from + m.index + m[0].length - m[1]!.length;
  return { word: head, at: sentence.indexOf(head, start + phrase.slice(0, -1).join(' ').length), one: /^\s+an?\s/i.test(m[0]) };
}

/** The singular of a noun ("concerts" → "concert"), lower case. */
const singular = taggerMemo((word: string): string => {
  try { return (nlp(word).tag('Noun') as unknown as SingularView).nouns().toSingular().text().toLowerCase() || word; } catch { return word; }
});
type SingularView = { nouns: () => { toSingular: () => { text: () => string } } };

/**
 * A clause whose verb only places its subject in time ("Hessary's last fatal trawler accident was in 2019", "His
 * first concert with the orchestra is on Friday, March 7", "Work on the line began in 2022"): the subject is the
 * event, typed by its head noun. A copula counts only when the date is its whole predicate ("the ship was in port on
 * Monday" tells a place) or, in the present, what is expected of the subject ("the final report is expected early next
 * year": a planned event, when the head is a noun made from a verb; "the tanker is expected on Sunday" is none); the head must
 * be a common noun, no pronoun or time word ("the year was 2019").
 */
function eventSubject(sentence: string, c: { start: number; end: number }, verbs: readonly VerbPhrase[], acts: readonly number[], planned: boolean,
  apposed?: { start: number; end: number }): Act | null {
  // (The first locating verb that its date follows: "is due to start on Saturday" is placed by "start", not "is".)
  // (A present copula may place it ahead through what is expected of it: "the final report is expected early next year".)
  const expected = (v: VerbPhrase, x: number): boolean => v.tense === 'PresentTense' && !v.negative && EXPECTED_TO_DATE.test(sentence.slice(v.to, x));
  const dated = (v: VerbPhrase): boolean => acts.some((x) => x >= v.to && (v.lemma !== 'be' || COPULA_TO_DATE.test(sentence.slice(v.to, x)) || expected(v, x)));
  // ("The official opening is scheduled for Saturday, April 18": the tagger reads the copula and participle as one passive.)
  const scheduled = (v: VerbPhrase): boolean => v.form === 'passive-present' && !v.negative && SCHEDULED_LEMMAS.has(v.lemma)
    && acts.some((x) => x >= v.to && SCHEDULED_TO_DATE.test(sentence.slice(v.to, x)));
  // (In a plan, a service that will run from a day is placed by it too: "the island service will run with a chartered boat from Monday".)
  const runs = (x: VerbPhrase): boolean => planned && RUNNING_LEMMAS.has(x.lemma);
  const v = verbs.find((x) => ((LOCATING_LEMMAS.has(x.lemma.replace(TAKEN_PREPOSITION, '')) || runs(x) || (x.lemma === 'take' && /^\s+place\b/i.test(sentence.slice(x.to)))) && !x.negative && dated(x)) || scheduled(x));
  if (!v) return null;
  // A verb of beginning or ending with an object before its date begins or ends that object, the event; its subject is who
  // does it ("The airport started a new bird-scaring programme in 2024", "the jet started its take-off run shortly before seven").
  // (An object that names no act, "ended its season in October", leaves no event: the subject is still no act.)
  const dateAt = acts.find((x) => x >= v.to)!;
  if (v.lemma !== 'be' && BEGUN_OBJECT.test(sentence.slice(v.to, dateAt))) {
    const begun = beganObject(sentence, v.to, dateAt);
    return begun && { ...begun, told: planned ? 'ahead' : FINISHED_FORMS.has(v.form) || v.tense === 'PastTense' ? 'done' : 'present', oneAct: true };
  }
  // A plan's words before the verb are no part of the subject ("The second phase is due to start ...").
  const own = sentence.slice(c.start, v.from).replace(PLAN_AUX_TAIL, '');
  // A clause that opens with its verb has its subject before an apposition ("A second phase, to the suburbs, is due to start").
  // (Not through a copula: "A team of forty, mostly police officers, is now split ..." places no team in time.)
  // (A relative pronoun stands for the noun before its comma: "The fair, which began on Friday, drew 60,000 people".)
  const bare = !own.trim() || (!!apposed && RELATIVE_PRONOUN.test(own));
  if (bare && apposed && v.lemma === 'be') return null;
  const base = !bare || !apposed ? c.start : apposed.start;
  const raw = !bare || !apposed ? own : sentence.slice(apposed.start, apposed.end);
  const subject = raw.replace(/^\W*(?:(?:and|but|while|as|so|yet)\s+)?/i, '');
  if (!subject.trim() || /[,;:"“”()]/.test(subject) || subject.trim().split(/\s+/).length > 12) return null;
  // The head is the last word before the first modifier after the first word ("work on the line" → work).
  const cut = subject.search(SUBJECT_MODIFIER);
  const phrase = (cut >= 0 ? subject.slice(0, cut) : subject).trimEnd();
  const words = phrase.split(/\s+/);
  // A date named by what falls on it is that act: "The first closing date is the 17th" tells the closing ("the polling day").
  const named = words.length > 1 && DATE_HEAD.test(words.at(-1)!) && /^[a-z][a-z-]+$/.test(words.at(-2)!) && verbalNoun(words.at(-2)!);
  const word = named ? words.at(-2)! : words.at(-1)!;
  const tail = named ? words.at(-1)!.length + 1 : 0;
  // A capital only as the sentence's first word, and then only a verbal noun with a modifier ("Work on the line",
  // "Construction of the bridge"): a name is no event.
  // (Alone too, when the whole subject is that one word: "Work begins in October", "Voting ends on Sunday".)
  const opening = base + raw.length - subject.length === sentence.search(/\S/) && phrase === word && (cut >= 0 || subject.trim() === word) && verbalNoun(word);
  const noun = (opening ? word.toLowerCase() : word).replace(/[’']s$/, '');
  if (!/^[a-z][a-z-]+$/.test(noun) || NON_EVENT_HEADS.has(noun)) return null;
  const awaited = scheduled(v) || (!COPULA_TO_DATE.test(sentence.slice(v.to, acts.find((x) => x >= v.to)!)) && acts.some((x) => x >= v.to && expected(v, x)));
  if ((awaited || runs(v)) && !verbalNoun(noun)) return null;
  // (Scheduled, only a noun that names an act by its ending: "the official opening is set for ...", not "a second ship is
  // planned for 2028", whose head is a verb too.)
  if (scheduled(v) && !ACT_NOUN_ENDING.test(noun)) return null;
  // "was in 2019" tells a fact done; "is on Friday" a schedule; "will be on Friday" a plan.
  const told: Telling = planned || awaited ? 'ahead' : FINISHED_FORMS.has(v.form) || v.tense === 'PastTense' ? 'done' : 'present';
  const at = base + raw.length - subject.length + phrase.length - tail - word.length;
  return { lemma: singular(noun), at, end: at + noun.length, told, oneAct: true };
}

/**
 * Events a superlative counts from a date where no trigger stands ("the biggest change to the country's schools since 1994",
 * "its worst closure in the north since 2011"): one as big took place then — the head noun of the phrase (a noun made from a
 * verb), on the date after "since", as "the first theft since 1987" dates the theft before.
 */
export function superlativeSince(sentence: string, dates: readonly { start: number; end: number }[], triggerAt: readonly number[]): NamedByDay[] {
  const out: NamedByDay[] = [];
  for (const d of dates) {
    const m = SINCE_RIGHT_BEFORE.test(sentence.slice(Math.max(0, d.start - 8), d.start)) ? SUPERLATIVE_SINCE.exec(sentence.slice(0, d.start)) : null;
    if (!m) continue;
    const word = m[1]!.split(/\s+/).at(-1)!.toLowerCase();
    const at = m.index + m[0].indexOf(m[1]!) + m[1]!.length - word.length;
    if (triggerAt.some((t) => t >= m.index && t < d.start) || NON_EVENT_HEADS.has(word) || !verbalNoun(word)) continue;
    out.push({ type: singular(word), at, end: at + word.length, dateStart: d.start });
  }
  return out;
}
const SINCE_RIGHT_BEFORE = /\bsince\s+$/i;
/** "the biggest change to the country's schools since ": a superlative, its noun (group 1), what it is of, and "since". */
const SUPERLATIVE_SINCE = /\b(?:the|its|their|his|her)\s+(?:biggest|largest|worst|deadliest|longest|highest|lowest|strongest|heaviest|most\s+[a-z]+)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)(?:\s+(?:to|of|in|at|on|for|across|by)\s+[^,;.]{1,50}?)?\s+since\s+$/i;

/** An object after a verb of beginning or ending, before its date ("started its take-off run"): what is begun or ended. */
const BEGUN_OBJECT = /^\s+(?:a|an|the|its|their|his|her|our|my|your)\s+[\p{L}-]/u;

/**
 * The head noun of an object between a verb of beginning or ending (ending at `from`) and its date (at `to`): "started its
 * take-off run" → run, "started a new bird-scaring programme" → programme; null when its head is no noun of an act (a pronoun,
 * a time word).
 */
function beganObject(sentence: string, from: number, to: number): { lemma: string; at: number; end: number } | null {
  const between = sentence.slice(from, to);
  const cut = between.search(SUBJECT_MODIFIER);
  const phrase = (cut >= 0 ? between.slice(0, cut) : between).trimEnd();
  const word = phrase.split(/\s+/).at(-1)!;
  const noun = word.toLowerCase();
  if (!/^[a-z][a-z-]+$/.test(word) || NON_EVENT_HEADS.has(noun)) return null;
  const at = from + phrase.length - word.length;
  return { lemma: singular(noun), at, end: at + word.length };
}

/** A head that names a day, not an act: "the closing date", "polling day". */
const DATE_HEAD = /^(?:date|day)$/i;

/** An event a day's possessive names: its head noun (the type), where it stands, and the date's start (offsets in the sentence). */
export type NamedByDay = { type: string; at: number; end: number; dateStart: number };

/**
 * Events a day names by its possessive where no trigger stands ("the count after Sunday's vote gave ...", "before Monday's
 * hearing"): the noun phrase after "'s" (nouns and adjectives, as the tagger reads them), whose head is a noun made from a
 * verb ("vote", "departure", "closure"); not a thing ("Tuesday's paper", "Monday's state banquet" are no act of their own words).
 */
export function namedByDay(sentence: string, dates: readonly { start: number; end: number }[], triggerAt: readonly number[]): NamedByDay[] {
  const out: NamedByDay[] = [];
  for (const d of dates) {
    const m = /^[’']s\s+/.exec(sentence.slice(d.end));
    if (!m) continue;
    const from = d.end + m[0].length;
    const head = nounPhraseHead(sentence.slice(from));
    if (!head || triggerAt.some((t) => t >= d.start && t <= from + head.end)) continue;
    const act = actHead(head, from, d.start);
    if (act) out.push(act);
  }
  return out;
}

/**
 * An act that fell due on a past date, named by its noun where no trigger stands ("A safety check that would have found the
 * fault was due in May"): the head of the clause's subject, when it is a noun made from a verb, dated by the date right
 * after "was/were due". A thing or a person that "was due" is no act ("the ship was due in port"), nor a plan ("was due to
 * sail": the plan's own verb tells it), nor what "is due" ahead (a planned event: eventSubject's).
 */
export function fellDue(sentence: string, dates: readonly { start: number; end: number }[], triggerAt: readonly number[]): NamedByDay[] {
  const out: NamedByDay[] = [];
  for (const m of sentence.matchAll(WAS_DUE)) {
    const after = m.index! + m[0].length;
    const d = dates.find((x) => x.start >= after && !/\S/.test(sentence.slice(after, x.start).replace(DUE_DATE_LEAD, '')));
    if (!d) continue;
    const clause = Math.max(sentence.lastIndexOf(',', m.index!), sentence.lastIndexOf(';', m.index!)) + 1;
    const subject = SUBJECT_DETERMINER.exec(sentence.slice(clause));
    const from = clause + (subject ? subject[0].length : 0);
    const head = nounPhraseHead(sentence.slice(from, m.index!));
    if (!head || triggerAt.some((t) => t >= from && t <= from + head.end)) continue;
    const act = actHead(head, from, d.start);
    if (act) out.push(act);
  }
  return out;
}

/**
 * The event a noun-phrase head names (the phrase starting at offset `from` of the sentence), dated by the date at
 * `dateStart`: only a plain lower-case word that is a noun made from a verb and not one of NON_EVENT_HEADS.
 */
function actHead(head: { word: string; end: number }, from: number, dateStart: number): NamedByDay | null {
  const word = head.word.toLowerCase();
  if (!/^[a-z][a-z-]+$/.test(word) || NON_EVENT_HEADS.has(word) || !verbalNoun(word)) return null;
  return { type: singular(word), at: from + head.end - head.word.length, end: from + head.end, dateStart };
}

/** The head of the noun phrase that opens `text` (its last noun before the first word that is no noun or adjective), with its end. */
function nounPhraseHead(text: string): { word: string; end: number } | null {
  let terms: { text: string; tags: string[] }[] = [];
  try { terms = (nlp(text.slice(0, 60)) as unknown as TermsView).terms().json().map((t) => t.terms[0]!).filter(Boolean) as { text: string; tags: string[] }[]; } catch { return null; }
  let head: { word: string; end: number } | null = null;
  let at = 0;
  for (const t of terms.slice(0, 4)) {
    const i = text.indexOf(t.text, at);
    if (i < 0 || !/^[a-z-]+$/.test(t.text)) break;
    at = i + t.text.length;
    if (t.tags.includes('Noun')) head = { word: t.text, end: at };
    else if (!t.tags.includes('Adjective')) break;
  }
  return head;
}

/** A state counted from a date ("since 2021"): where its act stands (offsets in the sentence), its type and the date's start. */
export type StateStart = { type: string; at: number; end: number; dateStart: number };

/**
 * States a sentence counts from a date: "has been the orchestra's principal guest conductor since 2021" began with
 * an appointment then; "had not been serviced since March 2025" was last serviced then; "has been disputed since 1994",
 * "have been stuck at the crossing since Thursday" were put so then; "has run mobile clinics in Ambry since 2019" began
 * then. A since-date is a period's bound, no act's day, everywhere else. A state a trigger tells (`triggerAt`) is left to it.
 */
export function stateStarts(sentence: string, triggerAt: readonly number[], dateStarts: readonly number[]): StateStart[] {
  const out: StateStart[] = [];
  for (const x of dateStarts) {
    const c = clauseSpans(sentence).find((k) => within(k)(x));
    if (!c) continue;
    const before = sentence.slice(c.start, x);
    // (A year, not a month or a day: "since 2017".)
    const sinceYear = /^\d{4}\b/.test(sentence.slice(x));
    const m = SINCE_STATE.exec(before);
    // "Snow had been falling since Thursday": the snowfall began then.
    const fall = m ? PRECIPITATION_SINCE.exec(before) : null;
    if (fall) {
      const at = c.start + fall.index + fall[0].indexOf(fall[1]!, fall[0].search(/\bbeen\b/i));
      if (!triggerAt.some((t) => t >= c.start + fall.index && t < x)) out.push({ type: 'weather', at, end: at + fall[1]!.length, dateStart: x });
      continue;
    }
    // "has stood empty since 2009": standing so began then, as "has been empty" would not tell.
    const posture = m ? null : SINCE_POSTURE.exec(before);
    if (posture) {
      const at = c.start + posture.index + posture[0].indexOf(posture[2]!);
      if (!triggerAt.some((t) => t >= at && t < x) && sinceYear) out.push({ type: lemmaOf(posture[2]!), at, end: at + posture[2]!.length, dateStart: x });
      continue;
    }
    const held = m ? null : SINCE_PERFECT.exec(before);
    // "The hall, closed since 2015, ...": put in that state then, as "has been closed since 2015" tells.
    const cut = m || held ? null : SINCE_PARTICIPLE.exec(sentence.slice(0, x));
    if (cut) {
      const at = cut.index + cut[0].indexOf(cut[1]!);
      const lemma = putInState(cut[1]!);
      if (lemma && !triggerAt.some((t) => t >= at && t < x)) out.push({ type: lemma, at, end: at + cut[1]!.length, dateStart: x });
      continue;
    }
    const from = m?.index ?? held?.index;
    if (from === undefined || triggerAt.some((t) => t >= c.start + from && t < x)) continue;
    if (held) {
      const act = activityHeld(held[2]!, held[3]!, Boolean(held[1]), sinceYear);
      const at = c.start + held.index + held[0].indexOf(held[2]!, held[0].search(/\s/));
      if (act) out.push({ type: act, at, end: at + held[2]!.length, dateStart: x });
      continue;
    }
    const words = m![2]!.split(/\s+/);
    const head = words.at(-1)!.toLowerCase();
    const at = c.start + m!.index + m![0].indexOf(m![2]!, m![0].indexOf('been')) + m![2]!.length - head.length;
    if (m![1]) {
      // Not done since then: last done then ("had not been serviced since March"). One participle, an act of its own.
      const lemma = words.length === 1 && /(?:ed|en)$/.test(head) ? lemmaOf(head) : '';
      if (!/^[a-z]+$/.test(lemma) || WEAK_LEMMAS.has(lemma) || REPORTING_LEMMAS.has(lemma)) continue;
      out.push({ type: lemma, at, end: at + head.length, dateStart: x });
    } else if (TOLD_TO.test(m![2]!)) {
      // Told to do something since then ("have been told to boil their water since Thursday night"): the instruction, then.
      const first = c.start + m!.index + m![0].indexOf(m![2]!, m![0].indexOf('been'));
      out.push({ type: 'instruction', at: first, end: first + words[0]!.length, dateStart: x });
    } else if (endsInRole(m![2]!) && !/^(?:in|at|on|under|with|without|from|out|off|up|down)$/i.test(words[0]!)) {
      // Being someone's <role> since then: taking the role up then.
      out.push({ type: 'appointment', at, end: at + head.length, dateStart: x });
    } else {
      // Doing something since then, in the perfect progressive ("have been warning about the bridge since 2019",
      // "has been picketing the depot since Monday"): the activity began then. Being put in a state since then
      // ("disputed", "stuck at the crossing"): the act that put it so, then.
      // Being at work since then ("has been active since 2023", "has been operational since 2019"): its activity began then.
      const lemma = ongoingSince(words[0]!) ?? putInState(words[0]!) ?? (words.length === 1 && OPERATING.test(head) ? 'activity' : null);
      const first = c.start + m!.index + m![0].indexOf(m![2]!, m![0].indexOf('been'));
      if (lemma) out.push({ type: lemma, at: first, end: first + words[0]!.length, dateStart: x });
    }
  }
  return out;
}

/**
 * A count of people that have done something since a date ("More than 200 people have seen a doctor with stomach cramps,
 * vomiting or diarrhoea since Wednesday", "240 workers had taken voluntary redundancy since September"): it began then — the
 * verb's act, on the date after "since". Only a sentence that opens with the count (or with who says it: "The union said 240
 * workers ..."), a perfect with a participle of its own
 * (not "have been"), no trigger between, and the date right after "since".
 */
export function countedSince(sentence: string, triggerAt: readonly number[], dateStarts: readonly number[]): StateStart[] {
  const out: StateStart[] = [];
  for (const x of dateStarts) {
    const m = COUNT_SINCE.exec(sentence.slice(0, x));
    if (!m || triggerAt.some((t) => t < x)) continue;
    const at = m[0].lastIndexOf(m[1]!, m[0].search(/\bsince\s+$/i));
    const lemma = lemmaOf(m[1]!);
    if (!/^[a-z]+$/.test(lemma) || lemma === m[1]!.toLowerCase() || COPULAS.has(lemma) || TREND_LEMMAS.has(lemma)) continue;
    out.push({ type: lemma, at, end: at + m[1]!.length, dateStart: x });
  }
  return out;
}
/** A sentence opening with a count of people (maybe after "... said") and its perfect up to "since" (group 1: the participle). */
const COUNT_SINCE = /^\W*(?:[^,;.]{0,60}?\b(?:said|says|reported|reports)\s+(?:that\s+)?)?(?:(?:more than|over|about|some|nearly|almost|at least)\s+)?\d[\d,]*\s+(?:[\p{L}'’-]+\s+){0,5}?(?:has|have|had)\s+(?:(?:already|now|so far)\s+)?(?!been\b)([a-z]+(?:ed|en|wn|ne|ken|seen))\b[^;.]*?\bsince\s+$/iu;

/** A state of being told to act ("told to boil their water", "ordered to stay indoors"): an instruction given. */
const TOLD_TO = /^(?:told|ordered|advised|instructed|urged|asked|directed)\s+to\s+[a-z]/i;

/**
 * States a sentence tells as ended at a date: "who worked night shifts at the depot until last October" stopped then, as
 * "served as mayor until 2019" left office then. The verb is an active simple past, not negated, of its own finite part,
 * with no other verb or trigger between it and "until" and no clause break; the date ends what it bounds (not "waited
 * until Monday to announce"). Not a copula, a change of amount, a verb of beginning, knowing or speaking. A passive
 * tells the opposite act ("was closed until Tuesday" reopened then) and is left alone, as is a plan ("will stay until").
 */
export function stateEnds(sentence: string, triggerAt: readonly number[], dateStarts: readonly number[]): StateStart[] {
  const out: StateStart[] = [];
  const verbs = verbPhrases(sentence);
  for (const x of dateStarts) {
    const m = UNTIL_BEFORE.exec(sentence.slice(0, x));
    if (!m) continue;
    const until = m.index;
    // (A present between a past verb and "until" is a noun the tagger took for a verb: "worked night shifts".)
    const v = verbs.filter((w) => w.to <= until && w.form !== 'simple-present').at(-1);
    if (!v || v.form !== 'simple-past' || v.negative || !/^[a-z]+$/.test(v.lemma) || noStateStart(v.lemma) || REPORTING_LEMMAS.has(v.lemma)) continue;
    const between = sentence.slice(v.to, until);
    if (CLAUSE_BREAK_ONCE.test(between) || between.trim().split(/\s+/).length > UNTIL_OBJECT_WORDS || triggerAt.some((t) => t >= v.from && t < x)) continue;
    const p = partAround(sentence, v.at);
    if (x >= p.end || MODAL.test(sentence.slice(p.start, p.end)) || UNTIL_PURPOSE.test(sentence.slice(x))) continue;
    out.push({ type: v.lemma, at: v.at, end: v.end, dateStart: x });
  }
  return out;
}
/** "until" and what may stand between it and a date mention ("until last October", "until the end of"). */
const UNTIL_BEFORE = /\b(?:until|till)\s+(?:(?:last|the|early|late|mid|middle|end|start|beginning|of)\s+)*$/i;
/** Longest object between a state's verb and its "until" (words): "worked night shifts at the depot". */
const UNTIL_OBJECT_WORDS = 8;
/** What makes "until" a wait for something else: "waited until Monday to announce" (not "to the board"). */
const UNTIL_PURPOSE = /^[^,;.]*?\bto\s+(?!(?:the|a|an|its|their|his|her)\b)[a-z]+/i;

/** An adjective of being at work, whose state since a date began with an activity then. */
const OPERATING = /^(?:active|operational)$/i;

/** A verb no state since a date starts with: a copula, a change of amount, a verb of beginning, of knowing or expecting. */
const noStateStart = (lemma: string): boolean => COPULAS.has(lemma) || TREND_LEMMAS.has(lemma) || ASPECT_LEMMAS.has(lemma) || MENTAL_LEMMAS.has(lemma);

/**
 * The lemma of a past participle that puts its subject in a state ("disputed", "stuck", "held"), or null (an adjective:
 * "open", "higher"; a gerund). (A verb of contention may: "has been disputed since 1994" began with a dispute then.)
 */
function putInState(word: string): string | null {
  if (/ing$/i.test(word)) return null;
  const lemma = lemmaOf(word);
  return /^[a-z]+$/.test(lemma) && lemma !== word.toLowerCase() && !noStateStart(lemma) ? lemma : null;
}

/**
 * The lemma of an activity told in the perfect progressive from a date ("have been warning", "has been picketing"), or
 * null: an activity going on since a date began on it. Not a copula, trend, amount, aspect or mental verb ("has been rising",
 * "have been hoping"), a weak verb ("has been getting") nor a verb of saying ("have been saying since Monday" tells no start).
 */
function ongoingSince(word: string): string | null {
  if (!/^[a-z]+ing$/.test(word)) return null;
  const lemma = lemmaOf(word);
  return /^[a-z]+$/.test(lemma) && lemma !== word && !noStateStart(lemma) && !MOVING_AMOUNT_LEMMAS.has(lemma) && !WEAK_LEMMAS.has(lemma) && !ATTRIBUTION_LEMMAS.has(lemma) ? lemma : null;
}

/** Whether the words before the first preposition hold a noun: an object ("mobile clinics"), not an adverb ("fished alone"). */
function namesAThing(rest: string): boolean {
  return hasNoun(rest.split(/\s+(?:in|on|at|for|from|with|by|of|to|into|over|under|across|along|near|through|since)\s+/i)[0]!);
}
const hasNoun = taggerMemo((phrase: string): boolean => {
  try { return (nlp(phrase) as unknown as HasView).has('#Noun'); } catch { return false; }
});

/**
 * The lemma of an activity held since a date in the active perfect ("has run mobile clinics", "had led the airline"), or
 * null: it needs an object (not "have dwindled", "has lived in"), no count ("has boarded 27 times"), and a verb that
 * starts something — a weak one only when its object is a post held (HELD_SINCE_LEMMAS). Since a year, two more: not done
 * since then is last done then, whatever the object ("had not seen it since 1999"), and a verb of lasting needs no object
 * ("an argument that has run since 2021").
 */
function activityHeld(participle: string, rest: string, negated = false, year = false): string | null {
  if (/ing$/i.test(participle) || /\d/.test(rest) || AMOUNT_WORDS.test(rest)) return null;
  const lemma = lemmaOf(participle);
  // A participle the lemmatiser left as it is (not read as a verb's form), unless a verb held since a date.
  const unread = lemma === participle.toLowerCase() && !HELD_SINCE_LEMMAS.has(lemma);
  if (!/^[a-z]+$/.test(lemma) || (unread && !GOING_ON_LEMMAS.has(lemma))) return null;
  // Not done since a year: last done then ("had not seen it since 1999"), whatever the object; not a copula or a trend.
  if (negated && year) return COPULAS.has(lemma) || TREND_LEMMAS.has(lemma) || ASPECT_LEMMAS.has(lemma) ? null : lemma;
  // A process going on since a year, told by a verb of lasting with no object (not a trend: "have risen since 2020") ("an argument that has run since 2021", "has gone on since 2017").
  if (year && !negated && /^(?:\s+on)?$/i.test(rest)) {
    return GOING_ON_LEMMAS.has(lemma) ? lemma : null;
  }
  if (unread || !OBJECT_OPENING.test(rest) || !namesAThing(rest)) return null;
  return noStateStart(lemma) || REPORTING_LEMMAS.has(lemma) || (WEAK_LEMMAS.has(lemma) && !HELD_SINCE_LEMMAS.has(lemma)) ? null : lemma;
}

/** Where a verbless conjunct stands ("and" offset in the sentence) and the date it holds (its start). */
export type GappedConjunct = { and: number; dateStart: number };

/**
 * Conjuncts that repeat the act before them with a date of their own and no verb ("Osk's parliament is due to ratify
 * it on 3 March, and Brell's on the 5th", "hopes to open the first section in 2029 and the full line by 2031"): after
 * "and", at least one word, then a preposition of time and a date, to the clause's end; no verb phrase, no trigger.
 * Not a range ("between May and June") nor a bare second date ("on Monday and Tuesday").
 */
export function gappedConjuncts(sentence: string, dateStarts: readonly number[], triggerAt: readonly number[]): GappedConjunct[] {
  const out: GappedConjunct[] = [];
  for (const m of sentence.matchAll(GAP_AND)) {
    const from = m.index! + m[0].length;
    const stop = sentence.slice(from).search(/[,;:]/);
    const to = stop >= 0 ? from + stop : sentence.length;
    const x = dateStarts.find((d) => d >= from && d < to);
    // (A date mention may hold its own preposition: "on Thursday".)
    const lead = x === undefined ? '' : sentence.slice(from, x) + (TIME_PREPOSITION.exec(sentence.slice(x))?.[0] ?? '');
    if (x === undefined || RANGE_BEFORE.test(sentence.slice(0, m.index!)) || !GAP_BEFORE_DATE.test(lead)) continue;
    if (!DATE_ENDS_CLAUSE.test(sentence.slice(x, to).replace(/[.!?"”’]+\s*$/, '')) || triggerAt.some((t) => t >= from && t < to)) continue;
    if (verbPhrases(sentence).some((v) => v.text && v.at >= from && v.at < to)) continue;
    out.push({ and: m.index!, dateStart: x });
  }
  return out;
}


/**
 * Deadlines ahead: an act still to come that a date bounds by "by" or "until" — a to-infinitive ("ordered a review, to report
 * by the end of April", "has promised to send them by Wednesday"), a modal ("the decision must be taken by 15 May"), a bare
 * verb joined by "and" to a modal one ("will publish the plans on Monday and take objections until the end of May"), or
 * "has until <date> to <verb>" ("now has until the end of May to find a buyer") — is a deadline on that date, the type the
 * trigger lexicon gives an obligation told with "by": news timelines list the day something is due. The verb stands in the
 * date's clause, at most DEADLINE_OBJECT_WORDS words before the "by", with no figure between ("will grow to 150 observers by
 * the end of the month" sets a target). "until" bounds a state as often ("will stay closed until Saturday", "will run until
 * Friday"): with it, a verb that lasts (DURATIVE_LEMMAS) tells no deadline. Nor does a copula, a verb of knowing or of
 * reaching an amount. The caller keeps only deadlines not before the page and on a date no act of the sentence took.
 */
export function deadlines(sentence: string, triggerAt: readonly number[], dates: readonly { start: number; end: number }[]): StateStart[] {
  const out: StateStart[] = [];
  const verbs = verbPhrases(sentence);
  for (const d of dates) {
    const bound = DEADLINE_BEFORE.exec(sentence.slice(0, d.start));
    if (!bound) continue;
    const until = !/^by\b/i.test(bound[0]);
    // "has until the end of May to find a buyer": the act follows the date.
    const given = HAS_UNTIL.test(sentence.slice(0, bound.index + bound[0].length));
    const ahead = (w: VerbPhrase): boolean => /\bto\s+$/i.test(sentence.slice(0, w.from)) || DEADLINE_MODAL.test(w.text) || joinedToModal(sentence, verbs, w);
    // (The nearest such verb: the tagger takes some nouns of the object for verbs, "send the test results by Wednesday".)
    const v = given ? verbs.find((w) => w.from >= d.end && /^\s+to\s+$/i.test(sentence.slice(d.end, w.from)))
      : verbs.filter((w) => w.to <= bound.index && ahead(w)).at(-1);
    if (!v || v.negative) continue;
    const between = given ? '' : sentence.slice(v.to, bound.index);
    // (A figure between tells a target, not an act: "will grow to 150 observers by the end of the month".)
    if (CLAUSE_BREAK_ONCE.test(between) || between.trim().split(/\s+/).filter(Boolean).length > DEADLINE_OBJECT_WORDS || /\d/.test(between)) continue;
    const lemma = v.lemma.split(' ').at(-1)!;
    if (!/^[a-z]+$/.test(lemma) || noStateStart(lemma) || TARGET_LEMMAS.has(lemma) || (until && DURATIVE_LEMMAS.has(lemma))) continue;
    if (triggerAt.some((t) => t >= v.from && t < v.to)) continue;
    out.push({ type: 'deadline', at: v.at, end: v.end, dateStart: d.start });
  }
  return out;
}
/** "by" or "until" and what may stand between it and a date mention ("by the end of", "until next"). */
const DEADLINE_BEFORE = /\b(?:by|until|till)\s+(?:(?:the|end|close|middle|of|next|this)\s+)*$/i;
/** Longest object between a deadline's verb and its "by" (words): "to send the analysis results". */
const DEADLINE_OBJECT_WORDS = 5;
/** Verbs of reaching an amount: with "by" they set a target ("should reach 120 monitors by the end of the month"), no act. */
const TARGET_LEMMAS: ReadonlySet<string> = new Set(['reach', 'rise', 'grow', 'fall', 'drop', 'hit', 'exceed', 'top', 'cut', 'reduce', 'raise', 'lower', 'add']);
/** "has until", "have until", "had until" (and "now has until"): a time given to do something. */
const HAS_UNTIL = /\b(?:has|have|had)\s+until\s+(?:(?:the|end|close|middle|of|next|this)\s+)*$/i;
/** A verb phrase opened by a modal of what must or will be done (not "can": a window open to anyone, "can comment until March"). */
const DEADLINE_MODAL = /^(?:must|will|shall|should|would)\b/i;
/** Verbs that last: with "until" they tell a state's end, not a deadline ("will stay closed until", "will run until Friday"). */
const DURATIVE_LEMMAS: ReadonlySet<string> = new Set(['stay', 'remain', 'keep', 'last', 'continue', 'run', 'hold', 'wait', 'live', 'work',
  'serve', 'sit', 'stand', 'operate', 'close', 'suspend', 'ban', 'detain', 'hold', 'extend', 'lie', 'rest', 'sleep', 'play', 'go', 'be', 'have']);

/** Whether a bare verb is joined by "and" to a modal verb phrase before it ("can see the plans ... and send comments"). */
function joinedToModal(sentence: string, verbs: readonly VerbPhrase[], v: VerbPhrase): boolean {
  if (!/\band\s+$/i.test(sentence.slice(0, v.from)) || v.text.toLowerCase() !== v.lemma) return false;
  const before = verbs.filter((w) => w.to <= v.from).at(-1);
  return !!before && DEADLINE_MODAL.test(before.text);
}

/**
 * Whether a sentence is a call to the reader, as page chrome writes them ("Subscribe for home delivery.", "Read more about
 * the evacuation."): its first word is a bare verb and nothing after it is a verb, so it has neither subject nor finite verb
 * of its own. It tells no act. (News prose has no imperatives otherwise: "Work starts in May" has its verb after the subject.)
 */
export function addressesReader(sentence: string): boolean {
  const terms = nlp(sentence).terms().json() as { terms: { tags: string[] }[] }[];
  const first = terms[0]?.terms[0]?.tags ?? [];
  if (!first.includes('Imperative') || !first.includes('Infinitive')) return false;
  return terms.slice(1).every((t) => !(t.terms[0]?.tags ?? []).some((g) => g === 'Verb' || g === 'Modal' || g === 'Copula' || g === 'Auxiliary'));
}
