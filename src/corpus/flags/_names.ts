/** How a flag names a document for the reader: its outlet, else its title, else where it came from. */
import type { CleanDocument } from '../../contract/pipeline.ts';
import { NAME_TITLE_CHARS } from './constants.ts';

export function docName(doc: Pick<CleanDocument, 'id' | 'outlet' | 'title' | 'source'>): string {
  if (doc.outlet) return doc.outlet;
  const title = (doc.title ?? '').replace(/\s+/g, ' ').trim();
  if (title) return `"${title.length > NAME_TITLE_CHARS ? `${title.slice(0, NAME_TITLE_CHARS - 1).trimEnd()}…` : title}"`;
  const base = (doc.source ?? '').split(/[\\/]/).pop();
  return base || doc.id;
}
