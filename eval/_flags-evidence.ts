/**
 * Debug: the evidence clauses of each system flag of the given kinds in one set (demo or devN), for reading why a flag fired.
 * Usage: npx tsx eval/_flags-evidence.ts devN [kind …] (development sets only; never a blind set).
 */
import { DEV_SET_NAMES, GOLD_SETS, REPO_ROOT, loadDemoGold, type DevSetName } from '../src/demo-gold/index.ts';
import { runDemo } from './_timeline-run.ts';

const [name, ...kinds] = process.argv.slice(2);
const gold = name === 'demo' ? loadDemoGold() : (DEV_SET_NAMES as readonly string[]).includes(name ?? '') ? GOLD_SETS[name as DevSetName].load() : null;
if (!gold) throw new Error('usage: _flags-evidence.ts demo|devN [kind …]');
const run = runDemo(REPO_ROOT.replace(/\/$/, ''), new Set(gold.documents.map((d) => d.file)));
const textOf = new Map([...run.byFile.values()].map((x) => [x.doc.id, x.doc.text]));
for (const f of run.dossier.flags) {
  if (kinds.length && !kinds.includes(f.kind)) continue;
  console.log(`\n${f.kind}: ${f.message}`);
  for (const e of f.evidence ?? []) console.log(`   ${run.fileOf.get(e.documentId)}: ${textOf.get(e.documentId)!.slice(e.start, e.end).replace(/\s+/g, ' ').slice(0, 240)}`);
}
