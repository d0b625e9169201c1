/**
 * The clean part of the demo gold (demo/gold.json, written by another helper and loaded through
 * src/demo-gold/index.ts): lines that must go, lines that must stay, the right publish date.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanArticle } from '../src/clean/index.ts';

const ROOT = join(import.meta.dirname, '..');

interface GoldDoc { source?: string; file?: string; path?: string; id?: string; mustRemove?: string[]; mustKeep?: string[]; publishedAt?: string | null }

async function loadGold(): Promise<GoldDoc[] | null> {
  const mod = join(ROOT, 'src', 'demo-gold', 'index.ts');
  if (!existsSync(mod)) return null;
  try {
    const m = (await import(mod)) as { loadDemoGold?: () => unknown };
    const gold = m.loadDemoGold?.() as { documents?: GoldDoc[] } | null | undefined;
    return gold?.documents ?? null;
  } catch { return null; }
}

function findFile(d: GoldDoc): string | null {
  const name = d.source ?? d.file ?? d.path;
  if (!name) return null;
  for (const p of [resolve(ROOT, name), resolve(ROOT, 'demo', name)]) if (existsSync(p)) return p;
  return null;
}

export async function evalDemoGold(): Promise<Record<string, number> | null> {
  const docs = await loadGold();
  if (!docs) { console.log('\nDemo gold: src/demo-gold (loadDemoGold) or demo/gold.json not present — skipped'); return null; }
  let removed = 0, removeTotal = 0, kept = 0, keepTotal = 0, dateRight = 0, dateTotal = 0, missing = 0;
  for (const d of docs) {
    const file = findFile(d);
    if (!file) { missing++; continue; }
    const content = readFileSync(file, 'utf8');
    const format = /\.html?$/i.test(file) ? 'html' : 'text';
    const doc = cleanArticle({ id: d.id ?? file, source: file, format, content, hints: {} });
    for (const line of d.mustRemove ?? []) { removeTotal++; if (!doc.text.includes(line.trim())) removed++; }
    for (const line of d.mustKeep ?? []) { keepTotal++; if (doc.text.includes(line.trim())) kept++; }
    if (d.publishedAt !== undefined) { dateTotal++; if ((doc.publishedAt ?? null)?.slice(0, 10) === (d.publishedAt ?? null)?.slice(0, 10)) dateRight++; }
  }
  const r = (a: number, b: number): number => (b ? a / b : 1);
  const res = { documents: docs.length - missing, missing, removedShare: r(removed, removeTotal), keptShare: r(kept, keepTotal), dateAccuracy: r(dateRight, dateTotal), mustRemove: removeTotal, mustKeep: keepTotal, dates: dateTotal };
  console.log('\nDemo gold (clean part)');
  console.log(`documents ${res.documents} (missing files ${missing}); must-remove gone ${removed}/${removeTotal}; must-keep kept ${kept}/${keepTotal}; dates right ${dateRight}/${dateTotal}`);
  return res;
}
