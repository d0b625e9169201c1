/**
 * Scale-bench worker: generate a shard of events, then per document ingest → clean → duplicate
 * and story features; results go back to the main thread as flat, transferable typed arrays.
 */
import { parentPort } from 'node:worker_threads';
import { makeArticle } from '../src/ingest/index.ts';
import { cleanArticle } from '../src/clean/index.ts';
import { dupFeatures, storyFeatures } from '../src/corpus/stories/index.ts';
import { words } from '../src/corpus/duplicates/index.ts';
import { eventDocs, makeOutlets } from './_generate.ts';

export interface ShardRequest { chunk: number; seed: number; from: number; to: number }
export interface ShardResult {
  chunk: number;
  ids: string[]; dates: (string | null)[]; outlets: (string | null)[]; titles: string[]; exact: string[];
  truth: Int32Array; sigLen: Int32Array; sigs: Uint32Array;
  termOff: Int32Array; terms: Int32Array; counts: Float32Array;
  titleOff: Int32Array; titleTerms: Int32Array; day: Float64Array; year: Int32Array;
  cpuMs: { generate: number; ingestClean: number; features: number };
}

const outletsBySeed = new Map<number, string[]>();

function run(req: ShardRequest): ShardResult {
  const outlets = outletsBySeed.get(req.seed) ?? makeOutlets(req.seed);
  outletsBySeed.set(req.seed, outlets);
  let t = performance.now();
  const synth = [];
  for (let i = req.from; i < req.to; i++) synth.push(...eventDocs(req.seed, i, outlets));
  const cpu = { generate: performance.now() - t, ingestClean: 0, features: 0 };
  const n = synth.length;
  const res: ShardResult = {
    chunk: req.chunk, ids: [], dates: [], outlets: [], titles: [], exact: [], truth: new Int32Array(n), sigLen: new Int32Array(n), sigs: new Uint32Array(0),
    termOff: new Int32Array(n + 1), terms: new Int32Array(0), counts: new Float32Array(0), titleOff: new Int32Array(n + 1), titleTerms: new Int32Array(0),
    day: new Float64Array(n), year: new Int32Array(n), cpuMs: cpu,
  };
  const sigs: Uint32Array[] = [];
  const terms: number[] = [];
  const counts: number[] = [];
  const titleTerms: number[] = [];
  synth.forEach((s, k) => {
    t = performance.now();
    const raw = makeArticle(s.source, 'text', s.text, { title: s.title, outlet: s.outlet, publishedAt: s.publishedAt });
    const doc = cleanArticle(raw);
    cpu.ingestClean += performance.now() - t;
    t = performance.now();
    const d = dupFeatures(doc.text, words(doc.text));
    const f = storyFeatures({ title: doc.title, text: doc.text, publishedAt: doc.publishedAt }, false);
    cpu.features += performance.now() - t;
    res.ids.push(doc.id); res.dates.push(doc.publishedAt); res.outlets.push(doc.outlet); res.titles.push(f.title); res.exact.push(d.exact);
    res.truth[k] = s.truth; res.sigLen[k] = d.sig.length; sigs.push(d.sig);
    for (let j = 0; j < f.terms.length; j++) { terms.push(f.terms[j]!); counts.push(f.counts[j]!); }
    res.termOff[k + 1] = terms.length;
    for (const x of f.titleTerms) titleTerms.push(x);
    res.titleOff[k + 1] = titleTerms.length;
    res.day[k] = f.day; res.year[k] = f.year;
  });
  const total = sigs.reduce((a, s) => a + s.length, 0);
  res.sigs = new Uint32Array(total);
  let o = 0;
  for (const s of sigs) { res.sigs.set(s, o); o += s.length; }
  res.terms = Int32Array.from(terms); res.counts = Float32Array.from(counts); res.titleTerms = Int32Array.from(titleTerms);
  return res;
}

// Start-up: modules are loaded (tsx compiles them in this thread); one event through every step
// loads what is loaded lazily, then the main thread is told we are ready. Timed apart from the run.
run({ chunk: -1, seed: 1, from: 0, to: 1 });
parentPort?.postMessage({ ready: true });

parentPort?.on('message', (req: ShardRequest) => {
  const res = run(req);
  parentPort!.postMessage(res, [res.truth.buffer, res.sigLen.buffer, res.sigs.buffer, res.termOff.buffer, res.terms.buffer, res.counts.buffer, res.titleOff.buffer, res.titleTerms.buffer, res.day.buffer, res.year.buffer] as ArrayBuffer[]);
});
