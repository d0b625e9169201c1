/**
 * Role phrases as speakers ("the president", "the ministry spokeswoman", "the Orsennan Head of
 * State"): the entity the document makes them stand for. In order: the person named beside the
 * same phrase earlier ("the ministry spokeswoman, Leyla Marut,"); the one entity whose role fits
 * (a country word in the phrase must fit too); for a definite phrase several entities fit, the one
 * whose role is exactly the phrase ("the president" = "President X", not "Talvari President Y"),
 * else the one mentioned last before it — the way a reader takes "the president said" right after
 * "President X". Entity mentions found by the entities pass come first (see _resolve.ts).
 */
import type { EntityMention, LocalEntity } from '../../contract/pipeline.ts';
import { AGE_ANTECEDENT_CHARS, PRONOUN_LOOKBACK_CHARS, ROLE_APPOSITION_GAP_CHARS, STEM_MIN_CHARS } from './constants.ts';
import { ORGANISATION_HEADS, ROLE_SYNONYMS, SPEAKER_HEADS, VOICE_HEADS } from './patterns.ts';

const LEAD_DETERMINER = /^(?:the|a|an|this|that)\s+/iu;
const DEFINITE = /^(?:the|this|that)\s/iu;
const TRAILING_LINK = /\s+(?:of|for|at|in|to)$/u;
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** Lower-cased role words with synonyms folded ("Head of State" → "president"), no determiner. */
export function roleCore(role: string): string {
  // "Prime-Minister" (machine translation) is "prime minister"; "Head of the Government" is "head of government"
  const words = role.toLowerCase().replace(LEAD_DETERMINER, '').replace(/(?<=\p{L})[-‐](?=\p{L})/gu, ' ').match(WORD) ?? [];
  let s = ` ${words.join(' ').replaceAll(' of the ', ' of ')} `;
  for (const [from, to] of ROLE_SYNONYMS) s = s.replaceAll(` ${from} `, ` ${to} `);
  // a role cut before its complement ("President of") keeps its head
  return s.trim().replace(TRAILING_LINK, '');
}

/**
 * A head naming one person's office ("chief executive", "director", "mayor"), not a body ("ministry", "board"), a voice
 * ("spokesman", "statement") or a group ("members"): "its chief executive" is a person of the organisation, not the
 * organisation, while "its spokesman" speaks for it.
 */
export function holdsOffice(head: string | null): boolean {
  return !!head && SPEAKER_HEADS.test(head) && !ORGANISATION_HEADS.test(head) && !VOICE_HEADS.test(head) && !/s$/u.test(head);
}

/** Two words share a stem ("Orsennan" / "Orsenna", "Talvari" / "Talvar"). */
function sameStem(a: string, b: string): boolean {
  const x = a.toLowerCase(), y = b.toLowerCase();
  const n = Math.min(x.length, y.length);
  if (n < STEM_MIN_CHARS) return false;
  let k = 0;
  while (k < n && x[k] === y[k]) k++;
  return k >= n - 1 && k >= STEM_MIN_CHARS;
}

/** Place entities (other than those in `skip`) a word points at by its stem ("Orsennan" → Orsenna); role words point nowhere. */
function placesOf(word: string, entities: LocalEntity[], skip: Set<number>): number[] {
  const out: number[] = [];
  if (SPEAKER_HEADS.test(word)) return out;
  entities.forEach((e, i) => { if (e.type === 'place' && !skip.has(i) && e.name.split(/\s+/u).some((w) => sameStem(w, word))) out.push(i); });
  return out;
}

