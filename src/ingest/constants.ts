/** Default cap on one input file's size; bigger files are refused, not truncated. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** A gzip that inflates past this many times the size cap is refused (zip-bomb guard). */
export const GZIP_EXPANSION_LIMIT = 1;
/** Share of control bytes (NUL and C0 except tab/CR/LF/FF) above which a file is called binary. */
export const BINARY_CONTROL_RATIO = 0.02;
/** How many leading bytes are sampled to decide whether a file is binary. */
export const BINARY_SNIFF_BYTES = 8192;
/** How many leading bytes are scanned for an HTML `<meta charset>`. */
export const META_CHARSET_SNIFF_BYTES = 4096;
/** Hex digits of the SHA-256 content hash kept as document id (80 bits: collisions negligible). */
export const ID_HEX_LENGTH = 20;
/** File extensions we read, lower case, after any `.gz`. */
export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.json', '.jsonl', '.ndjson'] as const;
