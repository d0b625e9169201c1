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
  /** "May 3", "December 20th", "3 May": a day of the year, which pins the reported event. */
  monthDay: /\b(?:(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)/gi,
  /** Pure numbers (not useful as vocabulary except years). */
  number: /^[\d.,'’-]+$/,
} as const;
