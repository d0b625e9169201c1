/**
 * Story clustering quality: B-cubed P/R/F1 on ECB+ (86 stories, hard negatives), GVC (71
 * gun-violence incidents), the demo gold and the further development golds (eval/dev2 … eval/dev5) when present,
 * each also per tuning split (see _stories.ts).
 * Then the copies each gold set marks (duplicateOf, syndicatedFrom) against the grouping.
 * Usage: npm run eval:stories [-- --json] [--analyse] [--blind]
 *   --analyse runs the real analyse stage first; --blind adds the blind gold (eval/blind): report it,
 *   never tune on it or read its misses.
 */
import { copyRows, storyRows } from './_stories.ts';

const args = process.argv.slice(2);
const withAnalyse = args.includes('--analyse');
const rows = await storyRows(withAnalyse, args.includes('--blind'));
const f = (x: number) => x.toFixed(3);
console.log('set         docs  gold  pred  B3-P   B3-R   B3-F1  target   s    titles');
for (const r of rows) {
  console.log(`${r.set.padEnd(10)} ${String(r.docs).padStart(5)} ${String(r.gold).padStart(5)} ${String(r.predicted).padStart(5)}  ${f(r.precision)}  ${f(r.recall)}  ${f(r.f1)}  ${r.target === null ? '  -     ' : (r.f1 >= r.target ? 'ok  ' : 'LOW ') + r.target.toFixed(2)}  ${r.seconds.toFixed(1)}  ${r.titles === undefined ? '' : f(r.titles)}`);
}
// Copies against the gold's duplicateOf / syndicatedFrom (the dossier's documents[].duplicateOf, .syndicatedFrom).
const copies = await copyRows(args.includes('--blind'));
console.log('\ncopies      docs  gold copies  right  reversed  false copies | syndicated right');
for (const c of copies) {
  console.log(`${c.set.padEnd(10)} ${String(c.docs).padStart(5)}  ${String(c.gold).padStart(11)}  ${String(c.right).padStart(5)}  ${String(c.reversed).padStart(8)}  ${String(c.falseCopies).padStart(12)} | ${c.syndicatedRight}/${c.syndicated}`);
}
if (args.includes('--json')) console.log(JSON.stringify({ analyse: withAnalyse, results: rows, copies }));
