/** Debug listing for ECB+ on a topic subset: false merges (predicted entities holding several gold chains) and missed named mentions. */
import { splitSentences } from '../src/analyse/sentences/index.ts';
import { findEntities, type Recogniser } from '../src/analyse/entities/index.ts';
import { resolveEntities } from '../src/corpus/entities/index.ts';
import type { AnalysedDocument, CleanDocument, DocAnalysis } from '../src/contract/pipeline.ts';
import { loadEcb } from './_entities-ecb.ts';

const mode = (process.argv[2] ?? 'combined') as Recogniser;
const parity = Number(process.argv[3] ?? 1);
const data = loadEcb()!;
const missed = new Map<string, number>();
const missedRaw: string[] = [];
for (const [topic, ecbDocs] of data) {
  if (Number(topic) % 2 !== parity) continue;
  const analysed: AnalysedDocument[] = ecbDocs.map((d) => {
    const doc = { id: d.id, text: d.text, publishedAt: null, title: '', source: d.id } as unknown as CleanDocument;
    const sentences = splitSentences(d.text);
    const { entities, mentions } = findEntities(doc, sentences, mode);
    return { doc, analysis: { documentId: d.id, publishedAt: null, sentences, entities, mentions } as unknown as DocAnalysis };
  });
  const res = resolveEntities(analysed);
  const byPred = new Map<string, Map<string, string[]>>();
  ecbDocs.forEach((d, i) => {
    const { mentions } = analysed[i].analysis;
    const ids = res.globalIds.get(d.id) ?? [];
    for (const g of d.mentions) {
      const gt = d.text.slice(g.start, g.end);
      let best: { id: string; ov: number; text: string } | null = null;
      for (const m of mentions) {
        const ov = Math.min(m.end, g.end) - Math.max(m.start, g.start);
        if (ov >= 0.5 * (g.end - g.start) && (!best || ov > best.ov)) best = { id: ids[m.entity], ov, text: m.text };
      }
      if (!best) {
        if (/^\p{Lu}/u.test(gt)) { missed.set(gt, (missed.get(gt) ?? 0) + 1); const line = d.text.slice(d.text.lastIndexOf('\n', g.start) + 1, d.text.indexOf('\n', g.end) < 0 ? undefined : d.text.indexOf('\n', g.end)); missedRaw.push(`${d.id} [${gt}] ${line.slice(0, 200)}`); }
        continue;
      }
      const v = byPred.get(best.id) ?? new Map<string, string[]>();
      byPred.set(best.id, v);
      v.set(g.instance, [...(v.get(g.instance) ?? []), `${d.id.split('/')[1]}:${best.text}|${gt}`]);
    }
  });
  for (const [pred, v] of byPred) {
    if (v.size < 2) continue;
    console.log(`FM ${topic} ${pred}`);
    for (const [inst, xs] of v) console.log(`    ${inst} (${xs.length}): ${[...new Set(xs)].slice(0, 6).join(' ; ')}`);
  }
}
console.log('\nMISSED named (count surface):');
for (const [t, n] of [...missed.entries()].sort((a, b) => b[1] - a[1]).slice(0, 120)) console.log(`${n} ${t}`);
if (process.env.RAW) for (const r of missedRaw) console.log(r);
