/**
 * npm run bench:redate — the cost of dating pages that print no date from their story (src/corpus/redate),
 * on real coverage: the 152 GVC articles with every third page's date withheld, through clean → analyse, then
 * `buildDossier` twice: a first build (every undated page tries each candidate day) and a rebuild that reads the
 * first build's memos from the story state (the store's case: a new batch arrives, the old pages' evidence holds).
 * Prints both CPU times side by side as a ratio, and whether the two dossiers are the same.
 */
import { loadGvc } from '../eval/_gvc.ts';
import { cleanArticle } from '../src/clean/index.ts';
import { analyseDocument } from '../src/analyse/index.ts';
import { buildDossier } from '../src/corpus/index.ts';
import type { AnalysedDocument, RawArticle } from '../src/contract/pipeline.ts';

/** Every WITHHELD-th page is given without its date (the rest keep the date GVC records). */
const WITHHELD = 3;

const gvc = loadGvc();
if (!gvc) {
  console.log('bench:redate skipped: ../shared/data/gvc is absent');
  process.exit(0);
}
const docs: AnalysedDocument[] = gvc.docs.map((d, i) => {
  const given = d.publishedAt && i % WITHHELD !== 0 ? { publishedAt: d.publishedAt } : {};
  const raw: RawArticle = { id: d.id, source: `gvc/${d.id}`, format: 'text', content: d.text, hints: { title: d.title, ...given } };
  const doc = cleanArticle(raw);
  return { doc, analysis: analyseDocument(doc) };
});
const cpuSeconds = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };

let t = cpuSeconds();
const first = buildDossier({ docs, newIds: new Set(docs.map((d) => d.doc.id)), prior: null, generatedAt: '2000-01-01T00:00:00Z' });
const firstCpu = cpuSeconds() - t;
t = cpuSeconds();
const again = buildDossier({ docs, newIds: new Set(), prior: first.state, generatedAt: '2000-01-01T00:00:00Z' });
const againCpu = cpuSeconds() - t;

const undated = docs.filter((d) => d.analysis.publishedAt === null).length;
const undatedIds = new Set(docs.filter((d) => d.analysis.publishedAt === null).map((d) => d.doc.id));
// Dated here: no date of its own before, one now (a page its story cannot date may still keep what its story's window fixes).
const redated = first.docs.filter((d) => undatedIds.has(d.doc.id) && d.analysis.publishedAt !== null).length;
const windowed = first.docs.filter((d) => undatedIds.has(d.doc.id) && d.analysis.publishedAt === null && !docs.includes(d)).length;
console.log(`GVC ${docs.length} articles, ${undated} without a date of their own, ${redated} dated from their story, ${windowed} more keep the dates their story's window fixes`);
console.log('buildDossier                         CPU s    ratio');
console.log(`first build (tries every day)     ${firstCpu.toFixed(2).padStart(7)}    1.00`);
console.log(`rebuild with the stored memos     ${againCpu.toFixed(2).padStart(7)}    ${(againCpu / firstCpu).toFixed(2)}`);
console.log(`same dossier: ${JSON.stringify(first.dossier) === JSON.stringify(again.dossier)}`);
