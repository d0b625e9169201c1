/** Which local entities are one real-world entity: union-find over name evidence. Order-independent. */
import type { EntityMention, LocalEntity } from '../../contract/pipeline.ts';
import { compactKey, initials, ministryKey, nameWords, samePerson, surnameBlocks } from './_keys.ts';

export interface LocalRecord {
  docId: string;
  local: number;
  entity: LocalEntity;
  date: string | null;
  mentions: EntityMention[];
}

export interface MergeOptions {
  /** Merge people named by one word only ("Lohan") across documents when that word is identical. Default false: one shared surname is no evidence. */
  singleNames?: boolean;
}

const ACRONYM = /^(?:\p{Lu}\.?){2,}$|^\p{Lu}[\p{Lu}\p{N}&]+$/u;

class Sets {
  parent: number[];
  constructor(n: number) { this.parent = Array.from({ length: n }, (_, i) => i); }
  find(i: number): number { while (this.parent[i] !== i) { this.parent[i] = this.parent[this.parent[i]]; i = this.parent[i]; } return i; }
  union(a: number, b: number): void { const ra = this.find(a); const rb = this.find(b); if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb); }
}

/** Union every record sharing `key` (records in a bucket). */
function unionBuckets(sets: Sets, buckets: Map<string, number[]>): void {
  for (const ids of buckets.values()) for (let k = 1; k < ids.length; k++) sets.union(ids[0], ids[k]);
}

const push = (m: Map<string, number[]>, k: string, i: number): void => { const l = m.get(k); if (l) l.push(i); else m.set(k, [i]); };

export function mergeRecords(recs: LocalRecord[], opts: MergeOptions = {}): LocalRecord[][] {
  const sets = new Sets(recs.length);
  const byKey = new Map<string, number[]>();
  const byBlock = new Map<string, number[]>();
  const fullByInitials = new Map<string, Set<string>>();
  recs.forEach((r, i) => {
    const e = r.entity;
    if (e.type === 'person') {
      const words = nameWords(e.name);
      if (words.length >= 2) { push(byKey, `p:${compactKey(e.name)}`, i); for (const b of surnameBlocks(words)) push(byBlock, b, i); }
      else if (opts.singleNames && words.length === 1) push(byKey, `p1:${words[0]}`, i);
      return;
    }
    // organisations and places: the name and every alias that is a full name, an acronym or a country
    for (const a of new Set([e.name, ...e.aliases])) {
      push(byKey, `n:${compactKey(a)}`, i);
      const ministry = e.type === 'organization' ? ministryKey(a) : null;
      if (ministry) push(byKey, ministry, i);
      if (!ACRONYM.test(a) && a.split(/\s+/).length > 1) {
        const ini = initials(a);
        if (ini.length >= 2) fullByInitials.set(ini, new Set([...(fullByInitials.get(ini) ?? []), compactKey(a)]));
      }
    }
  });
  unionBuckets(sets, byKey);
  // spelling and transliteration variants of full person names, compared within a surname-sound block
  for (const ids of byBlock.values()) {
    const words = ids.map((i) => nameWords(recs[i].entity.name));
    for (let x = 0; x < ids.length; x++) for (let y = x + 1; y < ids.length; y++) if (samePerson(words[x], words[y])) sets.union(ids[x], ids[y]);
  }
  // an acronym joins the one full name in the corpus whose initials it is
  const nameIndex = new Map<string, number>();
  recs.forEach((r, i) => { if (r.entity.type !== 'person') for (const a of [r.entity.name, ...r.entity.aliases]) if (!nameIndex.has(`n:${compactKey(a)}`)) nameIndex.set(`n:${compactKey(a)}`, i); });
  recs.forEach((r, i) => {
    if (r.entity.type === 'person' || !ACRONYM.test(r.entity.name)) return;
    const full = fullByInitials.get(r.entity.name.replace(/\./g, ''));
    if (full?.size === 1) { const j = nameIndex.get(`n:${[...full][0]}`); if (j !== undefined) sets.union(i, j); }
  });
  // a one-word organisation ("Meridian") joins the one organisation in the corpus whose longer name starts with it ("Meridian News Agency"),
  // unless most documents call the word a place: a capital read as an organisation where it speaks for its government
  // ("Tarvel has asked for help") is that city, and joining it to the one outlet named after the city ("Tarvel Courier")
  // would make the outlet a place. "Most" is twice as many place readings as organisation readings: a company often
  // misread as a place ("shares in Firnley rose") must still join its full name.
  const readings = new Map<string, { place: number; organization: number }>();
  for (const r of recs) {
    if (r.entity.type !== 'place' && r.entity.type !== 'organization') continue;
    const k = compactKey(r.entity.name);
    const n = readings.get(k) ?? { place: 0, organization: 0 };
    n[r.entity.type] += 1;
    readings.set(k, n);
  }
  const isMostlyPlace = (name: string): boolean => { const n = readings.get(compactKey(name)); return !!n && n.place >= 2 * n.organization; };
  const byFirst = new Map<string, Set<string>>();
  recs.forEach((r) => { if (r.entity.type === 'organization') { const w = nameWords(r.entity.name); if (w.length > 1 && !ACRONYM.test(r.entity.name)) byFirst.set(w[0], new Set([...(byFirst.get(w[0]) ?? []), compactKey(r.entity.name)])); } });
  recs.forEach((r, i) => {
    const w = nameWords(r.entity.name);
    if (r.entity.type !== 'organization' || w.length !== 1 || ACRONYM.test(r.entity.name) || isMostlyPlace(r.entity.name)) return;
    const full = byFirst.get(w[0]);
    if (full?.size === 1) { const j = nameIndex.get(`n:${[...full][0]}`); if (j !== undefined) sets.union(i, j); }
  });
  // an organisation a page names only by its field and kind ("the housing agency") is the one organisation the corpus
  // names in full with those last words ("Orlin Housing Agency"): the page leaves out what its readers already know
  const byTail = new Map<string, Set<string>>();
  recs.forEach((r) => {
    if (r.entity.type !== 'organization' || !/\p{Lu}/u.test(r.entity.name)) return;
    const w = nameWords(r.entity.name);
    for (let k = 2; k < w.length; k++) { const tail = w.slice(-k).join(' '); byTail.set(tail, new Set([...(byTail.get(tail) ?? []), compactKey(r.entity.name)])); }
  });
  recs.forEach((r, i) => {
    if (r.entity.type !== 'organization' || /\p{Lu}/u.test(r.entity.name)) return;
    const w = nameWords(r.entity.name);
    const full = w.length >= 2 ? byTail.get(w.join(' ')) : undefined;
    if (full?.size === 1) { const j = nameIndex.get(`n:${[...full][0]}`); if (j !== undefined) sets.union(i, j); }
  });
  const groups = new Map<number, LocalRecord[]>();
  recs.forEach((r, i) => { const k = sets.find(i); const g = groups.get(k); if (g) g.push(r); else groups.set(k, [r]); });
  return [...groups.values()];
}
