/**
 * Entity eval: recognition and alias merging on the demo gold (dev and heldout splits) and
 * cross-document alias merging on ECB+ entity chains, for each recogniser.
 * Usage: npm run eval:entities [-- --json] [-- --topics N]
 */
import type { Recogniser } from '../src/analyse/entities/index.ts';
import { scoreDemo, type DemoScores } from './_entities-demo.ts';
import { scoreEcb, type EcbScores } from './_entities-ecb-score.ts';
import { pct } from './_entities-score.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const topicsArg = args.indexOf('--topics');
const topics = topicsArg >= 0 ? Number(args[topicsArg + 1]) : Infinity;
const modes: Recogniser[] = ['compromise', 'rules', 'combined'];

const demo: Record<string, Record<string, DemoScores | null>> = {};
const ecb: Record<string, EcbScores | null> = {};
for (const mode of modes) {
  demo[mode] = { dev: scoreDemo('dev', mode), heldout: scoreDemo('heldout', mode) };
  ecb[mode] = scoreEcb(mode, topics);
}
// the cross-document rule we rejected: people named by one word merged when the word is the same
ecb['combined+singleNames'] = scoreEcb('combined', topics, { singleNames: true });

console.log('Demo gold: entities (any type / typed) and alias merges (mention pairs)');
console.log('recogniser  split    docs  ent P  ent R  ent F1 | typed F1 | merge P merge R  false merges | alias occurrences found');
for (const mode of modes) {
  for (const split of ['dev', 'heldout']) {
    const s = demo[mode][split];
    if (!s) { console.log(`${mode.padEnd(11)} ${split.padEnd(8)} (demo gold not available)`); continue; }
    console.log(`${mode.padEnd(11)} ${split.padEnd(8)} ${String(s.docs).padStart(4)}  ${pct(s.entities.p)}  ${pct(s.entities.r)}  ${pct(s.entities.f1)} |   ${pct(s.typed.f1)} |  ${pct(s.merge.p)}  ${pct(s.merge.r)}  ${String(s.merge.falseMerges).padStart(5)}        | ${pct(s.aliasMentions.recall)} (${s.aliasMentions.found}/${s.aliasMentions.total})`);
    for (const ex of s.falseMergeExamples) console.log(`    false merge ${ex}`);
  }
}
console.log('\nECB+ cross-document entity chains (people, organisations, places; annotated sentences)');
console.log('recogniser            docs  gold mentions  found  named found | merge P merge R (all pairs) | cross-doc merge P  R  false merges');
for (const mode of [...modes, 'combined+singleNames']) {
  const s = ecb[mode];
  if (!s) { console.log(`${mode.padEnd(21)} (ECB+ data not available)`); continue; }
  console.log(`${mode.padEnd(21)} ${String(s.docs).padStart(4)}  ${String(s.goldMentions).padStart(13)}  ${pct(s.found)}  ${pct(s.namedFound)}       |  ${pct(s.merge.p)}  ${pct(s.merge.r)}            |  ${pct(s.crossDoc.p)}  ${pct(s.crossDoc.r)}  ${String(s.crossDoc.falseMerges).padStart(6)}`);
}
if (json) console.log(JSON.stringify({ demo, ecb }));
