/** Lookups over our word lists and country table. */
import type { EntityType } from '../../contract/dossier.ts';
import { COUNTRIES } from './data/countries.ts';
import { KNOWN_ORGS, ORG_HEADS, ORG_STARTS, OTHER_HEADS, PLACE_HEADS, PLACE_STARTS, SITE_HEADS, TRADE_HEADS } from './data/lexicon.ts';

/** Lower-case, accents off, dots and hyphens to spaces, "the" dropped: the key names are compared by. */
export function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/['’]s$/u, '').replace(/(?<=\p{L})\.(?=\p{L}|$)/gu, '').replace(/[-‐–_.,'’]/gu, ' ')
    .replace(/^the\s+/u, '').replace(/\s+/gu, ' ').trim();
}

const COUNTRY_BY_KEY = new Map<string, string>();
const CAPITAL_OF = new Map<string, string>();
const DEMONYMS = new Set<string>();
for (const c of COUNTRIES) {
  for (const n of [c.name, ...c.aliases]) COUNTRY_BY_KEY.set(nameKey(n), c.name);
  for (const cap of c.capitals) if (!COUNTRY_BY_KEY.has(nameKey(cap))) CAPITAL_OF.set(nameKey(cap), c.name);
  for (const d of c.demonyms) DEMONYMS.add(d.toLowerCase());
}
const ORG_KEYS = new Set(KNOWN_ORGS.map(nameKey));

/** Canonical country name for a country name or alias ("UK" → "United Kingdom"), else null. */
export function countryOf(name: string): string | null {
  return COUNTRY_BY_KEY.get(nameKey(name)) ?? null;
}

/** Country whose capital this is ("Moscow" → "Russia"), else null. */
export function capitalOf(name: string): string | null {
  return CAPITAL_OF.get(nameKey(name)) ?? null;
}

/** True for nationality adjectives ("German", "Russian"). */
export function isDemonym(word: string): boolean {
  return DEMONYMS.has(word.toLowerCase());
}

/** The type our lists give a whole name, or null when they do not know it. */
export function gazetteerType(name: string): EntityType | null {
  const key = nameKey(name);
  if (COUNTRY_BY_KEY.has(key) || CAPITAL_OF.has(key)) return 'place';
  if (ORG_KEYS.has(key)) return 'organization';
  return null;
}

/** The type a name's head word gives it ("... Ministry" → organisation, "Gulf of ..." → place). */
export function headType(words: string[]): EntityType | null {
  if (words.length < 2) return null;
  const first = words[0].toLowerCase();
  const last = words[words.length - 1].toLowerCase();
  if (OTHER_HEADS.has(last)) return 'other';
  if (ORG_HEADS.has(last) || ORG_STARTS.has(first)) return 'organization';
  if (TRADE_HEADS.has(last) && words.every((w) => /^\p{Lu}/u.test(w))) return 'organization';
  if ((SITE_HEADS.has(last) || SITE_HEADS.has(first)) && words.some((w) => !/^\p{Lu}/u.test(w))) return null;
  if (PLACE_HEADS.has(last) || PLACE_STARTS.has(first)) return 'place';
  return null;
}
