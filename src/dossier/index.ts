/**
 * dossier: render a Dossier as JSON, Markdown and one self-contained HTML file, and write them.
 */
export { writeDossier } from './write.ts';
export { renderMarkdown } from './markdown.ts';
export { renderHtml } from './html.ts';
