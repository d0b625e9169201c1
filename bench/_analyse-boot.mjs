// Worker entry for bench:analyse: register tsx inside the worker thread, then load the TS worker.
import { register } from 'tsx/esm/api';

register();
await import('./_analyse-worker.ts');
