/** Date regexes of the clean stage (kept apart from PATTERNS: only _dates.ts and _text-meta.ts use them). */
export const DATE_PATTERNS = {
  epoch: /^\d{10}(?:\d{3})?$/,
  isoDate: /^(\d{4})-(\d{2})-(\d{2})/,
  isoTime: /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/,
  /** The zone offset ending an ISO date-time: "-05:00", "+0530". */
  isoOffset: /([+-])(\d{2}):?(\d{2})$/,
  compactDate: /^(\d{4})(\d{2})(\d{2})(?:$|T)/,
  /** 11/06/2025, 12.06.2025, 6-11-2025 (not ISO). */
  numericDate: /^(?:[a-z]+:?\s+){0,4}(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})\b/i,
  numericDateAnywhere: /\b(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d{2})\b/,
  clockTime: /(\d{1,2})[:.](\d{2})\b/,
  /** "16.45" after a year: a clock time written with a dot. */
  dottedTime: /\b(\d{1,2})\.(\d{2})\b(?!\.\d)/,
  urlDate: /\/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?:[/-]|$)/,
} as const;
