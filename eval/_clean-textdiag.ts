/**
 * tsx eval/_clean-textdiag.ts [--split dev] [--top 25] [--page ID] [--mode text|html]
 * Text-mode diagnosis on one split: per-page precision/recall, worst pages first; with --page,
 * the page's kept lines and the ground-truth lines that were lost.
 */
import { cleanArticle } from '../src/clean/index.ts';
import { loadAeb } from './_clean-data.ts';
import { aggregate, scorePage } from './_clean-score.ts';
import { visibleText } from './_clean-visible.ts';
import { bodySpan, classifyLines } from '../src/clean/_text-lines.ts';

const arg = (k: string, d: string): string => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : d; };
const split = arg('--split', 'dev');
const top = +arg('--top', '25');
const only = arg('--page', '');
const mode = arg('--mode', 'text') as 'text' | 'html';
const pages = loadAeb().filter((p) => p.split === split && (!only || p.id === only));
const rows = pages.map((p) => {
  const vis = visibleText(p.html);
  const out = cleanArticle({ id: p.id, source: p.id, format: mode, content: mode === 'html' ? p.html : vis, hints: {} });
  const s = scorePage(p.truth, out.text);
  const prec = s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : 0;
  const rec = s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : 0;
  return { p, vis, out, s, prec, rec, loss: (1 - prec) + (1 - rec) };
});
const agg = aggregate(rows.map((r) => r.s));
console.log(`${split}: ${rows.length} pages  P ${agg.precision.toFixed(3)} R ${agg.recall.toFixed(3)} F1 ${agg.f1.toFixed(4)}`);
rows.sort((a, b) => b.loss - a.loss);
for (const r of rows.slice(0, top)) console.log(`${r.p.id}  P ${r.prec.toFixed(2)} R ${r.rec.toFixed(2)}  title: ${r.out.title.slice(0, 70)}`);
if (only && rows[0]) {
  const r = rows[0];
  const truth = r.p.truth.toLowerCase();
  const kept = new Set(r.out.text.split('\n').filter(Boolean));
  console.log('\n--- lines (K kept, T in truth, B in body span, P prose, chrome reason) ---');
  const lines = classifyLines(r.vis, r.out.title);
  const [a, b] = bodySpan(lines);
  lines.forEach((l, i) => {
    const inT = truth.includes(l.text.toLowerCase().slice(0, 60)) ? 'T' : ' ';
    const flags = `${kept.has(l.text) ? 'K' : ' '}${inT}${i >= a && i < b ? 'B' : ' '}${l.prose ? 'P' : ' '}`;
    console.log(`${flags} ${(l.chrome ?? '').padEnd(14)} ${l.text.slice(0, 120)}`);
  });
}
