/** Thresholds for cross-document entity resolution. */

/** Least per-word spelling similarity (1 − edit distance / longer length) for two phonetically equal
 * name words to count as one spelling: keeps "Zelensky"/"Zelenskyy", rejects "Smith"/"Schmidt". */
export const MIN_WORD_SIMILARITY = 0.6;
/** Length of the hex hash suffix that tells apart two entities with one canonical name. */
export const ID_HASH_CHARS = 8;
/** Shortest name word compared after folding transliteration digraphs (sh/zh/ch → s/z/c): shorter words are too easily equal. */
export const MIN_FOLD_CHARS = 5;
