/** Paragraph separators: any line break run (blank-line paragraphs and single-line headings alike). */
export const PARAGRAPH_BREAK = /\n+/g;
/** Leading/trailing whitespace of a span. */
export const LEADING_SPACE = /^\s+/;
export const TRAILING_SPACE = /\s+$/;
/** "May." (the month, never abbreviated) before a space and a capital or an opening quote: a sentence end sentencex misses. */
export const MAY_END = /\bMay\.(?=\s+[\p{Lu}"“‘'])/gu;
