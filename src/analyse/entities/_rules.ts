/** Our own recogniser: capitalised runs typed by the gazetteer, head words, titles and honorifics. */
import type { EntityType } from '../../contract/dossier.ts';
import type { Span } from '../../contract/pipeline.ts';
import { MAX_ACRONYM_LETTERS, MAX_NAME_WORDS, MIN_ACRONYM_LETTERS } from './constants.ts';
import { PATTERNS } from './patterns.ts';
import { FACILITY_TAILS, ORG_APPOSITION_NOUNS, ORG_NAME_TAILS, ORG_NOUNS_BEFORE, ORG_LEAD_NOUNS, ORG_POSSESSIONS, ORG_STARTS, OFFICE_TAILS, ORG_TAILS, PLACE_HEADS, PLACE_OWNED_BEFORE, PLACE_POSSESSIONS, PLACE_STARTS, ROLE_HEADS, STOP_CAPS, VESSEL_NOUNS } from './data/lexicon.ts';
import { countryOf, gazetteerType, headType, isDemonym } from './_gazetteer.ts';
import { calledByHonorific, dropLead, isTitleOnly, namesBody, splitTitle, tidySpan, tokens, usedAlone } from './_names.ts';
import type { Candidate } from './_types.ts';
import { firstNameGender, isCommonWord, isPluralNoun, singularNounsIn } from './_compromise.ts';

/** Capitalised runs inside each chunk, tidied, with " and " splitting runs that are not one name. */
export function nameRuns(text: string, chunks: Span[]): Span[] {
  const out: Span[] = [];
  for (const c of chunks) {
    const piece = text.slice(c.start, c.end);
    for (const m of piece.matchAll(PATTERNS.NAME_RUN)) {
      const s0 = c.start + (m.index ?? 0);
      out.push(...splitRun(text, { start: s0, end: s0 + m[0].length }));
    }
  }
  return out;
}

/** One run cut where it holds several names (" and ", possessives, "X of the Y"), each part tidied. */
export function splitRun(text: string, run: Span): Span[] {
  const out: Span[] = [];
  const parts = splitOnAnd(text, run.start, run.end).flatMap((p) => splitAtPreposition(text, p)).flatMap((p) => splitPossessive(text, p)).flatMap((p) => splitTitledOf(text, p));
  for (const p of parts) {
    const t = tidySpan(text, p.start, p.end);
    if (t) out.push(t);
  }
  return out;
}

/** "Lindsay Lohan Checks Into Court": a capitalised preposition inside a run is Title Case text, not part of one name. */
function splitAtPreposition(text: string, p: Span): Span[] {
  const out: Span[] = [];
  let s = p.start;
  for (const m of text.slice(p.start, p.end).matchAll(PATTERNS.TITLE_PREPOSITION)) {
    const cut = p.start + (m.index ?? 0);
    if (cut > s) out.push({ start: s, end: cut });
    s = cut + m[0].length;
  }
  out.push({ start: s, end: p.end });
  return out.filter((x) => x.end > x.start);
}