/** Words a person's roles, aliases and the capitalised words right before its mentions carry ("Talvari President X"). */
function contextWords(doc: string, idx: number, e: LocalEntity, mentions: EntityMention[]): string[] {
  const words = [...e.roles.map((r) => r.role), ...e.aliases].flatMap((s) => s.match(WORD) ?? []);
  for (const m of mentions) {
    if (m.entity !== idx) continue;
    const before = /((?:\p{Lu}[\p{L}'’-]*\s+){1,3})$/u.exec(doc.slice(Math.max(0, m.start - 60), m.start));
    if (before) words.push(...(before[1].match(WORD) ?? []));
  }
  return words;
}

/** The person named in apposition with an earlier copy of the phrase: "the ministry spokeswoman, Leyla Marut,". */
function appositionEntity(doc: string, phrase: string, before: number, entities: LocalEntity[], mentions: EntityMention[]): number | null {
  const from = Math.max(0, before - PRONOUN_LOOKBACK_CHARS);
  const low = doc.slice(from, before).toLowerCase();
  const want = phrase.toLowerCase();
  for (let k = low.lastIndexOf(want, low.length - want.length); k >= 0; k = low.lastIndexOf(want, k - 1)) {
    const at = from + k;
    const end = at + want.length;
    for (const m of mentions) {
      if (entities[m.entity]?.type !== 'person') continue;
      const after = m.start >= end && m.start - end <= ROLE_APPOSITION_GAP_CHARS && /^,\s*$/u.test(doc.slice(end, m.start));
      const ahead = m.end <= at && at - m.end <= ROLE_APPOSITION_GAP_CHARS && /^,\s*$/u.test(doc.slice(m.end, at));
      if (after || ahead) return m.entity;
    }
    if (k === 0) break;
  }
  return null;
}

/** "the 41-year-old aid worker": news English describes a person just named by age. */
const AGE_DESCRIPTION = /^the\s+(\d{1,3})-year-old\b/iu;

/**
 * The person an age description stands for: the one the text gives that age ("Jo Brandt, 41," / "Jo Brandt (41)" /
 * "aged 41"), else the one person named in the stretch before it (none or several: left open).
 */
function agedPerson(doc: string, start: number, age: string, entities: LocalEntity[], mentions: EntityMention[]): number | null {
  const people = mentions.filter((m) => entities[m.entity]?.type === 'person');
  const ageAfter = new RegExp(`^(?:,\\s*(?:aged\\s+)?|\\s*\\()(\\d{1,3})\\b`, 'u');
  const given = new Map<number, string>();
  for (const m of people) { const a = ageAfter.exec(doc.slice(m.end, m.end + 12)); if (a) given.set(m.entity, a[1]); }
  const aged = [...given].filter(([, a]) => a === age).map(([i]) => i);
  if (aged.length) return aged.length === 1 ? aged[0] : null;
  const near = new Set(people.filter((m) => m.end <= start && m.start >= start - AGE_ANTECEDENT_CHARS && (given.get(m.entity) ?? age) === age).map((m) => m.entity));
  return near.size === 1 ? [...near][0] : null;
}

/** The entity a role phrase stands for in this document, or null when the document leaves it open. */
export function resolveRolePhrase(doc: string, start: number, end: number, head: string | null, entities: LocalEntity[], mentions: EntityMention[]): number | null {
  const phrase = doc.slice(start, end);
  const byApposition = appositionEntity(doc, phrase, start, entities, mentions);
  if (byApposition !== null) return byApposition;
  const age = AGE_DESCRIPTION.exec(phrase);
  if (age) return agedPerson(doc, start, age[1], entities, mentions);
  // entities found inside the phrase itself ("Orsennan Head of State" read as a name) say nothing about it
  const headStart = start + (/[\p{L}\p{N}]+[^\p{L}\p{N}]*$/u.exec(phrase)?.index ?? 0);
  const skip = new Set(mentions.filter((m) => m.start < end && headStart < m.end).map((m) => m.entity));
  const folded = roleCore(phrase).split(' ').filter(Boolean);
  const coreHead = folded.at(-1) ?? head ?? '';
  if (!coreHead) return null;
  // country words before the head ("the Orsennan Head of State"): the candidate must belong to that country
  const qualifiers = folded.slice(0, -1).filter((w) => placesOf(w, entities, skip).length > 0);
  const places = new Set(qualifiers.flatMap((w) => placesOf(w, entities, skip)));
  const core = folded.filter((w) => !qualifiers.includes(w)).join(' ');
  const hits: { i: number; exact: boolean }[] = [];
  entities.forEach((e, i) => {
    const aliasHit = e.aliases.some((a) => a.toLowerCase().replace(LEAD_DETERMINER, '') === phrase.toLowerCase().replace(LEAD_DETERMINER, ''));
    const cores = e.roles.map((r) => roleCore(r.role));
    const roleHit = cores.some((c) => c === core || c.endsWith(` ${coreHead}`) || c === coreHead);
    if (!aliasHit && !roleHit) return;
    // "President X" fits "the president" exactly; "Talvari President Y" only by its head
    const exact = aliasHit || e.roles.some((r) => roleCore(r.role) === core && !(r.role.match(WORD) ?? []).some((w) => placesOf(w, entities, skip).length));
    hits.push({ i, exact });
  });
  let fit = hits;
  if (places.size) {
    fit = hits.filter((h) => contextWords(doc, h.i, entities[h.i], mentions).some((w) => placesOf(w, entities, skip).some((p) => places.has(p))));
    if (!fit.length) return null;
  }
  if (fit.length === 1) return fit[0].i;
  if (!fit.length || !DEFINITE.test(phrase)) return null;
  if (!places.size) {
    const exact = fit.filter((h) => h.exact);
    if (exact.length === 1) return exact[0].i;
    if (exact.length > 1) fit = exact;
  }
  // several fit a definite phrase: the one mentioned last before it
  let best: EntityMention | null = null;
  for (const m of mentions) {
    if (m.end > start || m.start < start - PRONOUN_LOOKBACK_CHARS || !fit.some((h) => h.i === m.entity)) continue;
    if (!best || m.start > best.start) best = m;
  }
  return best ? best.entity : null;
}
