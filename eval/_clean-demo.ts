/**
 * The clean part of the gold sets in the demo-gold schema: demo/gold.json (dev / heldout),
 * the further development sets eval/dev2 … eval/dev5 (one row each) and the blind set
 * eval/blind/gold.json (one row "blind", measured only: its misses are never printed).
 * Lines that must go, lines that must stay, the right publish day, byline and outlet.
 * A set that is absent or does not load is skipped with a message.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanArticle } from '../src/clean/index.ts';
import { BLIND_SET_NAMES, DEV_SET_NAMES, GOLD_SETS, loadBlindGold, loadDemoGold, type DemoGold } from '../src/demo-gold/index.ts';
import type { ArticleHints } from '../src/contract/pipeline.ts';

const ROOT = join(import.meta.dirname, '..');

type GoldDoc = DemoGold['documents'][number];

/** Documents of a gold set, or null when it is absent or invalid. */
export function loadGoldDocs(load: () => DemoGold): GoldDoc[] | null {
  try { return load().documents; } catch { return null; }
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

/** Prints the gold table: demo dev / heldout, then a row per development set (dev2 … dev5) and "blind" when those sets exist. */
export async function evalDemoGold(): Promise<Record<string, Tally> | null> {
  const demo = loadGoldDocs(() => loadDemoGold());
  if (!demo) { console.log('\nDemo gold: demo/gold.json not present — skipped'); return null; }
  const { tallies, misses } = scoreGold(demo);
  const absent: string[] = [];
  for (const name of DEV_SET_NAMES) {
    const dev = loadGoldDocs(() => GOLD_SETS[name].load());
    if (dev) { const d = scoreGold(dev, name); Object.assign(tallies, d.tallies); misses.push(...d.misses); } else absent.push(name);
  }
  const blind = loadGoldDocs(() => loadBlindGold());
  // The blind row's misses are never printed: that set is for measuring, not tuning.
  if (blind) Object.assign(tallies, scoreGold(blind, 'blind').tallies);
  // The later blind sets (eval/blind2 …): opt-in with --blind, figures only.
  for (const name of process.argv.includes('--blind') ? BLIND_SET_NAMES.filter((n) => n !== 'blind') : []) {
    const later = loadGoldDocs(() => GOLD_SETS[name].load());
    if (later) Object.assign(tallies, scoreGold(later, name).tallies);
  }
  console.log('\nDemo gold (clean part)');
  console.log('split     docs  must-remove gone  must-keep kept  publish day  byline  outlet');
  for (const [split, t] of Object.entries(tallies)) {
    console.log(`${split.padEnd(9)} ${String(t.docs).padStart(4)}  ${cell(t.removed, t.removeTotal, 16)}  ${cell(t.kept, t.keepTotal, 14)}  ${cell(t.date, t.docs, 11)}  ${cell(t.byline, t.docs, 6)}  ${cell(t.outlet, t.docs, 6)}`);
  }
  for (const name of absent) console.log(`(eval/${name}/gold.json not present: no ${name} row)`);
  if (!blind) console.log('(eval/blind/gold.json not present: no blind row)');
  if (process.argv.includes('--verbose')) for (const m of misses) console.log(`  miss: ${m}`);
  return tallies;
}
