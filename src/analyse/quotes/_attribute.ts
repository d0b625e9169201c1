/**
 * Local attribution: for one quote, the speaker phrase in the text around it (before the opening
 * mark or after the closing one) and the channel ("according to Reuters"). No entity lookup here.
 */
import { MAX_AFTER_TOKENS, AFTER_CONTEXT_CHARS, BEFORE_CONTEXT_CHARS, LONG_GAP_WORDS, MAX_POSSESSIVE_SPEECH_TOKENS, MAX_SUBJECT_WORDS } from './constants.ts';
import { CIRCUMSTANCE_PREPOSITIONS, POSSESSIVE_PRONOUN_KINDS, SPEECH_NOUNS, SPEAKER_HEADS, BARE_DETERMINERS, DETERMINERS, HONORIFICS, NOT_NAMES, PARTICIPLE, PARTICLE_VERBS, PREPOSITIONS, PRONOUNS, SPEECH_VERBS, TIME_NAMES } from './patterns.ts';
import { isPrepTail, readPhraseForward, readSubjectBackward, type Phrase } from './_np.ts';
import { tokenize, type Tok } from './_tokens.ts';

/** Verbs that may be followed by their speaker ("said Smith", "continued the minister"). */
const INVERTING = new Set(['said', 'says', 'added', 'adds', 'continued', 'continues', 'wrote', 'writes', 'declared', 'stated',
  'explained', 'noted', 'replied', 'insisted', 'warned', 'asked', 'tweeted', 'concluded', 'argued', 'recalled', 'countered']);

