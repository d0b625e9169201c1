/** Regexes for reader flags, built once. */

/**
 * A name another outlet's reporting is relayed through: "according to Reuters", "as quoted by TNA",
 * "told Crossline", "to the correspondent of KTA". Group 1: the name.
 */
export const RELAY = /\b(?:according to|as (?:quoted|reported) by|citing|reported by|quoted by|told|(?:correspondent|reporter)s? of)\s+(?:the\s+)?((?:[A-Z][\p{L}&'-]*\s?){1,5})/gu;
/** An agency credited between slashes in a dateline: "YSEN, 20 March. /KTA/.". Group 1: the agency. */
export const DATELINE_CREDIT = /\/\s*([A-Z]{2,6})\s*\//g;
/** An acronym spelled out: "Kaldori Telegraph Agency (KTA)". Group 1: the name, group 2: the acronym. */
export const ACRONYM_EXPANSION = /((?:[A-Z][\p{L}'-]+\s+){1,6})\(([A-Z]{2,6})\)/gu;
