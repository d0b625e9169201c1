/** Thresholds for exact and near-duplicate detection (MinHash + LSH banding over word shingles). */

/** Words per shingle: 5-word shingles are long enough that two different articles rarely share one. */
export const SHINGLE_WORDS = 5;
/** LSH bands: with BAND_ROWS rows each, pairs above ~0.6 Jaccard are very likely to meet in a bucket. */
export const LSH_BANDS = 12;
/** Rows (hash values) per band; 12 × 5 = 60 hash functions, threshold ≈ (1/12)^(1/5) ≈ 0.61. */
export const BAND_ROWS = 5;
/** Total MinHash values per signature. */
export const NUM_HASHES = LSH_BANDS * BAND_ROWS;
/** Estimated Jaccard at or above which a candidate counts as a near-duplicate (edited copies score 0.84–0.91). */
export const NEAR_DUP_MIN_SIMILARITY = 0.7;
/** Texts shorter than this many words get no near-duplicate check (too few shingles to judge); exact match still applies. */
export const MIN_WORDS_FOR_NEAR_DUP = 12;
/** Cap on words shingled per document: a copy is recognisable from its first few thousand words. */
export const MAX_WORDS_SHINGLED = 4000;
/** Candidates verified per band bucket at most: huge buckets are boilerplate, not copies. */
export const MAX_BUCKET_SCAN = 64;

/** Words per window when measuring how much of one text another carries: longer than most shared phrases, shorter than a copied sentence. */
export const COPY_WINDOW_WORDS = 6;
/** Share of the shorter text's windows found in the other at which it is a copy (copies measure .86–.96 on our golds, independent reports ≤ .07). */
export const COPY_MIN_CONTAINMENT = 0.5;
/** Texts with fewer windows than this are too short to call a copy (a shared quote could fill them). */
export const COPY_MIN_WINDOWS = 40;
/** A window found in more texts than this is boilerplate, not copying (and bounds the pair count). */
export const COPY_MAX_POSTING = 50;
