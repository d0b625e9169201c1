/** Worker thread: runs `processArticle` on each article the pool sends. */
import { parentPort } from 'node:worker_threads';
import type { RawArticle } from '../contract/pipeline.ts';
import { processArticle } from './process.ts';

parentPort?.on('message', (task: { seq: number; raw: RawArticle }) => {
  parentPort?.postMessage({ seq: task.seq, result: processArticle(task.raw) });
});
