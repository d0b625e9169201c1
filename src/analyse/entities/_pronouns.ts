/**
 * Third-person pronouns as mentions of a person, only where the text leaves one candidate: one
 * person named in the pronoun's sentence and the one before, of the pronoun's gender.
 * Opt-in (`FindOptions.pronouns`): later passes read `mentions`.
 */
import type { EntityMention, LocalEntity, Span } from '../../contract/pipeline.ts';

const GENDER: Record<string, 'female' | 'male'> = { he: 'male', him: 'male', his: 'male', himself: 'male', she: 'female', her: 'female', hers: 'female', herself: 'female' };
const PRONOUN = /(?<![\p{L}])(he|him|his|himself|she|her|hers|herself)(?![\p{L}])/giu;

export function pronounMentions(text: string, sentences: Span[], entities: LocalEntity[], mentions: EntityMention[]): EntityMention[] {
  const people = mentions.filter((m) => entities[m.entity]?.type === 'person').sort((a, b) => a.start - b.start);
  if (!people.length) return mentions;
  const starts = [0, ...sentences.map((s) => s.start).filter((s) => s > 0)].sort((a, b) => a - b);
  const out = [...mentions];
  let k = 0;
  for (const p of text.matchAll(PRONOUN)) {
    const at = p.index ?? 0;
    while (k + 1 < starts.length && starts[k + 1] <= at) k++;
    const from = starts[Math.max(0, k - 1)];
    const gender = GENDER[p[1].toLowerCase()];
    const named = new Set(people.filter((m) => m.start >= from && m.end <= at).map((m) => m.entity));
    // one person named there, whose gender the document gives and the pronoun agrees with
    const [only] = named;
    if (named.size === 1 && entities[only].gender === gender) out.push({ start: at, end: at + p[1].length, text: p[1], entity: only });
  }
  return out.sort((a, b) => a.start - b.start);
}
