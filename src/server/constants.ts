/** Server limits and defaults. Each value says what it bounds and why. */

/** Largest accepted request body (upload or JSON ingest): big enough for a folder of articles, small enough to hold in memory. */
export const MAX_BODY_BYTES = 25 * 1024 * 1024;
/** Largest number of files in one upload: keeps one request from queueing unbounded work. */
export const MAX_UPLOAD_FILES = 200;
/** Read requests that take longer than this are answered 504: no request should hold a connection forever. */
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
/** Context characters each side of a span in the short excerpts sent with lists. */
export const EXCERPT_CONTEXT_CHARS = 80;
/** Claims (with their excerpts) in one story slice; the rest are paged with claimOffset: a 10 MB article can make thousands. */
export const STORY_CLAIMS_PAGE = 200;
/** Timeline events and ledger statements in one story slice: past this a page is unreadable and slow to lay out. */
export const STORY_MAX_ITEMS = 500;
/** Excerpts shown per role title on an entity page: enough to check it, few enough to scan the history. */
export const ROLE_EXCERPTS = 3;
/** Most-mentioned entities drawn in a story's graph: more makes it unreadable on a laptop screen. */
export const GRAPH_MAX_NODES = 30;
/** Strongest co-mention edges drawn. */
export const GRAPH_MAX_EDGES = 80;
/** In a story of at least GRAPH_MIN_DOCS articles, two entities are linked only when this many articles name both: one shared article links nearly everything. */
export const GRAPH_MIN_SHARED = 2;
/** Stories smaller than this link entities named together even once. */
export const GRAPH_MIN_DOCS = 4;
