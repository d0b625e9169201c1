import type { Role, SpanRef } from '../contract/dossier.ts';

/** One role as a reader wants it: the title once, with the span of dates it was seen over. */
export interface RoleSummary {
  role: string;
  from: string | null;
  to: string | null;
  documents: number;
  /** Where the title is given, earliest first (one span per document). */
  evidence: SpanRef[];
}

const roleKey = (role: string): string => role.toLowerCase().replace(/\s+/g, ' ').trim();
const day = (date: string | null): string | null => (date ? date.slice(0, 10) : null);

/** The spelling a role is shown with: the most frequent one, capitalised ones first on ties. */
function displayForm(spellings: string[]): string {
  const counts = new Map<string, number>();
  for (const s of spellings) counts.set(s, (counts.get(s) ?? 0) + 1);
  const score = (s: string): number => (counts.get(s) ?? 0) * 2 + (/^\p{Lu}/u.test(s) ? 1 : 0);
  return [...counts.keys()].sort((a, b) => score(b) - score(a) || a.localeCompare(b))[0] ?? '';
}

/**
 * Roles grouped by title (case and spacing folded), each with its first and last date and the
 * number of documents that give it, ordered by first date. The raw list repeats a title once per
 * article and per timestamp, which buries a change of office ("Foreign Minister" → "Prime
 * Minister") in noise; the full list with evidence stays in dossier.json and the web UI.
 */
export function summarizeRoles(roles: readonly Role[]): RoleSummary[] {
  const groups = new Map<string, Role[]>();
  for (const r of roles) {
    const key = roleKey(r.role);
    if (!key) continue;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const out: RoleSummary[] = [];
  for (const list of groups.values()) {
    const days = list.map((r) => day(r.date)).filter((d): d is string => d !== null).sort();
    const byDate = [...list].sort((a, b) => (day(a.date) ?? '9999').localeCompare(day(b.date) ?? '9999'));
    const seen = new Set<string>();
    const evidence = byDate.filter((r) => !seen.has(r.documentId) && seen.add(r.documentId)).map(({ documentId, start, end }) => ({ documentId, start, end }));
    out.push({
      role: displayForm(list.map((r) => r.role.trim())),
      from: days[0] ?? null,
      to: days[days.length - 1] ?? null,
      documents: seen.size,
      evidence,
    });
  }
  return out.sort((a, b) => (a.from ?? '9999').localeCompare(b.from ?? '9999') || a.role.localeCompare(b.role));
}

/** "Prime Minister (2026-06-10 – 2026-06-12, 4 documents)" in plain text (escape before use). */
export function roleLabel(r: RoleSummary): string {
  const dates = r.from === null ? 'undated' : r.from === r.to ? r.from : `${r.from} – ${r.to}`;
  return `${r.role} (${dates}${r.documents > 1 ? `, ${r.documents} documents` : ''})`;
}
