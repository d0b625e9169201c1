/**
 * Story clustering quality: B-cubed P/R/F1 on ECB+ (86 stories, hard negatives), GVC (71
 * gun-violence incidents) and the demo gold when present, each also per split: ECB+ "dev" (odd
 * topic numbers, the only half looked at while tuning) and "held" (even topics); GVC val (dev)
 * and test (held). Each split is clustered on its own, so held documents never shape dev figures.
 * Usage: npm run eval:stories [-- --json] [--analyse]   (--analyse runs the real analyse stage first)
 */
import { groupDocuments } from '../src/corpus/stories/index.ts';
import type { AnalysedDocument } from '../src/contract/pipeline.ts';
import { bcubed, type BCubed } from './_bcubed.ts';
import { analysed } from './_docs.ts';
import { ecbSplit, loadEcb } from './_ecbplus.ts';
import { gvcSplit, loadGvc } from './_gvc.ts';
import { loadDemo } from './_demo.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const withAnalyse = args.includes('--analyse');

interface Row extends BCubed { set: string; docs: number; gold: number; predicted: number; target: number | null; seconds: number }
interface Labelled { docs: AnalysedDocument[]; gold: Map<string, string> }

/** Cluster the documents the gold names (alone, as one corpus) and score them. */
function evaluate(set: string, all: Labelled, target: number | null, keep: (goldId: string) => boolean = () => true): Row {
  const t0 = performance.now();
  const docs = all.docs.filter((d) => keep(all.gold.get(d.doc.id) ?? ''));
  const gold = new Map([...all.gold].filter(([, g]) => keep(g)));
  const { grouping } = groupDocuments(docs, new Set(docs.map((d) => d.doc.id)), null);
  const pred = new Map([...grouping.storyOf]);
  return { set, docs: docs.length, gold: new Set(gold.values()).size, predicted: new Set(pred.values()).size, target, seconds: (performance.now() - t0) / 1000, ...bcubed(gold, pred) };
}

/** Storylines on the demo: stories linked over time should share a storyline id. */
function evaluateLines(d: Labelled & { storylines: Map<string, string> }): Row {
  const t0 = performance.now();
  const { grouping } = groupDocuments(d.docs, new Set(d.docs.map((x) => x.doc.id)), null);
  const lineOfStory = new Map(grouping.stories.map((s) => [s.id, s.storylineId ?? s.id]));
  const pred = new Map([...grouping.storyOf].map(([id, s]) => [id, lineOfStory.get(s) ?? s]));
  return { set: 'demo-lines', docs: d.docs.length, gold: new Set(d.storylines.values()).size, predicted: new Set(pred.values()).size, target: null, seconds: (performance.now() - t0) / 1000, ...bcubed(d.storylines, pred) };
}

async function labelled(data: { docs: Parameters<typeof analysed>[0]; gold: Map<string, string> } | null): Promise<Labelled | null> {
  return data ? { docs: await analysed(data.docs, withAnalyse), gold: data.gold } : null;
}

const rows: Row[] = [];
const ecb = await labelled(loadEcb());
if (ecb) rows.push(evaluate('ecbplus', ecb, 0.9), evaluate('ecb-dev', ecb, 0.9, (g) => ecbSplit(g) === 'dev'), evaluate('ecb-held', ecb, 0.9, (g) => ecbSplit(g) === 'held'));
const gvc = await labelled(loadGvc());
if (gvc) rows.push(evaluate('gvc', gvc, 0.85), evaluate('gvc-dev', gvc, 0.85, (g) => gvcSplit(g) === 'dev'), evaluate('gvc-held', gvc, 0.85, (g) => gvcSplit(g) === 'held'));
const demo = await loadDemo();
if (demo) rows.push(evaluate('demo', demo, null), evaluateLines(demo));

const f = (x: number) => x.toFixed(3);
console.log('set         docs  gold  pred  B3-P   B3-R   B3-F1  target   s');
for (const r of rows) {
  console.log(`${r.set.padEnd(10)} ${String(r.docs).padStart(5)} ${String(r.gold).padStart(5)} ${String(r.predicted).padStart(5)}  ${f(r.precision)}  ${f(r.recall)}  ${f(r.f1)}  ${r.target === null ? '  -     ' : (r.f1 >= r.target ? 'ok  ' : 'LOW ') + r.target.toFixed(2)}  ${r.seconds.toFixed(1)}`);
}
if (json) console.log(JSON.stringify({ analyse: withAnalyse, results: rows }));
