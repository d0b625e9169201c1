/** Server limits and defaults. Each value says what it bounds and why. */

/** Largest accepted request body (upload or JSON ingest): big enough for a folder of articles, small enough to hold in memory. */
export const MAX_BODY_BYTES = 25 * 1024 * 1024;
/** Largest number of files in one upload: keeps one request from queueing unbounded work. */
export const MAX_UPLOAD_FILES = 200;
/** Read requests that take longer than this are answered 503: no request should hold a connection forever. */
export const REQUEST_TIMEOUT_MS = 30_000;
/** Default page size for every list endpoint. */
export const DEFAULT_LIMIT = 50;
/** Largest page size a client may ask for: bounds response size on big corpora. */
export const MAX_LIMIT = 500;
/** Longest search query accepted: FTS queries beyond this are abuse, not search. */
export const MAX_QUERY_CHARS = 200;
/** Longest id accepted in a path: ids are hashes, anything longer is garbage. */
export const MAX_ID_CHARS = 200;
/** How often (ms) the server re-checks the store for a dossier written by another process. */
export const STORE_POLL_MS = 2_000;
/** Jobs kept in memory for progress polling before the oldest are dropped. */
export const MAX_TRACKED_JOBS = 100;
/** Context characters each side of a span in the short excerpts sent with lists. */
export const EXCERPT_CONTEXT_CHARS = 80;
