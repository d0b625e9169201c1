/** Debug: the cleaned text of one article file (or feed line N) and its quotes with speakers. Usage: tsx eval/_quotes-doc.ts <file> [line] [--text] */
import { resolve } from 'node:path';
import { ingestPaths } from '../src/ingest/index.ts';
import { cleanArticle } from '../src/clean/index.ts';
import { analyseDocument } from '../src/analyse/index.ts';
const [p, line] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
for (const ev of ingestPaths([resolve(p)])) {
  if (ev.kind !== 'file') continue;
  ev.articles.forEach((a, i) => {
    if (line && Number(line) !== i + 1) return;
    const doc = cleanArticle(a);
    const an = analyseDocument(doc);
    if (process.argv.includes('--text')) console.log(doc.text);
    for (const q of an.quotes) console.log(`«${q.text.slice(0, 70)}» → ${q.speakerText} [${q.speaker === null ? '-' : an.entities[q.speaker]?.name}] via ${q.viaText}${q.partial ? ' (partial)' : ''}`);
    console.log('entities:', an.entities.map((e) => `${e.type}:${e.name}`).join('; '));
  });
}
