/** Run the chosen recogniser(s) and keep one non-overlapping, typed candidate per name span. */
import type { Span } from '../../contract/pipeline.ts';
import { CALENDAR_NAMES, FACILITY_TAILS, ORG_TAILS, ROLE_HEADS, STOP_CAPS } from './data/lexicon.ts';
import { headlineLines } from './_headlines.ts';
import { countryOf, isDemonym } from './_gazetteer.ts';
import { compromiseCandidates, firstNameGender, isCommonWord, isPluralNoun } from './_compromise.ts';
import { calledByHonorific, dropLead, escapeRegExp, isTitleOnly, namesBody, roleBefore, splitTitle, tidySpan, tokens, usedAlone } from './_names.ts';
import { MAX_ROLE_WORDS, NLP_CONTEXT_CHARS } from './constants.ts';
import { PATTERNS } from './patterns.ts';
import { THE_BEFORE, demonymPairs, lowerDemonymUsed, nameRuns, placeCue, ruleCandidates, singleGuesses, splitRun, typeRun } from './_rules.ts';
import { winkRuns } from './_wink.ts';
import type { Candidate, Recogniser } from './_types.ts';

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

function tidyCompromise(text: string, c: Candidate, demonyms: Map<string, string>): Candidate | null {
  // "Sox - Teixeira", "ANNA LOR: Good morning": compromise runs across separators and speaker labels; keep the part before
  const sep = /[ \u00A0][-–—|][ \u00A0]|:[ \u00A0]/u.exec(text.slice(c.start, c.end));
  // "Mayor [of the City] Anna Lor": an editor's bracketed insertion ends before the name; no name spans a bracket
  const bracket = /^[^\]]*\][ \u00A0]*/u.exec(text.slice(c.start, sep ? c.start + sep.index : c.end));
  const t0 = tidySpan(text, bracket ? c.start + bracket[0].length : c.start, sep ? c.start + sep.index : c.end);
  // "Jean Marie Le" + "Pen": a name never ends in a particle
  const tail = t0 && c.type === 'person' ? PATTERNS.PARTICLE_TAIL.exec(text.slice(t0.start, t0.end)) && /^[ \u00A0]+\p{Lu}[\p{L}'’-]*/u.exec(text.slice(t0.end, t0.end + 40)) : null;
  if (t0 && tail) t0.end += tail[0].length;
  const t = t0 && trimLowerTail(text, t0);
  if (!t) return null;
  const lead = dropLead(text, t.start, t.end);
  const split = splitTitle(text, lead.start, t.end);
  const words = tokens(text, split.start, split.end).map((x) => x.w);
  if (!words.length || (words.every((w) => STOP_CAPS.has(w.toLowerCase().replace(/\.$/, '')) || isDemonym(w) || isTitleOnly(w)) && !namesBody(words))) return null;
  if (words.length === 1 && demonyms.has(words[0])) return null;
  // "Portland Trailblazers Coach" is a role description, not a person's name
  if (c.type === 'person' && !split.titled && ROLE_HEADS.has(words[words.length - 1].toLowerCase())) return null;
  if (!/\p{Lu}/u.test(text.slice(split.start, split.end)) || PATTERNS.OFFICE.test(text.slice(split.start, split.end))) return null;
  return { ...c, start: split.start, end: split.end, role: split.role, gender: split.gender, type: split.titled ? 'person' : c.type };
}

/** "a Brooklyn neighborhood", "the Talvari coast": compromise's span ends in common nouns; keep the name before them, unless they form a facility ("Calvero shipyard"). */
function trimLowerTail(text: string, t: Span): Span | null {
  const toks = tokens(text, t.start, t.end);
  let k = toks.length;
  while (k > 0 && /^\p{Ll}/u.test(toks[k - 1].w)) k--;
  if (k === toks.length) return t;
  const tail = toks.slice(k).map((x) => x.w).join(' ');
  if (FACILITY_TAILS.has(tail) || ORG_TAILS.has(tail) || k === 0) return k === 0 ? null : t;
  const kept = { start: t.start, end: toks[k - 1].end };
  // a nationality word left alone is no name
  return tokens(text, kept.start, kept.end).every((x) => isDemonym(x.w)) ? null : kept;
}

