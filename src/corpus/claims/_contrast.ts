/**
 * Figures a document puts against each other: a text that states both "340 licences issued" and
 * "only 210 licences honoured" tells us the two figures answer the same question, however
 * differently the outlets word each side.
 */
import type { ClaimItem } from './_features.ts';
import { GENERIC_UNITS } from './constants.ts';
import { isPersonClass } from './_figures.ts';

const key = (doc: string, cls: string, v: number): string => `${doc}\u0000${cls}\u0000${v}`;

/** Where a figure is stated: head counts and durations are set against each other only within one sentence. */
const place = (it: ClaimItem, cls: string): string => (GENERIC_UNITS.has(cls) || isPersonClass(cls) ? `${it.documentId}@${it.sentence}` : it.documentId);

/**
 * `(a, b)` → true when some document states a's and b's differing figures of one unit class. Head
 * counts and durations are stated of many different things in one text ("nine hours on the roof",
 * "within an hour"), so for them only one sentence that sets two figures side by side counts
 * ("Police put the march at about 3,400; the union said 9,000 had walked").
 */
export function contrastIndex(items: ClaimItem[]): (a: ClaimItem, b: ClaimItem) => boolean {
  const stated = new Set<string>();
  const places = new Set<string>();
  for (const it of items) {
    for (const [cls, vs] of it.numbers) {
      const at = place(it, cls);
      places.add(at);
      for (const v of vs) stated.add(key(at, cls, v));
    }
  }
  return (a, b) => {
    if (a.story !== b.story) return false;
    for (const [cls, va] of a.numbers) {
      const vb = b.numbers.get(cls);
      if (!vb) continue;
      for (const d of places) {
        if (va.some((x) => stated.has(key(d, cls, x))) && vb.some((y) => y !== undefined && !va.includes(y) && stated.has(key(d, cls, y)))) return true;
      }
    }
    return false;
  };
}
