/**
 * Map a local speaker phrase to a document entity: overlapping mention, pronoun antecedent
 * (gender-compatible, nearest first), role noun (entity whose roles/aliases match).
 */
import type { EntityMention, LocalEntity, Span } from '../../contract/pipeline.ts';
import { PRONOUN_GENDER_PREFERENCE_CHARS, PRONOUN_LOOKBACK_CHARS, ROLE_BACKREFERENCE_CHARS } from './constants.ts';
import { ANONYMOUS_HEADS, BARE_DETERMINERS, BUSINESS_NOUNS, COLLECTIVE_BEFORE, COLLECTIVE_OF, COMPANY_NAME_END, COMPANY_PHRASE, HONORIFICS, ORGANISATION_HEADS, OWNED_VOICE, POSSESSIVE_PRONOUN_KINDS, PRONOUNS, SIGNED_BY, SPEAKER_HEADS, SPEECH_VERBS, SPOKESPERSON_OF, VOICE_HEADS, VOICE_LINK, WRITTEN_SPEAKER } from './patterns.ts';
import type { Phrase } from './_np.ts';
import { holdsOffice, resolveRolePhrase, roleCore } from './_role.ts';

export interface Resolved {
  entity: number | null;
  text: string | null;
}

/** A speaker already resolved earlier in the document (for text-only pronoun fallback). */
export interface PriorSpeaker extends Resolved {
  at: number;
  gender: 'male' | 'female' | null;
}

/** Determiners of an indefinite role phrase ("a coast guard spokeswoman", "one woman"). */
const INDEFINITE = /^(?:a|an|one|another|some|several|two|three|many)\b/iu;
/** Phrases that name nobody: "officials in Ambry", "several said". */
const ANONYMOUS = /^(?:(?:some|several|two|three|many)\s|(?:officials|sources|residents|witnesses|people|critics|analysts|experts|observers|diplomats|authorities)\b)/iu;

/**
 * An indefinite role names nobody when its head is a plain person ("one woman from Ulmeth", "a resident") or an unnamed
 * informant ("a source", "a senior official"), or is no speaker at all ("a banner read"); an occupation or office ("a coast
 * guard spokeswoman", "a town councillor") is a particular person the story may name elsewhere, so the phrase is kept.
 */
function namesNobody(phrase: string, head: string | null): boolean {
  if (ANONYMOUS.test(phrase) || barePlural(phrase)) return true;
  if (!INDEFINITE.test(phrase)) return false;
  return !head || !SPEAKER_HEADS.test(head) || BARE_DETERMINERS.has(head) || /[^s]s$/u.test(head) || ANONYMOUS_HEADS.test(head);
}
/**
 * A bare plural of a role ("Managers said", "engineers said"): a group of unnamed people, no particular speaker, as
 * "officials said" is. Only one word with no determiner: "the managers" may be a board the story names.
 */
function barePlural(phrase: string): boolean {
  const w = phrase.trim();
  return /^\p{L}+[^s]s$/u.test(w) && !/^\p{Lu}{2,}/u.test(w) && SPEAKER_HEADS.test(w.slice(0, -1).toLowerCase());
}
const GENDERED = new Set(['male', 'female']);

function mentionIn(mentions: EntityMention[], start: number, end: number): EntityMention | null {
  let best: EntityMention | null = null;
  for (const m of mentions) {
    if (m.end <= start || m.start >= end) continue;
    if (!best || m.end - m.start > best.end - best.start) best = m;
  }
  return best;
}

/** In "the Minister of Foreign Affairs of Orsenna Mrs. Corvo-Brandt" the person named last is the speaker. */
function lastPersonIn(entities: LocalEntity[], mentions: EntityMention[], start: number, end: number): EntityMention | null {
  let best: EntityMention | null = null;
  for (const m of mentions) {
    if (m.end <= start || m.start >= end) continue;
    const person = entities[m.entity]?.type === 'person';
    const bestPerson = best ? entities[best.entity]?.type === 'person' : false;
    if (!best || (person && !bestPerson) || (person === bestPerson && m.end > best.end)) best = m;
  }
  return best;
}

/** Gender a name phrase shows by its honorific ("Mrs. Merkel"), or null. */
export function honorificGender(text: string): 'male' | 'female' | null {
  const first = /^\p{L}+/u.exec(text)?.[0].toLowerCase() ?? '';
  return HONORIFICS.get(first) ?? null;
}

function entityGender(e: LocalEntity, mentions: EntityMention[], idx: number): 'male' | 'female' | null {
  if (e.gender) return e.gender;
  for (const m of mentions) if (m.entity === idx) { const g = honorificGender(m.text); if (g) return g; }
  return null;
}

