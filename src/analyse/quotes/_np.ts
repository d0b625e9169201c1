/**
 * Speaker phrases read from raw tokens: names ("Foreign Minister Maria Zakharova", "Mr. Smith"),
 * pronouns ("she") and role phrases ("the influential US daily", "the ministry spokeswoman X").
 */
import { MAX_NAME_WORDS, MAX_SUBJECT_WORDS } from './constants.ts';
import { ADVERBS, BARE_DETERMINERS, FUNCTION_CAPS, CALENDAR_NAMES, PARTICLE_VERBS, PHRASE_STOPS, DETERMINERS, HONORIFICS, NOT_NAMES, PREPOSITIONS, PRONOUNS, SPEAKER_HEADS, SPEECH_VERBS, TIME_NAMES } from './patterns.ts';
import type { Tok } from './_tokens.ts';
import { holdsOffice } from './_role.ts';

export type PhraseKind = 'name' | 'pronoun' | 'role';

/** A speaker phrase: its whole span, and the name inside it when there is one. */
export interface Phrase {
  start: number;
  end: number;
  kind: PhraseKind;
  /** Span of the proper-name part ("Maria Zakharova" in "the ministry spokeswoman Maria Zakharova"). */
  name: { start: number; end: number } | null;
  /** Lower-cased head noun of a role phrase ("spokeswoman"). */
  head: string | null;
  /**
   * The word that is the verb's grammatical subject when it is not the phrase itself: the relative
   * pronoun in "Mike Lee, who said" (the phrase is its antecedent). Annotations mark this word.
   */
  cue?: { start: number; end: number };
}

const POSSESSIVE = /['’]s$/u;
/** Plural or generic nouns that stay anonymous even when capitalised at a sentence start. */
const GENERIC_PLURALS = new Set(['officials', 'sources', 'residents', 'witnesses', 'people', 'critics', 'analysts', 'experts', 'observers', 'diplomats', 'supporters', 'protesters', 'locals', 'authorities', 'police']);
const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'al', 'bin', 'ibn', 'la', 'le', 'da', 'del', 'di', 'du', 'dos', 'el', 'ben', 'st']);

const isCapWord = (t: Tok | undefined): boolean => !!t && t.word && t.cap && !NOT_NAMES.has(t.lower) && !PREPOSITIONS.has(t.lower) && !FUNCTION_CAPS.has(t.lower);

/** Read a capitalised name starting at k (honorifics, initials, particles); returns the end index. */
export function readName(toks: Tok[], k: number): number {
  let j = k;
  let words = 0;
  while (j < toks.length && words < MAX_NAME_WORDS) {
    const t = toks[j];
    const initial = words > 0 && t.word && t.cap && t.text.length === 1 && toks[j + 1]?.text === '.' && toks[j + 1].start === t.end; // "Jock A. Finlayson"
    if (isCapWord(t) || initial || (words > 0 && t.word && t.cap && CALENDAR_NAMES.has(t.lower))) {
      words++;
      j++;
      // "Mr." / "J." : keep the period with an honorific or an initial
      if (toks[j]?.text === '.' && toks[j].start === t.end && (HONORIFICS.has(t.lower) || t.text.length === 1)) j++;
    } else if (t.word && PARTICLES.has(t.lower) && words > 0 && isCapWord(toks[j + 1])) {
      j++;
    } else break;
  }
  return words ? j : k;
}

/**
 * "Police Commissioner Anna Brell", "Police Chief Dan Roe": a capitalised collective noun right before a capitalised role
 * noun is the first word of a title (it qualifies the role), not the anonymous speaker "police"; the title then heads a name.
 */
function opensTitle(toks: Tok[], k: number): boolean {
  const next = toks[k + 1];
  return !!next && next.start === toks[k].end + 1 && isCapWord(next) && SPEAKER_HEADS.test(next.lower) && isCapWord(toks[k + 2]);
}

