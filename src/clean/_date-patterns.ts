/** Date regexes of the clean stage (kept apart from PATTERNS: only _dates.ts and _text-meta.ts use them). */
export const DATE_PATTERNS = {
  epoch: /^\d{10}(?:\d{3})?$/,
  isoDate: /^(\d{4})-(\d{2})-(\d{2})/,
  isoTime: /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/,
  /** The zone offset ending an ISO date-time: "-05:00", "+0530". */
  isoOffset: /([+-])(\d{2}):?(\d{2})$/,
  compactDate: /^(\d{4})(\d{2})(\d{2})(?:$|T)/,
  /** Year first with slashes or dots: "2025/03/05", "2025.3.5" (always year-month-day). */
  ymdDate: /^(?:[a-z]+:?\s+){0,4}((?:19|20)\d{2})([/.])(\d{1,2})\2(\d{1,2})\b/i,
  /** An ISO date-time whose zone is written with a space or without a colon: "2025-03-05 14:02 +0100". */
  looseIsoOffset: /\s{0,4}([+-]\d{2}):?(\d{2})$/,
  /** A slash, dot or hyphen with a space either side between digits ("08 / 02 / 2013"). */
  spacedSeparator: /(\d) ([/.-]) (?=\d)/g,
  /** A clock time with a space after its colon ("11: 10 am"). */
  spacedClock: /\b(\d{1,2}): (\d{2})\b/g,
  /** "a. m." / "P. M." written with a space inside. */
  spacedMeridiem: /\b([ap])\. ([m])\./gi,
  /** A dash, "@" or bar between a date and its clock time ("June 11, 2025 – 22:30", "March 19th, 2025 @ 4:20 pm"): chrono reads the time only without it. */
  clockSeparator: /(\d)[ \u00A0]+[–—@|][ \u00A0]+(?=\d{1,2}[:.]\d{2}\b)/g,
  /** Four digits that can be a year, or a CJK year mark: a stated year, as every publish date has. */
  statedYear: /\b(?:19|20)\d{2}\b|\d年/,
  /** 11/06/2025, 12.06.2025, 6-11-2025 (not ISO). */
  numericDate: /^(?:[a-z]+:?\s+){0,4}(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})\b/i,
  numericDateAnywhere: /\b(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d{2})\b/,
  clockTime: /(\d{1,2})[:.](\d{2})\b/,
  /** "16.45" after a year: a clock time written with a dot. */
  dottedTime: /\b(\d{1,2})\.(\d{2})\b(?!\.\d)/,
  urlDate: /\/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?:[/-]|$)/,
  /** A URL date with the month's short name: /2019/nov/18/. */
  urlNamedDate: /\/((?:19|20)\d{2})\/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\/(\d{1,2})(?:\/|$)/i,
  /** A raw stamp that names its zone or offset ("Z", "+01:00", "GMT", "EST"); without one it is the publisher's wall time. */
  statedZone: /(?:\d(?:Z|[+-]\d{2}:?\d{2}))\s*$|\b(?:GMT|UTC|[ECMP][SD]T|BST|CES?T|HKT|IST|JST|AEST)\b/i,
} as const;
