/**
 * What a figure counts and how exactly: people are counted by what happened to them ("29 people
 * died" and "12,000 people were evacuated" are different figures), and a figure may be a bound
 * ("at least 31", "more than 15,000") or approximate ("about 12,000").
 */
import type { ClaimMention } from '../../contract/pipeline.ts';
import { APPROX_TOLERANCE, HUMAN_UNITS, MEASURES, MEASURE_WINDOW_CHARS, MINUTES, TALLY_MEASURES, UNIT_ALIASES, UNIT_MEASURE } from './constants.ts';
import { APPROXIMATE_BEFORE, AT_MOST_BEFORE, CONVERSION_BETWEEN, LOWER_BOUND_BEFORE, NEARLY_BEFORE } from './patterns.ts';

export interface Figure { value: number; lo: number; hi: number }

export function unitClass(unit: string): { cls: string; factor: number } {
  const u = UNIT_ALIASES[unit] ?? unit;
  if (u in MINUTES) return { cls: 'duration', factor: MINUTES[u]! };
  return { cls: u, factor: 1 };
}

/** What happened to the people a figure counts, from the words after it (else before it). */
function measureOf(after: string, before: string): string | null {
  for (const part of [after, before]) {
    let best: { at: number; name: string } | null = null;
    for (const [name, re] of MEASURES) {
      const m = re.exec(part);
      if (!m) continue;
      // After the figure the first predicate counts; before it, the last.
      const at = part === after ? m.index : -(m.index + m[0].length);
      if (!best || at < best.at) best = { at, name };
    }
    if (best) return best.name;
  }
  return null;
}

/** The range a figure states: a bound, an approximation or the figure itself. */
function rangeOf(before: string, v: number): { lo: number; hi: number } {
  if (LOWER_BOUND_BEFORE.test(before)) return { lo: v, hi: Infinity };
  if (AT_MOST_BEFORE.test(before)) return { lo: 0, hi: v };
  if (NEARLY_BEFORE.test(before)) return { lo: v * (1 - APPROX_TOLERANCE), hi: v };
  if (APPROXIMATE_BEFORE.test(before)) return { lo: v * (1 - APPROX_TOLERANCE), hi: v * (1 + APPROX_TOLERANCE) };
  return { lo: v, hi: v };
}

/** The claim's figures by class: "duration" in minutes, people as "person:<what happened>" when told. */
export function figures(c: ClaimMention): Map<string, Figure[]> {
  const out = new Map<string, Figure[]>();
  const ns = [...c.numbers].sort((a, b) => a.start - b.start);
  ns.forEach((n, i) => {
    // "20 million euros ($21.7 million)": a conversion restates the figure before it.
    const prev = ns[i - 1];
    if (prev && CONVERSION_BETWEEN.test(c.text.slice(prev.end - c.start, n.start - c.start))) return;
    const { cls, factor } = unitClass(n.unit);
    const from = n.end - c.start;
    const to = Math.min((ns[i + 1]?.start ?? c.end) - c.start, from + MEASURE_WINDOW_CHARS);
    const back = Math.max((ns[i - 1]?.end ?? c.start) - c.start, n.start - c.start - MEASURE_WINDOW_CHARS);
    const before = c.text.slice(Math.max(0, back), Math.max(0, n.start - c.start));
    const measure = HUMAN_UNITS.has(cls) ? measureOf(c.text.slice(from, Math.max(from, to)), before) ?? UNIT_MEASURE[cls] ?? null : null;
    const key = measure ? `person:${measure}` : cls;
    const v = n.value * factor;
    out.set(key, [...(out.get(key) ?? []), { value: v, ...rangeOf(before, v) }]);
  });
  return out;
}

/** A running tally (the dead, the missing, the injured): its figure holds for one day only. */
export const isTally = (cls: string): boolean => TALLY_MEASURES.has(cls);

/** People-counting classes: plain people, or people with what happened to them. */
export const isPersonClass = (cls: string): boolean => cls.startsWith('person:') || HUMAN_UNITS.has(cls);

/** Two figures that cannot both be true (their ranges do not meet). */
export const rangesApart = (a: Figure, b: Figure): boolean => a.hi < b.lo || b.hi < a.lo;