/** Keep the best candidate where spans overlap: strong evidence first, then the longer span. */
function pick(cands: Candidate[]): Candidate[] {
  const order = [...cands].sort((a, b) => Number(b.strong) - Number(a.strong) || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  const end = Math.max(0, ...cands.map((c) => c.end));
  const used = new Uint8Array(end + 1);
  for (const c of order) if (!used.subarray(c.start, c.end).includes(1)) { kept.push(c); used.fill(1, c.start, c.end); }
  return kept.sort((a, b) => a.start - b.start);
}

export function detect(text: string, chunks: Span[], mode: Recogniser): Candidate[] {
  // in Title Case headlines only names our lists or head words type are kept; the rest are found later by name
  const heads = headlineLines(text, chunks);
  const kept = detectSpans(text, chunks, mode).filter((c) => !heads.some((h) => overlaps(h, c)) || (c.strong && c.type !== 'person'));
  // ... and people whose name opens with a known first name ("Lindsay Lohan Checks Into ...")
  const found = [...kept, ...headlinePersons(text, heads).filter((p) => !kept.some((c) => overlaps(c, p)))]
    .filter((c) => !countedUnit(text, c) && !photoCredit(text, c) && !CALENDAR_NAMES.test(text.slice(c.start, c.end))).sort((a, b) => a.start - b.start);
  // lower-case roles right before a person's name ("ministry spokeswoman Leila Marut")
  for (const c of found) if (c.type === 'person' && !c.role) c.role = roleBefore(text, c.start, MAX_ROLE_WORDS);
  return found;
}

/** A picture's credit label right before a span: "Photograph: ", "(Photo: ", "Picture: ". */
const CREDIT_BEFORE = /(?:^|[^\p{L}])(?:Photograph|Photo|Picture|Image|Illustration)s?[ \u00A0]*:[ \u00A0]*$/u;

/**
 * The person a picture's credit names ("... on Thursday. Photograph: Tamsin Delahunt", "Photograph: Ned Oakes/The
 * Standard") took the photograph and takes no part in the news: no entity. (An outlet credited is one: "Photo: Hemlow Evening Mail".)
 */
function photoCredit(text: string, c: Candidate): boolean {
  return c.type === 'person' && CREDIT_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start));
}

