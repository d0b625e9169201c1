/**
 * Who speaks for an organisation. One outlet credits a line to the organisation ("the ministry said its troops had
 * "observed the ceasefire to the letter"") where another quotes the person who gave it ("declared the official
 * representative of the Ministry, Colonel Y"). A person speaks for an organisation when one of their roles names it
 * ("general director of Skerra Air", "head of the Maritime Authority"), or when their role is a speaking one
 * (spokeswoman, representative, press officer) of a body named by a word of the organisation's name ("representative
 * of the Ministry") and a document names both. A role that does not say for whom ("the airline's spokeswoman") is
 * left alone: the airline is not resolved to a name. The names are weak evidence: quotes of the two still link only
 * where one quotes the other's words verbatim (spokenFor).
 */
import type { Entity } from '../../contract/dossier.ts';
import { roleWords } from './_roles.ts';

/** Role words of one who speaks for an organisation rather than for themself (spokesman/-woman fold to spokesperson). */
const SPEAKING_ROLE = new Set(['spokesperson', 'representative', 'press', 'communications', 'mouthpiece']);

/** Whether a role's words hold every word of one of the organisation's names ("head of the Dalvarian Maritime Authority"). */
function namesOrganisation(role: Set<string>, names: Set<string>[]): boolean {
  return names.some((n) => n.size > 0 && [...n].every((w) => role.has(w)));
}

/**
 * Pairs (person, organisation) of entity ids, the person speaking for the organisation; `linkId` maps a person to
 * the id quotes are linked by (one id for every spelling of one name). Order-independent.
 */
export interface Spokespeople {
  /** Whether a and b are a person and an organisation the person speaks for (either order). */
  speaksFor: (a: string, b: string) => boolean;
  /** Whether the id is one of such a pair at all. */
  paired: (id: string) => boolean;
}

export function spokespeople(entities: Entity[], linkId: (id: string | null) => string | null): Spokespeople {
  const orgs = entities.filter((e) => e.type === 'organization');
  const orgNames = new Map(orgs.map((o) => [o.id, [o.name, ...o.aliases].map(roleWords)]));
  const orgDocs = new Map(orgs.map((o) => [o.id, new Set(o.mentions.map((m) => m.documentId))]));
  const pairs = new Set<string>();
  const ids = new Set<string>();
  for (const p of entities) {
    if (p.type !== 'person' || !p.roles?.length) continue;
    const roles = p.roles.map((r) => roleWords(r.role));
    // speaking roles, each to hold a word of the organisation's name: "representative of the Ministry"
    const speaking = roles.filter((r) => [...r].some((w) => SPEAKING_ROLE.has(w)));
    const docs = new Set(p.mentions.map((m) => m.documentId));
    const pid = linkId(p.id) ?? p.id;
    for (const o of orgs) {
      const named = roles.some((r) => namesOrganisation(r, orgNames.get(o.id)!));
      const together = speaking.some((r) => orgNames.get(o.id)!.some((n) => [...n].some((w) => r.has(w))))
        && [...orgDocs.get(o.id)!].some((d) => docs.has(d));
      if (!named && !together) continue;
      pairs.add(`${pid}\u0000${o.id}`);
      ids.add(pid).add(o.id);
    }
  }
  return { speaksFor: (a, b) => pairs.has(`${a}\u0000${b}`) || pairs.has(`${b}\u0000${a}`), paired: (id) => ids.has(id) };
}
