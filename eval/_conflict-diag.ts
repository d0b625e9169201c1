/**
 * Debug: for each gold conflicting report not on our claim's conflict side (dev sets only), the claim
 * items under it and under the gold support, their figures, and whether any pair clashes and how alike.
 * Usage: tsx eval/_conflict-diag.ts [devN …]
 */
import { DEV_SET_NAMES, GOLD_SETS } from '../src/demo-gold/index.ts';
import { locate } from './_timeline-run.ts';
import { alignSetup, overlaps as ov } from './_align-setup.ts';
import { existsSync } from 'node:fs';
import { type ClaimItem } from '../src/corpus/claims/_features.ts';
import { similarity } from '../src/corpus/claims/_similarity.ts';
import { tallyApartOnDays } from '../src/corpus/claims/_days.ts';
import { conflictBetween } from '../src/corpus/claims/_conflicts.ts';
import { clashScore } from '../src/corpus/claims/_align.ts';

const args = process.argv.slice(2);
const sets = DEV_SET_NAMES.filter((n) => !args.length || args.includes(n));
for (const name of sets) {
  if (!existsSync(GOLD_SETS[name].path)) continue;
  const gold = GOLD_SETS[name].load();
  if (!gold.claims.some((g) => g.conflicts.length)) continue;
  const { run, items, weights: w } = alignSetup(name);
  const spansOf = (x: { file: string; text: string }) => {
    const d = run.byFile.get(x.file);
    return d ? locate(d.doc.text, x.text).map((s) => ({ documentId: d.doc.id, ...s })) : [];
  };
  const itemsOf = (x: { file: string; text: string }): ClaimItem[] => { const ss = spansOf(x); return items.filter((i) => ss.some((s) => s.documentId === i.documentId && ov(s, i.claim))); };
  const short = (f: string | undefined): string => (f ?? '?').replace(/^.*\//, '').slice(0, 14);
  const fig = (x: ClaimItem): string => [...x.figures].map(([k, v]) => `${k}=${v.map((f) => f.value).join('/')}`).join(' ') + (x.eventDays.size ? ' ' + [...x.eventDays].map(([t, d]) => `${t}@${d}`).join(' ') : '') + (x.stated.length ? ` st=${x.stated.join(',')}` : '');
  for (const g of gold.claims) {
    if (!g.conflicts.length) continue;
    const spans = [...g.support, ...g.conflicts].flatMap(spansOf);
    const best = run.dossier.claims.map((c) => ({ c, n: [...c.support, ...c.conflicts].filter((r) => spans.some((s) => s.documentId === r.documentId && ov(r, s))).length })).sort((a, b) => b.n - a.n)[0];
    const sup = g.support.flatMap(itemsOf);
    for (const x of g.conflicts) {
      const xs = spansOf(x);
      if (!xs.length) continue;
      if (best && best.c.conflicts.some((r) => xs.some((s) => s.documentId === r.documentId && ov(r, s)))) continue;
      const its = itemsOf(x);
      console.log(`\n## ${name} ${g.id} ${short(x.file)} "${x.text.slice(0, 90)}"`);
      for (const it of its) {
        console.log(`  C ${it.claim.text.slice(0, 110)} | ${fig(it)} | agent=${it.agent} asOf=${it.asOf}`);
        let bestPair: string | null = null; let top = -9;
        for (const s of sup) {
          const c = conflictBetween(s, it) ?? conflictBetween(it, s);
          const sc = c ? clashScore(s, it, w) : similarity(s, it, w);
          const key = (c ? 10 : 0) + sc;
          if (key > top) { top = key; bestPair = `${c ? `CLASH ${c.kind}:${c.unit} score=${sc.toFixed(2)}` : `noclash sim=${sc.toFixed(2)}`} story=${s.story === it.story ? 'same' : s.line === it.line ? 'line' : 'other'} asOf=${s.asOf}/${it.asOf} tallyApart=${tallyApartOnDays(s, it)} src=${s.source === it.source ? 'SAME' : 'diff'} vs [${short(run.fileOf.get(s.documentId))}] ${s.claim.text.slice(0, 90)} | ${fig(s)}`; }
        }
        console.log(`    ${bestPair}`);
      }
      if (!its.length) console.log('  (no claim item)');
    }
  }
}
