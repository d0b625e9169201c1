/**
 * dossier: render a Dossier as JSON, Markdown and one self-contained HTML file, and write them.
 */
export { writeDossier } from './write.ts';
export { renderMarkdown } from './markdown.ts';
export { renderHtml } from './html.ts';
/** A short terminal summary (counts, top stories, flags) for the CLI to print after `analyze`. */
export { summarize } from './summary.ts';
/** "1 document", "2 documents": counts in words that agree with the number, for the CLI too. */
export { plural } from './_lookup.ts';
/** Roles grouped by title with their first and last date (the entity page and the HTML report). */
export { summarizeRoles, type RoleSummary } from './_roles.ts';
