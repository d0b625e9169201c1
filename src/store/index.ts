/**
 * store: all persistence behind one interface. Today SQLite (one file, WAL); a server-scale
 * backend implements the same `Store` and passes the same shared test suite.
 */
import { openSqliteStore } from './sqlite.ts';
import type { Store } from './types.ts';

export type { Store, StoredArticle, SearchHit, Job, JobStatus } from './types.ts';
export { StoreError } from './sqlite.ts';

/** Default store file when `--db` is not given. */
export const DEFAULT_DB_PATH = './triangulate.db';

/** Open the store at `path` (a file, or ':memory:'), creating and migrating it as needed. */
export function openStore(path: string = DEFAULT_DB_PATH): Store {
  return openSqliteStore(path);
}
