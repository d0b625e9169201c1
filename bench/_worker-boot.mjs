// Worker entry for the scale bench: register tsx inside the worker thread (loader hooks
// registered in the main thread do not reach workers on Node 20), then load the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./_worker.ts');
