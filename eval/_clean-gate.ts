/**
 * The clean stage's quality gate (like trafilatura's eval_gate): F1 on a fixed slice of the
 * article-extraction dev pages in HTML and text mode, and the demo-gold clean checks, compared with
 * the recorded baseline in eval/clean-gate-baseline.json.
 * `tsx eval/_clean-gate.ts` prints the current figures; `--write` records them as the new baseline.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle } from '../src/clean/index.ts';
import { loadDemoGold, loadDev2Gold } from '../src/demo-gold/index.ts';
import { aebAvailable, loadAeb } from './_clean-data.ts';
import { aggregate, scorePage } from './_clean-score.ts';
import { visibleText, wrappedText } from './_clean-visible.ts';
import { loadGoldDocs, scoreGold, type Tally } from './_clean-demo.ts';

export const BASELINE_PATH = join(import.meta.dirname, 'clean-gate-baseline.json');
/** Dev pages in the slice (the first ones by id): enough to catch a regression, small enough for a ~5 s test. */
export const GATE_PAGES = 40;
/** F1 may fall this much below the baseline before the gate fails (rounding of the recorded figures). */
export const GATE_F1_SLACK = 0.002;

export interface GateFigures { pages: number; htmlF1: number; textF1: number; wrappedF1?: number; demo: Record<string, Tally> | null }

export function gateFigures(): GateFigures | null {
  if (!aebAvailable()) return null;
  const pages = loadAeb().filter((p) => p.split === 'dev').slice(0, GATE_PAGES);
  const clean = (id: string, format: 'html' | 'text', content: string): string => cleanArticle({ id, source: id, format, content, hints: {} }).text;
  const html = aggregate(pages.map((p) => scorePage(p.truth, clean(p.id, 'html', p.html))));
  const text = aggregate(pages.map((p) => scorePage(p.truth, clean(p.id, 'text', visibleText(p.html)))));
  const wrapped = aggregate(pages.map((p) => scorePage(p.truth, clean(p.id, 'text', wrappedText(p.html)))));
  const gold = loadGoldDocs(() => loadDemoGold());
  const dev2 = loadGoldDocs(() => loadDev2Gold());
  const demo = gold ? { ...scoreGold(gold).tallies, ...(dev2 ? scoreGold(dev2, 'dev2').tallies : {}) } : null;
  return { pages: pages.length, htmlF1: round(html.f1), textF1: round(text.f1), wrappedF1: round(wrapped.f1), demo };
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

export function readBaseline(): GateFigures {
  return JSON.parse(readFileSync(BASELINE_PATH, 'utf8')) as GateFigures;
}

if (process.argv[1]?.endsWith('_clean-gate.ts')) {
  const now = gateFigures();
  console.log(JSON.stringify(now, null, 1));
  if (now && process.argv.includes('--write')) { writeFileSync(BASELINE_PATH, `${JSON.stringify(now, null, 2)}\n`); console.log(`baseline written: ${BASELINE_PATH}`); }
}