/** Read the speaker phrase starting at token k, or null. */
export function readPhraseForward(toks: Tok[], k: number, loose = false): Phrase | null {
  const t = toks[k];
  if (!t || !t.word) return null;
  // "Jun wrote", "May said": a calendar word right before a speech verb is a name
  if (t.cap && CALENDAR_NAMES.has(t.lower) && toks[k + 1]?.word && !toks[k + 1].cap && SPEECH_VERBS.has(toks[k + 1].lower)) {
    return { start: t.start, end: t.end, kind: 'name', name: { start: t.start, end: t.end }, head: null };
  }
  if (PRONOUNS.has(t.lower)) {
    return { start: t.start, end: t.end, kind: 'pronoun', name: null, head: null };
  }
  if (isCapWord(t) && !DETERMINERS.has(t.lower)) {
    if (GENERIC_PLURALS.has(t.lower) && !opensTitle(toks, k)) return { start: t.start, end: t.end, kind: 'role', name: null, head: t.lower };
    const e = readName(toks, k);
    const last = toks[e - 1];
    if (e > k && POSSESSIVE.test(last.text) && toks[e]?.word && !toks[e].cap) {
      const rest = readDeterminerPhrase(toks, k, e, loose);
      if (rest) return rest;
    }
    const described = countryWordRole(toks, k, e);
    if (described) return described;
    if (e > k) return { start: t.start, end: toks[e - 1].end, kind: 'name', name: { start: t.start, end: toks[e - 1].end }, head: null };
    return null;
  }
  if (!DETERMINERS.has(t.lower)) return null;
  // "the former pollster", "one of the advisers": skip chained determiners and "of"
  let from = k + 1;
  while (from < toks.length && from < k + 3 && toks[from].word && (DETERMINERS.has(toks[from].lower) || (toks[from].lower === 'of' && from === k + 1))) from++;
  const dp = readDeterminerPhrase(toks, k, from, loose);
  if (dp) return dp;
  // "another said", "read one": a bare determiner as the speaker
  // ("said several sections needed": "several" determines a noun, it is no speaker)
  const nx = toks[k + 1];
  const alone = !nx || !nx.word || nx.cap || SPEECH_VERBS.has(nx.lower) || ADVERBS.has(nx.lower) || PHRASE_STOPS.has(nx.lower) || PREPOSITIONS.has(nx.lower);
  if (from === k + 1 && alone && BARE_DETERMINERS.has(t.lower)) return { start: t.start, end: t.end, kind: 'role', name: null, head: t.lower };
  return null;
}

/** Longest run of capitalised words read as a qualifier before a lower-case role ("Ardavian", "South Ardavian"). */
const MAX_QUALIFIER_WORDS = 2;

/**
 * "Ardavian foreign minister Tomas Reinholt", "Quellmark army spokesman": capitalised words toks[k, e) qualifying a
 * lower-case role noun, with or without the name after it. One person's role only: a plural head ("Ardavian officials")
 * stays unread here and is left to the callers that treat it as anonymous.
 */
function countryWordRole(toks: Tok[], k: number, e: number): Phrase | null {
  if (e <= k || e - k > MAX_QUALIFIER_WORDS || !toks[e]?.word || toks[e].cap || PREPOSITIONS.has(toks[e].lower) || POSSESSIVE.test(toks[e - 1].text)) return null;
  const p = readDeterminerPhrase(toks, k, e, false);
  if (!p || !p.head || !SPEAKER_HEADS.test(p.head)) return null;
  return p.kind === 'name' || !/[^s]s$/u.test(p.head) ? p : null;
}

