import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dossier } from '../contract/dossier.ts';
import { renderMarkdown } from './markdown.ts';
import { renderHtml } from './html.ts';

/** Write a file so readers never see half of it: write a sibling, then rename over. */
function writeAtomic(path: string, content: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

/** Write dossier.json, dossier.md and dossier.html into `dir`; returns their paths. */
export function writeDossier(dir: string, dossier: Dossier): { json: string; md: string; html: string } {
  mkdirSync(dir, { recursive: true });
  const paths = { json: join(dir, 'dossier.json'), md: join(dir, 'dossier.md'), html: join(dir, 'dossier.html') };
  writeAtomic(paths.json, JSON.stringify(dossier, null, 2) + '\n');
  writeAtomic(paths.md, renderMarkdown(dossier));
  writeAtomic(paths.html, renderHtml(dossier));
  return paths;
}
