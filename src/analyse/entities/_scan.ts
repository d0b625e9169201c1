/** Find every further occurrence of each entity's names (full name, surname, first name, acronym) in the text. */
import type { EntityMention, LocalEntity } from '../../contract/pipeline.ts';
import { firstNames } from './_family.ts';
import { PLACE_HEADS, TRADE_HEADS } from './data/lexicon.ts';
import { gazetteerType } from './_gazetteer.ts';
import { isCommonWord } from './_compromise.ts';
import { escapeRegExp } from './_names.ts';

const PARTICLES = new Set(['le', 'la', 'de', 'di', 'da', 'du', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'dos', 'del']);
const MIN_SURFACE_CHARS = 2;
/** Shortest name also looked for in capitals ("CALVERO —" datelines): short ones collide with acronyms. */
const MIN_UPPER_CHARS = 4;

/** Surname forms of a full person name: "Merkel", "Le Pen", "al-Assad". */
export function surnames(name: string): string[] {
  const toks = withoutSuffix(name.split(/\s+/u).filter(Boolean));
  if (toks.length < 2) return [];
  const out = [toks[toks.length - 1]];
  if (toks.length >= 3 && PARTICLES.has(toks[toks.length - 2].toLowerCase())) out.push(toks.slice(-2).join(' '));
  return out;
}

/** Generational suffixes after a surname ("Arcade Joseph Comeaux Jr"): the surname is the word before. */
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/iu;
export const withoutSuffix = (toks: string[]): string[] => (toks.length > 2 && SUFFIX.test(toks[toks.length - 1]) ? toks.slice(0, -1) : toks);

const isWordChar = (ch: string | undefined): boolean => !!ch && /[\p{L}\p{N}\p{M}]/u.test(ch);

export function scanMentions(text: string, entities: LocalEntity[], mentions: EntityMention[]): EntityMention[] {
  const owners = new Map<string, Set<number>>();
  const add = (s: string, e: number): void => { if (s.length >= MIN_SURFACE_CHARS) owners.set(s, new Set([...(owners.get(s) ?? []), e])); };
  entities.forEach((e, i) => e.aliases.forEach((a) => { add(a, i); if (a.length >= MIN_UPPER_CHARS) add(a.toUpperCase(), i); }));
  const nonPerson = new Set(entities.flatMap((e) => (e.type === 'person' ? [] : e.aliases)));
  entities.forEach((e, i) => { if (e.type === 'person') for (const s of surnames(e.name)) if (!nonPerson.has(s)) add(s, i); });
  // a first name alone ("Laci") for the one person of that first name
  for (const [f, i] of firstNames(text, entities)) if (!owners.has(f)) add(f, i);
  for (const [f, i] of firmShortForms(text, entities)) if (!owners.has(f)) add(f, i);
  const out = [...mentions];
  const used = new Uint8Array(text.length + 1);
  for (const m of out) used.fill(1, m.start, m.end);
  const taken = (s: number, e: number): boolean => used.subarray(s, e).includes(1);
  const surfaces = [...owners.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  for (const surface of surfaces) {
    const ents = [...(owners.get(surface) ?? [])];
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      const end = at + surface.length;
      if (isWordChar(text[at - 1]) || isWordChar(text[end]) || /['’]/u.test(text[at - 1] ?? '') || taken(at, end)) continue;
      const entity = ents.length === 1 ? ents[0] : closestBefore(mentions, ents, at);
      out.push({ start: at, end, text: surface, entity });
      used.fill(1, at, end);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const LEAD_WORD = /^\p{Lu}\p{Ll}{2,}$/u;

/**
 * "Fenstock said", "Fenstock's shares" after "Fenstock Cement": a firm named by a word and its trade is called by
 * that word alone once named. Not when the word is an ordinary one, or also names a place in the text
 * ("the Fenstock valley", "in Fenstock", "across the Fenstock"): a firm is often named after its river or town.
 */
export function firmShortForms(text: string, entities: LocalEntity[]): Map<string, number> {
  const count = new Map<string, number[]>();
  entities.forEach((e, i) => {
    const toks = e.name.split(/\s+/u);
    if (e.type === 'organization' && toks.length === 2 && TRADE_HEADS.has(toks[1]!.toLowerCase())) count.set(toks[0]!, [...(count.get(toks[0]!) ?? []), i]);
  });
  const out = new Map<string, number>();
  for (const [w, ids] of count) {
    if (ids.length !== 1 || !LEAD_WORD.test(w) || gazetteerType(w) || isCommonWord(w)) continue;
    const word = escapeRegExp(w);
    const placeAfter = [...text.matchAll(new RegExp(`(?<![\\p{L}])${word}[ \\u00A0]+(\\p{Ll}+)`, 'gu'))].some((m) => PLACE_HEADS.has(m[1]!));
    const placeBefore = new RegExp(`(?<![\\p{L}])(?:(?:in|at|from|near)[ \\u00A0]+|(?:on|across|along|into|over|by)[ \\u00A0]+the[ \\u00A0]+)${word}(?![\\p{L}])`, 'u').test(text);
    if (!placeAfter && !placeBefore) out.set(w, ids[0]!);
  }
  return out;
}

function closestBefore(mentions: EntityMention[], ents: number[], at: number): number {
  let best = ents[0];
  let bestAt = -1;
  for (const m of mentions) if (m.start < at && m.start > bestAt && ents.includes(m.entity)) { best = m.entity; bestAt = m.start; }
  return best;
}
