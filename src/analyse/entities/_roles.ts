/** Roles in appositions ("X, the German chancellor,") and role descriptions that stand for a person. */
import type { EntityMention, LocalEntity } from '../../contract/pipeline.ts';
import { MAX_ROLE_WORDS } from './constants.ts';
import { PATTERNS } from './patterns.ts';
import { ROLE_HEADS, ROLE_MODIFIERS } from './data/lexicon.ts';
import { countryOf, isDemonym } from './_gazetteer.ts';

const ROLE_PHRASE_MAX_CHARS = 80;
const lc = (w: string): string => w.toLowerCase().replace(/\.$/, '');

/** A phrase made of role words with at least one role head, e.g. "spokeswoman for the ministry". */
function roleWords(phrase: string): boolean {
  const words = phrase.split(/\s+/u).filter(Boolean);
  if (!words.length || words.length > MAX_ROLE_WORDS + 3) return false;
  const known = (w: string): boolean => ROLE_HEADS.has(lc(w)) || ROLE_MODIFIERS.has(lc(w)) || isDemonym(w) || PATTERNS.JOINER.test(w) || /^\p{Lu}/u.test(w) || countryOf(w) !== null;
  return words.every(known) && words.some((w) => ROLE_HEADS.has(lc(w)));
}

/** Add roles given in apposition right after or right before a person's mention; each is also a mention. */
export function appositionRoles(text: string, entities: LocalEntity[], mentions: EntityMention[]): EntityMention[] {
  const out = [...mentions];
  for (const m of mentions) {
    const ent = entities[m.entity];
    if (ent.type !== 'person') continue;
    const after = /^,[ \u00A0]+(?:(?:the|a|an)[ \u00A0]+)?([^,.;:()\n"“”]{2,80}?)(?=[ \u00A0]*[,.;)]|[ \u00A0]+(?:said|says|told|added|wrote)\b)/u.exec(text.slice(m.end, m.end + ROLE_PHRASE_MAX_CHARS));
    if (after && roleWords(after[1])) {
      const start = m.end + after[0].length - after[1].length;
      push(ent, after[1], start, m.entity, out);
    }
    const before = /(?:^|[,.;:\n(]|\b(?:the|a|an)|['’]s)[ \u00A0]+([^,.;:()\n"“”]{2,80}?),[ \u00A0]+$/u.exec(text.slice(Math.max(0, m.start - ROLE_PHRASE_MAX_CHARS), m.start));
    if (before && roleWords(before[1]) && /(?:\b(?:the|a|an)|\p{Lu}[\p{L}-]*['’]s)[ \u00A0]+$/iu.test(text.slice(0, m.start - before[0].length + before[0].indexOf(before[1])))) {
      const start = m.start - before[0].length + before[0].indexOf(before[1]);
      push(ent, before[1], start, m.entity, out);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function push(ent: LocalEntity, role: string, start: number, entity: number, out: EntityMention[]): void {
  const r = role.trim();
  const end = start + r.length;
  if (ent.roles.some((x) => x.start === start)) return;
  ent.roles.push({ role: r, start, end });
  if (!out.some((m) => m.start < end && start < m.end)) out.push({ start, end, text: r, entity });
}

const THE = /(?<![\p{L}])(?:[Tt]he|\p{Lu}[\p{L}-]*['’]s)[ \u00A0]+/gu;
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
    const { start, end } = d;
    const head = d.words[d.words.length - 1];
    if (/^[ \u00A0]+(?:\p{Lu}|of\b)/u.test(text.slice(end, end + 4)) || busy(start, end)) continue;
    const mods = d.words.slice(0, -1);
    if (!mods.every((w) => ROLE_MODIFIERS.has(w) || isDemonym(w))) continue;
    const fits = persons.filter((i) => entities[i].roles.some((r) => {
      const words = r.role.split(/\s+/u).map(lc);
      return r.start < start && words.includes(head) && mods.every((w) => words.includes(w));
    }));
    if (fits.length === 1) { out.push({ start, end, text: text.slice(start, end), entity: fits[0] }); used.fill(1, start, end); }
  }
  return out.sort((a, b) => a.start - b.start);
}
