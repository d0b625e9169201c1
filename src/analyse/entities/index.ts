/**
 * analyse/entities: people, organisations and places in one document, with aliases resolved
 * within the document (surnames, honorifics, titles, role descriptions) and a gender cue.
 */
import type { CleanDocument, EntityMention, LocalEntity, Span } from '../../contract/pipeline.ts';
import { MAX_GROUPS, MAX_TEXT_CHARS } from './constants.ts';
import { chunkText } from './_chunks.ts';
import { detect } from './_detect.ts';
import { groupCandidates, linkAcronyms, linkPersons, linkPlaces } from './_groups.ts';
import { build } from './_build.ts';
import { scanMentions } from './_scan.ts';
import { appositionRoles, push, roleMentions } from './_roles.ts';
import { predicateRoles } from './_predicates.ts';
import { assignGender } from './_gender.ts';
import { familySurnames, splitSurnamesByGender } from './_family.ts';
import { classMentions, definiteMentions } from './_definite.ts';
import { institutionMentions } from './_institutions.ts';
import { pronounMentions } from './_pronouns.ts';
import { branchMentions } from './_branches.ts';
import type { Recogniser } from './_types.ts';

export type { Recogniser } from './_types.ts';

/** Options of `findEntities`. */
export interface FindOptions {
  /** Also return he/she/his/her... as mentions of the one fitting person named in that sentence or the one before. Default false: later passes read `mentions`. */
  pronouns?: boolean;
}
export { nameKey, countryOf, capitalOf } from './_gazetteer.ts';
export { initials } from './_groups.ts';
export { COUNTRIES } from './data/countries.ts';

/** Entity mentions merged into document-local entities. Never throws. */
export function findEntities(doc: CleanDocument, sentences: Span[], mode: Recogniser = 'combined', opts: FindOptions = {}): { entities: LocalEntity[]; mentions: EntityMention[] } {
  try {
    const text = typeof doc?.text === 'string' ? doc.text.slice(0, MAX_TEXT_CHARS) : '';
    if (!text.trim()) return { entities: [], mentions: [] };
    // 1. short pieces (compromise is slow on long capitalised runs)
    const chunks = chunkText(text, Array.isArray(sentences) ? sentences : []);
    // 2. typed name spans from the recogniser(s)
    const cands = detect(text, chunks, mode);
    // 3. one group per surface key, then surnames and acronyms linked to their full names
    const groups = groupCandidates(text, cands).slice(0, MAX_GROUPS);
    linkPersons(groups);
    linkAcronyms(text, groups);
    linkPlaces(groups);
    const built = build(text, groups);
    // 4. every further occurrence of the names, roles in apposition, role descriptions, gender
    let mentions = scanMentions(text, built.entities, built.mentions);
    for (const m of mentions) if (!built.entities[m.entity].aliases.includes(m.text)) built.entities[m.entity].aliases.push(m.text);
    for (const e of built.entities) e.aliases.sort();
    mentions = branchMentions(text, built.entities, mentions);
    mentions = appositionRoles(text, built.entities, mentions);
    mentions = predicateRoles(text, built.entities, mentions, push);
    mentions = roleMentions(text, built.entities, mentions);
    mentions = definiteMentions(text, built.entities, mentions);
    mentions = classMentions(text, built.entities, mentions);
    mentions = institutionMentions(text, built.entities, mentions);
    familySurnames(text, built.entities, mentions);
    splitSurnamesByGender(text, built.entities, mentions);
    assignGender(text, built.entities, mentions);
    for (const e of built.entities) e.roles.sort((a, b) => a.start - b.start);
    if (opts.pronouns) mentions = pronounMentions(text, Array.isArray(sentences) ? sentences : [], built.entities, mentions);
    return { entities: built.entities, mentions };
  } catch {
    return { entities: [], mentions: [] };
  }
}