/** A determiner phrase from token k whose words start at `from`: words, then an optional name. */
function readDeterminerPhrase(toks: Tok[], k: number, from: number, loose: boolean): Phrase | null {
  const t = toks[k];
  // determiner phrase: words up to the next determiner/punctuation/verb, then an optional name
  let j = from;
  let words = 0;
  let lastLower = -1;
  let lastRole = -1;
  while (j < toks.length && words < MAX_SUBJECT_WORDS) {
    const w = toks[j];
    if (w.text === '.' && j > 0 && HONORIFICS.has(toks[j - 1].lower) && w.start === toks[j - 1].end) { j++; continue; }
    if (w.word && DETERMINERS.has(w.lower) && toks[j - 1]?.lower === 'of') { j++; continue; } // "the head of the agency"
    if (!w.word || PHRASE_STOPS.has(w.lower) || DETERMINERS.has(w.lower) || (!w.cap && SPEECH_VERBS.has(w.lower)) || (PREPOSITIONS.has(w.lower) && w.lower !== 'of')) break;
    if (!w.cap && PARTICLE_VERBS.has(w.lower) && PARTICLE_VERBS.get(w.lower) === toks[j + 1]?.lower) break; // "The email went on to say"
    // a name after the role noun ends the role; a capitalised role word does not ("the official Representative of the Ministry")
    if (isCapWord(w) && lastRole === j - 1 && !SPEAKER_HEADS.test(w.lower)) break;
    if (!w.cap && /ed$/.test(w.lower) && lastLower === j - 1 && SPEAKER_HEADS.test(toks[lastLower].lower)) break; // "the woman rallied": a verb
    if (!w.cap) lastLower = j;
    if (SPEAKER_HEADS.test(w.lower) && (!w.cap || lastRole >= 0)) lastRole = j;
    words++;
    j++;
  }
  if (j === from) return null;
  const headTok = toks[j - 1];
  const nameEnd = readName(toks, j);
  if (nameEnd > j) {
    return { start: t.start, end: toks[nameEnd - 1].end, kind: 'name', name: { start: toks[j].start, end: toks[nameEnd - 1].end }, head: headTok.lower };
  }
  const capRole = capitalisedRoleHead(toks, from, j, toks[j]?.text === ',' && isCapWord(toks[j + 1]));
  if (capRole >= 0) {
    // "the Orsennan Head of State", "The Foreign Ministry": a capitalised role, not a name
    return { start: t.start, end: headTok.end, kind: 'role', name: null, head: toks[capRole].lower };
  }
  if (headTok.cap && !NOT_NAMES.has(headTok.lower)) {
    // "The Washington Post": a proper name that starts with a determiner
    let n = from;
    while (n < j - 1 && !toks[n].cap) n++;
    // "the mayor of Tarrow": a lower-case office of a capitalised place or body is a role, not a name
    const office = n >= from + 2 && toks[n - 1].lower === 'of' && !toks[n - 2].cap ? toks[n - 2].lower : null;
    if (office && holdsOffice(office)) return { start: t.start, end: headTok.end, kind: 'role', name: null, head: office };
    return { start: t.start, end: headTok.end, kind: 'name', name: { start: toks[n].start, end: headTok.end }, head: null };
  }
  // end a role phrase at its last role noun: "The president [released the following statement]"
  let h = j - 1;
  while (h >= from && !SPEAKER_HEADS.test(toks[h].lower)) h--;
  if (h < from) return loose ? { start: t.start, end: headTok.end, kind: 'role', name: null, head: headTok.lower } : null;
  return { start: t.start, end: toks[h].end, kind: 'role', name: null, head: toks[h].lower };
}

/**
 * Index of the role noun heading a capitalised phrase toks[from, end) ("Orsennan *Head* of State",
 * "Foreign *Ministry*"), or -1 when the phrase is a proper name ("Washington Post", "President Barack Obama").
 */
function capitalisedRoleHead(toks: Tok[], from: number, end: number, appositive = false): number {
  let r = end - 1;
  if (r < from || !toks[r].cap) return -1;
  // "Head of State", "Ministry of Foreign Affairs": the head stands before the "of" complement
  for (let k = end - 1; k > from; k--) {
    if (toks[k].lower === 'of') { r = k - 1; break; }
    // "The Spokesman of the Lifeguards, Orvel Tanquist,": with a name in apposition after it, the capitalised run is all
    // title, so the complement's own article does not end it (without one, "of the Transport Rut Vale" may end in a name)
    if (!toks[k].cap && !(appositive && DETERMINERS.has(toks[k].lower) && toks[k - 1]?.lower === 'of')) break;
  }
  return toks[r].cap && SPEAKER_HEADS.test(toks[r].lower) ? r : -1;
}

/** "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": the name that opens the clause. */
function leadingName(toks: Tok[], from: number, verb: number): Phrase | null {
  let s = from;
  while (s < verb && !toks[s].word) s++;
  if (s < verb && /^(?:as|and|but|so)$/.test(toks[s].lower) && toks[s + 1]?.cap) s++;
  const p = readPhraseForward(toks, s);
  if (!p || p.kind !== 'name') return null;
  let e = s;
  while (e < verb && toks[e].end <= p.end) e++;
  return toks[e]?.text === ',' && toks[verb - 1]?.text === ',' ? p : null;
}

