/** Paragraph separators: any line break run (blank-line paragraphs and single-line headings alike). */
export const PARAGRAPH_BREAK = /\n+/g;
/** Leading/trailing whitespace of a span. */
export const LEADING_SPACE = /^\s+/;
export const TRAILING_SPACE = /\s+$/;
