// Worker entry when running from TypeScript sources: register tsx inside the worker thread
// (loader hooks registered in the main thread do not reach workers on Node 20), then load it.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