/** Prepositions whose next name is their object (not "since", "while", "as": those open clauses). */
const OBJECT_PREPOSITIONS = new Set(['on', 'in', 'at', 'to', 'for', 'from', 'by', 'of', 'about', 'into', 'over', 'through', 'under', 'via', 'near', 'across', 'during', 'outside', 'inside']);
/** Prepositions whose object may be the agent of a participle ("footage of Trump saying"; not "on Facebook writing"). */
const AGENT_PREPOSITIONS = new Set(['of', 'by', 'from']);
/** Words that may lead a post-modifier before its preposition ("familiar with", "speaking to", "based in"). */
const TAIL_LEADS = /^(?:\w+ing|\w+ed|familiar|close|near|loyal|critical|responsible|opposed|similar|new|active)$/;
/** Relative pronouns after a comma whose antecedent is the speaker ("Lee, who said", "the report, which notes"). */
const RELATIVE_PRONOUNS = new Set(['who', 'which']);
const CLAUSE_LINKS = /^(?:and|but|while|as|so|because|then|when|where|which|who|after|before|that)$/;

/** Tokens [a, b) form a prepositional tail ("in the Clinton ad") of at most `max` tokens. */
export function isPrepTail(toks: Tok[], a: number, b: number, max: number): boolean {
  if (b - a > max || a >= b) return false;
  // "familiar with the matter", "close to the campaign": an adjective before the preposition
  const lead = PREPOSITIONS.has(toks[a].lower) ? a : toks[a].word && !toks[a].cap && TAIL_LEADS.test(toks[a].lower) && PREPOSITIONS.has(toks[a + 1]?.lower ?? '') && a + 1 < b ? a + 1 : -1;
  if (lead < 0) return false;
  if (lead === a + 1 && /ing$/.test(toks[a].lower)) a++; // "speaking to Fox News": a participle may lead the tail
  for (let i = a; i < b; i++) if (!toks[i].word || (SPEECH_VERBS.has(toks[i].lower) && !DETERMINERS.has(toks[i - 1]?.lower ?? ''))) return false;
  return true;
}

/** The subject phrase that ends right before token index `verb` (after adverbs, an appositive or a parenthesis). */
/** "Ivo Rask, the former engineer" (ending at token `head`): the name a determined apposition describes. */
function appositionHolder(toks: Tok[], from: number, head: number): Phrase | null {
  for (let c = head - 1; c > from && c >= head - MAX_SUBJECT_WORDS; c--) {
    if (!toks[c].word && toks[c].text !== ',') return null;
    if (toks[c].text !== ',') continue;
    if (!DETERMINERS.has(toks[c + 1]?.lower ?? '')) return null;
    for (let s = Math.max(from, c - MAX_NAME_WORDS); s < c; s++) {
      const p = readPhraseForward(toks, s);
      if (p && p.kind === 'name' && p.end === toks[c - 1].end) return p;
    }
    return null;
  }
  return null;
}

