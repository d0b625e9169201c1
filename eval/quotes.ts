/**
 * Quote quality: PolNeAR direct quotes (test split reported; train/dev for tuning) scored by
 * character overlap like the GenderGapTracker evaluation, and the demo gold (dev / heldout):
 * quote recall/precision, speaker accuracy, statement grouping (pairwise P/R); and the blind gold
 * (eval/blind, new articles nobody tunes on) as its own opt-in row (`--blind`), figures only; the second
 * development golds (eval/dev2 … eval/dev5) as rows of their names.
 * Usage: npm run eval:quotes [-- --json] [--splits=train,dev,test] [--errors=N] [--blind]
 */
import { evalSplit, POLNEAR_DIR, type SplitScore } from './_quotes-polnear.ts';
import { BLIND_SET_NAMES } from '../src/demo-gold/index.ts';
import { DEV_SETS, evalBlind, evalDemo, evalDevSet, type DemoScore } from './_quotes-demo.ts';
import { existsSync } from 'node:fs';

const args = process.argv.slice(2);
const json = args.includes('--json');
const splits = (args.find((a) => a.startsWith('--splits='))?.slice(9) ?? 'dev,test').split(',');
const errors = Number(args.find((a) => a.startsWith('--errors='))?.slice(9) ?? 0);
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

const polnear: SplitScore[] = [];
if (existsSync(POLNEAR_DIR)) for (const s of splits) { const r = evalSplit(s, s === 'test' ? 0 : errors); if (r) polnear.push(r); }
else console.log(`PolNeAR not found at ${POLNEAR_DIR}: skipped`);
const demo = await evalDemo();
// the further development golds (eval/dev2 … eval/dev5), each a row of its name when present
const devRows: DemoScore[] = [];
for (const name of DEV_SETS) { const row = await evalDevSet(name); if (row) devRows.push(row); }
// the blind set (eval/blind): opt-in, a separate row, figures only — its misses are never printed
const blinds: DemoScore[] = [];
if (args.includes('--blind')) for (const name of BLIND_SET_NAMES) { const row = await evalBlind(name); if (row) blinds.push(row); }
const rows = [...(demo ?? []), ...devRows, ...blinds];

console.log('\nPolNeAR direct quotes (content starting with a quote mark; one annotation per article)');
console.log('split  docs  gold  pred | P@30   R@30   F1@30 | P@80   R@80   F1@80 | F1@30 incl. partial | speaker right on matched (exact span) [speaker or channel]');
for (const s of polnear) {
  console.log(`${s.split.padEnd(6)} ${String(s.docs).padStart(4)} ${String(s.full30.gold).padStart(5)} ${String(s.full30.pred).padStart(5)} | ` +
    `${pct(s.full30.p)} ${pct(s.full30.r)} ${pct(s.full30.f1)} | ${pct(s.full80.p)} ${pct(s.full80.r)} ${pct(s.full80.f1)} | ${pct(s.all30.f1).padStart(19)} | ` +
    `${pct(s.speakerAcc)} (${s.speakerRight}/${s.speakerScored}) (exact ${pct(s.speakerScored ? s.speakerExact / s.speakerScored : 0)}) [${pct(s.speakerScored ? s.speakerOrViaRight / s.speakerScored : 0)}]`);
  for (const e of s.errors) console.log(`   speaker ${e.overlap ? 'span' : 'miss'} ${e.doc}: «${e.quote}» gold=${e.gold} got=${e.got} (${e.rule})`);
}
console.log('Published: GenderGapTracker V7 quote F1 83.7% @30 / 76.1% @80, speaker 86.5% (own 98 articles); CofeNet speaker F1 83.2 exact (PolNeAR).');

if (rows.length) {
  console.log(`\nDemo gold (demo/gold.json), development golds (eval/dev2 … eval/dev5)${blinds.length ? ` and blind golds (${blinds.map((b) => `eval/${b.split}`).join(', ')})` : ''}`);
  console.log('split    gold  pred | quote recall  precision | speaker acc     | speaker entity  | channel right (wrong) | statements pairwise P / R');
  for (const d of rows) {
    console.log(`${d.split.padEnd(8)} ${String(d.gold).padStart(4)} ${String(d.pred).padStart(5)} | ${pct(d.recall).padStart(12)} ${pct(d.precision).padStart(10)} | ` +
      `${pct(d.speakerAcc)} (${d.speakerRight}/${d.speakerScored}) | ${pct(d.speakerEntityAcc)} (${d.speakerEntityRight}/${d.speakerScored}) | ` +
      `${`${d.viaRight}/${d.viaGold} (${d.viaWrong})`.padStart(21)} | ` +
      `${pct(d.pairs.p)} / ${pct(d.pairs.r)} (${d.pairs.both}/${d.pairs.pred} pred, ${d.pairs.gold} gold pairs)`);
    // held-back splits: figures only, never their misses (nothing may be tuned on them)
    if (errors && (d.split === 'dev' || (DEV_SETS as readonly string[]).includes(d.split))) for (const m of d.misses.slice(0, errors)) console.log(`   ${m}`);
  }
} else console.log('\nDemo gold not present: skipped');

if (json) {
  const strip = (s: SplitScore) => ({ ...s, errors: undefined });
  console.log(JSON.stringify({ polnear: polnear.map(strip), demo: demo?.map((d) => ({ ...d, misses: d.misses.length })) ?? null, ...Object.fromEntries(devRows.map((d) => [d.split, { ...d, misses: d.misses.length }])), ...Object.fromEntries(blinds.map((d) => [d.split, { ...d, misses: d.misses.length }])) }));
}
