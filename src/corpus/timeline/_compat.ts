/** Compatibility tests between event mentions. */
import type { DateValue } from '../../contract/dossier.ts';

/**
 * Same day, or one date contains the other ("2025-06" holds "2025-06-11"), or one is missing.
 * Deliberate duplicate of analyse/events `datesCompatible` (stages share no internals).
 */
export function datesCompatible(a: DateValue | null, b: DateValue | null): boolean {
  if (!a || !b) return true;
  return a.value.startsWith(b.value) || b.value.startsWith(a.value);
}

export const finerDate = (a: DateValue | null, b: DateValue | null): DateValue | null =>
  !a ? b : !b ? a : a.value.length >= b.value.length ? a : b;

export const overlaps = (a: string[], b: string[]): boolean => a.some((x) => b.includes(x));