/** Digits right before a span: "6 Million Dollars", "40 Nautical Miles" count something (machine translation capitalises nouns). */
const NUMERAL_BEFORE = /(?:^|[^\p{L}\p{N}.,])(\p{N}(?:[\p{N}.,]*\p{N})?)[ \u00A0]+$/u;
/** A year or a rank before a name is no count: "the 2012 Indianapolis Colts", "the No. 1 Tar Heels". */
const YEAR = /^(?:1[89]|20)\d\d$/u;
const RANK_BEFORE = /(?:No\.|#)[ \u00A0]*$/u;
/**
 * A guessed name of ordinary words right after a count is a counted unit, not a name ("6 Million Dollars"); a
 * name with a word of its own stays ("Mother of 13 Zurana Horton"), as does a typed one ("3 Downing Street").
 */
function countedUnit(text: string, c: Candidate): boolean {
  if (c.strong || c.role) return false;
  const before = text.slice(Math.max(0, c.start - 16), c.start);
  const n = NUMERAL_BEFORE.exec(before);
  if (!n || YEAR.test(n[1]) || RANK_BEFORE.test(before.slice(0, n.index + n[0].length - n[0].trimStart().length))) return false;
  return tokens(text, c.start, c.end).every((t) => isCommonWord(t.w));
}

/** In Title Case lines, a known first name and the next name word: "Lindsay Lohan" of "Lindsay Lohan Checks Into Rehab". */
function headlinePersons(text: string, heads: Span[]): Candidate[] {
  const out: Candidate[] = [];
  for (const h of heads) {
    for (const run of nameRuns(text, [h])) {
      const toks = tokens(text, run.start, run.end);
      const [first, second] = toks;
      if (!second || !firstNameGender(first.w) || isCommonWord(second.w) || STOP_CAPS.has(second.w.toLowerCase()) || !/^\p{Lu}\p{Ll}/u.test(second.w)) continue;
      out.push({ start: first.start, end: second.end, type: 'person', strong: false });
    }
  }
  return out;
}

/**
 * The pieces compromise reads in combined mode: around each name our rules could not type, a
 * window of NLP_CONTEXT_CHARS each side inside its chunk (parsing dominates its cost; its typing
 * cues are local: titles, honorifics, the verb next to the name).
 */
function nlpWindows(text: string, chunks: Span[], open: Span[]): Span[] {
  const out: Span[] = [];
  // Chunks and open spans are both in text order: walk them together (a document of thousands of
  // short sentences with a name each would otherwise cost chunks × names).
  let first = 0;
  for (const ch of chunks) {
    while (first < open.length && open[first]!.end <= ch.start) first++;
    for (let k = first; k < open.length && open[k]!.start < ch.end; k++) {
      const c = open[k]!;
      if (c.end <= ch.start) continue;
      let s = Math.max(ch.start, c.start - NLP_CONTEXT_CHARS);
      let e = Math.min(ch.end, c.end + NLP_CONTEXT_CHARS);
      // widen to whole words
      while (s > ch.start && /\S/u.test(text[s - 1])) s--;
      while (e < ch.end && /\S/u.test(text[e])) e++;
      const last = out[out.length - 1];
      if (last && s <= last.end) last.end = Math.max(last.end, e);
      else out.push({ start: s, end: e });
    }
  }
  return out;
}

const isCand = (c: Candidate | null): c is Candidate => c !== null;

/** Longest name run a compromise span is widened to, in words. */
const MAX_WIDEN_WORDS = 3;

/**
 * compromise cuts a name it half knows: "Dorval" of "Sainte Dorval" (a city it knows), "MARTA" of "MARTA OSSEL"
 * (capitals). Inside a short capitalised run no rule could type, the span takes the whole run when the words it
 * left out are no ordinary or title words ("Yesterday Smith" stays "Smith").
 */
function widenToRun(text: string, c: Candidate, open: Candidate[]): Candidate {
  const run = open.find((o) => o.start <= c.start && c.end <= o.end && (o.start < c.start || c.end < o.end));
  // a person's name is only widened to its end: words before it are titles we may not know ("Commodore Ingrid Faulk"),
  // unless one given name before a surname compromise could not read whole (below)
  if (!run || (c.type === 'person' && run.start < c.start && !givenNameLeft(text, c, run))) return c;
  const toks = tokens(text, run.start, run.end);
  if (toks.length > MAX_WIDEN_WORDS || toks.some((t) => PATTERNS.JOINER.test(t.w))) return c;
  const left = toks.filter((t) => t.end <= c.start || t.start >= c.end);
  // a name in capitals (a transcript's speaker label) reads as ordinary words to compromise ("OSSEL" as a verb)
  const shouted = toks.every((t) => !/\p{Ll}/u.test(t.w));
  if (left.some((t) => (!shouted && isCommonWord(t.w)) || STOP_CAPS.has(t.w.toLowerCase()) || isTitleOnly(t.w) || isDemonym(t.w) || countryOf(t.w) !== null)) return c;
  return { ...c, start: run.start, end: run.end };
}

/** The surname used alone elsewhere ("Tully said"), and the given name never without it: a title would be. */
function surnameAlone(text: string, given: string, surname: string): boolean {
  const givenElse = new RegExp(`(?<![\\p{L}])${escapeRegExp(given)}(?![\\p{L}]|[ \\u00A0]+${escapeRegExp(surname)}(?![\\p{L}]))`, 'u');
  return usedAlone(text, surname) && !givenElse.test(text);
}

/**
 * One word before a one-word surname compromise took for a person is the given name, not an unknown title, when
 * compromise could not read the surname whole (a hyphenated one: "Philippa Strand-Avery", it reads "Avery"), or
 * the text calls the person by honorific and surname ("Branwen Tully ... Ms Tully"): titles are not used so.
 */
function givenNameLeft(text: string, c: Candidate, run: Span): boolean {
  const name = tokens(text, c.start, c.end);
  const left = tokens(text, run.start, c.start);
  if (name.length !== 1 || left.length !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(left[0].w) || firstNameGender(left[0].w) === null && isCommonWord(left[0].w)) return false;
  return /[-‐]/u.test(name[0].w) || calledByHonorific(text, name[0].w) || surnameAlone(text, left[0].w, name[0].w);
}

/** wink's proper-noun runs, split like ours and typed by our rules. */
function winkTyped(text: string, chunks: Span[]): { runs: Span[]; typed: Candidate[] } {
  const runs = winkRuns(text, chunks).flatMap((r) => splitRun(text, r));
  return { runs, typed: runs.map((r) => typeRun(text, r)).filter(isCand) };
}

/**
 * A country or nationality word before a person's name is not part of it ("Talvar Anzor Bekhaliyev",
 * "Lusmaran Colleagues" in machine translation): drop it; a single common word left is no name. A
 * guessed person made of a number word and common words ("Three Hours") is no name either.
 */
function dropPlaceLead(text: string, c: Candidate, demonyms: Map<string, string>): Candidate | null {
  if (c.type !== 'person') return c;
  const toks = tokens(text, c.start, c.end);
  const first = toks[0]?.w ?? '';
  // ("Chad Michael Murray", "Georgia May Jagger": a country that is also a first name stays)
  const placeWord = (isDemonym(first) || demonyms.has(first) || [...demonyms.values()].includes(first) || countryOf(first) !== null || lowerDemonymUsed(text, first)) && firstNameGender(first) === null;
  // "Three Hours", "Two Sides": machine translation capitalises common nouns; a guessed person of a number word and common words is none
  if (!c.strong && toks.length >= 2 && PATTERNS.NUMBER_WORD.test(toks[0].w) && toks.every((t) => isCommonWord(t.w))) return null;
  if (toks.length < 2 || !placeWord) return c;
  if (toks.length === 2 && isCommonWord(toks[1].w)) return null;
  return toks.length >= 3 ? { ...c, start: toks[1].start } : c;
}

/**
 * A guessed person the document's wording says is no person: a name ending in a country, a place the text
 * names elsewhere or the base of a demonym it uses, with no known first name in front ("Fair Wages Ostria",
 * "Radio Ostria"), names a group, company or station. ("Michael Jordan": a known first name keeps the person.)
 * (A name behind "the" was tried as a thing or a room: it turned teams and awards — "the Red Sox" — into things.)
 */
function retypeGuessedPerson(text: string, c: Candidate, demonyms: Map<string, string>, places: Set<string>): Candidate {
  if (c.type !== 'person' || c.strong || c.role) return c;
  const toks = tokens(text, c.start, c.end);
  if (toks.length < 2 || firstNameGender(toks[0].w) !== null) return c;
  const last = toks.at(-1)!.w;
  if (isPluralNoun(last) && behindThe(text, text.slice(c.start, c.end))) return { ...c, type: 'organization' };
  return countryOf(last) !== null || places.has(last) || [...demonyms.values()].includes(last) ? { ...c, type: 'organization' } : c;
}

/** How far before a name "the" is read ("the " is 4 characters). */
const THE_CUE_CHARS = 6;

/**
 * "the Orvanne Herons", "the Gaunswold Rovers": English writes no article before a person's name, and a name ending in a
 * plural common noun names a team or a group; the text writes `name` so somewhere. (A surname shaped like a plural —
 * "Carla Menzies" — is never written behind "the".)
 */
function behindThe(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (/[\p{L}\p{N}]/u.test(text[at + name.length] ?? '')) continue;
    if (THE_BEFORE.test(text.slice(Math.max(0, at - THE_CUE_CHARS), at))) return true;
  }
  return false;
}

