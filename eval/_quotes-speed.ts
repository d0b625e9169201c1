/** CPU time of the quotes pass alone (findQuotes, no entities) on PolNeAR dev+test texts, one thread. Usage: npx tsx eval/_quotes-speed.ts [rounds=5] */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { splitSentences } from '../src/analyse/sentences/index.ts';
import { findQuotes } from '../src/analyse/quotes/index.ts';
import type { CleanDocument } from '../src/contract/pipeline.ts';

const rounds = Number(process.argv[2] ?? 5);
const root = resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'polnear', 'data');
const docs: { doc: CleanDocument; sentences: ReturnType<typeof splitSentences> }[] = [];
for (const split of ['train']) for (const f of readdirSync(join(root, split, 'text')).sort()) { const text = readFileSync(join(root, split, 'text', f), 'utf8'); docs.push({ doc: { text, outlet: null } as CleanDocument, sentences: splitSentences(text) }); }
const times: number[] = [];
for (let r = 0; r < rounds; r++) {
  const t = process.cpuUsage();
  for (const d of docs) findQuotes(d.doc, d.sentences, [], []);
  const u = process.cpuUsage(t);
  times.push((u.user + u.system) / 1000 / docs.length);
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({ docs: docs.length, rounds, medianCpuMsPerDoc: +times[Math.floor(rounds / 2)].toFixed(3) }));
