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
  /**
   * A full date with its year: ISO "2012-07-07", "July 7, 2012" / "Jul. 07 2012", "9 September 2013" /
   * "Fri, 11 Nov 2011", day-first "08. 07. 2012" / "08.07.2012" (named groups per form).
   */
  fullDate: /\b(?:(?<iy>(?:19|20)\d\d)-(?<im>\d\d)-(?<id>\d\d)|(?<am>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?<ad>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<ay>(?:19|20)\d\d)|(?<bd>\d{1,2})(?:st|nd|rd|th)?\s+(?<bm>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(?<by>(?:19|20)\d\d)|(?<dd>\d{1,2})\.\s?(?<dm>\d{1,2})\.\s?(?<dy>(?:19|20)\d\d))\b/gi,
  /** A sentence: up to and including its end mark (or a paragraph break, or the end of the text). */
  sentence: /[^.!?\n]*(?:[.!?]+["”’)]*|\n+|$)/g,
  /**
   * Words that put a sentence at another time than the article's own: background, not the event. "The X comes two
   * days after ..." sets the event beside an earlier one (often another incident of its kind), whose names it lists;
   * so does "came less than two weeks after ..." (a hedged span is still a comparison with an earlier event).
   */
  pastTime: /\b(?:last|previous|past) (?:year|month|decade|summer|winter|spring|autumn|fall)\b|\b(?:years?|months?|decades?) (?:ago|earlier|before)\b|\brecall(?:ed|s|ing)\b|\b(?:comes?|came)\s+(?:(?:just|only|barely|nearly|almost|(?:a\s+little\s+)?(?:less|more|fewer)\s+than)\s+)?(?:a|an|one|two|three|four|five|six|seven|a few|several|\d+)\s+(?:hours?|days?|weeks?|months?)\s+after\b/i,
  /** Pure numbers (not useful as vocabulary except years). */
  number: /^[\d.,'’-]+$/,
} as const;
