/** Turn linked groups into LocalEntity records and one mention per candidate. */
import type { EntityMention, LocalEntity } from '../../contract/pipeline.ts';
import { PATTERNS } from './patterns.ts';
import { countryOf } from './_gazetteer.ts';
import { root, type Group } from './_groups.ts';

export interface Built {
  entities: LocalEntity[];
  mentions: EntityMention[];
}

function bestName(text: string, g: Group[], type: LocalEntity['type'], rootGroup: Group): string {
  const surfaces = g.flatMap((x) => x.cands.map((c) => text.slice(c.start, c.end)));
  if (type === 'place') {
    for (const s of surfaces) { const c = countryOf(s); if (c) return c; }
    // "Republic of Orsenna" is an alias of the place it was linked to; a dateline's "VARNO" is "Varno" shouted
    const own = rootGroup.cands.map((c) => text.slice(c.start, c.end));
    return own.find((s) => /\p{Ll}/u.test(s)) ?? own[0];
  }
  const pool = type === 'organization' && surfaces.some((s) => !PATTERNS.ACRONYM.test(s)) ? surfaces.filter((s) => !PATTERNS.ACRONYM.test(s)) : surfaces;
  return [...pool].sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
}

export function build(text: string, groups: Group[]): Built {
  const rootIds = [...new Set(groups.map((_, i) => root(groups, i)))].filter((r) => !groups[r].choices);
  const entityOf = new Map<number, number>();
  const members = new Map<number, Group[]>();
  for (let i = 0; i < groups.length; i++) {
    if (groups[i].choices) continue;
    const r = root(groups, i);
    members.set(r, [...(members.get(r) ?? []), groups[i]]);
  }
  // order entities by first appearance so indices read naturally
  const first = (r: number): number => Math.min(...(members.get(r) ?? []).flatMap((g) => g.cands.map((c) => c.start)));
  rootIds.sort((a, b) => first(a) - first(b));
  const entities: LocalEntity[] = rootIds.map((r, idx) => {
    entityOf.set(r, idx);
    const ms = members.get(r) ?? [];
    const type = groups[r].type;
    const cands = ms.flatMap((g) => g.cands);
    const gender = cands.find((c) => c.gender)?.gender ?? undefined;
    const ent: LocalEntity = {
      type,
      name: bestName(text, ms, type, groups[r]),
      aliases: [...new Set(cands.map((c) => text.slice(c.start, c.end)))].sort(),
      roles: cands.filter((c) => c.role).map((c) => ({ ...c.role! })),
    };
    if (gender) ent.gender = gender;
    return ent;
  });
  const mentions: EntityMention[] = [];
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    for (const c of g.cands) {
      let target: number | undefined;
      if (g.choices) target = nearest(groups, g.choices, c.start, entityOf);
      else target = entityOf.get(root(groups, i));
      if (target === undefined) continue;
      mentions.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), entity: target });
      if (g.choices && !entities[target].aliases.includes(text.slice(c.start, c.end))) entities[target].aliases.push(text.slice(c.start, c.end));
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}

/** The candidate root with the closest mention before `at` (else the closest after). */
function nearest(groups: Group[], choices: number[], at: number, entityOf: Map<number, number>): number | undefined {
  let best: { r: number; d: number } | null = null;
  for (const r of choices) {
    for (let i = 0; i < groups.length; i++) {
      if (groups[i].choices || root(groups, i) !== r) continue;
      for (const c of groups[i].cands) {
        const d = c.start <= at ? at - c.start : 1e9 + (c.start - at);
        if (!best || d < best.d) best = { r, d };
      }
    }
  }
  return best ? entityOf.get(best.r) : undefined;
}