function detectSpans(text: string, chunks: Span[], mode: Recogniser): Candidate[] {
  const runs = nameRuns(text, chunks);
  const demonyms = demonymPairs(text);
  const typed = runs.map((r) => typeRun(text, r)).filter(isCand);
  const cued = typed.map((c) => placeCue(text, c, demonyms)).filter(isCand);
  if (mode === 'rules') return pick([...ruleCandidates(text, runs), ...cued]);
  const strong = typed.filter((c) => !c.untyped);
  if (mode === 'wink' || mode === 'rules+wink') {
    const w = winkTyped(text, chunks);
    const singles = singleGuesses(text, w.typed, demonyms);
    if (mode === 'wink') return pick([...ruleCandidates(text, w.runs), ...w.typed.map((c) => placeCue(text, c, demonyms)).filter(isCand), ...singles]);
    // wink's proper-noun runs stand in for compromise: our guesses only on runs wink calls proper nouns
    return pick([...strong, ...cued, ...ruleCandidates(text, w.runs).filter((g) => !g.strong), ...singles]);
  }
  // compromise only reads around names our rules could not type: elsewhere strong candidates win anyway
  const open = typed.filter((c) => c.untyped);
  const nlpChunks = mode === 'compromise' ? chunks : nlpWindows(text, chunks, open);
  const nlpCands = compromiseCandidates(text, nlpChunks).map((c) => tidyCompromise(text, c, demonyms)).filter(isCand).map((c) => widenToRun(text, c, open));
  if (mode === 'compromise') return pick(nlpCands);
  // our two- or three-word person guess, and one-word names the document's wording types ("the Colts", "SeaMicro"), only where compromise found nothing
  const byNlp = new Uint8Array(text.length + 1);
  for (const c of nlpCands) byNlp.fill(1, c.start, c.end);
  const free = (g: Candidate): boolean => !byNlp.subarray(g.start, g.end).includes(1);
  const guesses = ruleCandidates(text, runs).filter((g) => !g.strong && free(g));
  const singles = singleGuesses(text, mode === 'combined+wink' ? winkTyped(text, chunks).typed : open, demonyms).filter(free);
  const picked = pick([...strong, ...cued, ...nlpCands, ...guesses, ...singles].map((c) => dropPlaceLead(text, c, demonyms)).filter(isCand));
  const places = new Set(picked.filter((c) => c.type === 'place').map((c) => text.slice(c.start, c.end)));
  return picked.filter((c) => !nationalityAdjective(text, c)).map((c) => retypeGuessedPerson(text, whoIsPerson(text, c), demonyms, places));
}

