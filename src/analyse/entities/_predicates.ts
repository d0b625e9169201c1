/**
 * Roles said of a person in the same clause: "X, who was foreign minister when ...", "X led the
 * talks as Orsenna's foreign minister", "X became prime minister in January". Each is a role with
 * its span (roles over time) and a mention of the person.
 */
import type { EntityMention, LocalEntity } from '../../contract/pipeline.ts';
import { MAX_ROLE_WORDS } from './constants.ts';
import { PATTERNS } from './patterns.ts';
import { ROLE_HEADS } from './data/lexicon.ts';
import { tokens } from './_names.ts';
import { roleWords } from './_roles.ts';

/** How far after a person's mention a predicate role is looked for, in characters (one clause). */
const CLAUSE_MAX_CHARS = 160;
/** "who was", "became", "as", "served as", "was named": what puts a role on the subject. */
const LINK = /(?:^|[ \u00A0,])(?:who[ \u00A0]+(?:was|is|had[ \u00A0]+been|has[ \u00A0]+been|became|becomes|remains|served[ \u00A0]+as|as)|became|becomes|was[ \u00A0]+(?:named|appointed|elected)(?:[ \u00A0]+as)?|served[ \u00A0]+as|as)[ \u00A0]+(?:(?:the|a|an|its)[ \u00A0]+)?(?=\p{L})/gu;
const lc = (w: string): string => w.toLowerCase().replace(/['’]s$/u, '');

/** The role phrase starting at `from`: words up to the last role head ("Orsenna's foreign minister"). */
function rolePhrase(text: string, from: number): { start: number; end: number } | null {
  const toks = tokens(text, from, Math.min(text.length, from + 80));
  let end = -1;
  for (let i = 0; i < toks.length && i <= MAX_ROLE_WORDS; i++) {
    if (i > 0 && !/^[ \u00A0]+$/u.test(text.slice(toks[i - 1].end, toks[i].start))) break;
    if (ROLE_HEADS.has(lc(toks[i].w).replace(/\.$/, ''))) end = toks[i].end;
    else if (end >= 0) break;
  }
  if (end < 0 || !roleWords(text.slice(from, end).replace(/^\p{Lu}\S*['’]s\s+/u, ''))) return null;
  // "as President Oldenvik said": a title before a name is not a role said of the subject
  if (/^[ \u00A0]+\p{Lu}/u.test(text.slice(end, end + 3)) || PATTERNS.JOINER.test(text.slice(end + 1, end + 4).trim())) return null;
  return { start: from, end };
}

/** Add predicate roles after each person mention, up to the clause end or the next mention of anyone. */
export function predicateRoles(text: string, entities: LocalEntity[], mentions: EntityMention[], record: (ent: LocalEntity, role: string, start: number, entity: number, out: EntityMention[]) => void): EntityMention[] {
  const out = [...mentions];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  sorted.forEach((m, k) => {
    const ent = entities[m.entity];
    if (ent?.type !== 'person') return;
    const next = sorted.slice(k + 1).find((x) => x.start >= m.end && x.entity !== m.entity);
    let stop = Math.min(text.length, m.end + CLAUSE_MAX_CHARS, next ? next.start : Infinity);
    const clause = /[.;:!?\n"“”‘’]/u.exec(text.slice(m.end, stop));
    if (clause) stop = m.end + clause.index;
    const piece = text.slice(m.end, stop);
    for (const l of piece.matchAll(LINK)) {
      const r = rolePhrase(text, m.end + (l.index ?? 0) + l[0].length);
      if (r) record(ent, text.slice(r.start, r.end), r.start, m.entity, out);
    }
  });
  return out.sort((a, b) => a.start - b.start);
}
