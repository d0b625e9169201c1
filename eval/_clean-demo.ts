/**
 * The clean part of the demo gold (demo/gold.json, written by another helper and loaded through
 * src/demo-gold/index.ts `loadDemoGold()`): lines that must go, lines that must stay, the right
 * publish day, byline and outlet — per split (dev / heldout). Skipped with a message when absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanArticle } from '../src/clean/index.ts';
import type { ArticleHints } from '../src/contract/pipeline.ts';

const ROOT = join(import.meta.dirname, '..');

interface GoldDoc { file: string; split: string; outlet: string; byline: string | null; publishedAt: string; mustRemove: string[]; mustKeep: string[] }
interface GoldModule { loadDemoGold: () => { documents: GoldDoc[] } }

async function loadGold(): Promise<GoldDoc[] | null> {
  const mod = join(ROOT, 'src', 'demo-gold', 'index.ts');
  if (!existsSync(mod) || !existsSync(join(ROOT, 'demo', 'gold.json'))) return null;
  try { return ((await import(mod)) as GoldModule).loadDemoGold().documents; } catch { return null; }
}

/** The raw article a gold file reference points at; `x.jsonl#N` → line N with its metadata as hints. */
function readRef(ref: string): { content: string; format: 'html' | 'text'; hints: ArticleHints } {
  const m = /^(.*)#(\d+)$/.exec(ref);
  const path = resolve(ROOT, m ? m[1] : ref);
  const raw = readFileSync(path, 'utf8');
  if (!m) return { content: raw, format: /\.html?$/i.test(path) ? 'html' : 'text', hints: {} };
  const rec = JSON.parse(raw.split(/\r?\n/)[Number(m[2]) - 1] ?? '{}') as Record<string, string | undefined>;
  const hints: ArticleHints = { title: rec.title, url: rec.url, outlet: rec.outlet, publishedAt: rec.publishedAt, byline: rec.byline };
  return rec.html ? { content: rec.html, format: 'html', hints } : { content: rec.text ?? '', format: 'text', hints };
}

interface Tally { docs: number; removed: number; removeTotal: number; kept: number; keepTotal: number; date: number; byline: number; outlet: number }

export async function evalDemoGold(): Promise<Record<string, Tally> | null> {
  const docs = await loadGold();
  if (!docs) { console.log('\nDemo gold: demo/gold.json or src/demo-gold not present — skipped'); return null; }
  const out: Record<string, Tally> = {};
  const misses: string[] = [];
  for (const d of docs) {
    const t = (out[d.split] ??= { docs: 0, removed: 0, removeTotal: 0, kept: 0, keepTotal: 0, date: 0, byline: 0, outlet: 0 });
    let a;
    try { a = readRef(d.file); } catch { misses.push(`${d.file}: unreadable`); continue; }
    const doc = cleanArticle({ id: d.file, source: d.file, ...a });
    t.docs++;
    for (const line of d.mustRemove) { t.removeTotal++; if (!doc.text.includes(line)) t.removed++; else misses.push(`${d.file}: kept "${line.slice(0, 60)}"`); }
    for (const line of d.mustKeep) { t.keepTotal++; if (doc.text.includes(line)) t.kept++; else misses.push(`${d.file}: lost "${line.slice(0, 60)}"`); }
    if (doc.publishedAt?.slice(0, 10) === d.publishedAt) t.date++; else misses.push(`${d.file}: date ${doc.publishedAt} (${doc.dateProvenance.method}) ≠ ${d.publishedAt}`);
    if (doc.byline === d.byline) t.byline++; else misses.push(`${d.file}: byline ${doc.byline} ≠ ${d.byline}`);
    if (doc.outlet === d.outlet) t.outlet++; else misses.push(`${d.file}: outlet ${doc.outlet} ≠ ${d.outlet}`);
  }
  console.log('\nDemo gold (clean part)');
  console.log('split     docs  must-remove gone  must-keep kept  publish day  byline  outlet');
  for (const [split, t] of Object.entries(out)) {
    console.log(`${split.padEnd(9)} ${String(t.docs).padStart(4)}  ${`${t.removed}/${t.removeTotal}`.padStart(16)}  ${`${t.kept}/${t.keepTotal}`.padStart(14)}  ${`${t.date}/${t.docs}`.padStart(11)}  ${`${t.byline}/${t.docs}`.padStart(6)}  ${`${t.outlet}/${t.docs}`.padStart(6)}`);
  }
  if (process.argv.includes('--verbose')) for (const m of misses) console.log(`  miss: ${m}`);
  return out;
}
