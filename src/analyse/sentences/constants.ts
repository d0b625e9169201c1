/** Language passed to sentencex: the cleaned corpus is English news. */
export const SENTENCE_LANGUAGE = 'en';
/** Paragraphs longer than this are cut at line/space boundaries first so one hostile blob cannot stall the native splitter. */
export const MAX_PARAGRAPH_CHARS = 20_000;
