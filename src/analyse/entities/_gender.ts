/** Gender cues for pronoun resolution: gendered role nouns, then pronouns after a person's mentions. */
import type { EntityMention, LocalEntity } from '../../contract/pipeline.ts';
import { MIN_PRONOUN_MARGIN, PRONOUN_WINDOW_CHARS } from './constants.ts';
import { PATTERNS } from './patterns.ts';
import { FEMALE_ROLES, MALE_ROLES } from './data/lexicon.ts';
import { firstNameGender } from './_compromise.ts';

const FEMALE = new Set(['she', 'her', 'hers', 'herself']);

export function assignGender(text: string, entities: LocalEntity[], mentions: EntityMention[]): void {
  const votes = entities.map(() => ({ f: 0, m: 0 }));
  for (const [i, e] of entities.entries()) {
    if (e.type !== 'person' || e.gender) continue;
    const words = e.roles.flatMap((r) => r.role.toLowerCase().split(/\s+/u));
    if (words.some((w) => FEMALE_ROLES.has(w))) e.gender = 'female';
    else if (words.some((w) => MALE_ROLES.has(w))) e.gender = 'male';
    if (e.gender) continue;
    const first = e.name.split(/\s+/u);
    if (first.length >= 2) { const g = firstNameGender(first[0]); if (g) { e.gender = g; continue; } }
    for (const m of mentions) {
      if (m.entity !== i) continue;
      // the window ends where another person is named
      const next = mentions.find((o) => o.start >= m.end && o.entity !== i && entities[o.entity].type === 'person');
      const stop = Math.min(m.end + PRONOUN_WINDOW_CHARS, next ? next.start : text.length);
      const p = new RegExp(PATTERNS.PRONOUN.source, 'i').exec(text.slice(m.end, stop));
      if (p) { if (FEMALE.has(p[1].toLowerCase())) votes[i].f++; else votes[i].m++; }
    }
    const { f, m } = votes[i];
    if (f > m && (m === 0 || f - m >= MIN_PRONOUN_MARGIN)) e.gender = 'female';
    else if (m > f && (f === 0 || m - f >= MIN_PRONOUN_MARGIN)) e.gender = 'male';
  }
}
