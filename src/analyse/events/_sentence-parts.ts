/** What one sentence tells about an event: participants, place and date. */
import type { DateMention, EntityMention, LocalEntity, Span } from '../../contract/pipeline.ts';
import type { DateValue } from '../../contract/dossier.ts';
import { PLACE_PREPOSITION } from './patterns.ts';

const inside = (s: Span, x: Span): boolean => x.start >= s.start && x.end <= s.end;

export function participantsAndPlace(
  text: string, sentence: Span, entities: LocalEntity[], mentions: EntityMention[],
): { participants: number[]; place: number | null } {
  const participants: number[] = [];
  let place: number | null = null;
  for (const m of mentions) {
    if (!inside(sentence, m)) continue;
    const e = entities[m.entity];
    if (!e) continue;
    const before = text.slice(Math.max(sentence.start, m.start - 12), m.start);
    if (e.type === 'place' && PLACE_PREPOSITION.test(before)) {
      if (place === null) place = m.entity;
      continue;
    }
    if (!participants.includes(m.entity)) participants.push(m.entity);
  }
  return { participants: participants.sort((a, b) => a - b), place };
}

/** The date mention nearest the trigger inside the sentence. */
export function dateFor(sentence: Span, trigger: number, dates: DateMention[]): DateValue | null {
  let best: DateMention | null = null;
  for (const d of dates) {
    if (!inside(sentence, d)) continue;
    if (!best || Math.abs(d.start - trigger) < Math.abs(best.start - trigger)) best = d;
  }
  return best ? best.date : null;
}
