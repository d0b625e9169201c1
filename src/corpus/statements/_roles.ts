/**
 * A role phrase its own document left unresolved ("The head of Lusmara's civil protection service
 * said …", "The country's civil protection chief") names the one person of the story whose recorded
 * role holds all its words ("head of the National Civil Protection Service"): wires and rewrites
 * often name the person only in the first outlet's copy.
 */
import type { Entity } from '../../contract/dossier.ts';
import { MIN_ROLE_PHRASE_WORDS } from './constants.ts';

const STOP = new Set(['the', 'a', 'an', 'of', 'for', 'its', 'his', 'her', 'their', 'this', 'that', 'and', 'in', 'at', 'on', 'country', 'nation', 'state']);
/** Role words that stand for one another ("chief" of a service is its head). */
const SYNONYM: Record<string, string> = { chief: 'head', boss: 'head', spokesman: 'spokesperson', spokeswoman: 'spokesperson', premier: 'prime', chairman: 'chair', chairwoman: 'chair' };
/** A role phrase with a possessor: "his lawyer", "the regulator's chair", "Wardlock's chief executive". */
const POSSESSED = /^(?:his|her|their|its|(?:the\s+)?\p{L}+['’]s?)\s/iu;
const DETERMINED = /^(?:the|its|his|her|their|this|that|\p{L}+['’]s?)\s/iu;

/** The content words of a role: no determiners, possessors ("Lusmara's") or hyphens, synonyms folded. */
export function roleWords(role: string): Set<string> {
  const out = new Set<string>();
  for (const w of role.toLowerCase().replace(/(?<=\p{L})[-‐](?=\p{L})/gu, ' ').split(/\s+/u)) {
    if (/['’]s?$/u.test(w)) continue;
    const bare = w.replace(/[^\p{L}\p{N}]+/gu, '');
    if (bare.length > 1 && !STOP.has(bare)) out.add(SYNONYM[bare] ?? bare);
  }
  return out;
}

/** Global person ids per story, with their roles' word sets. */
export type StoryPeople = Map<string, { id: string; roles: Set<string>[] }[]>;

export function storyPeople(entities: Entity[], storyOf: (documentId: string) => string): StoryPeople {
  const out: StoryPeople = new Map();
  for (const e of entities) {
    if (e.type !== 'person' || !e.roles?.length) continue;
    const roles = e.roles.map((r) => roleWords(r.role));
    for (const story of new Set(e.mentions.map((m) => storyOf(m.documentId)))) out.set(story, [...(out.get(story) ?? []), { id: e.id, roles }]);
  }
  return out;
}

/** The one person of the story a determined role phrase fits (of several, the one whose role has no other word), or null. */
export function storyRoleSpeaker(phrase: string | null, story: string, people: StoryPeople): string | null {
  if (!phrase || !DETERMINED.test(phrase.trim())) return null;
  const want = roleWords(phrase);
  // a possessor says whose role it is ("his lawyer", "the regulator's chair"): one role word is enough when one person of the story has it
  if (want.size < (POSSESSED.test(phrase.trim()) ? 1 : MIN_ROLE_PHRASE_WORDS)) return null;
  const fits = (people.get(story) ?? []).filter((p) => p.roles.some((r) => [...want].every((w) => r.has(w))));
  if (!fits.length) {
    // a title written before a name is bare ("Commissioner Ilvy Orm"); the same office told by title alone carries what
    // it is of ("the city's police commissioner"): with no fuller role to fit, a one-word role fits the phrase's head noun
    const head = [...want].at(-1)!;
    const bare = (people.get(story) ?? []).filter((p) => p.roles.some((r) => r.size === 1 && r.has(head)));
    return bare.length === 1 ? bare[0].id : null;
  }
  if (fits.length === 1) return fits[0].id;
  // several fit: the one role that says just this ("the transport minister" is "transport minister X", not the
  // "Drevnian transport minister Y" whose role says whose minister he is)
  const exact = fits.filter((p) => p.roles.some((r) => r.size === want.size));
  return exact.length === 1 ? exact[0].id : null;
}

/**
 * An attribution read as an organisation that says more than the organisation's name: a role within it ("its
 * former director", "the ministry's spokeswoman"), so a person, not the organisation, speaks. "The Defence
 * Ministry" says no more than "Zoltavian Defence Ministry" does.
 */
export function rolePastName(phrase: string | null, organisation: string): boolean {
  if (!phrase) return false;
  const name = roleWords(organisation);
  return [...roleWords(phrase)].some((w) => !name.has(w));
}
