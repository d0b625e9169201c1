/** Date regexes of the clean stage (kept apart from PATTERNS: only _dates.ts and _text-meta.ts use them). */
export const DATE_PATTERNS = {
  epoch: /^\d{10}(?:\d{3})?$/,
  isoDate: /^(\d{4})-(\d{2})-(\d{2})/,
  isoTime: /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/,
  compactDate: /^(\d{4})(\d{2})(\d{2})(?:$|T)/,
  urlDate: /\/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?:[/-]|$)/,
} as const;