/** Words before a participle speech verb whose subject is the clause subject ("before asking"). */
/** Nouns that introduce a quote after a colon ("released the following statement:"). */
const STATEMENT_NOUNS = new Set(['statement', 'tweet', 'tweets', 'post', 'message', 'letter', 'email', 'remarks', 'speech', 'note', 'memo', 'reads']);
/** Words after a closing mark that start a new clause, whose verb is not the quote's. */
/** Words before a name that introduces a quote with a colon ("Here's Clinton:", "More from Jones:"). */
const COLON_LEADS = new Set(['from', 'here’s', "here's", 'by', 'said']);
/** Tokens a speech verb may sit back from the mark in "X told the Associated Press (AP), «…»". */
const TIGHT_WINDOW = 8;
/** Dashes that introduce an epigraph-style speaker. */
const DASHES = '―—–';
/** Verbs whose next phrase is the listener, not the speaker ("told reporters"). */
const OBJECT_VERBS = new Set(['told', 'tell', 'tells', 'asked', 'ask', 'asks', 'urged', 'urge', 'informed', 'assured', 'warned', 'called', 'described', 'mocked', 'blasted']);
const NEW_CLAUSE = new Set(['and', 'but', 'while', 'because', 'although', 'though', 'whereas', 'or']);
/** Participles of relaying: "as quoted by TNA", "as reported by Reuters". */
const RELAY_VERBS = new Set(['quoted', 'reported', 'cited', 'relayed', 'carried']);
/** Verbs whose subject after a quote is a channel ("…, Meridian reported"), not the speaker. */
const REPORTING = new Set(['reported', 'reports', 'reporting', 'quoted']);
/** Past forms of speech verbs ("another said", "one noted"). */
const PAST_FORM = /^(?:\w+ed|said|wrote|told|spoke)$/;
/** Tokens an introducing sentence may carry after its speech verb ("said in a statement on Friday"). */
const INTRO_TAIL_TOKENS = 6;
/** Conjunctions that open a reduced passive ("when asked"). */
const REDUCED_PASSIVE = new Set(['when', 'if', 'once', 'unless', 'as', 'after', 'before']);
/** Auxiliaries of the passive ("was asked"). */
const BE_FORMS = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be']);
/** Words that open an embedded clause after a verb. */
const WH_WORDS = new Set(['what', 'whether', 'how', 'why', 'if', 'who', 'which', 'where', 'when']);
/** A quote-mark token. */
const QUOTE_MARK_TOKEN = /^["“”‘’'«»„‚‹›`]$/u;
const PARTICIPLE_LINKS = new Set(['before', 'after', 'while', 'by', 'when', 'and', 'then', 'but', 'upon', 'in', 'without']);
/** Words that open an inner clause whose subject is nearer the quote ("as she thanked", "that Trump would denounce"). */
const SUBORDINATORS = new Set(['that', 'as', 'when', 'because', 'while', 'since', 'after', 'before', 'until', 'although', 'though', 'if', 'where']);
/** Sentence-opening conjunctions a clause subject may follow ("And Mr. Christie gloated:"). */
const OPENING_LINKS = new Set(['and', 'but', 'so', 'as', 'yet', 'still', 'then']);
/** Words opening a time adverbial before a day or month ("Last October", "On Tuesday", "Early March"). */
const TIME_LEADS = new Set(['last', 'next', 'this', 'early', 'late', 'on', 'in', 'since']);
/** Longest run of opening prepositional phrases skipped to reach a clause subject. */
const MAX_LEADING_ADVERBIAL_TOKENS = 16;

export interface LocalAttribution {
  speaker: Phrase | null;
  via: Phrase | null;
  /** Which rule found the speaker (for debugging and evaluation). */
  rule: 'after-subject' | 'after-inverted' | 'before-subject' | 'before-inverted' | 'before-participle' | 'according-to' | 'none';
}

/** Index of a speech verb token (with its particle when it needs one), or -1. */
function isVerb(toks: Tok[], i: number): boolean {
  const t = toks[i];
  if (!t?.word) return false;
  const particle = PARTICLE_VERBS.get(t.lower);
  if (particle) return toks[i + 1]?.lower === particle;
  // "called for greater ethics", "calls on Congress": not a speech verb
  if (/^call/.test(t.lower) && /^(?:for|on|off|up|in)$/.test(toks[i + 1]?.lower ?? '')) return false;
  // "United States", "the states", "his remarks": capitalised words and nouns after a determiner are not verbs
  const prev = toks[i - 1];
  // "Said Comey, «…»": a capitalised inverting verb only at a sentence start
  const capOk = !t.cap || (INVERTING.has(t.lower) && (!prev || '.!?:;—–'.includes(prev.text)) && isCapName(toks[i + 1]));
  // "another said", "some claimed": a past form after a determiner that stands alone
  const afterDet = !!prev && DETERMINERS.has(prev.lower) && !(BARE_DETERMINERS.has(prev.lower) && PAST_FORM.test(t.lower));
  return SPEECH_VERBS.has(t.lower) && capOk && prev?.lower !== 'to' && !afterDet;
}

const isCapName = (t: Tok | undefined): boolean => !!t && t.word && t.cap && !NOT_NAMES.has(t.lower);

/** An apostrophe token glued to the word before it ("Sanders’ campaign manager"). */
const isPossessiveMark = (toks: Tok[], v: number): boolean => (toks[v].text === '’' || toks[v].text === "'") && v > 0 && toks[v - 1].end === toks[v].start && toks[v - 1].word;

/** "«…», warned Clinton." : the phrase after an object verb is the speaker only when the clause ends there. */
function invertedObjectSpeaker(toks: Tok[], k: number): Phrase | null {
  const p = readPhraseForward(toks, k, true);
  if (!p || p.kind === 'pronoun') return null;
  const nx = toks.find((t) => t.start >= p.end);
  // "asked Sen. Maria Cantwell of Washington, who …": a name may carry its place
  if (!nx || nx.text === '.' || nx.text === ',' || nx.text === ';' || (p.kind === 'name' && (nx.lower === 'of' || nx.lower === 'from'))) return p;
  // "«…?» asked Greer Fitch at the start": a named speaker, then when or where
  return p.kind === 'name' && CIRCUMSTANCE_PREPOSITIONS.has(nx.lower) ? p : null;
}

/** Speaker after a verb, allowing a long gap of adverbials ("declared on Tuesday in a statement the spokeswoman X"). */
/** Perfect auxiliaries ("and has said"). */
const PERFECT_AUX = new Set(['has', 'have', 'had']);

function speakerAfterVerb(toks: Tok[], k: number): Phrase | null {
  let j = k;
  let words = 0;
  while (j < toks.length && words < LONG_GAP_WORDS) {
    const t = toks[j];
    if (!t.word) {
      if (t.text === '.' || t.text === ';' || t.text === ':') return null;
      j++;
      continue;
    }
    if (t.lower === 'of' && j > k && toks[j - 1].word && !toks[j - 1].cap) { j++; continue; } // "said former secretary of state Hillary Clinton"
    if (PREPOSITIONS.has(t.lower)) {
      // skip the prepositional phrase: its determiner and words up to the next determiner/preposition
      j++;
      if (toks[j] && DETERMINERS.has(toks[j].lower)) j++;
      while (j < toks.length && toks[j].word && !DETERMINERS.has(toks[j].lower) && !PREPOSITIONS.has(toks[j].lower)) { j++; words++; }
      continue;
    }
    if (WH_WORDS.has(t.lower)) return null; // "asked what Mr. Clinton would do": an embedded clause, not the speaker
    if (t.lower === 'that' && words === 0) return null; // "has said, that the X is …": a complement clause, its subject says nothing
    if (NOT_NAMES.has(t.lower) && !DETERMINERS.has(t.lower)) { j++; words++; continue; }
    const p = readPhraseForward(toks, j) ?? invertedObjectSpeaker(toks, j);
    if (p) return p.kind === 'role' ? withAppositiveName(toks, p) : p;
    j++;
    words++;
  }
  return null;
}

/** Words an "of" complement of a role may run to before its apposition ("head of water quality at the works, X"). */
const ROLE_COMPLEMENT_WORDS = 6;

/**
 * "said the harbour master, Pieter Halloran, who …", "said Velta's head of water quality, Ana Roos.": a role phrase
 * (with the "of" complement it may carry) and the name in apposition names that person.
 */
function withAppositiveName(toks: Tok[], p: Phrase): Phrase {
  let c = toks.findIndex((t) => t.start >= p.end);
  const ofComplement = c >= 0 && (toks[c].lower === 'of' || (toks[c].word && toks.some((t) => t.start >= p.start && t.end <= p.end && t.lower === 'of')));
  if (ofComplement) {
    let k = c + 1;
    while (k < toks.length && toks[k].word && k - c <= ROLE_COMPLEMENT_WORDS) k++;
    c = k;
  }
  if (c < 0 || toks[c]?.text !== ',') return p;
  const n = readPhraseForward(toks, c + 1);
  if (!n || n.kind !== 'name' || n.start !== n.name?.start) return p;
  const after = toks.find((t) => t.start >= n.end);
  if (after && !',.;'.includes(after.text)) return p;
  return { start: p.start, end: n.end, kind: 'name', name: n.name, head: p.head };
}

/** A name opening toks[i0, v) and followed by a comma, with no other verb of speech before v. */
function openingName(toks: Tok[], i0: number, v: number): Phrase | null {
  const p = readPhraseForward(toks, i0);
  if (!p || p.kind !== 'name') return null;
  const c = toks.findIndex((t) => t.start >= p.end);
  return c > i0 && c < v && toks[c].text === ',' ? p : null;
}

/** A channel phrase: "according to X" (X may be the speaker too), or "as quoted by X" / "as reported by X" (X only relays). */
interface Channel { phrase: Phrase; relays: boolean }

/** "according to X", "in the words of X", "(as) quoted/reported/cited by X" anywhere in the tokens (or in their first sentence). */
function channelOf(toks: Tok[], sentenceOnly = false): Channel | null {
  for (let i = 0; i + 2 < toks.length; i++) {
    if (sentenceOnly && endsSentence(toks, i)) return null; // "…» The implication, according to the aide, …": another sentence's source
    const t = toks[i].lower, next = toks[i + 1].lower;
    if (t === 'according' && next === 'to') return channel(readPhraseForward(toks, i + 2), false);
    // "in the words of a senior adviser"
    if (t === 'words' && next === 'of' && toks[i - 1]?.lower === 'the' && toks[i - 2]?.lower === 'in') return channel(readPhraseForward(toks, i + 2, true), false);
    // "he said, as quoted by TNA": the agency relays the words
    if (next === 'by' && RELAY_VERBS.has(t) && (toks[i - 1]?.lower === 'as' || toks[i - 1]?.text === ',')) {
      const x = readPhraseForward(toks, i + 2);
      if (x) return channel(x, true);
    }
  }
  return null;
}

const channel = (phrase: Phrase | null, relays: boolean): Channel | null => (phrase ? { phrase, relays } : null);

/** After the verb only an object and a comma/colon remain before the next quote. */
function introducesNext(toks: Tok[], v: number): boolean {
  const last = toks[toks.length - 1];
  return !!last && (last.text === ',' || last.text === ':') && toks.length - v <= TIGHT_WINDOW;
}

function dropMarks(toks: Tok[], leading: boolean): Tok[] {
  const isMark = (t: Tok | undefined): boolean => !!t && (t.text === "'" || t.text === '`');
  let a = 0, b = toks.length;
  if (leading) while (a < b && isMark(toks[a])) a++;
  else while (b > a && isMark(toks[b - 1])) b--;
  return a === 0 && b === toks.length ? toks : toks.slice(a, b);
}

function colonFollows(toks: Tok[], v: number): boolean {
  for (let k = v + 1; k < toks.length && k <= v + 4; k++) {
    // the colon introduces the next quote only when nothing but marks follows it ("Rubio said: That Cruz …" does not)
    if (toks[k].text === ':') return !toks.slice(k + 1).some((t) => t.word);
    if (isVerb(toks, k)) return false; // "Trump said before adding:" — the colon is the second verb's
    if (!toks[k].word) return false;
  }
  return false;
}

/** "Here's Clinton in 1992: «…»", "Philip Bump: «…»", "X went even further: «…»": no speech verb, a colon. */
function colonIntro(toks: Tok[]): Pick<LocalAttribution, 'speaker' | 'rule'> {
  const n = toks.length;
  // "Her message was simple: «…»": the possessive owns the words, not the noun it determines
  const own = possessiveSpeechNoun(toks);
  if (own) return { speaker: own, rule: 'before-subject' };
  for (let s = Math.max(0, n - 1 - MAX_SUBJECT_WORDS); s < n - 1; s++) {
    const prev = toks[s - 1];
    if (prev && prev.word && !COLON_LEADS.has(prev.lower)) continue;
    const p = readPhraseForward(toks, s);
    if (!p || p.kind === 'pronoun') continue;
    let pe = s;
    while (pe < n - 1 && toks[pe].end <= p.end) pe++;
    // "Here's Clinton in December 1992:"
    if (p.end === toks[n - 2].end || (p.kind === 'name' && isPrepTail(toks, pe, n - 1, MAX_SUBJECT_WORDS))) return { speaker: p, rule: 'before-subject' };
  }
  const p = clauseSubject(toks, n - 1);
  return { speaker: p, rule: p ? 'before-participle' : 'none' };
}

/** Tokens that end a sentence (not the period of "Mr." or "J."). */
function endsSentence(toks: Tok[], v: number): boolean {
  const t = toks[v];
  if (t.text === '!' || t.text === '?' || t.text === ';') return true;
  return t.text === '.' && !(v > 0 && toks[v - 1].end === t.start && (HONORIFICS.has(toks[v - 1].lower) || toks[v - 1].text.length === 1));
}

/** "«…» because she would expand her lead, he said.": a mixed sentence attributed at its end, after a comma. */
function sentenceFinal(toks: Tok[], i0: number): Pick<LocalAttribution, 'speaker' | 'rule'> & { verb?: string } {
  let end = i0;
  while (end < toks.length && !endsSentence(toks, end) && !QUOTE_MARK_TOKEN.test(toks[end].text)) end++;
  if (end >= toks.length || !endsSentence(toks, end)) return { speaker: null, rule: 'none' };
  for (let c = i0; c < end; c++) {
    if (toks[c].text !== ',') continue;
    const v = c + 1;
    if (isVerb(toks, v) && INVERTING.has(toks[v].lower)) {
      const p = speakerAfterVerb(toks, v + 1);
      if (p) return { speaker: p, rule: 'after-inverted', verb: toks[v].lower };
      continue;
    }
    for (let k = v + 1; k < end && k <= v + TIGHT_WINDOW; k++) {
      if (!isVerb(toks, k)) continue;
      const p = readSubjectBackward(toks, v, k);
      // the attribution closes the sentence: only adverbials may follow its verb
      if (p && !toks.slice(k + 1, end).some((t, x) => isVerb(toks, k + 1 + x))) return { speaker: p, rule: 'after-subject', verb: toks[k].lower };
      break;
    }
  }
  return { speaker: null, rule: 'none' };
}

function fromAfter(toks: Tok[], sentenceClosed = false): Pick<LocalAttribution, 'speaker' | 'rule'> & { verb?: string } {
  let i0 = 0;
  while (i0 < toks.length && !toks[i0].word) {
    // a new sentence or bracket after the mark: nothing there attributes this quote
    if ('(“".!?;'.includes(toks[i0].text)) return { speaker: null, rule: 'none' };
    // epigraph style: «…» ― Sonya Herridge
    if (DASHES.includes(toks[i0].text) && toks[i0 + 1]?.word) {
      const p = readPhraseForward(toks, i0 + 1);
      if (p && p.kind === 'name') return { speaker: p, rule: 'after-subject' };
    }
    i0++;
  }
  if (i0 >= toks.length) return { speaker: null, rule: 'none' };
  if (toks[i0].lower === 'as' && isVerb(toks, i0 + 1)) i0++; // "», as said before him the minister"
  else if (NEW_CLAUSE.has(toks[i0].lower)) return sentenceClosed ? { speaker: null, rule: 'none' } : sentenceFinal(toks, i0); // "” and his host said …"
  if (isVerb(toks, i0) && !OBJECT_VERBS.has(toks[i0].lower)) {
    const p = speakerAfterVerb(toks, i0 + 1 + (PARTICLE_VERBS.has(toks[i0].lower) ? 1 : 0));
    return { speaker: p, rule: p ? 'after-inverted' : 'none' };
  }
  if (isVerb(toks, i0)) {
    const p = invertedObjectSpeaker(toks, i0 + 1);
    if (p) return { speaker: p, rule: 'after-inverted' };
  }
  for (let v = i0 + 1; v < toks.length && v <= i0 + MAX_AFTER_TOKENS; v++) {
    const t = toks[v];
    if (!t.word && !',.()-–$&%/'.includes(t.text) && !isPossessiveMark(toks, v)) break;
    if (t.word && NEW_CLAUSE.has(t.lower) && toks[v - 1]?.text === ',') break; // "«rigged» in a tweet, and a few lawmakers have called…"
    const glued = v > 0 && toks[v - 1].end === t.start && toks[v + 1]?.start === t.end && !!toks[v + 1]?.word; // "fivethirtyeight.com"
    // a period ends the sentence unless it closes an abbreviation ("Gov.", "U.S.", "a.m."): a short lower-case word ("at the time.") does not abbreviate
    const abbrev = v > 0 && toks[v - 1].end === t.start && toks[v - 1].text.length <= 4 && (toks[v - 1].cap || toks[v - 1].text.length <= 2 || !!toks[v + 1]?.word && !toks[v + 1].cap);
    if (t.text === '.' && !glued && !(abbrev || (v > 0 && toks[v - 1].end === t.start && toks[v + 1]?.text === ')'))) break;
    if (!isVerb(toks, v)) continue;
    const p = readSubjectBackward(toks, i0, v);
    if (colonFollows(toks, v)) break; // "Jones replied: «…»", "She went on to say:" introduce the next quote
    // «…finished.» He added, «…»: a new sentence whose verb leads into the next quote
    if (sentenceClosed && introducesNext(toks, v)) break;
    // «…finished.» Greene added that …: a new sentence of reported speech, not this quote's attribution
    if (sentenceClosed && toks[v + 1]?.lower === 'that') break;
    if (p) return { speaker: p, rule: 'after-subject', verb: t.lower };
    if (INVERTING.has(t.lower)) {
      // "«We're extremely happy» about the decision, said RoseAnn DeMoro"
      const q = speakerAfterVerb(toks, v + 1);
      if (q) return { speaker: q, rule: 'after-inverted', verb: t.lower };
    }
    // "«…,» Nate Silver, the polling guru who founded the site tweeted": an appositive left without its closing comma
    const lead = sentenceClosed ? null : openingName(toks, i0, v);
    if (lead) return { speaker: lead, rule: 'after-subject', verb: t.lower };
    break;
  }
  return sentenceClosed ? { speaker: null, rule: 'none' } : sentenceFinal(toks, i0);
}

/** Index after a chain of prepositional phrases opening a clause ("In the evening at the state dinner"), or `s`. */
function afterLeadingAdverbials(toks: Tok[], s: number, v: number): number {
  let j = s;
  while (j < v && PREPOSITIONS.has(toks[j].lower) && j - s < MAX_LEADING_ADVERBIAL_TOKENS) {
    j++;
    if (j < v && DETERMINERS.has(toks[j].lower)) j++;
    const object = j;
    // the object's words run to the next determiner or preposition; a second name after them is the subject
    while (j < v && toks[j].word && !DETERMINERS.has(toks[j].lower) && !PREPOSITIONS.has(toks[j].lower) && !PRONOUNS.has(toks[j].lower)
      && !(j > object && toks[j].cap && !toks[j - 1].cap)) j++;
    if (j === object) return s;
  }
  if (j >= v || !toks[j].word || PREPOSITIONS.has(toks[j].lower)) return s;
  // the subject must be followed by its verb: a lower-case word that opens no phrase of its own
  const p = readPhraseForward(toks, j, true);
  const nx = p ? toks.find((t) => t.start >= p.end) : undefined;
  return nx && nx.word && !nx.cap && !PREPOSITIONS.has(nx.lower) && !DETERMINERS.has(nx.lower) ? j : s;
}

/** The clause subject before token v: the last phrase at a clause start that a lower-case word follows. */
/** "that" at toks[k] opens a clause reported by a speech verb before it in the sentence ("said … that"). */
function reportedThat(toks: Tok[], k: number): boolean {
  return toks[k]?.lower === 'that' && toks.slice(0, k).some((t) => t.word && !t.cap && SPEECH_VERBS.has(t.lower));
}

function clauseSubject(toks: Tok[], v: number, innerClauses = false): Phrase | null {
  let best: Phrase | null = null;
  for (let s = 0; s < v; s++) {
    const prev = toks[s - 1];
    // a boundary: start, or punctuation that is not the period of "Mr." / "J."
    // (woven quotes only: an inner clause's subject is nearer the words, "as she thanked «…»")
    // "X said her client would plead not guilty and that he had «…»": a that-clause a speech verb reports is X's telling,
    // so its subject is what X says about someone, not who speaks the words
    const inner = innerClauses && !!prev && prev.word && SUBORDINATORS.has(prev.lower) && !reportedThat(toks, s - 1);
    const opener = prev && prev.word && ((OPENING_LINKS.has(prev.lower) && (s === 1 || !toks[s - 2].word || OPENING_LINKS.has(toks[s - 2].lower))) || inner);
    // "Last October Mr Pardo had promised": a leading time adverbial without a comma ends where the subject starts
    const afterTime = !!prev && prev.cap && TIME_NAMES.has(prev.lower) && s - 2 >= 0 && TIME_LEADS.has(toks[s - 2].lower) && (s === 2 || !toks[s - 3].word);
    if (!opener && !afterTime && prev && (prev.word || (prev.text === '.' && toks[s - 2] && (HONORIFICS.has(toks[s - 2].lower) || toks[s - 2].text.length === 1)))) continue;
    if (!toks[s].word) continue;
    // "In the evening at the state dinner the President raised …": adverbial phrases without a comma before the subject
    const from = toks[s].cap && PREPOSITIONS.has(toks[s].lower) ? afterLeadingAdverbials(toks, s, v) : s;
    let p = readPhraseForward(toks, from, true);
    if (!p || (inner && p.kind === 'role')) continue; // inner clauses: only a name or a pronoun ("as she thanked")
    let e = from;
    while (e < v && toks[e].end <= p.end) e++;
    if (toks[e]?.text === '(') { while (e < v && toks[e].text !== ')') e++; e++; }
    if (toks[e]?.text === ',') {
      // "Schilling's son, Grant, defended": the role's name in apposition is the subject's name
      const a = e + 1;
      e++; while (e < v && toks[e].text !== ',') e++;
      const named = p.kind === 'role' && e < v ? readPhraseForward(toks, a) : null;
      if (named?.kind === 'name' && named.end === toks[e - 1].end) p = named;
      e++;
    }
    const nx = toks[e];
    // "Recently she announced": a sentence adverb read as a name, the pronoun after it is the subject
    if (nx && nx.word && !nx.cap && e < v) best = PRONOUNS.has(nx.lower) && s === 0 ? readPhraseForward(toks, e) : p;
  }
  return best;
}

function fromBefore(toks: Tok[]): Pick<LocalAttribution, 'speaker' | 'rule'> {
  const n = toks.length;
  // headline style "Darrell Scott: ‘…’": a bare name before a colon
  if (n >= 2 && toks[n - 1].text === ':') {
    let s0 = 0;
    while (s0 < n - 1 && !toks[s0].word) s0++;
    const p = readPhraseForward(toks, s0);
    // "Rep. Trey Gowdy (R-S.C.):": a parenthesis may sit between the name and the colon
    let last = n - 2;
    if (toks[last].text === ')') { while (last > s0 && toks[last].text !== '(') last--; last--; }
    if (p && p.kind === 'name' && last >= s0 && p.end === toks[last].end) return { speaker: p, rule: 'before-subject' };
  }
  for (let v = n - 1; v >= 0; v--) {
    const colonNoun = toks[n - 1]?.text === ':' && STATEMENT_NOUNS.has(toks[v].lower) && v >= n - 3;
    if (!isVerb(toks, v) && !colonNoun) continue;
    const verb = toks[v].lower;
    if (v > 0 && REDUCED_PASSIVE.has(toks[v - 1].lower) && PAST_FORM.test(verb)) continue; // "who told Congress when asked": the earlier verb decides
    if (v > 0 && BE_FORMS.has(toks[v - 1].lower) && PAST_FORM.test(verb)) {
      // passive "Sanders was asked by host Bill Maher, «…»": the agent speaks; without one, nobody named does
      const agent = toks[v + 1]?.lower === 'by' ? speakerAfterVerb(toks, v + 2) : null;
      return { speaker: agent, rule: agent ? 'before-inverted' : 'none' };
    }
    // a closing mark before the verb hides the comma inside the quote: «…,” adding:»
    const pv = v > 1 && QUOTE_MARK_TOKEN.test(toks[v - 1].text) && toks[v - 2].text === ',' ? toks[v - 2] : toks[v - 1];
    const linked = v > 0 && (pv.text === ',' || PARTICIPLE_LINKS.has(pv.lower));
    // "X has expressed regret and has said, that …": a perfect auxiliary between the link and the verb
    const perfectAfterLink = v > 1 && PERFECT_AUX.has(toks[v - 1].lower) && (toks[v - 2].lower === 'and' || toks[v - 2].lower === 'but');
    if (colonNoun || perfectAfterLink || (linked && (PARTICIPLE.test(verb) || toks[v - 1].lower === 'and' || toks[v - 1].lower === 'but'))) {
      // "X did Y, adding: «…»", "X … and added: «…»", "X released the following statement: «…»"
      const p = clauseSubject(toks, v);
      if (p) return { speaker: p, rule: 'before-participle' };
      if (colonNoun) continue; // "X, Y, said in a statement:": the verb further back decides
      return { speaker: null, rule: 'none' };
    }
    const subj = readSubjectBackward(toks, 0, v);
    if (subj) return { speaker: subj, rule: 'before-subject' };
    if (PARTICIPLE.test(verb) && v > 0 && toks[v - 1].word) {
      // "X released a statement saying «…»": the participle's subject is the clause subject
      const p = clauseSubject(toks, v);
      if (p) return { speaker: p, rule: 'before-participle' };
    }
    if (INVERTING.has(verb)) {
      const p = readPhraseForward(toks, v + 1);
      if (p) return { speaker: p, rule: 'before-inverted' };
    }
    return { speaker: null, rule: 'none' };
  }
  return { speaker: null, rule: 'none' };
}

export interface QuoteContext {
  /** Start of the text read before the opening mark (sentence start or previous quote's end). */
  beforeStart: number;
  open: number;
  close: number;
  /** End of the text read after the closing mark (paragraph end or next quote's opening). */
  afterEnd: number;
  /** The quote's own words end a sentence ("…finished.”). */
  sentenceClosed?: boolean;
  /** Start of the sentence holding the opening mark (may lie before an earlier quote). */
  sentenceStart?: number;
}

/** Verbs of a medium relaying someone's words: "X quoted Y as saying", "Y was cited by X as telling". */
const QUOTING_VERBS = new Set(['quoted', 'cited', 'quotes', 'cites']);
/** Tokens between "quoted" and "as saying" (the person quoted, with an apposition). */
const MAX_QUOTED_OBJECT_TOKENS = 14;

/**
 * "The agency quoted General Aros as saying: «…»", "…, which quoted the army chief, General Aros, as saying «…»",
 * "Aros was quoted by the agency as saying: «…»": the person quoted speaks, the medium quoting him is the channel.
 * Only when "as <speech participle>" hugs the quote (nothing but a colon or comma after it).
 */
function quotedAs(toks: Tok[]): LocalAttribution | null {
  let v = toks.length - 1;
  while (v >= 0 && !toks[v].word) v--;
  if (v < 2 || toks.length - 1 - v > 1 || toks[v - 1].lower !== 'as' || !PARTICIPLE.test(toks[v].lower) || !isVerb(toks, v)) return null;
  for (let q = v - 2; q >= 0 && q >= v - 2 - MAX_QUOTED_OBJECT_TOKENS; q--) {
    if (!QUOTING_VERBS.has(toks[q].lower)) continue;
    if (q > 0 && BE_FORMS.has(toks[q - 1].lower)) {
      // passive: the subject was quoted, by the medium after "by"
      const speaker = readSubjectBackward(toks, 0, q);
      const via = toks[q + 1]?.lower === 'by' ? readPhraseForward(toks, q + 2) : null;
      return speaker ? { speaker, via, rule: 'before-subject' } : null;
    }
    const object = readPhraseForward(toks, q + 1);
    if (!object || object.kind === 'pronoun') return null;
    const speaker = object.kind === 'role' ? withAppositiveName(toks, object) : object;
    return { speaker, via: readSubjectBackward(toks, 0, q) ?? phraseEndingAt(toks, q), rule: 'before-inverted' };
  }
  return null;
}

/** The longest phrase that ends right before token `end` ("The Ardavian News Agency" before "quoted"). */
function phraseEndingAt(toks: Tok[], end: number): Phrase | null {
  for (let s = Math.max(0, end - MAX_SUBJECT_WORDS); s < end; s++) {
    if (s > 0 && toks[s - 1].word && !endsSentence(toks, s - 1) && toks[s - 1].cap === false && !NEW_CLAUSE.has(toks[s - 1].lower)) continue;
    const p = readPhraseForward(toks, s);
    if (p && p.kind !== 'pronoun' && p.end === toks[end - 1].end) return p;
  }
  return null;
}

/** Find the local speaker and channel of one quote from the text around it. */
export function attributeLocally(text: string, ctx: QuoteContext): LocalAttribution {
  // typewriter marks ('' ``) leave a stray half-mark token beside the quote: drop it
  const after = dropMarks(tokenize(text, ctx.close, Math.min(ctx.afterEnd, ctx.close + AFTER_CONTEXT_CHARS)), true);
  const before = dropMarks(tokenize(text, Math.max(ctx.beforeStart, ctx.open - BEFORE_CONTEXT_CHARS), ctx.open), false);
  const relayed = quotedAs(before);
  if (relayed) return relayed;
  // "X said: «…»" / "X said, «…»": a verb right before the mark wins over text after the quote
  const n = before.length;
  const ends = n >= 2 && (before[n - 1].text === ':' || before[n - 1].text === ',' || before[n - 1].lower === 'that');
  let tight = false;
  for (let v = n - 2; ends && v >= Math.max(0, n - 1 - TIGHT_WINDOW) && !tight; v--) tight = isVerb(before, v);
  let found: Pick<LocalAttribution, 'speaker' | 'rule'> = tight ? fromBefore(before) : { speaker: null, rule: 'none' };
  if (tight && !found.speaker && ctx.sentenceStart !== undefined && ctx.sentenceStart < ctx.beforeStart) {
    // "Axelrod emailed her, addressing her as “Hillary” and telling her, «…»": the subject sits before an earlier quote
    found = fromBefore(tokenize(text, Math.max(ctx.sentenceStart, ctx.open - BEFORE_CONTEXT_CHARS), ctx.open));
  }
  if (found.speaker && n && (before[n - 1].text === ':' || before[n - 1].text === ',') && !ctx.sentenceClosed) {
    // "Trump asserted that France had lost its identity: «France is no longer France,» he claimed.": the clause hugging the quote wins
    const a = fromAfter(after, false);
    if (a.speaker && a.rule === 'after-subject' && tokenize(text, ctx.close, a.speaker.start).every((t) => !t.word)) found = a;
  }
  // «…» woven into a sentence that it also ends: what follows is a new sentence, not this quote's attribution
  const woven = !!ctx.sentenceClosed && tokenize(text, Math.max(ctx.beforeStart, ctx.sentenceStart ?? ctx.beforeStart), ctx.open).some((t) => t.word);
  if (!found.speaker) {
    let a = fromAfter(after, ctx.sentenceClosed);
    // only an inverted attribution ("blared the front page") may follow such a quote; "He says …" starts a new sentence
    if (woven && a.rule === 'after-subject') a = { speaker: null, rule: 'none' };
    // "X raised a toast «…», Meridian reported": Meridian is the channel, X the speaker
    const subject = a.verb && REPORTING.has(a.verb) ? clauseSubject(before, before.length) : null;
    if (subject && a.speaker) return { speaker: subject, via: a.speaker, rule: 'before-participle' };
    found = a;
  }
  if (!found.speaker) found = fromBefore(before);
  if (!found.speaker && ctx.sentenceStart !== undefined && ctx.sentenceStart < ctx.beforeStart) {
    // "X expressed «A» about it and has said, that …«B»": the linked verb's subject sits before the earlier quote
    const wide = fromBefore(tokenize(text, Math.max(ctx.sentenceStart, ctx.open - BEFORE_CONTEXT_CHARS), ctx.open));
    if (wide.rule === 'before-participle') found = wide;
  }
  if (!found.speaker && ctx.sentenceStart !== undefined && ctx.sentenceStart < ctx.beforeStart && n && before[n - 1].word && PARTICIPLE.test(before[n - 1].lower) && isVerb(before, n - 1)) {
    // "Carson shared a syllabus called «Perception» on his page, writing «…»": the subject sits before the earlier quote
    found = fromBefore(tokenize(text, Math.max(ctx.sentenceStart, ctx.open - BEFORE_CONTEXT_CHARS), ctx.open));
  }
  if (!found.speaker && n >= 2 && before[n - 1].text === ':') found = colonIntro(before);
  // after a quote that ends its sentence only an "according to" hugging it counts
  const afterSource = ctx.sentenceClosed && !['according', 'as'].includes(after.find((t) => t.word)?.lower ?? '') ? null : channelOf(after, true);
  const channel = afterSource ?? channelOf(before);
  if (!found.speaker && channel && !channel.relays) return { speaker: channel.phrase, via: null, rule: 'according-to' };
  const via = channel && channel.phrase.start !== found.speaker?.start ? channel.phrase : null;
  return { speaker: found.speaker, via, rule: found.rule };
}

/** "Moore thanked him for «stepping up»": a fragment woven into a clause is the clause subject's wording. */
export function fragmentSubject(text: string, start: number, open: number): Phrase | null {
  const toks = tokenize(text, Math.max(start, open - BEFORE_CONTEXT_CHARS), open);
  const own = possessiveSpeechNoun(toks);
  if (own) return own;
  const p = clauseSubject(toks, toks.length, true) ?? possessorBefore(toks);
  if (!p) return null;
  const owner = p.head !== null && SPEAKER_HEADS.test(p.head) ? null : possessorOf(toks, p);
  if (owner) return owner; // "Clinton's broadside against «printing money»": Clinton's wording
  // only a person-like subject: a name, he/she, or a role noun ("the spokeswoman"); never "it" or "the dinner"
  if (p.kind === 'pronoun') return PRONOUNS.get(text.slice(p.start, p.end).toLowerCase()) === 'male' || PRONOUNS.get(text.slice(p.start, p.end).toLowerCase()) === 'female' ? p : null;
  return p.kind === 'name' || (p.head !== null && SPEAKER_HEADS.test(p.head)) ? p : null;
}

/** "Her words on the first morning – «…»": a sentence opening with a possessive pronoun and a speech noun, then a dash or colon: the pronoun is the speaker. */
function possessiveSpeechNoun(toks: Tok[]): Phrase | null {
  let i = 0;
  while (i < toks.length && !toks[i].word) i++;
  const t = toks[i], n = toks[i + 1], last = toks[toks.length - 1];
  if (!t || !n || !POSSESSIVE_PRONOUN_KINDS.has(t.lower) || !SPEECH_NOUNS.test(n.lower) || !last || !/^[–—:]$/u.test(last.text)) return null;
  if (toks.length - i > MAX_POSSESSIVE_SPEECH_TOKENS || toks.slice(i + 2, -1).some((x) => !x.word || isVerb(toks, toks.indexOf(x)))) return null;
  return { start: t.start, end: t.end, kind: 'pronoun', name: null, head: null };
}

const POSSESSIVE_TOKEN = /^\p{Lu}[\p{L}.-]*['’]s$/u;
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their']);

/** The possessive name that opens a phrase ("Mitt Romney’s comment"), as a name phrase. */
function possessorOf(toks: Tok[], p: Phrase): Phrase | null {
  const i = toks.findIndex((t) => t.start === p.start);
  if (i < 0) return null;
  for (let k = i; k < toks.length && toks[k].end <= p.end && k < i + 6; k++) {
    if (!toks[k].word) return null;
    if (POSSESSIVE_TOKEN.test(toks[k].text)) return { start: p.start, end: toks[k].end, kind: 'name', name: { start: p.start, end: toks[k].end }, head: null };
    if (!toks[k].cap) return null;
  }
  return null;
}

/** "Mitt Romney’s «47 percent» comment", "his call for «a total ban»": a possessor right before the quote. */
function possessorBefore(toks: Tok[]): Phrase | null {
  let k = toks.length - 1;
  if (k >= 0 && ['of', 'for', 'against', 'about', 'on'].includes(toks[k].lower)) k--;
  for (let n = 0; n < 3 && k >= 0 && toks[k].word && !toks[k].cap && !POSSESSIVE_PRONOUNS.has(toks[k].lower); n++) k--;
  const t = toks[k];
  if (!t || !t.word) return null;
  if (POSSESSIVE_PRONOUNS.has(t.lower)) return null; // "his call": a pronoun we cannot resolve here stays unnamed
  if (!POSSESSIVE_TOKEN.test(t.text)) return null;
  let s = k;
  while (s > 0 && toks[s - 1].word && toks[s - 1].cap && k - s < MAX_SUBJECT_WORDS) s--;
  return { start: toks[s].start, end: t.end, kind: 'name', name: { start: toks[s].start, end: t.end }, head: null };
}

/** "Bystrom agreed. «…»": a short sentence of speech right before a bare quote introduces it. */
export function introSentenceSpeaker(text: string, start: number, end: number): Phrase | null {
  let toks = tokenize(text, start, end);
  while (toks.length && !toks[toks.length - 1].word) toks = toks.slice(0, -1);
  if (!toks.length || toks.length > MAX_AFTER_TOKENS || toks.some((t) => QUOTE_MARK_TOKEN.test(t.text) && !isPossessiveMark(toks, toks.indexOf(t)))) return null;
  // the speech verb closes the sentence, followed at most by a short adverbial ("said in a statement")
  let k = toks.length - 1;
  while (k >= 0 && !isVerb(toks, k)) k--;
  if (k < 0 || toks.length - 1 - k > INTRO_TAIL_TOKENS) return null;
  return fromBefore(toks).speaker;
}

/**
 * «A» «hell» than B.» ― Adriana Rodarte: the first epigraph dash later in the quote's paragraph, when
 * nothing but quoted words and no speech verb stands between the quote and it.
 */
export function paragraphEpigraph(text: string, close: number, paraEnd: number): Phrase | null {
  const rest = text.slice(close, paraEnd);
  if (![...DASHES].some((d) => rest.includes(d))) return null;
  const toks = tokenize(text, close, paraEnd);
  for (let i = 0; i < toks.length; i++) {
    if (isVerb(toks, i)) return null;
    if (!DASHES.includes(toks[i].text)) continue;
    const p = readPhraseForward(toks, i + 1);
    if (!p || p.kind !== 'name') return null;
    const next = toks.find((t) => t.start >= p.end);
    return !next || next.text === '.' || QUOTE_MARK_TOKEN.test(next.text) ? p : null;
  }
  return null;
}

/** "- Bernie Sanders." on the line after a quote paragraph: the epigraph speaker. */
export function dashSpeaker(text: string, start: number, end: number): Phrase | null {
  const toks = tokenize(text, start, Math.min(end, start + AFTER_CONTEXT_CHARS));
  if (toks.length < 2 || !(DASHES.includes(toks[0].text) || toks[0].text === '-')) return null;
  const p = readPhraseForward(toks, 1);
  if (!p || p.kind !== 'name') return null;
  const rest = toks.filter((t) => t.start >= p.end);
  return rest.every((t) => !t.word) || rest[0]?.text === ',' ? p : null;
}

export const isPronoun = (s: string): boolean => PRONOUNS.has(s.toLowerCase());
