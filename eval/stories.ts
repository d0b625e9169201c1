/**
 * Story clustering quality: B-cubed P/R/F1 on ECB+ (86 stories, hard negatives), GVC (71
 * gun-violence incidents), the demo gold and the further development golds (eval/dev2 … eval/dev5) when present,
 * each also per tuning split (see _stories.ts).
 * Usage: npm run eval:stories [-- --json] [--analyse] [--blind]
 *   --analyse runs the real analyse stage first; --blind adds the blind gold (eval/blind): report it,
 *   never tune on it or read its misses.
 */
import { storyRows } from './_stories.ts';

const args = process.argv.slice(2);
const withAnalyse = args.includes('--analyse');
const rows = await storyRows(withAnalyse, args.includes('--blind'));
const f = (x: number) => x.toFixed(3);
console.log('set         docs  gold  pred  B3-P   B3-R   B3-F1  target   s    titles');
for (const r of rows) {
  console.log(`${r.set.padEnd(10)} ${String(r.docs).padStart(5)} ${String(r.gold).padStart(5)} ${String(r.predicted).padStart(5)}  ${f(r.precision)}  ${f(r.recall)}  ${f(r.f1)}  ${r.target === null ? '  -     ' : (r.f1 >= r.target ? 'ok  ' : 'LOW ') + r.target.toFixed(2)}  ${r.seconds.toFixed(1)}  ${r.titles === undefined ? '' : f(r.titles)}`);
}
if (args.includes('--json')) console.log(JSON.stringify({ analyse: withAnalyse, results: rows }));
