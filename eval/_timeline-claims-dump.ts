/**
 * Debug: for each gold claim, the system claims touching its spans with members and status.
 * Usage: tsx eval/_timeline-claims-dump.ts [--dev2|--dev3|--dev4|--dev5] [gold-claim-id-part]   (demo gold by default; never the blind set)
 */
import { REPO_ROOT, DEV_SET_NAMES, GOLD_SETS, loadDemoGold } from '../src/demo-gold/index.ts';
import { runDemo, locate } from './_timeline-run.ts';

const args = process.argv.slice(2);
const gold = DEV_SET_NAMES.map((name) => (args.includes(`--${name}`) ? GOLD_SETS[name].load() : null)).find((g) => g !== null) ?? loadDemoGold();
const run = runDemo(REPO_ROOT.replace(/\/$/, ''), new Set(gold.documents.map((d) => d.file)));
const ov = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const only = args.find((a) => !a.startsWith('--'));
for (const g of gold.claims) {
  if (only && !g.id.includes(only)) continue;
  console.log(`\n== ${g.id} [${g.status}]`);
  const spans = [...g.support, ...g.conflicts].flatMap((x) => {
    const d = run.byFile.get(x.file)!;
    return locate(d.doc.text, x.text).map((s) => ({ documentId: d.doc.id, ...s }));
  });
  for (const c of run.dossier.claims) {
    const n = [...c.support, ...c.conflicts].filter((r) => spans.some((s) => s.documentId === r.documentId && ov(r, s))).length;
    if (!n) continue;
    console.log(` [${n}] ${c.status} indep=${c.independentSources}`);
    for (const [side, list] of [['+', c.support], ['-', c.conflicts]] as const) for (const r of list) {
      const d = run.docs.find((x) => x.doc.id === r.documentId)!;
      console.log(`   ${side} ${run.fileOf.get(r.documentId)?.replace(/^(demo|eval\/dev2)\//, '').padEnd(36)} ${d.doc.text.slice(r.start, r.end).slice(0, 150).replace(/\n/g, ' ')}`);
    }
  }
}
