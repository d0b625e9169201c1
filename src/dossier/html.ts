import type { Dossier } from '../contract/dossier.ts';

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** HTML dossier. PLACEHOLDER until the renderer lands. */
export function renderHtml(d: Dossier): string {
  return `<!doctype html><meta charset="utf-8"><title>Dossier</title><ul>${d.documents.map((x) => `<li>${escapeHtml(x.title)}</li>`).join('')}</ul>`;
}
