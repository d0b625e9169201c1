import { existsSync } from 'node:fs';
import { DEV_SET_NAMES, GOLD_SETS, REPO_ROOT } from '../src/demo-gold/index.ts';
import { runDemo } from './_timeline-run.ts';
import { score } from './_timeline-score.ts';
const root = REPO_ROOT.replace(/\/$/, '');
const only = process.argv.slice(2);
const out: Record<string, unknown> = {};
for (const name of DEV_SET_NAMES) {
  if (only.length && !only.includes(name)) continue;
  if (!existsSync(GOLD_SETS[name].path)) continue;
  const g = GOLD_SETS[name].load();
  const s = score(runDemo(root, new Set(g.documents.map((d) => d.file))), g);
  out[name] = { right: s.claims.right, total: s.claims.total, cR: s.claims.conflictsRight, cT: s.claims.conflictsTotal, misses: s.claims.misses };
  console.log(`${name} claims ${s.claims.right}/${s.claims.total}=${(s.claims.right/s.claims.total).toFixed(3)} conflicts ${s.claims.conflictsRight}/${s.claims.conflictsTotal}`);
  for (const m of s.claims.misses) console.log('   ' + m);
}
