/**
 * "the Quendrick Bank branch on Tollivane Road", "its Tollivane Road branch", "the Tollivane Road bank": news writing names a
 * company's local premises by the street they stand on. The premises are a place of their own, neither the company nor
 * the street: the street's name there is part of the branch's name, and "the branch" later refers back to it.
 */
import type { EntityMention, LocalEntity } from '../../contract/pipeline.ts';

/** Last words of a street's name. */
const STREET_TAIL = /[ \u00A0](?:Street|Road|Avenue|Lane|Boulevard|Square|Drive|Row|Parade|Terrace|Crescent|Place|Way)$/u;
/** Nouns of a company's local premises. */
const PREMISES = 'branch|bank|store|shop|outlet|supermarket';
/** "… Bank branch on ", "the branch in ", "its branch at the ": the premises noun before the street, after a name or a determiner. */
const PREMISES_BEFORE = new RegExp(String.raw`(?:\p{Lu}[\p{L}'’-]*|\b(?:the|its|their|a))[ \u00A0]+(${PREMISES})[ \u00A0]+(?:on|in|at)[ \u00A0]+(?:the[ \u00A0]+)?$`, 'u');
/** " branch", " bank": the premises noun right after the street's name. */
const PREMISES_AFTER = new RegExp(String.raw`^[ \u00A0]+(${PREMISES})(?![\p{L}-])`, 'u');
/** "the branch", not "the branch manager" (a compound noun, already someone's role) nor "the branch's" owner. */
const BARE_BRANCH = /(?:^|[^\p{L}])([Tt]he[ \u00A0]+branch)(?![\p{L}'’-]|[ \u00A0]+(?:manager|managers|staff|network|closures?)\b)/gu;

/** The mentions with each street named as a company's premises turned into the branch's mention (a new place entity). */
export function branchMentions(text: string, entities: LocalEntity[], mentions: EntityMention[]): EntityMention[] {
  const branchOf = new Map<string, number>();
  const moved = new Map<EntityMention, { start: number; end: number; entity: string }>();
  for (const m of mentions) {
    const street = entities[m.entity];
    if (street.type !== 'place' || !STREET_TAIL.test(street.name) || m.text !== street.name) continue;
    const before = PREMISES_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start));
    const after = PREMISES_AFTER.exec(text.slice(m.end, m.end + 20));
    if (before) moved.set(m, { start: m.start - before[0].length + before[0].indexOf(before[1]), end: m.end, entity: street.name });
    else if (after) moved.set(m, { start: m.start, end: m.end + after[0].length, entity: street.name });
  }
  if (!moved.size) return mentions;
  const out: EntityMention[] = [];
  for (const m of mentions) {
    const to = moved.get(m);
    if (!to) { out.push(m); continue; }
    const name = `${to.entity} branch`;
    let i = branchOf.get(name);
    if (i === undefined) {
      // the street named only as the branch's address: its entity becomes the branch's
      const alone = !mentions.some((x) => x.entity === m.entity && !moved.has(x));
      i = alone ? m.entity : entities.push({ type: 'place', name, aliases: [], roles: [] }) - 1;
      if (alone) Object.assign(entities[i], { name, aliases: [] });
      branchOf.set(name, i);
    }
    const t = text.slice(to.start, to.end);
    out.push({ start: to.start, end: to.end, text: t, entity: i });
    if (!entities[i].aliases.includes(t)) entities[i].aliases.push(t);
  }
  // "the branch": the one branch the document names
  if (branchOf.size === 1) {
    const [i] = branchOf.values();
    const used = new Uint8Array(text.length + 1);
    for (const m of out) used.fill(1, m.start, m.end);
    for (const b of text.matchAll(BARE_BRANCH)) {
      const start = (b.index ?? 0) + b[0].length - b[1].length;
      if (used.subarray(start, start + b[1].length).includes(1)) continue;
      out.push({ start, end: start + b[1].length, text: b[1], entity: i });
      if (!entities[i].aliases.includes(b[1])) entities[i].aliases.push(b[1]);
    }
  }
  // the others' aliases were sorted before this pass; only the branches' grew
  for (const i of branchOf.values()) entities[i]!.aliases.sort();
  return out.sort((a, b) => a.start - b.start);
}
