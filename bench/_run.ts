/** One bench run in this process: workers produce features shard by shard, the main thread groups in order. */
import { loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CorpusGrouper, type GroupItem } from '../src/corpus/stories/index.ts';
import { bcubedFast } from './_bcubed-fast.ts';
import type { ShardRequest, ShardResult } from './_worker.ts';

/**
 * Events per shard, i.e. at most one day of coverage (~1.9k docs) per batch: small enough that the
 * two workers and the grouping thread overlap from the start (1,000-event shards left the pipeline
 * filling and draining: 949 vs 2,887 docs/s at 10k), large enough to amortise messaging.
 */
const SHARD_EVENTS = 250;
/** Shards per run at least: a small run gets smaller shards so the pipeline still overlaps. */
const MIN_SHARDS = 24;
const MEAN_DOCS_PER_EVENT = 7.5;
/** Shards in flight per worker: one computing, one queued, so workers never wait on the main thread. */
const IN_FLIGHT_PER_WORKER = 2;

export interface RunResult {
  /** `seconds` is the processing time after start-up (workers loaded and warmed); `startupSeconds` the start-up itself. */
  startupSeconds: number;
  /** CPU seconds of the whole process (all threads) during processing, and the 1-minute load average at the end. */
  cpuSeconds: number; loadAvg: number;
  docs: number; seconds: number; docsPerSecond: number; peakRssMb: number; f1: number; precision: number; recall: number; stories: number; duplicates: number; mainMs: number; workerMs: Record<string, number> }

function items(r: ShardResult, limit: number): GroupItem[] {
  const out: GroupItem[] = [];
  let sigOff = 0;
  for (let k = 0; k < Math.min(r.ids.length, limit); k++) {
    const sig = r.sigs.subarray(sigOff, sigOff + r.sigLen[k]!);
    sigOff += r.sigLen[k]!;
    out.push({
      id: r.ids[k]!, publishedAt: r.dates[k]!, outlet: r.outlets[k]!,
      dup: { exact: r.exact[k]!, sig, wordCount: 0 },
      story: { terms: r.terms.subarray(r.termOff[k]!, r.termOff[k + 1]!), counts: r.counts.subarray(r.termOff[k]!, r.termOff[k + 1]!), day: r.day[k]!, year: r.year[k]!, title: r.titles[k]!, titleTerms: r.titleTerms.subarray(r.titleOff[k]!, r.titleOff[k + 1]!) },
    });
  }
  return out;
}

export async function runOnce(size: number, seed: number, workerCount: number): Promise<RunResult> {
  const tStart = performance.now();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 100);
  const shardEvents = Math.max(25, Math.min(SHARD_EVENTS, Math.ceil(size / MEAN_DOCS_PER_EVENT / MIN_SHARDS)));
  const events = Math.ceil(size / MEAN_DOCS_PER_EVENT) + shardEvents; // slack; we stop at `size` docs
  const shards = Math.ceil(events / shardEvents);
  const workers = Array.from({ length: workerCount }, () => new Worker(new URL('./_worker-boot.mjs', import.meta.url)));
  await Promise.all(workers.map((w) => new Promise<void>((ok, fail) => { w.once('message', () => ok()); w.once('error', fail); })));
  const startupSeconds = (performance.now() - tStart) / 1000;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const grouper = new CorpusGrouper();
  const truth: number[] = []; // by position in the grouper (which sorts each batch by date)
  const pending = new Map<number, ShardResult>();
  const workerMs: Record<string, number> = { generate: 0, ingestClean: 0, features: 0 };
  let next = 0;
  let wanted = 0;
  let docs = 0;
  let mainMs = 0;
  await new Promise<void>((resolve, reject) => {
    const send = (w: Worker) => { if (next < shards && docs < size) { const req: ShardRequest = { chunk: next, seed, from: next * shardEvents, to: (next + 1) * shardEvents }; next++; w.postMessage(req); } };
    for (const w of workers) {
      w.on('error', reject);
      w.on('message', (r: ShardResult) => {
        pending.set(r.chunk, r);
        for (const k of Object.keys(workerMs)) workerMs[k]! += r.cpuMs[k as keyof typeof r.cpuMs];
        while (pending.has(wanted) && docs < size) {
          const shard = pending.get(wanted)!;
          pending.delete(wanted);
          wanted++;
          const t = performance.now();
          const batch = items(shard, size - docs);
          grouper.addBatch(batch);
          for (let k = 0; k < batch.length; k++) truth[grouper.indexOf(batch[k]!.id)] = shard.truth[k]!;
          docs += batch.length;
          mainMs += performance.now() - t;
          peak = Math.max(peak, process.memoryUsage().rss);
        }
        if (docs >= size || wanted >= shards) resolve(); else send(w);
      });
      for (let i = 0; i < IN_FLIGHT_PER_WORKER; i++) send(w);
    }
  });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(sampler);
  await Promise.all(workers.map((w) => w.terminate()));
  const pred = new Int32Array(docs);
  let duplicates = 0;
  for (let i = 0; i < docs; i++) { pred[i] = grouper.docStory[i]!; if (grouper.dup.duplicateOf(i) !== null) duplicates++; }
  const score = bcubedFast(Int32Array.from(truth), pred);
  return { startupSeconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, loadAvg: loadavg()[0]!, docs, seconds, docsPerSecond: docs / seconds, peakRssMb: Math.round(peak / 2 ** 20), ...score, stories: new Set(pred).size, duplicates, mainMs: Math.round(mainMs), workerMs: Object.fromEntries(Object.entries(workerMs).map(([k, v]) => [k, Math.round(v)])) };
}
