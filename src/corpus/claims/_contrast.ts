/**
 * Figures a document puts against each other: a text that states both "340 licences issued" and
 * "only 210 licences honoured" tells us the two figures answer the same question, however
 * differently the outlets word each side.
 */
import type { ClaimItem } from './_features.ts';
import { GENERIC_UNITS } from './constants.ts';
import { isPersonClass } from './_figures.ts';

const key = (doc: string, cls: string, v: number): string => `${doc}\u0000${cls}\u0000${v}`;

/** `(a, b)` → true when some document states a's and b's differing figures of one unit class. */
export function contrastIndex(items: ClaimItem[]): (a: ClaimItem, b: ClaimItem) => boolean {
  const stated = new Set<string>();
  const docs = new Set<string>();
  for (const it of items) {
    docs.add(it.documentId);
    for (const [cls, vs] of it.numbers) for (const v of vs) stated.add(key(it.documentId, cls, v));
  }
  return (a, b) => {
    if (a.story !== b.story) return false;
    for (const [cls, va] of a.numbers) {
      const vb = b.numbers.get(cls);
      // Durations and head counts are stated of many different things in one text ("nine hours on
      // the roof", "within an hour"): two of them in one document set nothing against each other.
      if (!vb || GENERIC_UNITS.has(cls) || isPersonClass(cls)) continue;
      for (const d of docs) {
        if (va.some((x) => stated.has(key(d, cls, x))) && vb.some((y) => y !== undefined && !va.includes(y) && stated.has(key(d, cls, y)))) return true;
      }
    }
    return false;
  };
}