/** A word shaped like a nationality adjective ("Pelsian", "Talvari", "Quenese"). */
const DEMONYM_SHAPED = /^\p{Lu}\p{Ll}{3,}(?:ian|an|ese|ish|i)$/u;

/**
 * "the Zeltavian side", "stranded Zeltavian workers": a guessed organisation or place of one demonym-shaped word
 * that always stands before a lower-case noun is a nationality adjective, no name (it would join "Zeltavian parliament").
 */
function nationalityAdjective(text: string, c: Candidate): boolean {
  if (c.strong || c.type === 'person') return false;
  const w = text.slice(c.start, c.end);
  if (!DEMONYM_SHAPED.test(w)) return false;
  const uses = [...text.matchAll(new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])(.{0,16})`, 'gu'))];
  return uses.length > 0 && uses.every((u) => /^[ \u00A0]+\p{Ll}{3,}/u.test(u[1]));
}

/** "Jerzy Dornholt, who conceded on Monday": a guessed name that "who" takes up is a person's, whatever the guesser typed. */
const WHO_AFTER = /^,?[ \u00A0]+who\b/u;

function whoIsPerson(text: string, c: Candidate): Candidate {
  if (c.strong || c.type === 'person' || !WHO_AFTER.test(text.slice(c.end, c.end + 8))) return c;
  return { ...c, type: 'person' };
}
