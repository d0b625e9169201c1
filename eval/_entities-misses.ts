import { scoreDemo, type DemoRow } from './_entities-demo.ts';
import type { Recogniser } from '../src/analyse/entities/index.ts';
const mode = (process.argv[2] ?? 'combined') as Recogniser;
// never the blind set: its misses are not read
for (const split of (process.argv[3] ?? 'dev,heldout,dev2').split(',').filter((s) => !s.startsWith('blind')) as DemoRow[]) {
  const s = scoreDemo(split, mode)!;
  console.log(split, 'F1', s.entities.f1.toFixed(3), 'typed', s.typed.f1.toFixed(3), 'mergeP', s.merge.p.toFixed(3), 'R', s.merge.r.toFixed(3), 'FM', s.merge.falseMerges, 'alias', s.aliasMentions.found, '/', s.aliasMentions.total);
  console.log(' missed', s.missed.join('; '));
  console.log(' spurious', s.spurious.join('; '));
  console.log(' mistyped', s.mistyped.join('; '));
  for (const e of s.falseMergeExamples) console.log(' FM', e);
}
