/**
 * Family members sharing a surname ("Scott Peterson" and "Laci Peterson"): a document that calls
 * one of them by first name alone ("Laci's disappearance") means the other by the bare surname
 * ("Peterson's conduct"). Also finds those first-name mentions.
 */
import type { EntityMention, LocalEntity } from '../../contract/pipeline.ts';
import { HONORIFICS } from './data/lexicon.ts';
import { gazetteerType } from './_gazetteer.ts';
import { firstNameGender, isCommonWord, isPlaceShaped } from './_compromise.ts';
import { surnames, withoutSuffix } from './_scan.ts';
import { escapeRegExp } from './_names.ts';

const FIRST_NAME = /^\p{Lu}\p{Ll}{2,}$/u;

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
    if (!FIRST_NAME.test(f) || count.get(f) !== 1 || lastWords.has(f) || otherNames.has(f) || f.toLowerCase() in HONORIFICS || gazetteerType(f) || isCommonWord(f) || isPlaceShaped(f)) continue;
    // a word our lists do not know as a given name must never stand where places do ("of Talvar", "in Talvar")
    if (!firstNameGender(f) && new RegExp(`(?<![\\p{L}])(?:of|in|at|from|to|into|near|across)[ \\u00A0]+${escapeRegExp(f)}(?![\\p{L}])`, 'u').test(text)) continue;
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
    if (new RegExp(`(?<![\\p{L}])${escapeRegExp(f)}(?![\\p{L}]|[ \\u00A0]+(?:${escapeRegExp(surname)}|\\p{Lu}))`, 'u').test(text)) calledByFirst.add(i);
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

const PRONOUN_GENDER: Record<string, 'female' | 'male'> = { he: 'male', him: 'male', his: 'male', himself: 'male', she: 'female', her: 'female', hers: 'female', herself: 'female' };

/** The gender of the first third-person pronoun after `from` in its sentence, before anyone else is named. */
function pronounAfter(text: string, from: number, mentions: EntityMention[]): 'female' | 'male' | null {
  const next = mentions.find((m) => m.start >= from);
  const sentence = /[.!?](?:\s|$)/u.exec(text.slice(from, from + PRONOUN_REACH_CHARS));
  const stop = Math.min(next ? next.start : text.length, sentence ? from + sentence.index : from + PRONOUN_REACH_CHARS);
  const p = /\b(he|him|his|himself|she|her|hers|herself)\b/iu.exec(text.slice(from, stop));
  return p ? PRONOUN_GENDER[p[1].toLowerCase()] : null;
}
/** How far after a name its sentence's first pronoun is looked for, in characters. */
const PRONOUN_REACH_CHARS = 160;

/**
 * "Laci Peterson disappeared from her home ... Peterson was found guilty of murdering his wife":
 * when the full name and the bare surname are each followed by a pronoun of the other gender, the
 * surname is another member of the family; those mentions become an entity of their own.
 */
export function splitSurnamesByGender(text: string, entities: LocalEntity[], mentions: EntityMention[]): void {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const count = entities.length;
  for (let i = 0; i < count; i++) {
    const e = entities[i];
    const surname = surnames(e.name)[0];
    if (e.type !== 'person' || !surname) continue;
    const own = sorted.filter((m) => m.entity === i);
    const first = firstNameGender(e.name.split(/\s+/u)[0]);
    const full = own.filter((m) => m.text === e.name).map((m) => pronounAfter(text, m.end, sorted)).filter((g) => g !== null);
    const gender = first ?? (full.length && full.every((g) => g === full[0]) ? full[0] : null);
    if (!gender) continue;
    const bare = own.filter((m) => m.text === surname && !/\b(?:Mr|Mrs|Ms|Miss)\.?[ \u00A0]+$/u.test(text.slice(Math.max(0, m.start - 6), m.start)));
    const cues = bare.map((m) => pronounAfter(text, m.end, sorted));
    const contrary = gender === 'female' ? 'male' : 'female';
    if (!cues.includes(contrary)) continue;
    // every bare surname goes when none is followed by the full name's gender; else only those followed by the other gender
    const other = cues.includes(gender) ? bare.filter((_, k) => cues[k] === contrary) : bare;
    const idx = entities.length;
    entities.push({ type: 'person', name: surname, aliases: [surname], roles: [], gender: gender === 'female' ? 'male' : 'female' });
    for (const m of other) m.entity = idx;
    if (!own.some((m) => m.text === surname && m.entity === i)) e.aliases = e.aliases.filter((a) => a !== surname);
  }
}
