import type { AnalyzeResult } from '../pipeline/index.ts';
import { plural, summarize } from '../dossier/index.ts';

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

/** The run in one line, then the dossier's own terminal-safe summary, then where it was written. */
export function summaryText(r: AnalyzeResult): string {
  const run = `Read ${plural(r.read, 'article')}: ${r.added} new, ${r.alreadyStored} already in the store${r.warnings.length ? `, ${plural(r.warnings.length, 'warning')}` : ''}.\n`;
  const written = r.paths ? `Wrote ${r.paths.json}, ${r.paths.md} and ${r.paths.html}\n` : '';
  return run + summarize(r.dossier) + written;
}
