import type { Dossier } from '../contract/dossier.ts';

/** Markdown dossier. PLACEHOLDER until the renderer lands. */
export function renderMarkdown(d: Dossier): string {
  return `# Dossier\n\n${d.documents.length} documents, ${d.stories.length} stories.\n`;
}
