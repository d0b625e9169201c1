/**
 * A short terminal summary of a dossier (what the CLI prints after `analyze`): counts per section,
 * the largest stories, and flags by kind. Article text is made terminal-safe (no escape sequences).
 */
import type { Dossier } from '../contract/dossier.ts';
import { SUMMARY_TITLE_CHARS, SUMMARY_TOP_STORIES } from './constants.ts';
import { clip, termSafe } from './_escape.ts';
import { makeCtx, outletsOf, plural, storyRange } from './_lookup.ts';

function countBy<T>(items: T[], key: (x: T) => string): [string, number][] {
  const m = new Map<string, number>();
  for (const x of items) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

export function summarize(d: Dossier): string {
  const ctx = makeCtx(d);
  const dups = d.documents.filter((x) => x.duplicateOf).length;
  const statements = new Set(d.quotes.map((q) => q.statementId ?? `q:${q.id}`)).size;
  const undated = d.events.filter((e) => !e.date).length;
  const status = Object.fromEntries(countBy(d.claims, (c) => c.status));
  const lines = [
    `Documents ${d.documents.length}${dups ? ` (${plural(dups, 'duplicate')})` : ''} · stories ${d.stories.length} · entities ${d.entities.length}`,
    `Quotes ${d.quotes.length} in ${plural(statements, 'statement')} · events ${d.events.length}${undated ? ` (${undated} undated)` : ''}`,
    `Claims ${d.claims.length}: ${status.corroborated ?? 0} corroborated, ${status.contested ?? 0} contested, ${status['single-source'] ?? 0} single-source`,
  ];
  const top = d.stories
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.documentIds.length - a.s.documentIds.length || a.i - b.i)
    .slice(0, SUMMARY_TOP_STORIES);
  if (top.length) {
    lines.push('Top stories:');
    for (const { s } of top) {
      const r = s.dateRange ?? storyRange(ctx, s.documentIds);
      const dates = r.from && r.to && r.from !== r.to ? `${r.from.slice(0, 10)}..${r.to.slice(0, 10)}` : (r.from ?? r.to ?? 'undated').slice(0, 10);
      const outlets = outletsOf(ctx, s.documentIds).length;
      const title = clip(termSafe(s.title) || 'Untitled story', SUMMARY_TITLE_CHARS);
      lines.push(`  - ${title} (${plural(s.documentIds.length, 'document')}, ${plural(outlets, 'outlet')}, ${termSafe(dates)})`);
    }
  }
  const kinds = countBy(d.flags, (f) => termSafe(f.kind) || 'other');
  lines.push(`Flags ${d.flags.length}${kinds.length ? `: ${kinds.map(([k, n]) => `${n} ${k}`).join(', ')}` : ''}`);
  return lines.join('\n') + '\n';
}
