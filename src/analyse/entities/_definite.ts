/** "the accord", "the strait", "Talvar's foreign ministry": a definite description naming the one
 * organisation, place or agreement in the document whose name ends in that head word. */
import type { EntityMention, LocalEntity } from '../../contract/pipeline.ts';
import { ORG_HEADS, OTHER_HEADS, PLACE_HEADS } from './data/lexicon.ts';

const DETERMINER = /(?:^|[^\p{L}])((?:[Tt]he|[Tt]his)|\p{Lu}[\p{L}-]*['’]s)[ \u00A0]+/gu;
const MAX_WORDS = 3;
/** Modifiers that point away from the entity already named ("the other ministry"). */
const CONTRAST = new Set(['other', 'another', 'second', 'former', 'previous', 'rival', 'opposition', 'new', 'different', 'next', 'last']);
/** Shared opening letters that tie a possessor to a name word ("Talvar's" / "Talvari Foreign Ministry"). */
const OWNER_PREFIX = 4;
const isHead = (w: string): boolean => ORG_HEADS.has(w) || PLACE_HEADS.has(w) || OTHER_HEADS.has(w);

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
      const target = strict.length === 1 && owned(strict[0]) ? strict[0] : fits.length === 1 && plain && owned(fits[0]) ? fits[0] : -1;
      if (target >= 0 && !used.subarray(from, end).includes(1)) { out.push({ start: from, end, text: text.slice(from, end), entity: target }); used.fill(1, from, end); }
      break;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