/** "Orsenna's Ministry of Maritime Affairs" → "Orsenna's" and "Ministry of Maritime Affairs". */
function splitPossessive(text: string, p: Span): Span[] {
  const out: Span[] = [];
  let s = p.start;
  for (const m of text.slice(p.start, p.end).matchAll(/['’]s? +/gu)) {
    const cut = p.start + (m.index ?? 0);
    // "the International Seafarers' Welfare Fund", "the Farmers' Union": a plural possessive inside an organisation's name
    if (!/s$/u.test(m[0]) && text[cut - 1] === 's' && headType(text.slice(cut + m[0].length, p.end).split(/\s+/u)) === 'organization') continue;
    if (!/s$/u.test(m[0]) && groupVoiced(text.slice(s, cut).split(/\s+/u), text.slice(cut + m[0].length, p.end).split(/\s+/u))) continue;
    out.push({ start: s, end: cut });
    s = cut + m[0].length;
  }
  out.push({ start: s, end: p.end });
  return out.filter((x) => x.end > x.start);
}

/**
 * "the Orlam Tenants' Voice", "the Kessby Parents' Forum": a plural common noun with the plural apostrophe, then a
 * capitalised word, names a body of those people even when its last word is no organisation word (the
 * "Workers' Union" kind is kept by its head). Cut instead where either side is a name on its own ("Hollistrand
 * Terminals' | Welmsby Container Terminal"), the noun closes a place ("Fandrel Islands' ..."), a person is
 * named first ("Maria Fields' ...") or a title follows ("... Veterans' Minister").
 */
function groupVoiced(before: string[], after: string[]): boolean {
  const noun = before.at(-1) ?? '';
  if (!/^\p{Lu}\p{Ll}+s$/u.test(noun) || !isPluralNoun(noun) || PLACE_HEADS.has(noun.toLowerCase())) return false;
  if (!after.length || !/^\p{Lu}/u.test(after[0]) || after.some(isTitleOnly)) return false;
  // "Osbeth Pumfrey of the Prison Officers' Union": a lower-case joiner before the noun may tie a person to the body
  if (firstNameGender(before[0]) !== null || before.some((w) => !/^\p{Lu}/u.test(w))) return false;
  return headType(before) === null && headType(after) === null;
}

/** "Captain Irena Vasko of the Orsennan Coast Guard" → the titled person and the organisation. */
/** Nouns naming a part of a thing or a place in it: none heads a name before "of". */
const PART_NOUNS = new Set(['half', 'part', 'rest', 'most', 'floor', 'roof', 'top', 'bottom', 'end', 'edge', 'side', 'front', 'back', 'middle', 'centre', 'center', 'corner', 'entrance']);
function splitTitledOf(text: string, p: Span): Span[] {
  const m = /[ \u00A0]+of[ \u00A0]+(?:the[ \u00A0]+)?/u.exec(text.slice(p.start, p.end));
  if (!m) return [p];
  const cut = p.start + (m.index ?? 0);
  // "the Entrance of the Station", "Half of the Quay" (a translation capitalising its nouns): a part or a place in a thing
  // heads no name, whatever the thing after "of" is
  if (PART_NOUNS.has(text.slice(p.start, cut).toLowerCase())) return [{ start: cut + m[0].length, end: p.end }];
  const left = splitTitle(text, p.start, cut);
  if ((!left.titled || left.start >= cut) && !personOf(text, p.start, cut, cut + m[0].length, p.end)) return [p];
  return [{ start: p.start, end: cut }, { start: cut + m[0].length, end: p.end }];
}

/**
 * "Rosamund Haverkamp of the Progressive City League", "Branwen Tully of the Cement [and Quarry Workers' Union]":
 * a given name and surname, then "of (the)" and the body they belong to, are two names. The part before "of" is a
 * person's when it is two or three plain capitalised words no list or head word types, and either it opens with a
 * known first name, or the text calls the person by honorific and surname ("Ms Haverkamp") or by the surname alone
 * elsewhere ("Tully said"). ("Cultural Property Squad of the National Police", "Royal Bank of Scotland" stay whole.)
 */
function personOf(text: string, ls: number, le: number, rs: number, re: number): boolean {
  const left = tokens(text, ls, le);
  const right = tokens(text, rs, re).map((t) => t.w);
  const words = left.map((t) => t.w);
  if (left.length < 2 || left.length > 3 || !right.length || !/^\p{Lu}/u.test(right[0])) return false;
  if (words.some((w) => !/^\p{Lu}\p{Ll}/u.test(w) || isTitleOnly(w) || STOP_CAPS.has(w.toLowerCase()) || isDemonym(w) || countryOf(w) !== null)) return false;
  if (headType(words) !== null || gazetteerType(words.join(' ')) !== null) return false;
  const surname = words.at(-1)!;
  return firstNameGender(words[0]) !== null || calledByHonorific(text, surname) || usedAlone(text, surname);
}

function splitOnAnd(text: string, start: number, end: number): Span[] {
  const whole = text.slice(start, end);
  // one name only when our lists know it or it opens with a head word ("Ministry of Trade and Industry")
  const first = whole.split(/\s+/u)[0].toLowerCase();
  if (!/ and /u.test(whole) || gazetteerType(whole) || (headType(whole.split(/\s+/u)) && (ORG_STARTS.has(first) || PLACE_STARTS.has(first)))) return [{ start, end }];
  const out: Span[] = [];
  let s = start;
  for (const m of whole.matchAll(/ and /gu)) { out.push({ start: s, end: start + (m.index ?? 0) }); s = start + (m.index ?? 0) + m[0].length; }
  out.push({ start: s, end });
  return out;
}

/** Shortest lower-case demonym trusted ("dranovian"): shorter ones are ordinary words ("vanish" is no demonym of "Van"). */
const MIN_LOWER_DEMONYM_CHARS = 7;

/** Machine translation writes nationality adjectives in lower case ("the dranovian State"): the word is then a country's name. */
export function lowerDemonymUsed(text: string, w: string): boolean {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(w)) return false;
  const base = w.toLowerCase();
  const forms = [base + 'n', base + 'ian', base + 'ese', base.replace(/[aeo]$/u, '') + 'ian'].filter((d) => d.length >= MIN_LOWER_DEMONYM_CHARS && d !== base);
  // (The text must hold the form itself first: a cheap scan spares building and running a pattern for each word.)
  return forms.some((d) => text.includes(d) && new RegExp(`(?<![\\p{L}])${d}(?![\\p{L}])`, 'u').test(text));
}

/** How many words before a run are read for the title it carries on ("Minister of the foreign | Affairs of ..."). */
const TITLE_CARRY_WORDS = 5;

/**
 * "The Minister of the foreign Affairs of Quenland Piet Aldery": machine translation writes a title, the
 * country it belongs to and the name in one string, and a lower-case word cuts the capitalised run after the
 * title's head. When the words before the run go back to a role head through lower-case words only, the run's
 * last "of" part is the country and the name: the name starts at a known first name, else after one word.
 */
function titleCarriedOn(text: string, run: Span): Candidate | null {
  const of = [...text.slice(run.start, run.end).matchAll(/[ \u00A0]of[ \u00A0]+(?:the[ \u00A0]+)?/gu)].at(-1);
  if (!of) return null;
  const tail = tokens(text, run.start + (of.index ?? 0) + of[0].length, run.end);
  if (tail.length < 3 || tail.length > 4 || tail.some((t) => PATTERNS.JOINER.test(t.w) || !/^\p{Lu}/u.test(t.w))) return null;
  const lineStart = text.lastIndexOf('\n', run.start - 1) + 1;
  const before = tokens(text, lineStart, run.start).slice(-TITLE_CARRY_WORDS);
  const head = before.findLastIndex((t) => ROLE_HEADS.has(t.w.toLowerCase()));
  const titled = head >= 0 && head < before.length - 1 && before.slice(head + 1).every((t) => /^\p{Ll}/u.test(t.w));
  // "the Citizen of Dranovia Rustam Kadiri": one plain noun, "of", a country the text names, a name
  const lead = tokens(text, run.start, run.start + (of.index ?? 0));
  const placeFirst = lead.length === 1 && tail.length === 3 && headType([lead[0].w]) === null && !isTitleOnly(lead[0].w)
    && (countryOf(tail[0].w) !== null || lowerDemonymUsed(text, tail[0].w));
  if (!titled && !placeFirst) return null;
  const first = tail.findIndex((t, k) => k > 0 && k <= tail.length - 2 && firstNameGender(t.w) !== null);
  const name = tail[first > 0 ? first : 1];
  const roleStart = titled ? before[head].start : run.start;
  const role = { role: text.slice(roleStart, tail[(first > 0 ? first : 1) - 1].end), start: roleStart, end: tail[(first > 0 ? first : 1) - 1].end };
  return { start: name.start, end: run.end, type: 'person', strong: true, role, gender: null };
}

/** Type one run by our rules; `untyped` runs are returned with type 'other'. */
export function typeRun(text: string, run: Span): Candidate | null {
  const carried = titleCarriedOn(text, run);
  if (carried) return carried;
  const trimmed = gazetteerType(text.slice(run.start, run.end)) ? run : dropLead(text, run.start, run.end);
  const split = splitTitle(text, trimmed.start, trimmed.end);
  const name = text.slice(split.start, split.end);
  const words = tokens(text, split.start, split.end).map((t) => t.w);
  if (!words.length || words.length > MAX_NAME_WORDS) return null;
  if (words.length === 1 && (STOP_CAPS.has(words[0].toLowerCase().replace(/\.$/, '')) || isDemonym(words[0]))) return null;
  if (words.every(isTitleOnly) && !namesBody(words)) return null;
  // "Orsennan Head of State": an office described, not a name (its holder is linked by role)
  if (PATTERNS.OFFICE.test(name)) return null;
  const base = { start: split.start, end: split.end, role: split.role, gender: split.gender };
  const prev = /([\p{Ll}]+)[ \u00A0]+(?:the[ \u00A0]+)?$/u.exec(text.slice(Math.max(0, split.start - 30), split.start));
  if ((prev && VESSEL_NOUNS.has(prev[1])) || vesselCue(text, split.start, split.end)) return { ...base, type: 'other', strong: true };
  // "the Company Velta Hydro": a generic organisation noun before the name
  const rest = tokens(text, split.start, split.end)[1];
  if (words.length >= 3 && ORG_LEAD_NOUNS.has(words[0].toLowerCase()) && !split.titled && /^\p{Lu}/u.test(rest.w)) {
    return { ...base, start: rest.start, type: 'organization', strong: true };
  }
  // "a regional newspaper, Harzen Post, said": the organisation noun in an apposition closed by a comma
  const nounComma = /([\p{Ll}]+),[ \u00A0]+$/u.exec(text.slice(Math.max(0, split.start - 30), split.start));
  const apposed = nounComma && ORG_NOUNS_BEFORE.has(nounComma[1]) && text[split.end] === ',';
  if (!split.titled && (orgCue(text, split.start, split.end) || (prev && ORG_NOUNS_BEFORE.has(prev[1])) || apposed)) return { ...base, type: 'organization', strong: true };
  // "Renko's Civic Renewal party": a lower-case organisation noun right after a name of two words or more
  const orgNoun = /^[ \u00A0]+(\p{Ll}+)\b/u.exec(text.slice(split.end, split.end + 20));
  if (!split.titled && words.length >= 2 && orgNoun && ORG_NAME_TAILS.has(orgNoun[1])) return { ...base, type: 'organization', strong: true };
  const tail = /^[ \u00A0]+([\p{Ll}]+(?: [\p{Ll}]+)?)/u.exec(text.slice(split.end, split.end + 30));
  const orgTail = tail && words.length === 1 && (isDemonym(words[0]) || DEMONYM_LIKE.test(words[0])) && [tail[1], tail[1].split(' ')[0]].find((t) => ORG_TAILS.has(t));
  if (orgTail) return { ...base, end: split.end + tail![0].indexOf(orgTail) + orgTail.length, type: 'organization', strong: true };
  const facility = tail && [tail[1], tail[1].split(' ')[0]].find((t) => FACILITY_TAILS.has(t));
  if (facility) return { ...base, end: split.end + tail![0].indexOf(facility) + facility.length, type: 'place', strong: true };
  const gaz = gazetteerType(name);
  if (gaz) return { ...base, type: gaz, strong: true };
  const head = headType(words);
  if (head) return { ...base, type: head, strong: true };
  // "Orlam Tenants' Voice": the run splitPossessive kept whole at a plural noun's apostrophe
  const owner = words.findIndex((w, k) => k > 0 && k < words.length - 1 && /s['’]$/u.test(w));
  if (owner > 0 && groupVoiced([...words.slice(0, owner), words[owner].slice(0, -1)], words.slice(owner + 1))) return { ...base, type: 'organization', strong: true };
  // "the owner of Dravenhook Larder", "a founder of Sarnmoor Ledger": people are not owned or founded; what is, named by no head
  // word our lists know, is a business
  if (!split.titled && words.length >= 2 && OWNED_BEFORE.test(text.slice(Math.max(0, split.start - 30), split.start))) return { ...base, type: 'organization', strong: true };
  // "[18:02] ANNA LOR: Good evening": who speaks in a transcript is a person, whatever a tagger makes of the words
  if (words.length >= 2 && words.length <= 3 && text[split.end] === ':' && SPEAKER_BEFORE.test(text.slice(Math.max(0, split.start - 16), split.start))
    && !words.every(isCommonWord)) return { ...base, type: 'person', strong: true };
  if (split.titled) return { ...base, type: 'person', strong: true };
  const letters = name.replace(/[.&]/g, '');
  if (words.length === 1 && PATTERNS.ACRONYM.test(name) && letters.length >= MIN_ACRONYM_LETTERS && letters.length <= MAX_ACRONYM_LETTERS) {
    // "TEKMAR, Dranovia —", "YSEN - ": a name in capitals opening a line before a comma or dash is a dateline's place
    const dateline = (split.start === 0 || text[split.start - 1] === '\n') && DATELINE_AFTER.test(text.slice(split.end, split.end + 3));
    if (!dateline || !writtenAsName(text, name)) return { ...base, type: 'organization', strong: true };
    return { ...base, type: 'place', strong: true };
  }
  return { ...base, type: 'person', strong: false, untyped: true };
}

/** What opens a transcript's speaker label: a new line, perhaps a clock stamp ("[18:02] "). */
const SPEAKER_BEFORE = /(?:^|\n)[ \u00A0]*(?:\[\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\][ \u00A0]*)?$/u;

/**
 * "owner of ", "the co-founders of ": a noun naming who owns or founded what follows. (Not "owner of the": what takes
 * the article is as often a ship or a building — "the owner of the Brisk Tern".)
 */
const OWNED_BEFORE = /(?:^|[^\p{L}-])(?:co-?)?(?:owners?|founders?)[ \u00A0]+of[ \u00A0]+$/iu;

/** The head noun of an apposition right after a name: the last word before its first preposition, relative word or participle ("a private company | that bought …", "the operator | of the dam"). */
function appositionHead(after: string): string | null {
  const appos = PATTERNS.APPOSITION_AFTER.exec(after);
  if (!appos) return null;
  const all = appos[1].split(/[ \u00A0]+/u);
  const cut = all.findIndex((w, k) => k > 0 && (PATTERNS.NP_PREPOSITION.test(w) || PATTERNS.RELATIVE_START.test(w) || PATTERNS.VESSEL_PARTICIPLE.test(w)));
  return (cut > 0 ? all[cut - 1] : all[all.length - 1]) ?? null;
}

/** "X, a private company that …", "X, the private operator of the dam", "X's board": the name is an organisation's. */
function orgCue(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 90);
  if (ORG_POSSESSIONS.test(after)) return true;
  const head = appositionHead(after);
  return !!head && ORG_APPOSITION_NOUNS.has(head);
}

/** "X, a 9,000-tonne cargo vessel owned by", "X docked", "aboard the X": the name is a ship's. */
function vesselCue(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 90);
  const appos = PATTERNS.APPOSITION_AFTER.exec(after);
  if (appos) {
    const all = appos[1].split(/[ \u00A0]+/u);
    // the head is in the noun phrase before its first preposition: "the officer in command of the ship" is no ship
    const cut = all.findIndex((w, k) => k > 0 && PATTERNS.NP_PREPOSITION.test(w) && !VESSEL_NOUNS.has(all[k - 1]));
    const words = cut > 0 ? all.slice(0, cut) : all;
    const head = words.findIndex((w) => VESSEL_NOUNS.has(w));
    // the vessel noun heads the apposition: last word, or followed by "owned/built/..."
    if (head >= 0 && (head === words.length - 1 || PATTERNS.VESSEL_PARTICIPLE.test(words[head + 1] ?? ''))) return true;
  }
  return PATTERNS.VESSEL_VERB_AFTER.test(after) || PATTERNS.VESSEL_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

/**
 * An all-caps word the text also writes as a name ("TEKMAR, Dranovia —" in a dateline, "Tekmar" below) is that
 * name shouted, not an acronym: acronyms are not written in Title Case.
 */
/** What follows a dateline's place: a comma or a dash. */
const DATELINE_AFTER = /^(?:,|[ \u00A0]*[-–—])/u;

function writtenAsName(text: string, caps: string): boolean {
  if (caps.length < 3 || /[^\p{L}]/u.test(caps)) return false;
  const title = caps[0] + caps.slice(1).toLowerCase();
  return new RegExp(`(?<![\\p{L}])${title}(?![\\p{L}])`, 'u').test(text);
}

/** A capitalised word and "of (the)" right before a run: the run names what the word's person or body belongs to. */
const OF_AFTER_NAME = /\p{Lu}[\p{L}'’-]*[ \u00A0]+of[ \u00A0]+(?:the[ \u00A0]+)?$/u;
const OF_LOOKBACK_CHARS = 40;

/** Rules alone: typed runs, and untitled two- or three-word runs guessed as people. */
export function ruleCandidates(text: string, runs: Span[]): Candidate[] {
  const out: Candidate[] = [];
  for (const r of runs) {
    const c = typeRun(text, r);
    if (!c) continue;
    if (!c.untyped) { out.push(c); continue; }
    const n = tokens(text, c.start, c.end).length;
    const atLineStart = c.start === 0 || text[c.start - 1] === '\n';
    const last = tokens(text, c.start, c.end).at(-1)?.w.toLowerCase() ?? '';
    const first = tokens(text, c.start, c.end)[0]?.w ?? '';
    const particle = PATTERNS.PARTICLE_TAIL.test(text.slice(c.start, tokens(text, c.start, c.end).at(-2)?.end ?? c.start)) ? 1 : 0;
    // "Fishermen of Talvar": people's names do not hold "of", "the", "for" or "and"
    if (/[ \u00A0](?:of|the|for|and)[ \u00A0]/u.test(text.slice(c.start, c.end))) continue;
    // "Magnus Bexworth of | Corrisk Fire [and Rescue]": after a name and "of (the)" comes the body the person belongs to
    if (OF_AFTER_NAME.test(text.slice(Math.max(0, c.start - OF_LOOKBACK_CHARS), c.start))) continue;
    // "Feliks Velhaus, the chair of the commission, said": a role in apposition marks a person whatever the first word reads as
    const roleApposed = ROLE_HEADS.has(appositionHead(text.slice(c.end, c.end + 90)) ?? '');
    if (n >= 2 && n <= 3 + particle && (!atLineStart || !isCommonWord(first) || roleApposed) && !ROLE_HEADS.has(last)) out.push({ ...c, type: 'person', strong: false, untyped: false });
  }
  return out;
}

/** Mixed case inside one word marks a company or brand ("SeaMicro", "YouTube"); name prefixes do not ("McDonald", "DiCaprio"). */
const CAMEL = /^(?!Mc|Mac|O['’]|De|Di|Da|Du|La|Le|Van|Von)\p{Lu}\p{Ll}+\p{Lu}/u;
/** A plural proper noun after "the" is a team or a group ("the Colts"). */
export const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he[ \u00A0]+$/u;
/**
 * A lower-case role noun right before a word: "harbour master Quillane", "the site manager Quillane's review". English
 * writes a role of common nouns in lower case and a person's name after it in capitals, possessive or not; the word is
 * that person's (surname).
 */
const LOWER_ROLE_BEFORE = /(?:^|[^\p{L}'’-])(\p{Ll}+)[ \u00A0]+$/u;
const roleNounBefore = (before: string): boolean => {
  const m = LOWER_ROLE_BEFORE.exec(before);
  return !!m && (ROLE_HEADS.has(m[1]) || OFFICE_TAILS.has(m[1]));
};

/** How far after a name the word it might modify is read. */
const MODIFIED_NOUN_CHARS = 30;
/**
 * "the Colts", "the Colts won": the word "the" stands before is the head of its phrase. Not so where the word opens a
 * longer name ("the Tarnis Water Board") or modifies a common noun ("the Tarnis attack", "the Tarnis hospitals"): "the"
 * belongs to that name or noun, and a place's name is as often so written. A plural noun ("the Herons coach") stays a group's.
 */
function headAfterThe(text: string, w: string, end: number): boolean {
  const next = /^[ \u00A0]+(\p{L})/u.exec(text.slice(end, end + 4));
  if (!next) return true;
  if (/\p{Lu}/u.test(next[1])) return false;
  return isPluralNoun(w) || !singularNounsIn(text, end - w.length, Math.min(text.length, end + MODIFIED_NOUN_CHARS), true).has(end + next[0].length - 1);
}

/** The type the document's own wording gives a one-word name, looking at every place it occurs; null when nothing does.
 * (A speech verb after it is no cue: capitals, governments and companies "say" as often as people.) */
function wordType(text: string, w: string, demonyms: Map<string, string>): EntityType | null {
  if (demonyms.has(w) || isDemonym(w)) return null;
  if (CAMEL.test(w)) return 'organization';
  for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
    const end = at + w.length;
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
    const before = text.slice(Math.max(0, at - PLACE_CUE_CHARS), at);
    if (PLACE_PREPOSITIONS.test(before) && !surnamePossessed(text, w, end) && !ABSTRACT_NOUN.test(w)) return 'place';
    // "flew home to X", "was towed to X": a journey ends at a place (bare "to" does not: "spoke to X", "according to X")
    if (MOTION_TO.test(text.slice(Math.max(0, at - MOTION_CUE_CHARS), at)) && !surnamePossessed(text, w, end)) return 'place';
    // "Varnia's foreign minister", "four Varnia nationals", "the government of Varnia": a state's offices and people
    if (PLACE_POSSESSIONS.test(text.slice(end, end + 24)) || PLACE_OWNED_BEFORE.test(text.slice(Math.max(0, at - MOTION_CUE_CHARS), at))) return 'place';
    if (/s$/u.test(w) && THE_BEFORE.test(before) && headAfterThe(text, w, end)) return 'organization';
    if (roleNounBefore(before)) return 'person';
    // "CALVERO, June 11 (Meridian) - ": the agency credited in a dateline
    if (text[at - 1] === '(' && PATTERNS.DATELINE_CREDIT.test(text.slice(end, end + 4))) return 'organization';
  }
  return null;
}

/** One-word proper nouns no rule could type (from a tagger's runs): kept when not an ordinary word and the document's wording types them. */
export function singleGuesses(text: string, typed: Candidate[], demonyms: Map<string, string>): Candidate[] {
  const out: Candidate[] = [];
  const types = new Map<string, EntityType | null>();
  for (const c of typed) {
    if (!c.untyped) continue;
    const w = text.slice(c.start, c.end);
    if (/\s/u.test(w) || w.length < 3 || PATTERNS.ACRONYM.test(w)) continue;
    if (!types.has(w)) types.set(w, isCommonWord(w) ? null : wordType(text, w, demonyms));
    const type = types.get(w) ?? (listedWithPlace(text, c, (x) => !isCommonWord(x) && wordType(text, x, demonyms) === 'place') ? 'place' : null);
    if (type) out.push({ ...c, type, strong: false, untyped: false });
  }
  return out;
}

/** One link of a list of one-word names, read backwards from a name's start: ", ", ", and ", " and ", " or ", " to " (its word in group 1). */
const LIST_LINK_BEFORE = /(?:^|[^\p{L}'’-])(\p{Lu}\p{Ll}+)(,[ \u00A0]+(?:and[ \u00A0]+|or[ \u00A0]+)?|[ \u00A0]+(?:and|or|to)[ \u00A0]+)$/u;
/** The same link read forwards from a name's end. */
const LIST_LINK_AFTER = /^(,[ \u00A0]+(?:and[ \u00A0]+|or[ \u00A0]+)?|[ \u00A0]+(?:and|or|to)[ \u00A0]+)(\p{Lu}\p{Ll}+)(?![\p{L}'’-]|[ \u00A0]+\p{Lu})/u;
/** Most names in a list read on each side of a name. */
const MAX_LIST_NAMES = 6;

/**
 * "leaving Corrisk, Bellothe, Vantry, Mirrowdale and Estwold in darkness", "from Corrisk to Estwold": one-word names
 * in one list (joined by "and"/"or", or a range "from A to B") are things of one kind; a name listed with a word the
 * text types as a place is a place. (Commas alone make no list: "in Corrisk, Bellothe said".)
 */
function listedWithPlace(text: string, c: Candidate, isPlace: (w: string) => boolean): boolean {
  const words: string[] = [];
  const links: string[] = [];
  let at = c.start;
  for (let k = 0; k < MAX_LIST_NAMES; k++) {
    const m = LIST_LINK_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
    // the word before must stand alone, not end a longer name ("Fennick Cross and ...")
    if (!m || /\p{Lu}[\p{L}'’-]*[ \u00A0]+$/u.test(text.slice(Math.max(0, at - m[0].length - 40), at - m[1].length - m[2].length))) break;
    words.push(m[1]); links.push(m[2].trim());
    at -= m[1].length + m[2].length;
  }
  const first = at;
  at = c.end;
  for (let k = 0; k < MAX_LIST_NAMES; k++) {
    const m = LIST_LINK_AFTER.exec(text.slice(at, at + 40));
    if (!m) break;
    words.push(m[2]); links.push(m[1].trim());
    at += m[0].length;
  }
  if (!words.length) return false;
  const range = links.length === 1 && links[0] === 'to' && /(?:^|[^\p{L}])from[ \u00A0]+$/u.test(text.slice(Math.max(0, first - 6), first));
  const list = links.some((l) => /^(?:,[ \u00A0]*)?(?:and|or)$/u.test(l)) && !links.includes('to');
  return (range || list) && words.some(isPlace);
}

/** Words shaped like a nationality adjective ("Talvari", "Orsennan"). */
const DEMONYM_LIKE = /^\p{Lu}\p{Ll}+(?:an|ian|i|ese|ish)$/u;

/** How far before a one-word name its place cue is read ("Neighbouring " is 13 characters). */
const PLACE_CUE_CHARS = 16;
/** A possessive right after a word: "in Zarif's case". */
const POSSESSED_AFTER = /^['’]s?\b/u;
/**
 * "in Zarif's case" after "Nodir Zarif": the preposition governs the thing possessed, and a word the text uses
 * as a surname is the possessor, no place ("at Calvero's north pier" stays a place cue: no one is called Calvero).
 */
function surnamePossessed(text: string, w: string, end: number): boolean {
  if (!POSSESSED_AFTER.test(text.slice(end, end + 3))) return false;
  return [...text.matchAll(new RegExp(`(\\p{Lu}\\p{Ll}+)[ \\u00A0]${w}(?![\\p{L}])`, 'gu'))].some((m) => !STOP_CAPS.has(m[1].toLowerCase()) && !isCommonWord(m[1]));
}
/** "in Captivity", "in Detention": machine translation capitalises abstract nouns, which name no place. */
const ABSTRACT_NOUN = /\p{Ll}(?:tion|sion|ity|ment)$/u;
const PLACE_PREPOSITIONS = /(?:^|[^\p{L}])(?:in|at|from|near|outside|inside|across|into|[Nn]eighbou?ring)[ \u00A0]+$/u;
/** A verb of travel or transport, with "back" or "home", before "to": where the journey ends ("flew home to", "was towed to"). */
const MOTION_TO = /(?:^|[^\p{L}])(?:fly|flies|flew|flown|flying|sail|sailed|sailing|towed|travell?ed|travell?ing|return|returned|returning|airlifted|evacuated|deported|headed|heading)(?:[ \u00A0]+(?:back|home))?[ \u00A0]+to[ \u00A0]+$/u;
/** How far before a one-word name a verb of travel is read ("travelling back to " is 19 characters). */
const MOTION_CUE_CHARS = 28;
const DEMONYM_ENDINGS = ['n', 'an', 'ian', 'i', 'ese', 'ish', 'ite'];

/** Capitalised words that are the demonym of another word in the text ("Orsennan" of "Orsenna"). */
export function demonymPairs(text: string): Map<string, string> {
  const words = new Set(text.match(/\p{Lu}\p{Ll}{2,}/gu) ?? []);
  const out = new Map<string, string>();
  for (const w of words) {
    for (const end of DEMONYM_ENDINGS) {
      const stems = [w + end, w.replace(/[aeo]$/u, '') + end];
      for (const d of stems) if (d !== w && words.has(d)) out.set(d, w);
    }
  }
  return out;
}

/** A place typed from context alone: a word whose demonym the text uses, or one after "in"/"from". */
export function placeCue(text: string, c: Candidate, demonyms: Map<string, string>): Candidate | null {
  const name = text.slice(c.start, c.end);
  if (!c.untyped || /\s/u.test(name) || demonyms.has(name)) return null;
  if ([...demonyms.values()].includes(name)) return { ...c, type: 'place', strong: true, untyped: false };
  if (PLACE_PREPOSITIONS.test(text.slice(Math.max(0, c.start - PLACE_CUE_CHARS), c.start)) && !surnamePossessed(text, name, c.end) && !ABSTRACT_NOUN.test(name)) return { ...c, type: 'place', strong: false, untyped: false };
  return null;
}
