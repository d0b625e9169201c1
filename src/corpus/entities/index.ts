/**
 * corpus/entities: one global entity per real-world person, organisation or place across documents.
 * Merges spelling, spacing, hyphen and transliteration variants of full names, acronyms with the
 * names they abbreviate and country aliases; links a capital to its country without merging.
 * People are merged only on full names (two words or more): never on a shared first name, surname or title.
 */
import { createHash } from 'node:crypto';
import type { Entity, EntityType, Role } from '../../contract/dossier.ts';
import type { AnalysedDocument } from '../../contract/pipeline.ts';
import { capitalOf } from '../../analyse/entities/index.ts';
import type { EntityResolution } from '../types.ts';
import { ID_HASH_CHARS } from './constants.ts';
import { compactKey, nameWords } from './_keys.ts';
import { mergeRecords, type LocalRecord, type MergeOptions } from './_merge.ts';

export type { MergeOptions } from './_merge.ts';
/** Name-comparison helpers for other corpus parts that compare people's names the same way (the statements' speakers). */
export { editDistance, nameWords } from './_keys.ts';

function records(docs: AnalysedDocument[]): LocalRecord[] {
  const out: LocalRecord[] = [];
  for (const { doc, analysis } of docs) {
    (analysis?.entities ?? []).forEach((e, local) => {
      out.push({ docId: doc.id, local, entity: e, date: analysis.publishedAt ?? doc.publishedAt ?? null, mentions: analysis.mentions.filter((m) => m.entity === local) });
    });
  }
  return out;
}

/**
 * One full name, one type across the corpus: a record typed 'other' (no type evidence in its
 * document) or typed person/organisation against most documents takes the type most documents give
 * the name, so its mentions and quotes join the others ("Captain Irena Vasko, the officer in command
 * of the ship" read as a ship in one document; "Velta Hydro" guessed as a person where no cue says company).
 * Places keep their type (a capital named for its government stays a city).
 */
function consistentTypes(recs: LocalRecord[]): LocalRecord[] {
  const votes = new Map<string, Map<EntityType, number>>();
  // a name typed from its document's wording outvotes any number of bare person guesses
  // ("the charity Haldane Aid" in three documents, "Haldane Aid" guessed a person in seven)
  const evidenced = new Set(recs.filter((r) => !isBarePersonGuess(r) && r.entity.type !== 'other').map((r) => compactKey(r.entity.name)));
  for (const r of recs) {
    if (r.entity.type === 'other' || nameWords(r.entity.name).length < 2) continue;
    const k = compactKey(r.entity.name);
    if (isBarePersonGuess(r) && evidenced.has(k)) continue;
    const v = votes.get(k) ?? new Map<EntityType, number>();
    v.set(r.entity.type, (v.get(r.entity.type) ?? 0) + 1);
    votes.set(k, v);
  }
  // the type most documents give the name; a tie keeps each document's own
  const typeOf = new Map<string, EntityType>();
  for (const [k, v] of votes) {
    const [first, second] = [...v.entries()].sort((a, b) => b[1] - a[1]);
    if (!second || first[1] > second[1]) typeOf.set(k, first[0]);
  }
  return recs.map((r) => {
    const t = typeOf.get(compactKey(r.entity.name));
    if (!t || t === r.entity.type || !(r.entity.type === 'other' || t === 'person' || t === 'organization') || r.entity.type === 'place') return r;
    // a guessed person's surname aliases ("Pellucia" of "Clear Skies Pellucia") name no organisation: they would join it to other names
    const aliases = r.entity.type === 'person' ? r.entity.aliases.filter((a) => !isNameTail(a, r.entity.name)) : r.entity.aliases;
    return { ...r, entity: { ...r.entity, type: t, aliases } };
  });
}

/** "Pellucia" of "Clear Skies Pellucia": the last words of a longer name. */
function isNameTail(alias: string, name: string): boolean {
  const a = nameWords(alias), n = nameWords(name);
  return a.length < n.length && a.every((w, k) => w === n[n.length - a.length + k]);
}

