/**
 * Per-document analysis throughput (documents/s of analyseDocument: sentences, entities, quotes,
 * dates, events, claims) with 1 worker thread and with 2, side by side, and their ratio; the CPU
 * time of the whole process per document (all threads) for each, which shared-machine load
 * disturbs less than wall time; and the quotes pass alone (one thread, sentences precomputed).
 * Documents: PolNeAR dev+test articles when ../shared/data/polnear is present, else the demo
 * corpus, repeated up to --docs N (default 168). Prints the load average before and after.
 * Usage: npm run bench:analyse [-- --docs 400] [--json]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { cleanArticle } from '../src/clean/index.ts';
import { ingestPaths } from '../src/ingest/index.ts';
import type { CleanDocument } from '../src/contract/pipeline.ts';
import { splitSentences } from '../src/analyse/sentences/index.ts';
import { findQuotes } from '../src/analyse/quotes/index.ts';
import type { AnalyseDone } from './_analyse-worker.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const want = Number(args[args.indexOf('--docs') + 1]) || 168;
const ROOT = resolve(import.meta.dirname, '..');
const POLNEAR = resolve(ROOT, '..', 'shared', 'data', 'polnear', 'data');

function corpus(): { name: string; docs: CleanDocument[] } {
  const base: CleanDocument[] = [];
  let name = 'demo';
  if (existsSync(POLNEAR)) {
    name = 'polnear dev+test';
    for (const split of ['dev', 'test']) {
      const dir = join(POLNEAR, split, 'text');
      for (const f of readdirSync(dir).sort()) {
        const text = readFileSync(join(dir, f), 'utf8');
        base.push({
          id: `${split}/${f}`, source: f, title: text.split('\n')[0] ?? '', outlet: null, byline: null, publishedAt: null,
          dateProvenance: { method: 'none' } as CleanDocument['dateProvenance'], dateCandidates: [], modifiedAt: null, language: 'en', url: null, text,
        });
      }
    }
  } else {
    for (const ev of ingestPaths([resolve(ROOT, 'demo')])) if (ev.kind === 'file') for (const raw of ev.articles) base.push(cleanArticle(raw));
  }
  const docs: CleanDocument[] = [];
  for (let i = 0; docs.length < want && base.length; i++) docs.push(base[i % base.length]);
  return { name, docs };
}

interface RunResult { seconds: number; docsPerSec: number; quotes: number; cpuMsPerDoc: number }

/** CPU milliseconds (user + system, all threads of this process) since `from`. */
const cpuMs = (from: NodeJS.CpuUsage): number => { const d = process.cpuUsage(from); return (d.user + d.system) / 1000; };

async function run(docs: CleanDocument[], workers: number): Promise<RunResult> {
  const pool = Array.from({ length: workers }, () => new Worker(new URL('./_analyse-boot.mjs', import.meta.url)));
  const shares = pool.map((_, w) => docs.filter((_, i) => i % workers === w));
  await Promise.all(pool.map((wk, w) => new Promise<void>((ok) => {
    wk.once('message', () => ok());
    wk.postMessage({ docs: shares[w], warmup: shares[w].slice(0, 5) });
  })));
  const t = performance.now();
  const cpu = process.cpuUsage();
  const done = await Promise.all(pool.map((wk) => new Promise<AnalyseDone>((ok) => { wk.once('message', ok); wk.postMessage('go'); })));
  const seconds = (performance.now() - t) / 1000;
  const cpuMsPerDoc = cpuMs(cpu) / docs.length;
  await Promise.all(pool.map((wk) => wk.terminate()));
  return { seconds, docsPerSec: docs.length / seconds, quotes: done.reduce((n, d) => n + d.quotes, 0), cpuMsPerDoc };
}

/** The quotes pass alone on this thread (sentences and no entities precomputed), after one warm-up round. */
function quotesAlone(docs: CleanDocument[]): { docsPerSec: number; cpuMsPerDoc: number } {
  const sentences = docs.map((d) => splitSentences(d.text));
  docs.slice(0, 20).forEach((d, i) => findQuotes(d, sentences[i], [], []));
  const t = performance.now();
  const cpu = process.cpuUsage();
  docs.forEach((d, i) => findQuotes(d, sentences[i], [], []));
  return { docsPerSec: docs.length / ((performance.now() - t) / 1000), cpuMsPerDoc: cpuMs(cpu) / docs.length };
}

const { name, docs } = corpus();
const chars = docs.reduce((n, d) => n + d.text.length, 0);
const loadBefore = loadavg()[0];
const one = await run(docs, 1);
const two = await run(docs, 2);
const quotes = quotesAlone(docs);
const loadAfter = loadavg()[0];
console.log(`analyseDocument on ${docs.length} docs (${name}, ${Math.round(chars / docs.length)} chars avg), ${availableParallelism()} cores, load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`);
console.log('workers   seconds   docs/s   CPU ms/doc   quotes');
for (const [w, r] of [[1, one], [2, two]] as const) {
  console.log(`${String(w).padEnd(9)} ${r.seconds.toFixed(2).padStart(7)} ${r.docsPerSec.toFixed(1).padStart(8)} ${r.cpuMsPerDoc.toFixed(1).padStart(12)} ${String(r.quotes).padStart(8)}`);
}
console.log(`speed-up 2 workers / 1 worker: ${(two.docsPerSec / one.docsPerSec).toFixed(2)}x`);
console.log(`quotes pass alone (1 thread, sentences precomputed, no entities): ${quotes.docsPerSec.toFixed(0)} docs/s, ${quotes.cpuMsPerDoc.toFixed(2)} CPU ms/doc`);
if (json) console.log(JSON.stringify({ corpus: name, docs: docs.length, loadBefore, loadAfter, oneWorker: one, twoWorkers: two, ratio: two.docsPerSec / one.docsPerSec, quotesAlone: quotes }));
