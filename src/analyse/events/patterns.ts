/**
 * Trigger lexicon: event type → regex over a sentence. Order matters only for ties in summaries;
 * a sentence may carry several types ("met ... and signed an accord").
 */
export const EVENT_TRIGGERS: ReadonlyArray<readonly [string, RegExp]> = [
  ['meeting', /\b(met|meets?|meeting|talks|summit|held (?:talks|discussions)|sat down with|negotiations|ceremony|laid a wreath|unveiled|was marked)\b/i],
  ['visit', /\b(visit(?:s|ed|ing)?|arrived|arrival in|trip to|tour(?:ed)? of|landed in|travell?ed to)\b/i],
  ['signing', /\b(sign(?:s|ed|ing)?|put their names|inked|put (?:the|their) signatures)\b(?! off)/i],
  ['toast', /\b(toast(?:s|ed)?|raised (?:a|the|their|his|her) glass(?:es)?)\b/i],
  ['launch', /\b(launch(?:es|ed|ing)?|test-fired|slid down the slipway|lift-?off)\b/i],
  ['deployment', /\b(deploy(?:s|ed|ing|ment)?|stationed|dispatched troops|sent troops|sailed (?:at|from|for|on)|(?:begin|began|begins|start|started|starts) (?:its |their |the )?(?:first )?patrols?|patrols? (?:would|will) (?:start|begin)|left [A-Z][\p{L}-]+ (?:on \p{L}+ )?for)\b/iu],
  ['transfer', /\b(handed (?:[\w-]+ ){0,4}over|handover|hand-over|transfer(?:red)?|released|release of|freed|repatriat(?:ed|ion)|prisoner exchange|deliver(?:ed|y)|docked|berthed)\b/i],
  ['attack', /\b(attack(?:s|ed)?|air ?strikes?|shell(?:ed|ing)|bomb(?:ed|ing)|explosions?|killed|ambush(?:ed)?)\b/i],
  ['message', /\b(congratulat(?:ed|ion|ions|ory)|(?:anniversary |congratulatory )?message|letter to|greetings to|telegram|condolences)\b/i],
  ['statement', /\b(joint statement|issued a statement|in a statement|communiqu[eé]|press conference|told (?:reporters|journalists|a crowd)|said (?:on|at) (?:the|a|\w+day)|rejected|(?:in )?a (?:short )?address)\b/i],
  ['appointment', /\b(became (?:prime minister|president|minister)|was appointed|appointed as|named as|sworn in)\b/i],
  ['vote', /\b(voted|vote on|ratif(?:ied|ication vote)|referendum)\b/i],
  ['detention', /\b(arrested|(?:was|were|been) (?:detained|seized|arrested)|sentenced|charged with)\b/i],
];

/** A place mention introduced by a locative preposition is the event's place. */
export const PLACE_PREPOSITION = /\b(in|at|to|near|outside|inside)\s+(the\s+)?$/i;

/** Sentences that only talk about an event in general, not one that happened. */
/** Case-sensitive on purpose: "may" the verb, not "May" the month. */
export const GENERIC = /\b(could|might|may|would like to|hopes? to|wants? to)\b/;

/** Sentences that look back ("had detained", "last year"): their undated events are not the news peg's. */
export const LOOKS_BACK = /\b(had|last year|a year ago|years ago|since|previously|earlier|within a day)\b/i;

/** "three days after the signing": count, unit, direction and what follows (up to a clause break). */
export const OFFSET_PHRASE = /^[^,;]*?\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(days?|weeks?)\s+(after|before)\s+([^,;]*)/i;
export const OFFSET_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
/** Days per unit of an offset (months and years are too coarse to date a day from). */
export const OFFSET_UNITS: Record<string, number> = { day: 1, week: 7 };
/** The news framed against an earlier event: "The row comes a day after ...", "The move came two weeks after ...". */
export const NEWS_OFFSET = /\b(?:comes?|came|follows?|followed)\s+(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(days?|weeks?)\s+(after|before)\b[^,;]*$/i;
