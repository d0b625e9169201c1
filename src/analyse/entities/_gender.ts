/** Gender cues for pronoun resolution: gendered role nouns, then pronouns after a person's mentions. */
import type { EntityMention, LocalEntity } from '../../contract/pipeline.ts';
import { MIN_PRONOUN_MARGIN, PRONOUN_WINDOW_CHARS } from './constants.ts';
import { PATTERNS } from './patterns.ts';
import { FEMALE_ROLES, MALE_ROLES } from './data/lexicon.ts';
import { firstNameGender } from './_compromise.ts';

const FEMALE = new Set(['she', 'her', 'hers', 'herself']);

/** The sentence holding mention k opens with another person (not a possessor: "Kray's lawyer, Sauer, said his …") of known gender `g`. */
function sameSentencePersonOf(text: string, mentions: EntityMention[], entities: LocalEntity[], k: number, g: 'female' | 'male'): boolean {
  const m = mentions[k];
  const from = Math.max(text.lastIndexOf('\n', m.start), ...['. ', '? ', '! '].map((d) => text.lastIndexOf(d, m.start)));
  let j = k - 1;
  while (j > 0 && mentions[j - 1].start > from) j--;
  if (j < 0 || j >= k || mentions[j].start <= from) return false;
  const o = entities[mentions[j].entity];
  return mentions[j].entity !== m.entity && o?.type === 'person' && o.gender === g && !/^['’]s?\b/u.test(text.slice(mentions[j].end, mentions[j].end + 2));
}

export function assignGender(text: string, entities: LocalEntity[], mentions: EntityMention[]): void {
  const votes = entities.map(() => ({ f: 0, m: 0 }));
  // for each mention, where the next mention of another person starts (one backward pass)
  const nextOther = new Array<number>(mentions.length).fill(text.length);
  let lastPerson = -1; let lastStart = text.length; let prevStart = text.length;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    nextOther[k] = m.entity === lastPerson ? prevStart : lastStart;
    if (entities[m.entity]?.type === 'person') {
      if (m.entity !== lastPerson) { prevStart = lastStart; lastPerson = m.entity; }
      lastStart = m.start;
    }
  }
  const byEntity = new Map<number, number[]>();
  mentions.forEach((m, k) => byEntity.set(m.entity, [...(byEntity.get(m.entity) ?? []), k]));
  for (const [i, e] of entities.entries()) {
    if (e.type !== 'person' || e.gender) continue;
    const words = e.roles.flatMap((r) => r.role.toLowerCase().split(/\s+/u));
    if (words.some((w) => FEMALE_ROLES.has(w))) e.gender = 'female';
    else if (words.some((w) => MALE_ROLES.has(w))) e.gender = 'male';
    if (e.gender) continue;
    const first = e.name.split(/\s+/u);
    if (first.length >= 2) { const g = firstNameGender(first[0]); if (g) { e.gender = g; continue; } }
    for (const k of byEntity.get(i) ?? []) {
      const m = mentions[k];
      // the window ends where another person is named
      const stop = Math.max(m.end, Math.min(m.end + PRONOUN_WINDOW_CHARS, nextOther[k]));
      const p = new RegExp(PATTERNS.PRONOUN.source, 'i').exec(text.slice(m.end, stop));
      if (!p) continue;
      const g = FEMALE.has(p[1].toLowerCase()) ? 'female' : 'male';
      // "Ms Oletić, who is backed by Prime Minister Vukošev's party, … she said": the pronoun is hers, whose gender the sentence gave
      if (sameSentencePersonOf(text, mentions, entities, k, g)) continue;
      if (g === 'female') votes[i].f++; else votes[i].m++;
    }
    const { f, m } = votes[i];
    if (f > m && (m === 0 || f - m >= MIN_PRONOUN_MARGIN)) e.gender = 'female';
    else if (m > f && (f === 0 || m - f >= MIN_PRONOUN_MARGIN)) e.gender = 'male';
  }
}
