/** Rendering limits for the Markdown and HTML dossiers. */

/** Longest cited span shown inline; longer spans are cut with an ellipsis so one runaway span cannot swamp the page. */
export const MAX_SPAN_CHARS = 600;

/** Longest title/name/message shown; scraped titles occasionally hold a whole paragraph. */
export const MAX_LABEL_CHARS = 300;

/** Citations listed per item before summarising the rest as "and N more"; keeps claims with many copies readable. */
export const MAX_CITES_PER_ITEM = 12;

/** Aliases listed per entity before "and N more". */
export const MAX_ALIASES = 20;

/** Mentions linked per entity in the HTML view (the rest are counted). */
export const MAX_MENTION_LINKS = 8;

/** Stories listed in the terminal summary; the rest are in the dossier files. */
export const SUMMARY_TOP_STORIES = 5;

/** Longest title printed in the terminal summary, so one line stays one line on an 80-column terminal. */
export const SUMMARY_TITLE_CHARS = 70;