/** A possessive ending right after a mention ("Teo's"). */
const POSSESSIVE_AFTER = /^['’]s?/u;

/** The other fitting mention that opens the sentence holding `m` (its subject), if any. */
function sentenceSubject(doc: string, m: EntityMention, cands: EntityMention[], fits: (x: EntityMention) => boolean): EntityMention | null {
  const before = doc.slice(Math.max(0, m.start - PRONOUN_GENDER_PREFERENCE_CHARS), m.start);
  const cut = Math.max(before.lastIndexOf('\n'), ...[...before.matchAll(/[.!?]["”’»]?\s+/gu)].map((x) => (x.index ?? 0) + x[0].length - 1));
  const sentenceStart = m.start - before.length + cut + 1;
  return cands.find((x) => x.entity !== m.entity && x.start >= sentenceStart && x.start < m.start && fits(x) && /^[\s"“‘«]*$/u.test(doc.slice(sentenceStart, x.start))) ?? null;
}

function resolvePronoun(doc: string, p: Phrase, entities: LocalEntity[], mentions: EntityMention[], prior: PriorSpeaker[], quoted: Span | null = null): Resolved {
  const word = doc.slice(p.start, p.end).toLowerCase();
  const kind = PRONOUNS.get(word) ?? POSSESSIVE_PRONOUN_KINDS.get(word);
  const wantPerson = kind === 'male' || kind === 'female';
  const from = p.start - PRONOUN_LOOKBACK_CHARS;
  // entities known: nearest preceding mention of a compatible entity
  // «… then the captain came on …,» he said: the people the quote talks about are not who says it
  const cands = mentions.filter((m) => m.end <= p.start && m.start >= from && !(quoted && m.start >= quoted.start && m.end <= quoted.end)).sort((a, b) => b.start - a.start);
  if (wantPerson) {
    // "Ms Oletić, who is backed by Prime Minister Vukošev's party, …, she said": a person the text gives her gender beats a nearer one of unknown gender
    const near = cands.find((m) => m.start >= p.start - PRONOUN_GENDER_PREFERENCE_CHARS && entities[m.entity]?.type === 'person' && entityGender(entities[m.entity], mentions, m.entity) === kind);
    const nearest = cands.find((m) => entities[m.entity]?.type === 'person' && entityGender(entities[m.entity], mentions, m.entity) !== (kind === 'male' ? 'female' : 'male'));
    if (near && nearest && nearest !== near && entityGender(entities[nearest.entity], mentions, nearest.entity) === null) return { entity: near.entity, text: entities[near.entity].name };
    // "Nils Hadderly, whose brother Teo's body was found, … He said:": a possessor inside the sentence is not its subject
    const subject = nearest && POSSESSIVE_AFTER.test(doc.slice(nearest.end, nearest.end + 2)) ? sentenceSubject(doc, nearest, cands, (m) => entities[m.entity]?.type === 'person' && entityGender(entities[m.entity], mentions, m.entity) !== (kind === 'male' ? 'female' : 'male')) : null;
    if (subject) return { entity: subject.entity, text: entities[subject.entity].name };
  }
  for (const m of cands) {
    const e = entities[m.entity];
    if (!e) continue;
    if (wantPerson) {
      if (e.type !== 'person') continue;
      const g = entityGender(e, mentions, m.entity);
      if (g && g !== kind) continue;
    } else if (kind === 'plural' || kind === 'neuter') {
      if (e.type === 'person' || e.type === 'place') continue;
    } else continue;
    return { entity: m.entity, text: e.name };
  }
  if (mentions.length) return { entity: null, text: null };
  // no entities given: the most recent earlier speaker of a compatible gender
  for (let i = prior.length - 1; i >= 0; i--) {
    const s = prior[i];
    if (s.at < from || !s.text) continue;
    if (wantPerson && s.gender && s.gender !== kind) continue;
    if (!wantPerson) continue;
    return { entity: s.entity, text: s.text };
  }
  return { entity: null, text: null };
}

/** A mention that covers the phrase's last word ("Talvar's foreign *ministry*": not the possessor "Talvar"). */
function headMention(mentions: EntityMention[], start: number, end: number, doc: string): EntityMention | null {
  const lastWord = /[\p{L}\p{N}]+[^\p{L}\p{N}]*$/u.exec(doc.slice(start, end));
  const headStart = lastWord ? start + lastWord.index : start;
  const m = mentionIn(mentions, start, end);
  return m && m.end > headStart ? m : null;
}

function resolveRole(doc: string, p: Phrase, entities: LocalEntity[], mentions: EntityMention[], prior: PriorSpeaker[] = []): Resolved {
  const phrase = doc.slice(p.start, p.end);
  const voice = spokespersonOf(doc, phrase, p.start, entities, mentions);
  if (voice !== null) return { entity: voice, text: phrase };
  const principal = principalAfter(doc, p, entities, mentions) ?? organisationInVoice(phrase, p.head, entities);
  // "the ministry spokeswoman declared": a definite voice the text has named ("the ministry spokeswoman, Ada Vell,") is
  // that person; the body speaks through a voice the text names nobody in
  const named = principal && principal.text === null && /^the\s/iu.test(phrase) ? resolveRolePhrase(doc, p.start, p.end, p.head, entities, mentions) : null;
  if (named !== null && entities[named]?.type === 'person') return { entity: named, text: phrase };
  if (principal !== null) return { entity: principal.entity, text: principal.text ?? phrase };
  const owner = ownerOfVoice(doc, p, phrase, entities, mentions);
  if (owner !== null) return { entity: owner, text: phrase };
  if (namesNobody(phrase, p.head)) return { entity: null, text: null };
  if (!entities.length) return { entity: null, text: phrase };
  const signer = signerOf(doc, p, phrase, entities, mentions);
  if (signer !== null) return { entity: signer, text: phrase };
  // "Its report says …": the organisation "its" stands for speaks through its report
  const own = /^(?:its|their)\s/iu.exec(phrase);
  if (own && holdsOffice(p.head)) {
    // "its chief executive said": the person holding that office speaks, never the organisation itself
    const idx = resolveRolePhrase(doc, p.start + own[0].length, p.end, p.head, entities, mentions);
    return { entity: idx !== null && entities[idx]?.type === 'person' ? idx : null, text: phrase };
  }
  if (own) {
    const r = resolvePronoun(doc, { start: p.start, end: p.start + own[0].trimEnd().length, kind: 'pronoun', name: null, head: null }, entities, mentions, []);
    if (r.entity !== null) return { entity: r.entity, text: phrase };
  }
  const body = bodyOfCollective(doc, phrase, p.start, entities, mentions) ?? describedOrganisation(doc, phrase, entities, mentions);
  if (body !== null) return { entity: body, text: phrase };
  const m = headMention(mentions, p.start, p.end, doc);
  // an entity that is only this phrase ("Orsennan Head of State") names nobody yet: look for the person first
  const self = !!m && roleCore(entities[m.entity]?.name ?? '') === roleCore(phrase);
  // "the president of Velmora said": the place only says whose office it is; the unnamed office holder speaks, never the place
  if (m && !self && entities[m.entity]?.type === 'place' && holdsOffice(p.head) && m.start > p.start + phrase.indexOf(p.head ?? '')) {
    const holder = resolveRolePhrase(doc, p.start, p.end, p.head, entities, mentions);
    return { entity: holder !== null && entities[holder]?.type === 'person' ? holder : null, text: phrase };
  }
  if (m && !self) return { entity: m.entity, text: phrase };
  const idx = resolveRolePhrase(doc, p.start, p.end, p.head, entities, mentions);
  return { entity: idx ?? m?.entity ?? lastSpeakerInRole(p, phrase, entities, prior), text: phrase };
}

/**
 * "Marek Pardo said the government would «…». «…», the minister said.": a definite role in lower case that no entity
 * holds refers back to the person who spoke just before, when nothing the text says about that person contradicts it
 * (no other role).
 */
function lastSpeakerInRole(p: Phrase, phrase: string, entities: LocalEntity[], prior: PriorSpeaker[]): number | null {
  const head = p.head ?? '';
  // "the Pellucian president" says whose president: left to the role's country check, never guessed from the last speaker
  if (!/^the(?:\s+[\p{Ll}-]+)+$/iu.test(phrase) || /\s\p{Lu}/u.test(phrase) || !head || ORGANISATION_HEADS.test(head) || /[^s]s$/u.test(head)) return null;
  for (let i = prior.length - 1; i >= 0 && prior[i].at >= p.start - ROLE_BACKREFERENCE_CHARS; i--) {
    const idx = prior[i].entity;
    if (idx === null || prior[i].at >= p.start) continue;
    const e = entities[idx];
    if (e?.type !== 'person') return null; // the last speaker is no person: the role stays open
    return e.roles.every((r) => roleCore(r.role).split(' ').at(-1) === roleCore(head)) ? idx : null;
  }
  return null;
}

/** How far after a written statement its apposition is read for a signer ("The letter, ... signed by X, said"). */
const SIGNER_WINDOW_CHARS = 200;

/**
 * "The statement, posted on a channel and signed by a spokesman who gave his name as Jon Arvik, said …": a
 * statement speaks for the person its apposition says signed or issued it (the last person named after "by",
 * before any quote mark or the end of the paragraph).
 */
function signerOf(doc: string, p: Phrase, phrase: string, entities: LocalEntity[], mentions: EntityMention[]): number | null {
  if (!WRITTEN_SPEAKER.test(phrase) || !/^\s*,/u.test(doc.slice(p.end, p.end + 3))) return null;
  const stop = /["“”«»\n]/u.exec(doc.slice(p.end, p.end + SIGNER_WINDOW_CHARS));
  const to = p.end + (stop ? stop.index : SIGNER_WINDOW_CHARS);
  const by = SIGNED_BY.exec(doc.slice(p.end, to));
  if (!by) return null;
  const from = p.end + by.index + by[0].length;
  const people = mentions.filter((m) => m.start >= from && m.end <= to && entities[m.entity]?.type === 'person');
  return people.length ? people[people.length - 1].entity : null;
}

/** "A Velta Hydro spokeswoman said": unnamed, yet she speaks for the organisation named in the phrase. */
function spokespersonOf(doc: string, phrase: string, start: number, entities: LocalEntity[], mentions: EntityMention[]): number | null {
  const own = SPOKESPERSON_OF.exec(phrase);
  if (!own) return null;
  const at = start + phrase.indexOf(own[1]);
  const m = mentionIn(mentions, at, at + own[1].length);
  // "A Tessa spokeswoman" for "Tessa Group": the short form the entities pass did not mark
  const idx = m ? m.entity : shortFormOf(own[1], entities);
  return idx !== null && entities[idx]?.type === 'organization' ? idx : null;
}

/**
 * "a spokesperson for the Ardavian Red Cross", "said a spokesman for Velo", "a statement from the company": a voice
 * speaks for whom the words right after it name. The name must close the phrase (a speech verb or punctuation
 * follows): in "a spokeswoman at Kessary hospital" the place only qualifies the hospital.
 */
function principalAfter(doc: string, p: Phrase, entities: LocalEntity[], mentions: EntityMention[]): { entity: number; text: string } | null {
  if (!p.head || !VOICE_HEADS.test(p.head)) return null;
  const link = VOICE_LINK.exec(doc.slice(p.end, p.end + 40));
  if (!link) return null;
  const at = p.end + link[0].length;
  const lead = /^(?:the\s+)?/iu.exec(doc.slice(at, at + 4))?.[0].length ?? 0;
  const m = mentions.find((x) => x.start >= at && x.start <= at + lead);
  const closes = (end: number): boolean => { const nx = /^\s*([\p{L}]+|\S)?/u.exec(doc.slice(end, end + 30))?.[1]; return !nx || !/\p{L}/u.test(nx) || SPEECH_VERBS.has(nx.toLowerCase()); };
  if (m && closes(m.end)) return { entity: m.entity, text: doc.slice(p.start, m.end) };
  const company = /^the\s+\p{Ll}+/u.exec(doc.slice(at, at + 30))?.[0];
  const described = company && closes(at + company.length) ? describedOrganisation(doc, company, entities, mentions) : null;
  return described === null ? null : { entity: described, text: doc.slice(p.start, at + company!.length) };
}

/** "Holm's office said", "the ministry's statement read", "his spokeswoman said": the owner speaks through the voice. */
function ownerOfVoice(doc: string, p: Phrase, phrase: string, entities: LocalEntity[], mentions: EntityMention[]): number | null {
  const own = OWNED_VOICE.exec(phrase);
  if (!own) return null;
  const owner: Phrase = { start: p.start, end: p.start + own[1].length, kind: 'role', name: null, head: null };
  const word = own[1].toLowerCase();
  if (POSSESSIVE_PRONOUN_KINDS.has(word)) {
    // "her office" after a pronoun is as often a room as an institution: only a spokesperson or a written voice is read
    if (/\boffice$/u.test(phrase)) return null;
    return resolvePronoun(doc, { ...owner, kind: 'pronoun' }, entities, mentions, []).entity;
  }
  const m = mentionIn(mentions, owner.start, owner.end);
  if (m) return m.entity;
  // "the ministry's statement": the owner is a role phrase of its own
  return /^the\s/iu.test(own[1]) ? resolveRole(doc, { ...owner, head: word.split(/\s+/u).at(-1) ?? null }, entities, mentions).entity : null;
}

/** "a defence ministry spokesman": the one organisation whose name holds every lower-case word before the voice ("Ministry of Defence"). */
function organisationInVoice(phrase: string, head: string | null, entities: LocalEntity[]): { entity: number; text: null } | null {
  if (!head || !/^spokes/u.test(head)) return null;
  const words: string[] = phrase.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const inner = words.slice(1, words.lastIndexOf(head)).filter((w) => w !== 'the');
  if (!inner.length) return null;
  const hits: number[] = [];
  entities.forEach((e, i) => {
    if (e.type !== 'organization') return;
    const own = new Set([e.name, ...e.aliases].flatMap((n): string[] => n.toLowerCase().match(/[\p{L}]+/gu) ?? []));
    if (inner.every((w) => own.has(w))) hits.push(i);
  });
  return hits.length === 1 ? { entity: hits[0], text: null } : null;
}

/** "Velta Hydro's board said": a collective body speaks for the organisation that possesses it. */
function bodyOfCollective(doc: string, phrase: string, start: number, entities: LocalEntity[], mentions: EntityMention[]): number | null {
  const of = COLLECTIVE_BEFORE.exec(phrase);
  if (of) {
    // "the Board of the Firm": the firm the document describes; "the board of Velta Hydro": the one named
    const at = start + phrase.length - of[1].length;
    const m = mentionIn(mentions, at, start + phrase.length);
    if (m) return entities[m.entity]?.type === 'organization' ? m.entity : null;
    return describedOrganisation(doc, of[1], entities, mentions);
  }
  const own = COLLECTIVE_OF.exec(phrase);
  if (!own) return null;
  const m = mentionIn(mentions, start, start + own[1].length);
  return m && entities[m.entity]?.type === 'organization' ? m.entity : null;
}

/** "the company said": the one organisation the document describes with that noun ("Velta Hydro, a private company that …", "the private company X"). */
function describedOrganisation(doc: string, phrase: string, entities: LocalEntity[], mentions: EntityMention[]): number | null {
  const head = COMPANY_PHRASE.exec(phrase)?.[1].toLowerCase();
  if (!head) return null;
  const after = new RegExp(`^,\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}${head}\\b`, 'iu');
  const before = new RegExp(`\\b${head}\\s+$`, 'iu');
  const hits = new Set<number>();
  for (const m of mentions) {
    if (entities[m.entity]?.type !== 'organization') continue;
    if (after.test(doc.slice(m.end, m.end + 60)) || before.test(doc.slice(Math.max(0, m.start - 30), m.start))) hits.add(m.entity);
  }
  if (hits.size === 0 && BUSINESS_NOUNS.has(head)) {
    // not described in so many words: the one organisation whose name has a company's form ("Tessa Systems", "Velta Ltd")
    entities.forEach((e, i) => { if (e.type === 'organization' && COMPANY_NAME_END.test(e.name)) hits.add(i); });
  }
  return hits.size === 1 ? [...hits][0] : null;
}

/** "Meridian" for "Meridian News Agency": the one entity named by these words (an alias, or the start of its name). */
function shortFormOf(text: string, entities: LocalEntity[]): number | null {
  const low = text.toLowerCase();
  const hits: number[] = [];
  entities.forEach((e, i) => {
    if (e.aliases.some((a) => a.toLowerCase() === low) || e.name.toLowerCase().startsWith(`${low} `)) hits.push(i);
  });
  return hits.length === 1 ? hits[0] : null;
}

/** Resolve a local speaker phrase to an entity index and a display text. */
export function resolveSpeaker(doc: string, p: Phrase, entities: LocalEntity[], mentions: EntityMention[], prior: PriorSpeaker[], quoted: Span | null = null): Resolved {
  if (p.kind === 'pronoun') return resolvePronoun(doc, p, entities, mentions, prior, quoted);
  if (p.kind === 'role') return resolveRole(doc, p, entities, mentions, prior);
  const span = p.name ?? p;
  const m = lastPersonIn(entities, mentions, span.start, span.end) ?? mentionIn(mentions, p.start, p.end);
  const text = doc.slice(span.start, span.end);
  // "Managers said" opening a sentence: capitalised by its place only, a group of unnamed people when no entity is named there
  if (!m && barePlural(text)) return { entity: null, text: null };
  return { entity: m ? m.entity : shortFormOf(text, entities), text };
}

export const isGendered = (g: string | null): g is 'male' | 'female' => g !== null && GENDERED.has(g);
