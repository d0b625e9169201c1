/** Roles in appositions ("X, the German chancellor,") and role descriptions that stand for a person. */
import type { EntityMention, LocalEntity } from '../../contract/pipeline.ts';
import { MAX_ROLE_WORDS } from './constants.ts';
import { PATTERNS } from './patterns.ts';
import { OFFICES, ROLE_HEADS, ROLE_MODIFIERS, STOP_CAPS } from './data/lexicon.ts';
import { tokens } from './_names.ts';
import { countryOf, isDemonym } from './_gazetteer.ts';

const ROLE_PHRASE_MAX_CHARS = 80;
const lc = (w: string): string => w.toLowerCase().replace(/\.$/, '').replace(/['’]s$/u, '');
/** Words that open a noun phrase before a role ("the", "its", "her"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);
/** Words that never sit inside a role phrase: function words and the verbs that end an apposition. */
const NOT_ROLE = /^(?:said|says|told|added|wrote|is|was|were|are|has|had|have|will|would|who|which|that|and|or|but|not|also|when|after|before|while|with|on|in|at|by|to|from)$/u;

/** A word that may stand inside a role phrase: a title word, a nationality, a name, a country or a plain lower-case word. */
const roleish = (w: string): boolean => !NOT_ROLE.test(lc(w)) && !STOP_CAPS.has(lc(w)) && /^[\p{L}][\p{L}'’.-]*$/u.test(w);

/**
 * A phrase that names a role: its head (a title noun) is the last word, or is followed by "of/for
 * ..." made of names and title words only ("spokeswoman for the ministry"). Words before the head
 * may be any plain words ("fisheries spokeswoman", "line's chief executive").
 */
export function roleWords(phrase: string): boolean {
  const words = phrase.split(/\s+/u).filter(Boolean);
  if (!words.length || words.length > MAX_ROLE_WORDS + 3) return false;
  const known = (w: string): boolean => ROLE_HEADS.has(lc(w)) || ROLE_MODIFIERS.has(lc(w)) || isDemonym(w) || PATTERNS.JOINER.test(w) || /^\p{Lu}/u.test(w) || countryOf(w) !== null;
  const head = words.findIndex((w) => ROLE_HEADS.has(lc(w)));
  if (head < 0) return false;
  const last = words.findLastIndex((w) => ROLE_HEADS.has(lc(w)));
  const tail = words.slice(last + 1);
  if (tail.length && (!/^(?:of|for|at|to)$/u.test(tail[0]) || !tail.every(known))) return false;
  return words.slice(0, last + 1).every((w) => known(w) || roleish(w));
}

/** The role phrase ending right before ", " at `at` ("the ministry spokeswoman, "), opened by a determiner or a possessive. */
function roleBeforeComma(text: string, at: number): { start: number; end: number } | null {
  const from = Math.max(0, at - ROLE_PHRASE_MAX_CHARS - 20);
  const comma = /,[ \u00A0]+$/u.exec(text.slice(from, at));
  if (!comma) return null;
  const end = at - comma[0].length;
  const toks = tokens(text, from, end);
  if (!toks.length || toks[toks.length - 1].end !== end) return null;
  for (let i = toks.length - 1; i >= 0 && toks.length - i <= MAX_ROLE_WORDS + 1; i--) {
    if (i < toks.length - 1 && !/^[ \u00A0]+$/u.test(text.slice(toks[i].end, toks[i + 1].start))) return null;
    const w = toks[i].w;
    const possessive = /['’]s$/u.test(w);
    // "a spokesman for the public prosecutor, X": "the public prosecutor" is the body X speaks for; the role goes on to "a spokesman"
    const objectOf = i > 1 && /^(?:of|for)$/u.test(toks[i - 1].w) && ROLE_HEADS.has(lc(toks[i - 2].w));
    if ((DETERMINERS.has(w.toLowerCase()) && !objectOf) || possessive) {
      // "Orsenna's prime minister" keeps the country; "the line's chief executive" keeps the title
      const first = possessive && /^\p{Lu}/u.test(w) ? i : i + 1;
      if (first > toks.length - 1) return null;
      const phrase = text.slice(toks[first].start, end);
      return roleWords(possessive ? phrase.replace(/^\S+['’]s\s+/u, '') : phrase) ? { start: toks[first].start, end } : null;
    }
    const preposition = /^(?:of|for)$/u.test(w) && i > 0 && ROLE_HEADS.has(lc(toks[i - 1].w));
    if (!objectOf && !preposition && !roleish(w) && !/^\p{Lu}/u.test(w)) return null;
  }
  return null;
}

/** Add roles given in apposition right after or right before a person's mention; each is also a mention. */
export function appositionRoles(text: string, entities: LocalEntity[], mentions: EntityMention[]): EntityMention[] {
  const out = [...mentions];
  for (const m of mentions) {
    const ent = entities[m.entity];
    if (ent.type !== 'person') continue;
    // "X, the head of the National Civil Protection Service (NCPS), said": an acronym in parentheses may close the role
    const after = /^,[ \u00A0]+(?:(?:the|a|an|its|his|her|their)[ \u00A0]+)?([^,.;:()\n"“”]{2,80}?)(?=(?:[ \u00A0]*\([^()\n]{1,12}\))?[ \u00A0]*[,.;)]|[ \u00A0]+(?:said|says|told|added|wrote)\b)/u.exec(text.slice(m.end, m.end + ROLE_PHRASE_MAX_CHARS));
    if (after && roleWords(after[1].replace(/^\p{Lu}\S*['’]s\s+/u, ''))) {
      const start = m.end + after[0].length - after[1].length;
      push(ent, after[1], start, m.entity, out);
    }
    // a title written before the name ("Fisheries Minister Davit Oranyan") sits between the apposition and the mention
    const title = ent.roles.find((r) => r.end <= m.start && /^[ \u00A0]+$/u.test(text.slice(r.end, m.start)));
    const before = roleBeforeComma(text, title ? title.start : m.start);
    if (before) push(ent, text.slice(before.start, before.end), before.start, m.entity, out);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Record a role (its whole phrase) and a mention of the person (the phrase after any possessor, which is a name of its own). */
export function push(ent: LocalEntity, role: string, start: number, entity: number, out: EntityMention[]): void {
  const r = role.trim();
  const end = start + r.length;
  if (ent.roles.some((x) => x.start === start)) return;
  ent.roles.push({ role: r, start, end });
  const own = /^\p{Lu}\S*['’]s[ \u00A0]+/u.exec(r);
  const from = own ? start + own[0].length : start;
  if (!out.some((m) => m.start < end && from < m.end)) out.push({ start: from, end, text: r.slice(from - start), entity });
}

const THE = /(?<![\p{L}])(?:[Tt]he|[Ii]ts|(\p{Lu}[\p{L}-]*)['’]s)[ \u00A0]+/gu;
const DESCRIPTION_MAX_WORDS = 4;

/** "the foreign minister" after "the": the words up to and including the first role head. */
function description(text: string, from: number): { start: number; end: number; words: string[] } | null {
  const m = new RegExp(`^(?:[\\p{L}'’-]+[ \\u00A0]+){0,${DESCRIPTION_MAX_WORDS - 1}}`, 'u').exec(text.slice(from, from + 120));
  const words: string[] = [];
  let end = from;
  for (const w of text.slice(from, from + 120).matchAll(/[\p{L}'’-]+/gu)) {
    if (words.length >= DESCRIPTION_MAX_WORDS || (w.index ?? 0) > (m ? m[0].length : 0)) break;
    words.push(lc(w[0]));
    end = from + (w.index ?? 0) + w[0].length;
    if (ROLE_HEADS.has(lc(w[0]))) return { start: from, end, words };
  }
  return null;
}

/** "the ministry spokeswoman" → the one person whose earlier role has that head and those words. */
export function roleMentions(text: string, entities: LocalEntity[], mentions: EntityMention[]): EntityMention[] {
  const out = [...mentions];
  const used = new Uint8Array(text.length + 1);
  for (const m of out) used.fill(1, m.start, m.end);
  for (const en of entities) for (const r of en.roles) used.fill(1, r.start, r.end);
  const busy = (s: number, e: number): boolean => used.subarray(s, e).includes(1);
  const persons = entities.map((e, i) => i).filter((i) => entities[i].type === 'person' && entities[i].roles.length > 0);
  for (const t of text.matchAll(THE)) {
    const d = description(text, (t.index ?? 0) + t[0].length);
    if (!d) continue;
    const { start } = d;
    // "the Orsennan Head of State": an office, held by the one president (or king ...) the document named
    const office = d.words[d.words.length - 1] === 'head' ? /^[ \u00A0]+of[ \u00A0]+(state|government)\b/iu.exec(text.slice(d.end, d.end + 20)) : null;
    const end = office ? d.end + office[0].length : d.end;
    const heads = office ? OFFICES[`head of ${office[1].toLowerCase()}`] : [d.words[d.words.length - 1]];
    if (/^[ \u00A0]+(?:\p{Lu}|of\b)/u.test(text.slice(end, end + 4)) || busy(start, end)) continue;
    // every word before the head must be one of the earlier role's words, so any plain word may stand there
    const mods = d.words.slice(0, -1);
    const owner = t[1] ? lc(t[1]) : null;
    const fits = persons.filter((i) => entities[i].roles.some((r) => {
      const words = r.role.split(/\s+/u).map(lc);
      // a nationality matches its country in the role ("the Orsennan Head of State" / "President of Orsenna")
      const has = (w: string): boolean => words.includes(w) || (DEMONYM_SHAPE.test(w) && words.some((x) => x.length >= OWNER_PREFIX && w.startsWith(x.slice(0, OWNER_PREFIX)) && x !== w));
      // the head must be the role's own ("the prosecutor" is not "spokesman for the public prosecutor", who speaks for one)
      const own = titleWords(words);
      return r.start < start && heads.some((h) => own.includes(h)) && mods.every(has) && (!owner || sameOwner(owner, r.role));
    }));
    if (fits.length === 1) { out.push({ start, end, text: text.slice(start, end), entity: fits[0] }); used.fill(1, start, end); }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A role's words before the body it belongs to: "spokesman" of "spokesman for the public prosecutor". */
function titleWords(words: string[]): string[] {
  const cut = words.findIndex((w, k) => k > 0 && /^(?:of|for|at|to|with)$/u.test(w));
  return cut > 0 ? words.slice(0, cut) : words;
}

/** Lower-cased words shaped like a nationality adjective ("orsennan", "talvari"). */
const DEMONYM_SHAPE = /^\p{Ll}+(?:an|ian|i|ese|ish)$/u;
/** Shared opening letters that tie a country to its demonym ("Talvar" / "Talvari"). */
const OWNER_PREFIX = 4;

/** "Talvar's fisheries minister" fits a role naming no other country ("Talvari Fisheries Minister", "Fisheries Minister"). */
function sameOwner(owner: string, role: string): boolean {
  const stem = owner.slice(0, OWNER_PREFIX);
  const named = role.split(/\s+/u).filter((w, k) => (k > 0 || !ROLE_HEADS.has(lc(w))) && (isDemonym(w) || countryOf(w) !== null || /^\p{Lu}\p{Ll}+(?:an|ian|i|ese|ish)$/u.test(w)));
  return named.every((w) => lc(w).startsWith(stem));
}
