/**
 * Story clustering quality: B-cubed P/R/F1 on ECB+ (86 stories, hard negatives), GVC (71
 * gun-violence incidents) and the demo gold when present.
 * Usage: npm run eval:stories [-- --json] [--analyse]   (--analyse runs the real analyse stage first)
 */
import { groupDocuments } from '../src/corpus/stories/index.ts';
import { bcubed, type BCubed } from './_bcubed.ts';
import { analysed, type PlainDoc } from './_docs.ts';
import { loadEcb } from './_ecbplus.ts';
import { loadGvc } from './_gvc.ts';
import { loadDemo } from './_demo.ts';
import type { AnalysedDocument } from '../src/contract/pipeline.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const withAnalyse = args.includes('--analyse');

interface Row extends BCubed { set: string; docs: number; gold: number; predicted: number; target: number | null; seconds: number }

async function evaluate(set: string, data: { docs: PlainDoc[] | AnalysedDocument[]; gold: Map<string, string> } | null, target: number | null): Promise<Row | null> {
  if (!data) return null;
  const t0 = performance.now();
  const docs = isAnalysed(data.docs) ? data.docs : await analysed(data.docs, withAnalyse);
  const { grouping } = groupDocuments(docs, new Set(docs.map((d) => d.doc.id)), null);
  const pred = new Map([...grouping.storyOf]);
  const score = bcubed(data.gold, pred);
  return { set, docs: docs.length, gold: new Set(data.gold.values()).size, predicted: new Set(pred.values()).size, target, seconds: (performance.now() - t0) / 1000, ...score };
}

function isAnalysed(docs: PlainDoc[] | AnalysedDocument[]): docs is AnalysedDocument[] {
  return docs.length > 0 && 'analysis' in docs[0]!;
}

const demo = await loadDemo();
const rows = [
  await evaluate('ecbplus', loadEcb(), 0.9),
  await evaluate('gvc', loadGvc(), 0.85),
  await evaluate('demo', demo, null),
  // Storylines on the demo: stories linked over time should share a storyline id.
  demo ? await evaluateLines(demo) : null,
].filter((r): r is Row => r !== null);

async function evaluateLines(d: NonNullable<typeof demo>): Promise<Row> {
  const t0 = performance.now();
  const { grouping } = groupDocuments(d.docs, new Set(d.docs.map((x) => x.doc.id)), null);
  const lineOfStory = new Map(grouping.stories.map((s) => [s.id, s.storylineId ?? s.id]));
  const pred = new Map([...grouping.storyOf].map(([id, s]) => [id, lineOfStory.get(s) ?? s]));
  return { set: 'demo-lines', docs: d.docs.length, gold: new Set(d.storylines.values()).size, predicted: new Set(pred.values()).size, target: null, seconds: (performance.now() - t0) / 1000, ...bcubed(d.storylines, pred) };
}

const f = (x: number) => x.toFixed(3);
console.log('set       docs  gold  pred  B3-P   B3-R   B3-F1  target  s');
for (const r of rows) {
  console.log(`${r.set.padEnd(9)} ${String(r.docs).padStart(4)} ${String(r.gold).padStart(5)} ${String(r.predicted).padStart(5)}  ${f(r.precision)}  ${f(r.recall)}  ${f(r.f1)}  ${r.target === null ? '  -  ' : (r.f1 >= r.target ? 'ok ' : 'LOW ') + r.target}  ${r.seconds.toFixed(1)}`);
}
if (json) console.log(JSON.stringify({ analyse: withAnalyse, results: rows }));
