/**
 * The clean part of a gold set in the demo-gold schema (demo/gold.json, and the blind set
 * eval/blind/gold.json once it exists): lines that must go, lines that must stay, the right publish
 * day, byline and outlet — per split (dev / heldout; the blind set is reported as one row "blind").
 * Skipped with a message when absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanArticle } from '../src/clean/index.ts';
import { loadDemoGold, DEFAULT_GOLD_PATH } from '../src/demo-gold/index.ts';
import type { ArticleHints } from '../src/contract/pipeline.ts';

const ROOT = join(import.meta.dirname, '..');
/** The blind gold written by another helper (same schema as demo/gold.json); read once per run, never tuned on. */
export const BLIND_GOLD = join(ROOT, 'eval', 'blind', 'gold.json');

interface GoldDoc { file: string; split: string; outlet: string; byline: string | null; publishedAt: string; mustRemove: string[]; mustKeep: string[] }

/**
 * Documents of a gold file; null when absent. The blind set may not match the demo schema's
 * `demo/` file pattern, so it is read as plain JSON with the fields we need.
 */
export function loadGoldDocs(path: string): GoldDoc[] | null {
  if (!existsSync(path)) return null;
  try {
    if (path === DEFAULT_GOLD_PATH) return loadDemoGold(path).documents;
    const raw = JSON.parse(readFileSync(path, 'utf8')) as { documents?: GoldDoc[] };
    return Array.isArray(raw.documents) ? raw.documents : null;
  } catch { return null; }
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

export interface Tally { docs: number; removed: number; removeTotal: number; kept: number; keepTotal: number; date: number; byline: number; outlet: number }

/** Scores the clean stage on gold documents, per split (or all under `rowName` when given). */
export function scoreGold(docs: GoldDoc[], rowName?: string): { tallies: Record<string, Tally>; misses: string[] } {
  const tallies: Record<string, Tally> = {};
  const misses: string[] = [];
  for (const d of docs) {
    const t = (tallies[rowName ?? d.split] ??= { docs: 0, removed: 0, removeTotal: 0, kept: 0, keepTotal: 0, date: 0, byline: 0, outlet: 0 });
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
  return { tallies, misses };
}

const cell = (a: number, b: number, w: number): string => `${a}/${b}`.padStart(w);

/** Prints the demo gold table (dev, heldout, and a "blind" row when eval/blind/gold.json exists). */
export async function evalDemoGold(): Promise<Record<string, Tally> | null> {
  const demo = loadGoldDocs(DEFAULT_GOLD_PATH);
  if (!demo) { console.log('\nDemo gold: demo/gold.json not present — skipped'); return null; }
  const { tallies, misses } = scoreGold(demo);
  const blind = loadGoldDocs(BLIND_GOLD);
  // The blind row's misses are never printed: that set is for measuring, not tuning.
  if (blind) Object.assign(tallies, scoreGold(blind, 'blind').tallies);
  console.log('\nDemo gold (clean part)');
  console.log('split     docs  must-remove gone  must-keep kept  publish day  byline  outlet');
  for (const [split, t] of Object.entries(tallies)) {
    console.log(`${split.padEnd(9)} ${String(t.docs).padStart(4)}  ${cell(t.removed, t.removeTotal, 16)}  ${cell(t.kept, t.keepTotal, 14)}  ${cell(t.date, t.docs, 11)}  ${cell(t.byline, t.docs, 6)}  ${cell(t.outlet, t.docs, 6)}`);
  }
  if (!blind) console.log('(blind gold eval/blind/gold.json not present: no blind row)');
  if (process.argv.includes('--verbose')) for (const m of misses) console.log(`  miss: ${m}`);
  return tallies;
}
