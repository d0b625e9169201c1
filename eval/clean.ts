/**
 * npm run eval:clean [-- --json] [-- --date-misses]
 * Scores the clean stage on the ScrapingHub article-extraction benchmark (../shared/data/article-extraction):
 * HTML mode (ours, Readability live over linkedom, stored outputs of other tools) and text mode
 * (page → all visible text → our plain-text cleaner), on a fixed-seed 70/30 dev/held-back split.
 * Then the demo gold (demo/gold.json, and a blind row from eval/blind/gold.json) when present, and
 * publish-date accuracy on public labelled data (eval/_clean-dates.ts).
 * With --date-misses, only the publish-date misses of the development splits are listed (nothing else runs).
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { cleanArticle } from '../src/clean/index.ts';
import { aebAvailable, loadAeb, loadStored, type AebPage } from './_clean-data.ts';
import { aggregate, scorePage, type PageScore, type Prf } from './_clean-score.ts';
import { visibleText, wrappedText } from './_clean-visible.ts';
import { evalDemoGold } from './_clean-demo.ts';
import { printDateMisses, printDates, scoreDates } from './_clean-dates.ts';

const STORED = ['trafilatura', 'rs_trafilatura', 'newspaper', 'news_please', 'readability_js'];
const json = process.argv.includes('--json');

function readabilityText(html: string): string {
  try {
    const { document } = parseHTML(html);
    return new Readability(document as never).parse()?.textContent ?? '';
  } catch { return ''; }
}

function ours(p: AebPage, format: 'html' | 'text' | 'wrapped'): string {
  const content = format === 'html' ? p.html : format === 'text' ? visibleText(p.html) : wrappedText(p.html);
  return cleanArticle({ id: p.id, source: p.id, format: format === 'html' ? 'html' : 'text', content, hints: {} }).text;
}

type Row = { name: string; dev: Prf; held: Prf; all: Prf };
function row(name: string, pages: AebPage[], scores: PageScore[]): Row {
  const pick = (s: 'dev' | 'held' | 'all'): Prf => aggregate(scores.filter((_, i) => s === 'all' || pages[i].split === s));
  return { name, dev: pick('dev'), held: pick('held'), all: pick('all') };
}

const f = (x: number): string => x.toFixed(3);
function print(title: string, rows: Row[]): void {
  console.log(`\n${title}`);
  console.log('system'.padEnd(30) + 'dev F1  held F1  all P   all R   all F1');
  for (const r of rows) console.log(r.name.padEnd(30) + [r.dev.f1, r.held.f1, r.all.precision, r.all.recall, r.all.f1].map(f).join('   '));
}

const result: Record<string, unknown> = {};
if (process.argv.includes('--date-misses')) {
  printDateMisses();
  process.exit(0);
}
if (!aebAvailable()) {
  console.log('article-extraction data not found: skipping the benchmark');
} else {
  const pages = loadAeb();
  console.log(`pages: ${pages.length} (dev ${pages.filter((p) => p.split === 'dev').length}, held ${pages.filter((p) => p.split === 'held').length})`);
  const rows: Row[] = [row('ours (triangulate)', pages, pages.map((p) => scorePage(p.truth, ours(p, 'html'))))];
  rows.push(row('readability (live, linkedom)', pages, pages.map((p) => scorePage(p.truth, readabilityText(p.html)))));
  for (const tool of STORED) {
    const out = loadStored(tool);
    if (out) rows.push(row(`${tool} (stored)`, pages, pages.map((p) => scorePage(p.truth, out[p.id] ?? ''))));
  }
  print('HTML mode (AEB token-shingle scoring)', rows);
  const text = row('ours, text mode', pages, pages.map((p) => scorePage(p.truth, ours(p, 'text'))));
  const raw = row('visible text, uncleaned', pages, pages.map((p) => scorePage(p.truth, visibleText(p.html))));
  // The same text as a dump tool saves it (lynx, w3m, html2text): blank lines between blocks, lines wrapped at 78 columns.
  const wrapped = row('ours, dump wrapped at 78', pages, pages.map((p) => scorePage(p.truth, ours(p, 'wrapped'))));
  print('Text mode (page → all visible text → plain-text cleaner)', [text, wrapped, raw]);
  const get = (n: string): Row | undefined => rows.find((r) => r.name.startsWith(n));
  result.html = {
    f1: rows[0].all.f1, devF1: rows[0].dev.f1, heldF1: rows[0].held.f1, precision: rows[0].all.precision, recall: rows[0].all.recall,
    readabilityF1: get('readability (live')?.all.f1, trafilaturaF1: get('trafilatura')?.all.f1, rsTrafilaturaF1: get('rs_trafilatura')?.all.f1,
    newspaperF1: get('newspaper')?.all.f1, newsPleaseF1: get('news_please')?.all.f1,
  };
  result.text = { f1: text.all.f1, devF1: text.dev.f1, heldF1: text.held.f1, uncleanedF1: raw.all.f1, wrappedF1: wrapped.all.f1 };
}
const demo = await evalDemoGold();
if (demo) result.demo = demo;
const dates = scoreDates();
if (Object.keys(dates).length) {
  printDates(dates);
  // JSON: per corpus and split, coverage (a date found), accuracy (right day among found) and near (±1 day).
  result.dates = Object.fromEntries(Object.entries(dates).map(([k, t]) => [k.replace(' ', ':'), {
    docs: t.docs, coverage: t.docs ? t.found / t.docs : 0, accuracy: t.found ? t.right / t.found : 0, near: t.found ? t.near / t.found : 0, methods: t.methods,
  }]));
}
if (json) console.log(JSON.stringify(result));
