/**
 * Debug: every strict false flag of the given development sets as eval:timeline counts them (flags no gold flag backs
 * strictly, single-source flags on a claim the gold marks corroborated or contested included), one a line.
 * Usage: npx tsx eval/_flags-false-list.ts [devN …] (development sets only; never a blind set).
 */
import { DEV_SET_NAMES, GOLD_SETS, REPO_ROOT, loadDemoGold, type DemoGold, type DevSetName } from '../src/demo-gold/index.ts';
import { runDemo } from './_timeline-run.ts';
import { score } from './_timeline-score.ts';

const args = process.argv.slice(2);
const named = args.filter((a): a is DevSetName => (DEV_SET_NAMES as readonly string[]).includes(a));
const sets: [string, DemoGold][] = [
  ...(named.length && !args.includes('demo') ? [] : [['demo', loadDemoGold()] as [string, DemoGold]]),
  ...(named.length ? named : DEV_SET_NAMES).map((n): [string, DemoGold] => [n, GOLD_SETS[n].load()]),
];
for (const [name, gold] of sets) {
  const f = score(runDemo(REPO_ROOT.replace(/\/$/, ''), new Set(gold.documents.map((d) => d.file))), gold).flags;
  for (const x of f.lenientOnly) console.log(`${name}\tDOCS\t${x.split('\n')[0]!.slice(0, 220)}`);
  for (const x of f.falses) console.log(`${name}\tFALSE\t${x}`);
  for (const x of f.misses) console.log(`${name}\tMISSED\t${x}`);
}
