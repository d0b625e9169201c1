/**
 * Entity eval: recognition and alias merging on the demo gold (dev and heldout splits, and the
 * development sets eval/dev2 … eval/dev5, and the blind set with --blind) and cross-document alias merging
 * on ECB+ entity chains (development half = odd topics, held half = even topics), for each recogniser.
 * Usage: npm run eval:entities [-- --json] [-- --topics N] [-- --modes combined,rules] [-- --blind]
 */
import type { Recogniser } from '../src/analyse/entities/index.ts';
import { DEV_ROWS, scoreDemo, type DemoRow, type DemoScores } from './_entities-demo.ts';
import { scoreEcb, type EcbHalf, type EcbScores } from './_entities-ecb-score.ts';
import { pct } from './_entities-score.ts';
import { BLIND_SET_NAMES } from '../src/demo-gold/index.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const arg = (name: string): string | undefined => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const topics = arg('--topics') ? Number(arg('--topics')) : Infinity;
const ALL_MODES: Recogniser[] = ['compromise', 'rules', 'wink', 'rules+wink', 'combined', 'combined+wink'];
const modes = (arg('--modes')?.split(',') as Recogniser[] | undefined) ?? ALL_MODES;
// the blind set is opt-in (--blind) and scored as a whole (no miss lists): nobody tunes on it
const SPLITS: DemoRow[] = ['dev', 'heldout', ...DEV_ROWS, ...(args.includes('--blind') ? BLIND_SET_NAMES : [])];

const demo: Record<string, Record<string, DemoScores | null>> = {};
const ecb: Record<string, Record<EcbHalf, EcbScores> | null> = {};
for (const mode of modes) {
  demo[mode] = Object.fromEntries(SPLITS.map((s) => [s, scoreDemo(s, mode)]));
  // the cross-document rule we rejected (people named by one word merged when the word is the same) rides on the default's analysis
  // ... and pronoun mentions (opt-in in findEntities), measured on the same analysis
  const variants = mode === 'combined' ? [{}, { singleNames: true }, { pronouns: true }] : [{}];
  const scores = scoreEcb(mode, topics, variants);
  ecb[mode] = scores?.[0] ?? null;
  if (mode === 'combined') { ecb['combined+singleNames'] = scores?.[1] ?? null; ecb['combined+pronouns'] = scores?.[2] ?? null; }
}

console.log('Demo gold: entities (any type / typed) and alias merges (mention pairs)');
console.log('recogniser     split    docs  ent P  ent R  ent F1 | typed F1 | merge P merge R  false merges | alias occurrences found');
for (const mode of modes) {
  for (const split of SPLITS) {
    const s = demo[mode][split];
    if (!s) { console.log(`${mode.padEnd(14)} ${split.padEnd(8)} (demo gold not available)`); continue; }
    console.log(`${mode.padEnd(14)} ${split.padEnd(8)} ${String(s.docs).padStart(4)}  ${pct(s.entities.p)}  ${pct(s.entities.r)}  ${pct(s.entities.f1)} |   ${pct(s.typed.f1)} |  ${pct(s.merge.p)}  ${pct(s.merge.r)}  ${String(s.merge.falseMerges).padStart(5)}        | ${pct(s.aliasMentions.recall)} (${s.aliasMentions.found}/${s.aliasMentions.total})`);
    for (const ex of s.falseMergeExamples) console.log(`    false merge ${ex}`);
  }
}
console.log('\nECB+ cross-document entity chains (people, organisations, places; annotated sentences); dev = odd topics, held = even topics');
console.log('recogniser            half  docs  gold mentions  found  named found | merge P merge R (all pairs) false | cross-doc merge P  R  false merges');
for (const mode of Object.keys(ecb)) {
  const h = ecb[mode];
  if (!h) { console.log(`${mode.padEnd(21)} (ECB+ data not available)`); continue; }
  for (const half of ['dev', 'held', 'all'] as const) {
    const s = h[half];
    console.log(`${mode.padEnd(21)} ${half.padEnd(4)} ${String(s.docs).padStart(5)}  ${String(s.goldMentions).padStart(13)}  ${pct(s.found)}  ${pct(s.namedFound)}       |  ${pct(s.merge.p)}  ${pct(s.merge.r)}  ${String(s.merge.falseMerges).padStart(5)}      |  ${pct(s.crossDoc.p)}  ${pct(s.crossDoc.r)}  ${String(s.crossDoc.falseMerges).padStart(6)}`);
  }
}
if (json) console.log(JSON.stringify({ demo, ecb }));