/** A person record with nothing in its document to say so: no role, no gender (honorific, first name, pronouns), never called by its surname. */
const isBarePersonGuess = (r: LocalRecord): boolean => r.entity.type === 'person' && !r.entity.gender && r.entity.roles.length === 0
  && !r.entity.aliases.some((a) => isNameTail(a, r.entity.name));

function canonical(members: LocalRecord[], type: EntityType): string {
  const count = new Map<string, number>();
  for (const m of members) count.set(m.entity.name, (count.get(m.entity.name) ?? 0) + 1);
  const acr = (s: string): boolean => /^[\p{Lu}\p{N}.&]+$/u.test(s);
  return [...count.entries()].sort((a, b) => (type === 'organization' ? Number(acr(a[0])) - Number(acr(b[0])) : 0)
    || b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0][0];
}

const slug = (s: string): string => compactKey(s).replace(/^country:/, '').replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60) || 'x';

/** Cross-document entity resolution. Same input (in any order) → same ids and entities. */
export function resolveEntities(docs: AnalysedDocument[], opts: MergeOptions = {}): EntityResolution {
  const recs = consistentTypes(records(docs));
  const groups = mergeRecords(recs, opts);
  const built = groups.map((members) => {
    const type = vote(members);
    const name = canonical(members, type);
    const memberKey = [...new Set(members.map((m) => `${m.docId}#${m.local}`))].sort().join('|');
    return { members, type, name, base: `${type}:${slug(name)}`, memberKey };
  });
  const byBase = new Map<string, number>();
  for (const b of built) byBase.set(b.base, (byBase.get(b.base) ?? 0) + 1);
  const globalIds = new Map<string, string[]>(docs.map(({ doc, analysis }) => [doc.id, new Array((analysis?.entities ?? []).length).fill('')]));
  const entities: Entity[] = built.map((b) => {
    const id = byBase.get(b.base)! > 1 ? `${b.base}~${createHash('sha1').update(b.memberKey).digest('hex').slice(0, ID_HASH_CHARS)}` : b.base;
    for (const m of b.members) globalIds.get(m.docId)![m.local] = id;
    const roles: Role[] = b.members.flatMap((m) => m.entity.roles.map((r) => ({ role: r.role, date: m.date, documentId: m.docId, start: r.start, end: r.end })))
      .sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '') || x.documentId.localeCompare(y.documentId) || x.start - y.start)
      // one entry per role and document: the first place it is given
      .filter((r, k, all) => all.findIndex((o) => o.documentId === r.documentId && o.role.toLowerCase() === r.role.toLowerCase()) === k);
    const ent: Entity = {
      id, type: b.type, name: b.name,
      aliases: [...new Set(b.members.flatMap((m) => [m.entity.name, ...m.entity.aliases]))].sort(),
      mentions: b.members.flatMap((m) => m.mentions.map((x) => ({ documentId: m.docId, start: x.start, end: x.end })))
        .sort((x, y) => x.documentId.localeCompare(y.documentId) || x.start - y.start),
    };
    if (roles.length) ent.roles = roles;
    return ent;
  }).sort((a, b) => a.id.localeCompare(b.id));
  linkCapitals(entities);
  return { entities, globalIds };
}

function vote(members: LocalRecord[]): EntityType {
  const n = new Map<EntityType, number>();
  for (const m of members) n.set(m.entity.type, (n.get(m.entity.type) ?? 0) + 1);
  // 'other' is the absence of type evidence: any typed member outvotes it
  return [...n.entries()].sort((a, b) => Number(a[0] === 'other') - Number(b[0] === 'other') || b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

/** A capital city stays a city but points at its country's entity ("Moscow" → Russia). */
function linkCapitals(entities: Entity[]): void {
  const countryIds = new Map<string, string>();
  for (const e of entities) if (e.type === 'place' && compactKey(e.name).startsWith('country:')) countryIds.set(compactKey(e.name), e.id);
  for (const e of entities) {
    if (e.type !== 'place') continue;
    const country = capitalOf(e.name);
    const id = country ? countryIds.get(compactKey(country)) : undefined;
    if (id && id !== e.id) e.linkedIds = [id];
  }
}
