/** "the accord", "the strait", "Talvar's foreign ministry": a definite description naming the one
 * organisation, place or agreement in the document whose name ends in that head word. */
import type { EntityMention, LocalEntity } from '../../contract/pipeline.ts';
import { ORG_APPOSITION_NOUNS, ORG_HEADS, ORG_NOUNS_BEFORE, OTHER_HEADS, PLACE_HEADS } from './data/lexicon.ts';
import { PATTERNS } from './patterns.ts';
import { isTitleOnly } from './_names.ts';

const DETERMINER = /(?:^|[^\p{L}])((?:[Tt]he|[Tt]his)|\p{Lu}[\p{L}-]*['’]s)[ \u00A0]+/gu;
const MAX_WORDS = 3;
/** Modifiers that point away from the entity already named ("the other ministry"). */
const CONTRAST = new Set(['other', 'another', 'second', 'former', 'previous', 'rival', 'opposition', 'new', 'different', 'next', 'last']);
/** Shared opening letters that tie a possessor to a name word ("Talvar's" / "Talvari Foreign Ministry"). */
const OWNER_PREFIX = 4;
const isHead = (w: string): boolean => ORG_HEADS.has(w) || PLACE_HEADS.has(w) || OTHER_HEADS.has(w);

/**
 * A name made of title words before its head ("Energy Ministry", "Federal Police") names the body by its field: a
 * description with a modifier the name lacks ("the health ministry") is another body of that kind, whereas a proper
 * name's ("Kessel Dam") may be described in any words ("the hydroelectric dam").
 */
const fieldNamed = (name: string): boolean => {
  const words = name.split(/\s+/u).slice(0, -1);
  // ... and so does a proper name whose head keeps its field word ("Orlin Press Agency"): "the housing agency" is
  // another agency than the press one, whereas "the agency" or "the press agency" is still it
  return words.length > 0 && (words.every(isTitleOnly) || (/^\p{Lu}/u.test(words[words.length - 1]) && isTitleOnly(words[words.length - 1])));
};

export function definiteMentions(text: string, entities: LocalEntity[], mentions: EntityMention[]): EntityMention[] {
  const out = [...mentions];
  const used = new Uint8Array(text.length + 1);
  for (const m of out) used.fill(1, m.start, m.end);
  const lastWord = entities.map((e) => e.name.toLowerCase().split(/\s+/u).at(-1) ?? '');
  for (const d of text.matchAll(DETERMINER)) {
    const from = (d.index ?? 0) + d[0].length;
    const words: { w: string; end: number }[] = [];
    for (const w of text.slice(from, from + 60).matchAll(/[\p{L}-]+|[^\p{L}\s-]/gu)) {
      if (!/\p{L}/u.test(w[0]) || words.length >= MAX_WORDS) break;
      if (from + (w.index ?? 0) !== (words.length ? words[words.length - 1].end + 1 : from)) break;
      words.push({ w: w[0], end: from + (w.index ?? 0) + w[0].length });
      const head = w[0].toLowerCase();
      if (!isHead(head)) continue;
      const end = words[words.length - 1].end;
      // "the Strait of Meris", "the Ministry Building": a name goes on, not a description
      if (/^[ \u00A0]+(?:of\b|\p{Lu})/u.test(text.slice(end, end + 4))) break;
      const mods = words.slice(0, -1).map((x) => x.w.toLowerCase());
      const fits = entities.map((_, i) => i).filter((i) => entities[i].type !== 'person' && lastWord[i] === head
        && mods.every((m, k) => entities[i].name.toLowerCase().split(/\s+/u).includes(m) || /^\p{Ll}/u.test(words[k].w)));
      const strict = fits.filter((i) => mods.every((m) => entities[i].name.toLowerCase().includes(m)));
      const plain = mods.every((m) => !CONTRAST.has(m) && /^\p{Ll}/u.test(m));
      // "New Zealand's highest mountain" is not the "Perth mountain": a possessor must be part of the name
      const owner = /['’]s$/u.test(d[1]) ? d[1].replace(/['’]s$/u, '').toLowerCase().slice(0, OWNER_PREFIX) : null;
      const owned = (i: number): boolean => !owner || entities[i].name.toLowerCase().split(/\s+/u).some((w) => w.startsWith(owner));
      const target = strict.length === 1 && owned(strict[0]) ? strict[0] : fits.length === 1 && plain && owned(fits[0]) && !fieldNamed(entities[fits[0]].name) ? fits[0] : -1;
      if (target >= 0 && !used.subarray(from, end).includes(1)) { out.push({ start: from, end, text: text.slice(from, end), entity: target }); used.fill(1, from, end); }
      break;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A class noun right before a name: "the charity Verrow Relief", "an armed group calling itself the Thornwick Front". */
const CLASS_BEFORE = /(?:^|[^\p{L}])(?:[Tt]he|[Aa]n?)[ \u00A0]+(?:[\p{Ll}-]+[ \u00A0]+){0,2}(\p{Ll}+)[ \u00A0]+(?:(?:calling itself|called|named|known as)[ \u00A0]+)?(?:the[ \u00A0]+)?$/u;
const isClassNoun = (w: string): boolean => ORG_APPOSITION_NOUNS.has(w) || ORG_NOUNS_BEFORE.has(w);

/** The class noun of an apposition right after a name: "Thornwick Front, a small group that ..." gives "group". */
function classAfter(text: string, end: number): string | null {
  const appos = PATTERNS.APPOSITION_AFTER.exec(text.slice(end, end + 90));
  if (!appos) return null;
  const words = appos[1].split(/[ \u00A0]+/u);
  const cut = words.findIndex((w, k) => k > 0 && (PATTERNS.NP_PREPOSITION.test(w) || PATTERNS.RELATIVE_START.test(w)));
  const head = (cut > 0 ? words[cut - 1] : words[words.length - 1]) ?? '';
  return isClassNoun(head) ? head : null;
}

/**
 * "the charity" after "the charity Verrow Relief", "the group" after "an armed group calling itself the Thornwick
 * Front": a definite description by the class noun the document gave one organisation's name, when it gave it to no
 * other. ("the group of five hostages" goes on with "of": another group.)
 */
export function classMentions(text: string, entities: LocalEntity[], mentions: EntityMention[]): EntityMention[] {
  const owners = new Map<string, Set<number>>();
  for (const m of mentions) {
    if (entities[m.entity]?.type !== 'organization' || m.text !== entities[m.entity].name) continue;
    const before = CLASS_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start))?.[1];
    for (const noun of [before && isClassNoun(before) ? before : null, classAfter(text, m.end)]) {
      if (noun) owners.set(noun, (owners.get(noun) ?? new Set()).add(m.entity));
    }
  }
  if (!owners.size) return mentions;
  const out = [...mentions];
  const used = new Uint8Array(text.length + 1);
  for (const m of out) used.fill(1, m.start, m.end);
  for (const d of text.matchAll(/(?:^|[^\p{L}])[Tt]he[ \u00A0]+(\p{Ll}+)(?![\p{L}-])/gu)) {
    const ents = owners.get(d[1]);
    if (!ents || ents.size !== 1) continue;
    const end = (d.index ?? 0) + d[0].length;
    const start = end - d[1].length;
    if (/^[ \u00A0]+(?:of\b|\p{Lu})/u.test(text.slice(end, end + 4)) || used.subarray(start, end).includes(1)) continue;
    out.push({ start, end, text: d[1], entity: [...ents][0] });
    used.fill(1, start, end);
  }
  return out.sort((a, b) => a.start - b.start);
}
