/**
 * Family members sharing a surname ("Scott Peterson" and "Laci Peterson"): a document that calls
 * one of them by first name alone ("Laci's disappearance") means the other by the bare surname
 * ("Peterson's conduct"). Also finds those first-name mentions.
 */
import type { EntityMention, LocalEntity } from '../../contract/pipeline.ts';
import { HONORIFICS } from './data/lexicon.ts';
import { gazetteerType } from './_gazetteer.ts';
import { firstNameGender, isCommonWord } from './_compromise.ts';
import { surnames, withoutSuffix } from './_scan.ts';

const FIRST_NAME = /^\p{Lu}\p{Ll}{2,}$/u;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first name of each person named in full, when it is theirs alone in the document and no ordinary word or known name. */
export function firstNames(text: string, entities: LocalEntity[]): Map<string, number> {
  const people = entities.map((e, i) => ({ i, toks: withoutSuffix(e.name.split(/\s+/u)) })).filter((p) => entities[p.i].type === 'person' && p.toks.length >= 2);
  const count = new Map<string, number>();
  for (const p of people) count.set(p.toks[0], (count.get(p.toks[0]) ?? 0) + 1);
  const lastWords = new Set(people.map((p) => p.toks[p.toks.length - 1]));
  const otherNames = new Set(entities.filter((e) => e.type !== 'person').flatMap((e) => e.aliases));
  const out = new Map<string, number>();
  for (const p of people) {
    const f = p.toks[0];
    if (!FIRST_NAME.test(f) || count.get(f) !== 1 || lastWords.has(f) || otherNames.has(f) || f.toLowerCase() in HONORIFICS || gazetteerType(f) || isCommonWord(f)) continue;
    // a word our lists do not know as a given name must never stand where places do ("of Talvar", "in Talvar")
    if (!firstNameGender(f) && new RegExp(`(?<![\\p{L}])(?:of|in|at|from|to|into|near|across)[ \\u00A0]+${escape(f)}(?![\\p{L}])`, 'u').test(text)) continue;
    out.set(f, p.i);
  }
  return out;
}

/** Give each bare shared surname to the one family member the document does not call by first name. */
export function familySurnames(text: string, entities: LocalEntity[], mentions: EntityMention[]): void {
  const bySurname = new Map<string, number[]>();
  entities.forEach((e, i) => { if (e.type === 'person') for (const s of surnames(e.name)) bySurname.set(s, [...(bySurname.get(s) ?? []), i]); });
  const shared = [...bySurname.entries()].filter(([, ids]) => ids.length > 1);
  if (!shared.length) return;
  const calledByFirst = new Set<number>();
  for (const [f, i] of firstNames(text, entities)) {
    const surname = surnames(entities[i].name)[0] ?? '';
    // the first name alone: not followed by the surname or another capitalised word
    if (new RegExp(`(?<![\\p{L}])${escape(f)}(?![\\p{L}]|[ \\u00A0]+(?:${escape(surname)}|\\p{Lu}))`, 'u').test(text)) calledByFirst.add(i);
  }
  for (const [surname, ids] of shared) {
    const left = ids.filter((i) => !calledByFirst.has(i));
    if (left.length !== 1 || left.length === ids.length) continue;
    for (const m of mentions) {
      if (m.text !== surname || !ids.includes(m.entity)) continue;
      // an honorific before the surname already chose by gender
      if (/\b(?:Mr|Mrs|Ms|Miss|Mister)\.?[ \u00A0]+$/u.test(text.slice(Math.max(0, m.start - 8), m.start))) continue;
      m.entity = left[0];
    }
  }
}
