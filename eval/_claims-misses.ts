/**
 * Debug: claim status and conflict-side misses of every development set (never the blind sets), each with
 * the gold's support and conflicting snippets and the system claim that best covers them.
 * Usage: tsx eval/_claims-misses.ts [devN …] [--contested]   (--contested: only gold-contested claims and false contests)
 */
import { existsSync } from 'node:fs';
import { REPO_ROOT, DEV_SET_NAMES, GOLD_SETS } from '../src/demo-gold/index.ts';
import { runDemo, locate } from './_timeline-run.ts';

const args = process.argv.slice(2);
const sets = DEV_SET_NAMES.filter((n) => !args.some((a) => !a.startsWith('--')) || args.includes(n));
const onlyContested = args.includes('--contested');
const ov = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
for (const name of sets) {
  if (!existsSync(GOLD_SETS[name].path)) continue;
  const gold = GOLD_SETS[name].load();
  const run = runDemo(REPO_ROOT.replace(/\/$/, ''), new Set(gold.documents.map((d) => d.file)));
  const spansOf = (x: { file: string; text: string }) => {
    const d = run.byFile.get(x.file);
    return d ? locate(d.doc.text, x.text).map((s) => ({ documentId: d.doc.id, ...s })) : [];
  };
  const short = (f: string | undefined): string => (f ?? '?').replace(/^.*\//, '');
  for (const g of gold.claims) {
    const spans = [...g.support, ...g.conflicts].flatMap(spansOf);
    const ranked = run.dossier.claims.map((c) => ({ c, n: [...c.support, ...c.conflicts].filter((r) => spans.some((s) => s.documentId === r.documentId && ov(r, s))).length }))
      .filter((x) => x.n).sort((a, b) => b.n - a.n);
    const best = ranked[0];
    const sideMiss = best ? g.conflicts.filter((x) => { const xs = spansOf(x); return xs.length && !best.c.conflicts.some((r) => xs.some((s) => s.documentId === r.documentId && ov(r, s))); }) : [];
    const statusMiss = !best || best.c.status !== g.status;
    if (!statusMiss && !sideMiss.length) continue;
    if (onlyContested && g.status !== 'contested' && best?.c.status !== 'contested') continue;
    console.log(`\n### ${name} ${g.id} gold=${g.status} ours=${best ? `${best.c.status} (${best.c.support.length}/${best.c.conflicts.length})` : 'none'}${sideMiss.length ? ` sideMiss=${sideMiss.length}` : ''}`);
    if ((g as { note?: string }).note) console.log(`  note: ${(g as { note?: string }).note}`);
    for (const x of g.support) console.log(`  G+ ${short(x.file).padEnd(14)} ${x.text.slice(0, 160)}`);
    for (const x of g.conflicts) console.log(`  G- ${short(x.file).padEnd(14)} ${x.text.slice(0, 160)}`);
    for (const { c, n } of ranked.slice(0, 3)) {
      console.log(`  [${n}] ${c.status} indep=${c.independentSources}`);
      for (const [side, list] of [['+', c.support], ['-', c.conflicts]] as const) for (const r of list) {
        const d = run.docs.find((x) => x.doc.id === r.documentId)!;
        console.log(`    ${side} ${short(run.fileOf.get(r.documentId)).padEnd(14)} ${d.doc.text.slice(r.start, r.end).slice(0, 160).replace(/\n/g, ' ')}`);
      }
    }
  }
}
