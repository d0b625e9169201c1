/** bench:analyse worker: warm up, then run analyseDocument over its share of documents. */
import { parentPort } from 'node:worker_threads';
import { analyseDocument } from '../src/analyse/index.ts';
import type { CleanDocument } from '../src/contract/pipeline.ts';

export interface AnalyseJob { docs: CleanDocument[]; warmup: CleanDocument[] }
export interface AnalyseDone { docs: number; ms: number; quotes: number }

parentPort?.once('message', (job: AnalyseJob) => {
  for (const d of job.warmup) analyseDocument(d);
  parentPort?.postMessage('ready');
  parentPort?.once('message', () => {
    const t = performance.now();
    let quotes = 0;
    for (const d of job.docs) quotes += analyseDocument(d).quotes.length;
    parentPort?.postMessage({ docs: job.docs.length, ms: performance.now() - t, quotes } satisfies AnalyseDone);
  });
});
