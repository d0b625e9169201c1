/**
 * Debug: per development set (and the demo's), the flag counts of eval:timeline — strict found, strict false, false,
 * single-source right / unverified — and claims right, without the public-data runs. One line per set.
 * Usage: npx tsx eval/_flags-counts.ts [devN …] (development sets only; never a blind set).
 */
import { DEV_SET_NAMES, GOLD_SETS, REPO_ROOT, loadDemoGold, type DemoGold, type DevSetName } from '../src/demo-gold/index.ts';
import { runDemo } from './_timeline-run.ts';
import { score } from './_timeline-score.ts';

const named = process.argv.slice(2).filter((a): a is DevSetName => (DEV_SET_NAMES as readonly string[]).includes(a));
const sets: [string, DemoGold][] = [
  ...(named.length ? [] : [['demo', loadDemoGold()] as [string, DemoGold]]),
  ...(named.length ? named : DEV_SET_NAMES).map((n): [string, DemoGold] => [n, GOLD_SETS[n].load()]),
];
const total = { found: 0, falseStrict: 0, ssRight: 0, ssUnverified: 0, claims: 0 };
for (const [name, gold] of sets) {
  const s = score(runDemo(REPO_ROOT.replace(/\/$/, ''), new Set(gold.documents.map((d) => d.file))), gold);
  const f = s.flags;
  total.found += f.foundStrict; total.falseStrict += f.falseFlagsStrict; total.ssRight += f.singleSourceRight; total.ssUnverified += f.singleSourceUnverified; total.claims += s.claims.right;
  console.log(`${name.padEnd(6)} strictFound ${f.foundStrict}/${f.total} falseStrict ${f.falseFlagsStrict} false ${f.falseFlags} ssRight ${f.singleSourceRight} ssUnverified ${f.singleSourceUnverified} claims ${s.claims.right}/${s.claims.total} docs ${f.docs}`);
}
console.log(`TOTAL  ${JSON.stringify(total)}`);
