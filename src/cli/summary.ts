import type { AnalyzeResult } from '../pipeline/index.ts';

function counts(r: AnalyzeResult): Record<string, number> {
  const d = r.dossier;
  return {
    documents: d.documents.length, stories: d.stories.length, entities: d.entities.length, quotes: d.quotes.length,
    statements: d.statements?.length ?? 0, events: d.events.length, claims: d.claims.length, flags: d.flags.length,
  };
}

/** One JSON object for `--json`: what was read, added, skipped, and where the dossier is. */
export function summaryJson(r: AnalyzeResult): Record<string, unknown> {
  return { read: r.read, added: r.added, alreadyStored: r.alreadyStored, warnings: r.warnings, counts: counts(r), paths: r.paths };
}

/** A short human summary for the terminal. */
export function summaryText(r: AnalyzeResult): string {
  const c = counts(r);
  const d = r.dossier;
  const lines = [
    `Read ${r.read} articles: ${r.added} new, ${r.alreadyStored} already in the store${r.warnings.length ? `, ${r.warnings.length} warnings` : ''}.`,
    `Dossier: ${Object.entries(c).map(([k, v]) => `${v} ${k}`).join(', ')}.`,
  ];
  const top = [...d.stories].sort((a, b) => b.documentIds.length - a.documentIds.length).slice(0, 5);
  if (top.length) lines.push('Top stories:', ...top.map((s) => `  • ${s.title} (${s.documentIds.length} documents)`));
  const contested = d.claims.filter((x) => x.status === 'contested').length;
  if (d.flags.length) lines.push(`Flags: ${d.flags.length} (${contested} contested claims) — see the flags section.`);
  if (r.paths) lines.push(`Wrote ${r.paths.json}, ${r.paths.md} and ${r.paths.html}`);
  return lines.join('\n') + '\n';
}
