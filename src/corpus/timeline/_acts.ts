/** One act named by several event types: a verb lemma of the generic reader and the noun a trigger gives the same act. */
import { VERB_ACTS, VERB_NOUN_SUFFIXES } from './constants.ts';

/** Is `noun` the verb `verb` with a noun suffix ("ground" / "grounding", "close" / "closure", "restore" / "restoration")? */
export function nominalises(verb: string, noun: string): boolean {
  if (verb.includes(' ') || noun.length <= verb.length) return false;
  const stems = verb.endsWith('e') ? [verb, verb.slice(0, -1)] : [verb];
  return stems.some((s) => noun.startsWith(s) && VERB_NOUN_SUFFIXES.includes(noun.slice(s.length)));
}

/**
 * The type each type of a corpus is merged under: the types that name one act ("detain" / "detention", "brief" / "briefing",
 * "quit" / "resignation") are one, named by the noun most mentions use. (A bare verb and its phrasal form are not: "run" /
 * "run out", "build" / "build up" name other acts.) `counts`: mentions per type.
 */
export function actTypes(counts: ReadonlyMap<string, number>): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const union = (a: string, b: string): void => {
    for (const x of [a, b]) if (!parent.has(x)) parent.set(x, x);
    const ra = find(a), rb = find(b);
    if (ra !== rb) parent.set(ra > rb ? ra : rb, ra > rb ? rb : ra);
  };
  const types = [...counts.keys()].sort();
  for (const t of types) parent.set(t, t);
  const verbs = new Set<string>();
  for (const t of types) {
    const act = VERB_ACTS.get(t);
    if (act) { union(t, act); verbs.add(t); }
    for (const n of types) if (nominalises(t, n)) { union(t, n); verbs.add(t); }
  }
  const groups = new Map<string, string[]>();
  for (const t of parent.keys()) groups.set(find(t), [...(groups.get(find(t)) ?? []), t]);
  const out = new Map<string, string>();
  for (const members of groups.values()) {
    const name = [...members].sort((a, b) => Number(verbs.has(a)) - Number(verbs.has(b)) || (counts.get(b) ?? 0) - (counts.get(a) ?? 0)
      || b.length - a.length || a.localeCompare(b))[0]!;
    for (const m of members) out.set(m, name);
  }
  return out;
}
