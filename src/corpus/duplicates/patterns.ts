/** Regexes for duplicate detection, built once. */
export const PATTERNS = {
  /** A word: letters/digits run (Unicode), apostrophes inside kept out so "don't" ≈ "dont". */
  word: /[\p{L}\p{N}]+/gu,
} as const;
