/**
 * Roles said of a person in the same clause: "X, who was foreign minister when ...", "X led the
 * talks as Quenmark's foreign minister", "X became prime minister in January". Each is a role with
 * its span (roles over time) and a mention of the person.
 */
import type { EntityMention, LocalEntity } from '../../contract/pipeline.ts';
import { MAX_ROLE_WORDS } from './constants.ts';
import { PATTERNS } from './patterns.ts';
import { ROLE_HEADS, ROLE_MODIFIERS } from './data/lexicon.ts';
import { countryOf, isDemonym } from './_gazetteer.ts';
import { tokens } from './_names.ts';
import { roleWords } from './_roles.ts';

/** How far after a person's mention a predicate role is looked for, in characters (one clause). */
const CLAUSE_MAX_CHARS = 160;
/** "who was", "became", "as", "served as", "was named": what puts a role on the subject. */
const LINK = /(?:^|[ \u00A0,])(?:who[ \u00A0]+(?:was|is|had[ \u00A0]+been|has[ \u00A0]+been|became|becomes|remains|served[ \u00A0]+as|as)|became|becomes|was[ \u00A0]+(?:named|appointed|elected)(?:[ \u00A0]+as)?|served[ \u00A0]+as|as)[ \u00A0]+(?:(?:the|a|an|its)[ \u00A0]+)?(?=\p{L})/gu;
/** An object pronoun or "named/hired X" between the subject and the link word: the role is someone else's. */
const OBJECT = /\b(?:him|her|them|me|us|you|it)\b/iu;
/** What stands before a clause's subject: the start of a sentence or line, a clause break, or a conjunction. */
const SUBJECT_BEFORE = /(?:^|[.!?;:\n]["”’]?[ \u00A0]*|,[ \u00A0]+|\b(?:and|but|while|when|after|before|because|since|then|Today|Yesterday)[ \u00A0]+)$/u;
const lc = (w: string): string => w.toLowerCase().replace(/['’]s$/u, '');

/** A word that may stand before the head of a predicate role: title words, nationalities, names, countries (no verbs or pronouns). */
const titleWord = (w: string): boolean => ROLE_HEADS.has(lc(w)) || ROLE_MODIFIERS.has(lc(w)) || isDemonym(w) || countryOf(w) !== null || /^\p{Lu}/u.test(w) || /^(?:first|second|third|fourth|fifth|new|assistant|sole|only|last)$/u.test(w);

/** The role phrase starting at `from`: title words up to the last role head ("Quenmark's foreign minister"). */
function rolePhrase(text: string, from: number): { start: number; end: number } | null {
  const toks = tokens(text, from, Math.min(text.length, from + 80)).map((t) => (t.w.endsWith('.') ? { ...t, w: t.w.slice(0, -1), end: t.end - 1 } : t));
  let end = -1;
  let next = '';
  for (let i = 0; i < toks.length && i <= MAX_ROLE_WORDS; i++) {
    if (i > 0 && !/^[ \u00A0]+$/u.test(text.slice(toks[i - 1].end, toks[i].start))) break;
    const w = toks[i].w;
    const possessor = i === 0 && /^\p{Lu}\S*['’]s$/u.test(w);
    if (ROLE_HEADS.has(lc(w))) { end = toks[i].end; next = toks[i + 1]?.w ?? ''; continue; }
    if (end >= 0 || (!possessor && !titleWord(w))) break;
  }
  if (end < 0 || !roleWords(text.slice(from, end).replace(/^\p{Lu}\S*['’]s\s+/u, ''))) return null;
  // "as President Oldenvik said": a title before a name; "as head men's basketball coach": the phrase goes on
  if (/^[ \u00A0]+\p{Lu}/u.test(text.slice(end, end + 3)) || PATTERNS.JOINER.test(next) && /^[ \u00A0]+(?:of|for)[ \u00A0]+(?:the[ \u00A0]+)?\p{Lu}/u.test(text.slice(end)) === false && /^of$/u.test(next)) return null;
  if (/['’]s$/u.test(next) || ROLE_MODIFIERS.has(lc(next))) return null;
  return { start: from, end };
}

/** A place's mention in the genitive: "Quenmark's". */
const placeGenitive = (text: string, m: EntityMention, entities: LocalEntity[]): boolean => entities[m.entity]?.type === 'place' && /^['’]s?[ \u00A0]/u.test(text.slice(m.end, m.end + 3));

/** Add predicate roles after each person mention, up to the clause end or the next mention of anyone. */
export function predicateRoles(text: string, entities: LocalEntity[], mentions: EntityMention[], record: (ent: LocalEntity, role: string, start: number, entity: number, out: EntityMention[]) => void): EntityMention[] {
  const out = [...mentions];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  sorted.forEach((m, k) => {
    const ent = entities[m.entity];
    if (ent?.type !== 'person') return;
    // a place's genitive opens a role phrase, not another subject ("as Quenmark's foreign minister")
    const next = sorted.slice(k + 1).find((x) => x.start >= m.end && x.entity !== m.entity && !placeGenitive(text, x, entities));
    let stop = Math.min(text.length, m.end + CLAUSE_MAX_CHARS, next ? next.start : Infinity);
    const clause = /[.;:!?\n"“”‘’]/u.exec(text.slice(m.end, stop));
    if (clause) stop = m.end + clause.index;
    const piece = text.slice(m.end, stop);
    const title = ent.roles.find((r) => r.end <= m.start && /^[ \u00A0]+$/u.test(text.slice(r.end, m.start)));
    const subject = SUBJECT_BEFORE.test(text.slice(Math.max(0, (title ? title.start : m.start) - 12), title ? title.start : m.start));
    for (const l of piece.matchAll(LINK)) {
      const between = piece.slice(0, l.index ?? 0);
      // "X, who signed off as foreign minister": a relative clause on the mention says its role too
      const who = /^[ \u00A0]*,[ \u00A0]+who\b/u.exec(piece);
      const relative = /^[ \u00A0,]*who\b/u.test(piece.slice(l.index ?? 0)) || (who !== null && !between.slice(who[0].length).includes(','));
      // "the Trail Blazers hired him as head coach", "DiLeo will replace Cheeks as coach": a role said of an object is not the mention's
      // "X, who negotiated the accord as ..., became prime minister": past a closed relative clause the subject is X again
      const main = between.replace(/^[ \u00A0]*,[ \u00A0]+who\b[^,]*,[ \u00A0]*/u, '');
      if (OBJECT.test(between) || (!relative && (!subject || main.includes(',')))) break;
      const r = rolePhrase(text, m.end + (l.index ?? 0) + l[0].length);
      if (r) record(ent, text.slice(r.start, r.end), r.start, m.entity, out);
    }
  });
  return out.sort((a, b) => a.start - b.start);
}
