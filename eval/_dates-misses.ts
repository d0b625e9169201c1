/**
 * Debug: every gold date mention of the development golds (and the demo) we miss or resolve wrongly, as eval:timeline
 * scores them (eval/_timeline-score.ts): our page date beside the gold's, what we read on the gold's span, and the text
 * around it ("NOT IN TEXT": the span is not in the cleaned text). Never a blind gold.
 * Usage: npx tsx eval/_dates-misses.ts [demo|dev2|...]   (every development gold and the demo when none is named)
 */
import { REPO_ROOT } from '../src/demo-gold/index.ts';
import { runDemo, locate, devGoldsFromArgs } from './_timeline-run.ts';

const { sets } = devGoldsFromArgs(process.argv.slice(2));
const ROOT = REPO_ROOT.replace(/\/$/, '');
let tot = 0, bad = 0;
for (const [name, gold] of sets) {
  const run = runDemo(ROOT, new Set(gold.documents.map((d) => d.file)));
  const gdoc = new Map(gold.documents.map((d) => [d.file, d.publishedAt]));
  for (const g of gold.dates) {
    tot++;
    const d = run.byFile.get(g.file);
    const text = d?.doc.text ?? '';
    const spans = d ? locate(text, g.text) : [];
    const ms = d ? d.analysis.dates.filter((m) => spans.some((s) => m.start < s.end && s.start < m.end)) : [];
    if (ms.some((m) => m.date.value === g.value)) continue;
    bad++;
    const s = spans[0];
    const ctx = s ? text.slice(Math.max(0, s.start - 120), s.end + 60).replace(/\s+/g, ' ') : '(NOT IN TEXT)';
    console.log(`[${name}] ${g.file} pub=${d?.analysis.publishedAt?.slice(0, 10)} gold pub=${gdoc.get(g.file)}`);
    console.log(`   "${g.text}" got ${ms.map((m) => `${m.date.value}[${text.slice(m.start, m.end)}]`).join(' / ') || 'none'} ≠ ${g.value}`);
    console.log(`   ctx: …${ctx}…`);
  }
}
console.log(`total ${tot} wrong ${bad}`);
