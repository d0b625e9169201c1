/** Name span clean-up: trim punctuation and possessives, mend hyphen cuts, split off titles. */
import { PATTERNS } from './patterns.ts';
import { HONORIFICS, ORG_HEADS, ROLE_HEADS, ROLE_MODIFIERS, STOP_CAPS } from './data/lexicon.ts';
import { headType, isDemonym } from './_gazetteer.ts';
import type { RoleSpan } from './_types.ts';
import { firstNameGender, singularNounsIn } from './_compromise.ts';

export interface Token { w: string; start: number; end: number }

/** Words of text[start, end) with their offsets. */
export function tokens(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  for (const m of text.slice(start, end).matchAll(PATTERNS.WORD_TOKEN)) {
    const s = start + (m.index ?? 0);
    out.push({ w: m[0], start: s, end: s + m[0].length });
  }
  return out;
}

/** How far back a role before a name is read, in characters. */
const ROLE_LOOKBACK_CHARS = 120;

const bare = (w: string): string => w.toLowerCase().replace(/\.$/, '');

/** Trim edge punctuation and possessives; widen a span cut at a hyphen to the whole word. */
export function tidySpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  // mend "Kim Jong-" / "-Presse" cuts: extend to the whole hyphenated word
  while (e < text.length && /[-‐]/u.test(text[e - 1] ?? '') && /\p{L}/u.test(text[e] ?? '')) { while (e < text.length && /[\p{L}\p{M}'’-]/u.test(text[e])) e++; }
  while (e < text.length && /[-‐]/u.test(text[e] ?? '') && /\p{L}/u.test(text[e + 1] ?? '') && /\p{L}/u.test(text[e - 1] ?? '')) { e++; while (e < text.length && /[\p{L}\p{M}'’]/u.test(text[e])) e++; }
  while (s > 0 && /[-‐]/u.test(text[s - 1]) && /\p{L}/u.test(text[s - 2] ?? '')) { s--; while (s > 0 && /[\p{L}\p{M}'’]/u.test(text[s - 1])) s--; }
  while (s < e && /[^\p{L}\p{N}]/u.test(text[s])) s++;
  while (e > s && /[^\p{L}\p{N}.]/u.test(text[e - 1])) e--;
  // a trailing full stop belongs to the name only after an initial ("U.S.", "Jr.")
  if (e > s && text[e - 1] === '.' && !/(?:^|[\s.])\p{Lu}\.$|Jr\.$|Sr\.$/u.test(text.slice(s, e))) e--;
  const poss = /['’]s?$/u.exec(text.slice(s, e));
  if (poss && e - poss[0].length > s) e -= poss[0].length;
  return e > s ? { start: s, end: e } : null;
}

export interface SplitName {
  start: number;
  end: number;
  /** The title words stripped off the front ("Foreign Minister"), without honorifics. */
  role: RoleSpan | null;
  /** Gender from a stripped honorific. */
  gender: 'female' | 'male' | null;
  /** A stripped honorific or role head marks the rest as a person. */
  titled: boolean;
}


const titleWord = (b: string): boolean => b in HONORIFICS || ROLE_HEADS.has(b) || ROLE_MODIFIERS.has(b);

/** A title word, also hyphenated as machine translations write them ("Prime-Minister", "Vice-President"). */
export const isTitleOnly = (w: string): boolean => {
  const b = bare(w);
  if (titleWord(b) || PATTERNS.JOINER.test(w)) return true;
  const parts = b.split(/[-‐]/u);
  return parts.length > 1 && parts.every(titleWord) && parts.some((x) => ROLE_HEADS.has(x));
};
/**
 * Title words ending in a body's head noun name the body, not an office: "the Justice Ministry", "the Federal Police"
 * ("Justice Minister" is the office; the ministry is where the words stop being a person's title).
 */
export const namesBody = (words: readonly string[]): boolean => words.length >= 2 && ORG_HEADS.has(bare(words[words.length - 1]))
  // "the Director of the Police", "Head of the Government": an office held in the body, not the body
  && !words.some((w) => PATTERNS.JOINER.test(w));
const isRoleHead = (w: string): boolean => ROLE_HEADS.has(bare(w)) || (isTitleOnly(w) && bare(w).split(/[-‐]/u).some((x) => ROLE_HEADS.has(x)));

/**
 * Split "Foreign Minister Annalena Baerbock" / "Orsennan President Matthias Oldenvik" into a role
 * and a name: the name is the longest tail of non-title words, and the words before it must hold a
 * role head or an honorific. Organisation and place names stay whole.
 */
export function splitTitle(text: string, start: number, end: number): SplitName {
  const toks = tokens(text, start, end);
  const plain: SplitName = { start, end, role: null, gender: null, titled: false };
  if (toks.length < 2 || headType(toks.map((t) => t.w)) !== null) return plain;
  let i = toks.length;
  // a joiner between two name words belongs to the name ("Mohammed bin Salman"), not to the title ("Minister of")
  const nameJoiner = (k: number): boolean => PATTERNS.JOINER.test(toks[k].w) && k > 0 && !isTitleOnly(toks[k - 1].w) && !isDemonym(toks[k - 1].w) && /^\p{Lu}/u.test(toks[k - 1].w);
  while (i > 0 && ((!isTitleOnly(toks[i - 1].w) && !isDemonym(toks[i - 1].w)) || nameJoiner(i - 1))) i--;
  if (i === 0 || i === toks.length) return plain;
  // "President of Talvar Anzor Bekhaliyev", "Chief of the Civil Protection Ilse Tammark": after "of (the)" come the
  // country or body the title belongs to, then the name: it starts at a known first name, else after one word
  const afterOf = /^of$/iu.test(toks[i - 1].w) || (/^the$/iu.test(toks[i - 1].w) && i > 1 && /^of$/iu.test(toks[i - 2].w));
  if (afterOf) i = lastOfPart(toks, i);
  if (afterOf && toks.length - i >= 3) i = nameAfterOwner(text, toks, i);
  const stripped = toks.slice(0, i);
  const honor = stripped.filter((t) => bare(t.w) in HONORIFICS);
  const heads = stripped.filter((t) => isRoleHead(t.w));
  if (!honor.length && !heads.length) return plain;
  const roleToks = stripped.filter((t) => !(bare(t.w) in HONORIFICS));
  const role = roleToks.length && heads.length
    ? { role: text.slice(roleToks[0].start, roleToks[roleToks.length - 1].end), start: roleToks[0].start, end: roleToks[roleToks.length - 1].end }
    : null;
  const gender = honor.length ? HONORIFICS[bare(honor[honor.length - 1].w)] : null;
  return { start: toks[i].start, end, role, gender, titled: true };
}

/**
 * "Minister of the Finances of Pellwood Mirja Oskarsen" (machine translation): the title's own "of" part ends
 * where a second "of" opens the owner and the name; a name never holds "of".
 */
function lastOfPart(toks: Token[], from: number): number {
  let i = from;
  for (let k = from; k < toks.length - 2; k++) if (/^of$/iu.test(toks[k].w)) i = /^the$/iu.test(toks[k + 1].w) ? k + 2 : k + 1;
  return i;
}

/** Words an owner (country, company) has at most before the person's name in "Title of <owner> <name>". */
const MAX_OWNER_WORDS = 3;

/**
 * "President of Talvar Anzor Bekhaliyev", "General Director of Brannfeld Air Jerzow Korvic": after "of (the)" come
 * the country or body the title belongs to, then the name. The name starts at a known first name; else after the
 * longest owner the text also writes on its own (with no name word after it); else, the last two words are the name
 * when four or more follow "of" (given name and surname), and everything after the first word when three do.
 */
function nameAfterOwner(text: string, toks: Token[], from: number): number {
  const first = toks.findIndex((t, k) => k > from && k <= toks.length - 2 && firstNameGender(t.w) !== null);
  if (first > 0) return first;
  for (let n = Math.min(MAX_OWNER_WORDS, toks.length - from - 2); n >= 2; n--) {
    const owner = toks.slice(from, from + n).map((t) => escapeRegExp(t.w)).join('[ \\u00A0]+');
    const alone = new RegExp(`(?<![\\p{L}])${owner}(?![\\p{L}]|[ \\u00A0]+\\p{Lu})`, 'u');
    if (alone.test(text)) return from + n;
  }
  return toks.length - from >= 4 ? toks.length - 2 : from + 1;
}

/** The text as a regular expression that matches it literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text calls a person by honorific and surname ("Ms Tully"): `w` is a surname, not a given name or a title. */
export const calledByHonorific = (text: string, w: string): boolean =>
  new RegExp(`(?<![\\p{L}])(?:Mr|Mrs|Ms|Miss|Dr)\\.?[ \\u00A0]+${escapeRegExp(w)}(?![\\p{L}])`, 'u').test(text);

/**
 * The text uses `w` alone: not after another capitalised word, nor before one, nor before "of" and one ("Tully said",
 * not "Branwen Tully" nor "Tully of the Union"): a surname the text calls the person by.
 */
export const usedAlone = (text: string, w: string): boolean =>
  new RegExp(`(?<!\\p{Lu}[\\p{L}'’-]*[ \\u00A0]+|[\\p{L}'’-])${escapeRegExp(w)}(?![\\p{L}'’-]|[ \\u00A0]+(?:of[ \\u00A0]+)?\\p{Lu})`, 'u').test(text);

/** Title abbreviations written with a full stop ("Capt. Lorens Mikkaly"): the stop ends no sentence. */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'maj', 'brig', 'cmdr', 'adm', 'cpl', 'pvt', 'lieut', 'supt', 'insp', 'dr', 'prof', 'rev', 'st', 'mr', 'mrs', 'ms']);

/**
 * A word with a full stop that is no abbreviation or initial ends its sentence, and the role before a name starts after
 * it ("... the same route as SK417. Chief executive Wystan ..."). (A role head itself may end the sentence before the
 * name: "the big admission came from the minister. Solvejg Torvang told ...", "The captain. Lykon Vastrakis was ...".)
 */
const endsSentence = (w: string): boolean => w.endsWith('.') && !TITLE_ABBREVIATIONS.has(bare(w)) && !/^(?:\p{L}\.)+$/u.test(w);

/** Characters after a name's start given to the tagger with the role before it, so the name types the role's words as its title. */
const ROLE_CONTEXT_AFTER_CHARS = 30;

/**
 * A lower-case role right before a name ("ministry spokeswoman Leila Marut", "Chief fire officer Magnus Bexworth"),
 * read backwards: title words of our lists, and the singular common nouns that name the role's field in a noun
 * compound ("fire officer", "museum director", "plant manager"), as the tagger reads them there; a verb ("to remove
 * chairwoman ...") ends the role.
 */
export function roleBefore(text: string, start: number, maxWords: number): { role: string; start: number; end: number } | null {
  const line = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - ROLE_LOOKBACK_CHARS);
  const before = tokens(text, line, start);
  const tail = text.slice(before.length ? before[before.length - 1].end : start, start);
  if (!before.length || !/^[ \u00A0]+$/u.test(tail) || !ROLE_HEADS.has(bare(before[before.length - 1].w))) return null;
  let i = before.length - 1;
  let nouns: Set<number> | null = null;
  const isNoun = (t: Token): boolean => (nouns ??= singularNounsIn(text, line, Math.min(text.length, start + ROLE_CONTEXT_AFTER_CHARS))).has(t.start);
  while (i > 0 && before.length - i < maxWords) {
    const w = before[i - 1].w;
    const gap = text.slice(before[i - 1].end, before[i].start);
    if (!/^[ \u00A0]+$/u.test(gap) || STOP_CAPS.has(bare(w)) || endsSentence(w)) break;
    const listed = ROLE_MODIFIERS.has(bare(w)) || ROLE_HEADS.has(bare(w)) || isDemonym(w) || /^\p{Lu}/u.test(w);
    if (!(listed || (/^\p{Ll}+$/u.test(w) && isNoun(before[i - 1]))) || bare(w) in HONORIFICS) break;
    i--;
  }
  while (i < before.length - 1 && PATTERNS.JOINER.test(before[i].w)) i++;
  return { role: text.slice(before[i].start, before[before.length - 1].end), start: before[i].start, end: before[before.length - 1].end };
}

/** Drop leading "The"/lower-case words from a name span ("the Meris Strait", "city of Calvero"). */
const COMPOUND_ADJ = /[-‐](?:based|born|led|backed|owned|run|controlled|bound|made|linked|affiliated|funded|allied|friendly|style|registered|flagged)$/u;

export function dropLead(text: string, start: number, end: number): { start: number; end: number } {
  const toks = tokens(text, start, end);
  let i = 0;
  while (i < toks.length - 1 && !(bare(toks[i].w) in HONORIFICS) && (STOP_CAPS.has(bare(toks[i].w)) || !/^\p{Lu}/u.test(toks[i].w) || COMPOUND_ADJ.test(toks[i].w))) i++;
  return { start: toks.length ? toks[i].start : start, end };
}
