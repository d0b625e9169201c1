/** Worst case for the claim cross-check and timeline: N copies of the demo documents under new ids. Usage: tsx eval/_timeline-scale.ts [copies] */
import type { AnalysedDocument } from '../src/contract/pipeline.ts';
import { REPO_ROOT, loadDemoGold } from '../src/demo-gold/index.ts';
import { buildDossier } from '../src/corpus/index.ts';
import { runDemo } from './_timeline-run.ts';

const copies = Number(process.argv[2] ?? 100);
const gold = loadDemoGold();
const run = runDemo(REPO_ROOT.replace(/\/$/, ''), new Set(gold.documents.map((d) => d.file)));
const docs: AnalysedDocument[] = [];
for (let i = 0; i < copies; i++) for (const d of run.docs) {
  const id = `${d.doc.id}-${i}`;
  docs.push({ doc: { ...d.doc, id }, analysis: { ...d.analysis, documentId: id } });
}
const t = performance.now();
const { dossier } = buildDossier({ docs, newIds: new Set(docs.map((d) => d.doc.id)), prior: null, generatedAt: '2000-01-01T00:00:00Z' });
console.log(`${docs.length} docs: buildDossier ${((performance.now() - t) / 1000).toFixed(1)} s, ${dossier.claims.length} claims, ${dossier.events.length} events`);
