/**
 * Trigger lexicon: event type → regex over a sentence. Order matters only for ties in summaries;
 * a sentence may carry several types ("met ... and signed an accord").
 */
export const EVENT_TRIGGERS: ReadonlyArray<readonly [string, RegExp]> = [
  ['meeting', /\b(met|meets?|meeting|talks|summit|held (?:talks|discussions)|sat down with|negotiations)\b/i],
  ['visit', /\b(visit(?:s|ed|ing)?|arrived in|arrival in|trip to|tour(?:ed)? of|landed in|travel(?:led|ed) to)\b/i],
  ['signing', /\b(sign(?:s|ed|ing)|agreements?|accords?|treaty|treaties|memorandum|pact|deal)\b/i],
  ['toast', /\b(toast(?:s|ed)?|raised (?:a|their|his|her) glass(?:es)?)\b/i],
  ['launch', /\b(launch(?:es|ed|ing)?|test-fired|fired (?:a|two|three|several)\b|missile test|lift-?off)\b/i],
  ['deployment', /\b(deploy(?:s|ed|ing|ment)?|stationed|dispatched troops|sent troops)\b/i],
  ['transfer', /\b(deliver(?:ed|y|ies)|shipments?|shipped|transferr?(?:ed|ing)?|handed over|supplied|repatriat(?:ed|ion)|prisoner exchange|exchanged prisoners)\b/i],
  ['attack', /\b(attack(?:s|ed)?|air ?strikes?|struck|shell(?:ed|ing)|bomb(?:ed|ing)|explosions?|killed|ambush(?:ed)?)\b/i],
  ['message', /\b(congratulat(?:ed|ion|ions|ory)|message to|letter to|greetings to|telegram|sent (?:a )?message|condolences)\b/i],
  ['statement', /\b(issued a statement|in a statement|announced|declared|press conference|communiqu[eé]|told reporters)\b/i],
  ['election', /\b(elect(?:ed|ion)|vote[ds]?|referendum|sworn in|inaugurat(?:ed|ion))\b/i],
  ['arrest', /\b(arrest(?:ed|s)?|detain(?:ed)?|charged with|sentenced)\b/i],
];

/** A place mention introduced by a locative preposition is the event's place. */
export const PLACE_PREPOSITION = /\b(in|at|to|near|outside|inside)\s+(the\s+)?$/i;

/** Sentences that only talk about an event in general, not one that happened. */
/** Case-sensitive on purpose: "may" the verb, not "May" the month. */
export const GENERIC = /\b(could|might|may|would like to|hopes? to|wants? to)\b/;
