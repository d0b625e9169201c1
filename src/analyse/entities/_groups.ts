/** Within-document alias resolution: candidates → groups of one surface key → linked entities. */
import type { EntityType } from '../../contract/dossier.ts';
import { PATTERNS } from './patterns.ts';
import { countryOf, nameKey } from './_gazetteer.ts';
import type { Candidate } from './_types.ts';
import { firstNameGender } from './_compromise.ts';
import { withoutSuffix } from './_scan.ts';

export interface Group {
  key: string;
  toks: string[];
  cands: Candidate[];
  type: EntityType;
  strong: boolean;
  /** Index of the group this one is an alias of, or -1. */
  parent: number;
  /** Roots a short name could belong to when several people share it; resolved per mention. */
  choices?: number[];
}

const STRONG_VOTE = 3;

function vote(cands: Candidate[]): EntityType {
  const score = new Map<EntityType, number>();
  for (const c of cands) score.set(c.type, (score.get(c.type) ?? 0) + (c.strong ? STRONG_VOTE : 1));
  return [...score.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

export function groupCandidates(text: string, cands: Candidate[]): Group[] {
  const byKey = new Map<string, Candidate[]>();
  for (const c of cands) {
    const surface = text.slice(c.start, c.end);
    const country = c.type === 'place' || c.strong ? countryOf(surface) : null;
    const key = country ? `country:${nameKey(country)}` : nameKey(surface);
    if (!key) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), c]);
  }
  return [...byKey.entries()].map(([key, cs]) => ({
    key, toks: key.replace(/^country:/, '').split(' '), cands: cs, type: vote(cs), strong: cs.some((c) => c.strong), parent: -1,
  }));
}

export function root(groups: Group[], i: number): number {
  let r = i;
  while (groups[r].parent >= 0) r = groups[r].parent;
  return r;
}

const isSuffix = (short: string[], long: string[]): boolean =>
  short.length < long.length && short.every((t, i) => t === long[long.length - short.length + i]);

/** Person groups whose tokens end a longer person name ("Merkel", "Le Pen") become its aliases. */
/** Gender a group's honorifics give, else (for full names) its first name's. */
function groupGender(g: Group, withName: boolean): 'female' | 'male' | null {
  const h = g.cands.find((c) => c.gender)?.gender;
  if (h) return h;
  return withName && g.toks.length >= 2 ? firstNameGender(g.toks[0]) : null;
}

export function linkPersons(groups: Group[]): void {
  const all = groups.map((g, i) => i).filter((i) => groups[i].type === 'person' && groups[i].toks.length >= 2);
  const anchorGender = new Map(all.map((i) => [i, groupGender(groups[i], true)]));
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    if (g.type !== 'person' && (g.strong || g.toks.length > 1)) continue;
    // "Mr Jenkin" is not "Kathryn Jenkin"
    const own = groupGender(g, false);
    const anchors = all.filter((a) => !own || !anchorGender.get(a) || anchorGender.get(a) === own);
    let hits = anchors.filter((a) => a !== i && isSuffix(g.toks, withoutSuffix(groups[a].toks)));
    // a first name alone ("Arman") for the one person of that first name, when no one has it as surname
    if (!hits.length && g.type === 'person' && g.toks.length === 1 && !all.some((a) => groups[a].toks.at(-1) === g.toks[0])) {
      const firsts = anchors.filter((a) => groups[a].toks[0] === g.toks[0]);
      if (firsts.length === 1) hits = firsts;
    }
    // a full name with middle initials dropped ("George Bush" / "George W. Bush")
    if (!hits.length && g.type === 'person' && g.toks.length === 2) {
      hits = anchors.filter((a) => a !== i && groups[a].toks.length > 2 && groups[a].toks[0] === g.toks[0] && groups[a].toks.at(-1) === g.toks[1]);
    }
    const roots = [...new Set(hits.map((h) => root(groups, h)))].filter((r) => r !== i);
    if (roots.length === 1) { g.parent = roots[0]; g.type = 'person'; }
    else if (roots.length > 1) { g.type = 'person'; g.choices = roots; } // resolved per mention
  }
}

/** Initials of a name's capitalised words ("Agence France-Presse" → "AFP"). */
export function initials(name: string): string {
  return name.split(/[\s-]+/u).filter((w) => w && !PATTERNS.JOINER.test(w)).map((w) => w[0]).join('').toUpperCase();
}

/** Acronyms to the organisation they abbreviate: "(AFP)" after a name, or unique matching initials. */
export function linkAcronyms(text: string, groups: Group[]): void {
  const keyIndex = new Map(groups.map((g, i) => [g.key, i]));
  for (let i = 0; i < groups.length; i++) {
    for (const c of groups[i].cands) {
      const m = PATTERNS.PAREN_ACRONYM.exec(text.slice(c.end, c.end + 16));
      if (!m) continue;
      const j = keyIndex.get(nameKey(m[1]));
      if (j !== undefined && j !== i && groups[j].parent < 0 && root(groups, i) !== j && groups[i].toks.length > 1) groups[j].parent = root(groups, i);
    }
  }
  for (let j = 0; j < groups.length; j++) {
    const g = groups[j];
    const surface = text.slice(g.cands[0].start, g.cands[0].end);
    if (g.parent >= 0 || g.toks.length > 1 || !PATTERNS.ACRONYM.test(surface) || g.key.startsWith('country:')) continue;
    const acr = surface.replace(/\./g, '');
    const hits = groups.map((h, i) => i).filter((i) => i !== j && groups[i].type === 'organization' && groups[i].toks.length > 1
      && initials(text.slice(groups[i].cands[0].start, groups[i].cands[0].end)) === acr);
    if (hits.length === 1) { g.parent = root(groups, hits[0]); g.type = 'organization'; }
  }
  // "Meridian" / "the Black Cedar cell" for the one organisation whose name they start ("Meridian News Agency", "Black Cedar Front")
  for (const g of groups) {
    if (g.parent >= 0 || g.type !== 'organization' || g.key.startsWith('country:')) continue;
    const starts = [...new Set(groups.map((h, i) => i).filter((i) => groups[i] !== g && groups[i].type === 'organization' && groups[i].toks.length > g.toks.length && g.toks.every((t, k) => groups[i].toks[k] === t)).map((i) => root(groups, i)))];
    if (starts.length === 1) g.parent = starts[0];
  }
}

const STATE_WORDS = new Set(['republic', 'kingdom', 'principality', 'commonwealth', 'emirate', 'sultanate', 'state', 'federation']);

/** "Republic of Orsenna" is the formal name of the place "Orsenna" when the text names both. */
export function linkPlaces(groups: Group[]): void {
  const keyIndex = new Map(groups.map((g, i) => [g.key, i]));
  for (const g of groups) {
    if (g.parent >= 0 || g.type !== 'place' || g.toks.length < 3 || !STATE_WORDS.has(g.toks[0]) || g.toks[1] !== 'of') continue;
    const j = keyIndex.get(g.toks.slice(2).join(' '));
    if (j !== undefined && groups[j].type === 'place' && groups[j] !== g) g.parent = root(groups, j);
  }
}
