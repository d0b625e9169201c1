/** Where two sources disagree: a figure for the same thing, or the day of the same event. */
import { DATE_CONFLICT_MAX_DAYS, NO_DAY_CONFLICT_TYPES, NUMBER_TOLERANCE } from './constants.ts';
import type { ClaimItem } from './_features.ts';

const close = (a: number, b: number): boolean => Math.abs(a - b) <= NUMBER_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));

export interface Conflict { kind: 'number' | 'date'; unit: string }

/** Why a and b disagree, or null when they don't. Same source never conflicts with itself. */
export function conflictBetween(a: ClaimItem, b: ClaimItem): Conflict | null {
  if (a.source === b.source) return null;
  for (const [cls, va] of a.numbers) {
    const vb = b.numbers.get(cls);
    if (!vb) continue;
    // Disagree only when neither side mentions the other's figure (a rebuttal quotes both).
    if (!va.some((x) => vb.some((y) => close(x, y)))) return { kind: 'number', unit: cls };
  }
  // The same event on days a day or two apart is a disagreement; further apart it is another event.
  for (const [type, da] of a.eventDays) {
    if (NO_DAY_CONFLICT_TYPES.has(type)) continue;
    const db = b.eventDays.get(type);
    if (db && da !== db && Math.abs(Date.parse(da) - Date.parse(db)) <= DATE_CONFLICT_MAX_DAYS * 86_400_000) return { kind: 'date', unit: type };
  }
  return null;
}

/** What decides conflicts: members with the same signature agree with each other and clash alike. */
const signature = (x: ClaimItem): string => JSON.stringify([x.source, [...x.numbers].sort(), [...x.eventDays].sort()]);

/** Split a cluster: the claims most at odds with the rest are the conflicts, the others support. */
export function sides(members: ClaimItem[]): { support: ClaimItem[]; conflicts: ClaimItem[]; kinds: Set<string> } {
  const kinds = new Set<string>();
  const groups = new Map<string, ClaimItem[]>();
  for (const m of members) {
    const k = signature(m);
    groups.set(k, [...(groups.get(k) ?? []), m]);
  }
  const reps = [...groups.values()];
  const against = new Map<ClaimItem[], number>();
  for (const a of reps) {
    for (const b of reps) {
      if (a === b) continue;
      const c = conflictBetween(a[0]!, b[0]!);
      if (c) { kinds.add(c.kind); against.set(a, (against.get(a) ?? 0) + b.length); }
    }
  }
  if (!kinds.size) return { support: members, conflicts: [], kinds };
  const most = Math.max(...against.values());
  const odd = new Set(reps.filter((g) => (against.get(g) ?? 0) === most).flat());
  // Two sides of equal size: keep the first-seen side as support.
  if (odd.size === members.length) return { support: [members[0]!], conflicts: members.slice(1), kinds };
  return { support: members.filter((m) => !odd.has(m)), conflicts: members.filter((m) => odd.has(m)), kinds };
}
