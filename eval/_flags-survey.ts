/**
 * Debug: every system flag of the given kinds across the demo and the development sets, marked STRICT (a gold
 * flag backs it strictly), DOCS (backed by documents only: strict-false) or FALSE (no gold flag), for surveying
 * what false flags have in common. Single-source flags are left out (judged by the gold claims, not flags).
 * Usage: npx tsx eval/_flags-survey.ts [kind …] [devN …] (development sets only; never a blind set).
 */
import { DEV_SET_NAMES, GOLD_SETS, REPO_ROOT, loadDemoGold, type DemoGold, type DevSetName } from '../src/demo-gold/index.ts';
import { runDemo } from './_timeline-run.ts';
import { strictFlagMatch } from './_timeline-flagcheck.ts';

const args = process.argv.slice(2);
const kinds = args.filter((a) => !/^dev/.test(a) && a !== 'demo');
const named = args.filter((a): a is DevSetName => (DEV_SET_NAMES as readonly string[]).includes(a));
const sets: [string, DemoGold][] = [
  ...(named.length && !args.includes('demo') ? [] : [['demo', loadDemoGold()] as [string, DemoGold]]),
  ...(named.length ? named : DEV_SET_NAMES).map((n): [string, DemoGold] => [n, GOLD_SETS[n].load()]),
];
for (const [name, gold] of sets) {
  const run = runDemo(REPO_ROOT.replace(/\/$/, ''), new Set(gold.documents.map((d) => d.file)));
  const years = [...new Set(gold.documents.flatMap((d) => (d.publishedAt ? [Number(d.publishedAt.slice(0, 4))] : [])))];
  const idsOf = (fs: readonly string[]): Set<string> => new Set(fs.map((f) => run.byFile.get(f)?.doc.id).filter((x): x is string => !!x));
  const backs = (docIds: string[], ids: Set<string>): boolean => docIds.filter((id) => ids.has(id)).length >= Math.max(1, Math.ceil(docIds.length / 2));
  for (const s of run.dossier.flags) {
    if (s.kind === 'single-source' || (kinds.length && !kinds.includes(s.kind))) continue;
    const backing = gold.flags.filter((g) => g.kind === s.kind && backs(s.documentIds, idsOf(g.files)));
    const mark = backing.some((g) => strictFlagMatch(s.kind, s.message, g, years)) ? 'STRICT' : backing.length ? 'DOCS' : 'FALSE';
    console.log(`${name}\t${mark}\t${s.kind}\t${s.message.slice(0, 300)}`);
  }
}
