/** Find every further occurrence of each entity's names (full name, surname, first name, acronym) in the text. */
import type { EntityMention, LocalEntity } from '../../contract/pipeline.ts';
import { firstNames } from './_family.ts';

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

function closestBefore(mentions: EntityMention[], ents: number[], at: number): number {
  let best = ents[0];
  let bestAt = -1;
  for (const m of mentions) if (m.start < at && m.start > bestAt && ents.includes(m.entity)) { best = m.entity; bestAt = m.start; }
  return best;
}