export function readSubjectBackward(toks: Tok[], sentenceFrom: number, verb: number): Phrase | null {
  // "Rask denies it; his lawyer, Ana Veld, said …": a semicolon joins two clauses, each with its own subject
  let from = sentenceFrom;
  for (let k = verb - 1; k > sentenceFrom; k--) if (toks[k].text === ';') { from = k + 1; break; }
  let e = verb;
  const isAdverb = (t: Tok): boolean => t.word && !t.cap && (ADVERBS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ly')));
  while (e > from && isAdverb(toks[e - 1])) e--;
  if (e - 2 > from && RELATIVE_PRONOUNS.has(toks[e - 1].lower) && toks[e - 2].text === ',') {
    // "from Mike Lee, who declared", "Santilli on camera, who responds": the phrase the relative clause hangs on
    const cue = { start: toks[e - 1].start, end: toks[e - 1].end };
    for (let s = Math.max(from, e - 2 - MAX_SUBJECT_WORDS); s < e - 2; s++) {
      const p = readPhraseForward(toks, s, toks[e - 1].lower === 'which');
      if (!p || p.kind === 'pronoun') continue;
      let pe = s;
      while (pe < e - 2 && toks[pe].end <= p.end) pe++;
      if (pe === e - 2 || isPrepTail(toks, pe, e - 2, MAX_SUBJECT_WORDS)) return { ...p, cue };
    }
    return null;
  }
  if (e - 3 > from && toks[e - 1].lower === 'who' && toks[e - 2].word && !toks[e - 2].cap) {
    // "Ivo Rask, the former engineer who told …": the person the apposition describes
    const described = appositionHolder(toks, from, e - 2);
    if (described) return { ...described, cue: { start: toks[e - 1].start, end: toks[e - 1].end } };
  }
  // "Rep. Gwen Moore (D-Wis.) said", "Gov. John Kasich (R-OH), said", "Smith, the minister, said"
  for (let guard = 0; guard < 2 && e > from; guard++) {
    if (toks[e - 1].text === ')') {
      let c = e - 2;
      while (c > from && toks[c].text !== '(') c--;
      if (toks[c]?.text !== '(') break;
      e = c;
    } else if (toks[e - 1].text === ',') {
      if (toks[e - 2]?.text === ')') { e--; continue; }
      const lead = leadingName(toks, from, verb);
      if (lead) return lead;
      let c = e - 2;
      while (c > from && toks[c].text !== ',') c--;
      if (!(c > from && toks[c].text === ',')) return leadingName(toks, from, verb);
      const appositive = readPhraseForward(toks, c + 1);
      if (appositive?.kind === 'name' && appositive.end === toks[e - 2].end) return appositive;
      e = c;
    } else break;
  }
  if (e <= from) return null;
  for (let s = Math.max(from, e - MAX_SUBJECT_WORDS); s < e; s++) {
    const prev = s > from ? toks[s - 1] : undefined;
    // "Yet another said": a capitalised sentence opener is a boundary too
    // "On Tuesday Ms Corra said": a leading time adverbial (preposition + day or month) ends where the subject starts
    const afterTime = !!prev && prev.cap && TIME_NAMES.has(prev.lower) && s - 2 >= from && PREPOSITIONS.has(toks[s - 2].lower);
    const atBoundary = !prev || !prev.word || afterTime || CLAUSE_LINKS.test(prev.lower) || (prev.cap && FUNCTION_CAPS.has(prev.lower) && (s - 1 === from || !toks[s - 2].word));
    // "Colonel Ivo Rask before the Departure said": after a name, "before"/"after" opens a phrase of time, not a clause;
    // the name is the subject
    // ("Shortly before Rask said": a capitalised sentence opener is no name)
    if (prev && (prev.lower === 'before' || prev.lower === 'after') && s - 2 > from && toks[s - 2].cap && toks[s - 2].word) {
      for (let n = from; n < s - 2; n++) {
        const name = readPhraseForward(toks, n);
        if (name?.kind === 'name' && name.end === toks[s - 2].end) return name;
      }
    }
    const p = readPhraseForward(toks, s, true);
    if (!p) continue;
    // names and pronouns may follow any lower-case word ("In an interview Trump declared")
    if (!atBoundary && (p.kind === 'role' || prev!.cap || DETERMINERS.has(prev!.lower) || (OBJECT_PREPOSITIONS.has(prev!.lower) && !(/ing$/.test(toks[verb]?.lower ?? '') && AGENT_PREPOSITIONS.has(prev!.lower))))) continue; // "on Fox News said": an object; "of Trump saying": the agent
    if (p.end === toks[e - 1].end) return p;
    let pe = s;
    while (pe < e && toks[pe].end <= p.end) pe++;
    if (isPrepTail(toks, pe, e, MAX_SUBJECT_WORDS - (pe - s))) return p;
  }
  // a bare plural or role noun phrase: "federal prosecutors wrote", "aides said"
  const head = toks[e - 1];
  if (head.text === ',') return leadingName(toks, from, verb);
  if (head.word && !head.cap && SPEAKER_HEADS.test(head.lower) && !PHRASE_STOPS.has(head.lower)) {
    let s = e - 1;
    while (s > from && toks[s - 1].word && !PHRASE_STOPS.has(toks[s - 1].lower) && !PREPOSITIONS.has(toks[s - 1].lower)
      && !(SPEECH_VERBS.has(toks[s - 1].lower) && !toks[s - 1].cap) && !DETERMINERS.has(toks[s - 1].lower) && e - s < MAX_SUBJECT_WORDS) s--;
    const determined = s > from && DETERMINERS.has(toks[s - 1].lower);
    if (determined) s--; // "the independent Vermont senator"
    const prev = s > from ? toks[s - 1] : undefined;
    // "the part the chief executive called «…»": a determiner right after a lower-case noun opens a relative clause's subject
    const contact = determined && toks[s].lower === 'the' && !!prev && prev.word && !prev.cap && !PREPOSITIONS.has(prev.lower) && !DETERMINERS.has(prev.lower) && !SPEECH_VERBS.has(prev.lower) && !/(?:ed|ing|ly)$/u.test(prev.lower);
    if (!prev || !prev.word || CLAUSE_LINKS.test(prev.lower) || contact) return { start: toks[s].start, end: head.end, kind: 'role', name: null, head: head.lower };
  }
  return null;
}
