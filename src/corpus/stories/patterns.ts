/** Regexes for story features, built once. */
export const PATTERNS = {
  /** Words (letters, digits, inner apostrophes/hyphens). */
  word: /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu,
  /** A run of capitalised words (a name candidate), e.g. "Lindsay Lohan", "Betty Ford Center". */
  name: /\p{Lu}[\p{Ll}\p{Lu}'’.-]+(?:\s+(?:(?:of|de|al|van|von|der|the|la|bin)\s+)?\p{Lu}[\p{Ll}\p{Lu}'’.-]+)*/gu,
  /** Four-digit years in running text. */
  year: /\b(19[5-9]\d|20\d\d)\b/g,
  /** Sentence or paragraph start before a match (its capital may be just sentence case). */
  sentenceStart: /(?:^|[.!?:;"“”]\s*|\n\s*)$/,
  /** Pure numbers (not useful as vocabulary except years). */
  number: /^[\d.,'’-]+$/,
} as const;
