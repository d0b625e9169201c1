/**
 * A fixed pool of worker threads for per-document work. Results come back in any order;
 * a worker that dies is replaced and its article reported as failed, never lost silently.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RawArticle } from '../contract/pipeline.ts';
import { processArticle, type ProcessResult } from './process.ts';

/** Below this many articles, thread start-up costs more than it saves: work inline. */
const INLINE_BELOW = 4;

const workerUrl = (): URL =>
  import.meta.url.endsWith('.ts') ? new URL('./worker-boot.mjs', import.meta.url) : new URL('./worker.js', import.meta.url);

/** Process `articles` on all cores; `onResult` is called once per article, in completion order. */
export async function processAll(
  articles: RawArticle[],
  onResult: (raw: RawArticle, result: ProcessResult) => void,
  threads: number = availableParallelism(),
): Promise<void> {
  if (articles.length < INLINE_BELOW || threads <= 1) {
    for (const raw of articles) onResult(raw, processArticle(raw));
    return;
  }
  let next = 0;
  let finished = 0;
  await new Promise<void>((resolve) => {
    const start = (): void => {
      const worker = new Worker(workerUrl());
      let current = -1;
      const feed = (): void => {
        if (next >= articles.length) {
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ seq: current, raw: articles[current] });
      };
      const done = (seq: number, result: ProcessResult): void => {
        onResult(articles[seq], result);
        if (++finished === articles.length) resolve();
      };
      worker.on('message', (msg: { seq: number; result: ProcessResult }) => {
        done(msg.seq, msg.result);
        feed();
      });
      worker.on('error', (err) => {
        // The thread is gone: report its article and carry on with a fresh worker.
        if (current >= 0) done(current, { ok: false, error: `worker crashed (${err.message})` });
        current = -1;
        if (next < articles.length) start();
      });
      feed();
    };
    for (let i = 0; i < Math.min(threads, articles.length); i++) start();
  });
}
