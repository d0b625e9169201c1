/**
 * One statement split by its own attribution: «A,» she said. «B.» — two consecutive quotes of one
 * speaker in one document, with nothing between them but a single attribution sentence.
 */
import { ADJACENT_MAX_GAP_CHARS } from './constants.ts';

export interface AdjacentQuote {
  start: number;
  end: number;
  text: string;
  partial: boolean;
  /** Who speaks (global id or local speaker text); null never links. */
  speakerKey: string | null;
}

const MARKS = /^[\s"'“”‘’«»„‚‹›]+|[\s"'“”‘’«»„‚‹›]+$/gu;
/** Periods that do not end a sentence: honorifics, titles and initials, and the point inside a time or a figure ("at 7.30am", "2.5 per cent"). */
const ABBREVIATION = /\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Capt|Col|Lt|Sgt|Rep|Sen|Gov|St|Jr|Sr|Adm|Maj|Rev|No)\.|\b\p{Lu}\.|(?<=\d)\.(?=\d)/gu;

/** The gap is `,` + one attribution clause ending the sentence (or nothing after the comma but marks). */
export function isAttributionGap(first: string, gap: string): boolean {
  if (gap.length > ADJACENT_MAX_GAP_CHARS) return false;
  let rest = gap.replace(MARKS, '');
  const comma = /,\s*$/u.test(first.trimEnd()) || rest.startsWith(',');
  if (!comma) return false;
  rest = rest.replace(/^,/, '').replace(MARKS, '').replace(ABBREVIATION, '');
  if (!rest || /\n\s*\S/u.test(rest.replace(/[.!?]\s*$/u, ''))) return false;
  // exactly one clause: no sentence end before the last character
  return !/[.!?;]/u.test(rest.slice(0, -1)) && /[\p{L}]/u.test(rest);
}

/** A quote ending in a comma inside its marks is followed by its own attribution ("«…,» he added"). */
const OWN_ATTRIBUTION = /,[\s"'“”‘’«»„‚‹›]*$/u;

/**
 * The attribution right after a quote's closing marks says its speaker goes on: "he added", "she continued",
 * "the mayor went on", or names the speaker again ("he said", "said Ms Vance"). A few words of subject at most,
 * commas allowed ("the harbour master, Orlaith Pennick, added"), no sentence end before the verb.
 */
const GOES_ON = /^[\s,"'“”‘’«»„‚‹›]*(?:[\p{L}'’,-]+[ \t]+){0,6}?(?:added|adds|continued|continues|went\s+on|goes\s+on|said|says)\b/u;

/**
 * «A,» X said. «B,» he added(, «c.»): one speaker going on with the same utterance across two attributions,
 * the second quote in the next sentence of the same paragraph. A paragraph break, a second clause in the
 * first attribution, or an attribution that does not say the speaker goes on ("she told reporters") parts them.
 */
export function isGoingOn(text: string, a: AdjacentQuote, b: AdjacentQuote, gap: string): boolean {
  if (/\n/u.test(gap) || !isAttributionGap(a.text, gap)) return false;
  // honorifics and initials lose their point so that a point left ends a sentence
  return GOES_ON.test(text.slice(b.end, b.end + ADJACENT_MAX_GAP_CHARS).replace(ABBREVIATION, (p) => p.replace('.', '')));
}

/** «A.» and, as the next paragraph, «B.» with nothing between: one speech running on (the speaker's bare continuation paragraph). */
export function isContinuation(gap: string): boolean {
  return gap.length <= ADJACENT_MAX_GAP_CHARS && /\n/u.test(gap) && gap.replace(MARKS, '') === '';
}

/** The first letter of a quote is lower case: it goes on with a sentence begun before it. */
const OPENS_LOWER = /^[\s"'“”‘’«»„‚‹›(….]*\p{Ll}/u;

/**
 * «B,» she added, «c…»: one sentence cut by its attribution, the second piece opening in lower case. The
 * piece after the cut is no fragment woven into the reporter's sentence, however short it is.
 */
export function isSplitSentence(text: string, a: AdjacentQuote, b: AdjacentQuote): boolean {
  if (!a.speakerKey || a.speakerKey !== b.speakerKey || b.start < a.end) return false;
  const gap = text.slice(a.end, b.start);
  return OPENS_LOWER.test(b.text) && /,[\s"'“”‘’«»„‚‹›]*$/u.test(gap) && isAttributionGap(a.text, gap);
}

/** A sentence end inside a gap: a point, ! or ? and then a space or a mark. */
const SENTENCE_END = /[.!?][\s"'“”‘’«»„‚‹›]/u;

/**
 * X called the claims «wholly wrong» and said she left «for other reasons»: one reporter's sentence that weaves
 * fragments of one speaker's words is one utterance reported, whatever its verbs. Only within the sentence:
 * no sentence end, no line break between the two quotes.
 */
export function isSameSentence(text: string, a: AdjacentQuote, b: AdjacentQuote): boolean {
  if (!a.partial && !b.partial) return false;
  const gap = text.slice(a.end, b.start);
  if (gap.length > ADJACENT_MAX_GAP_CHARS || /\n/u.test(gap) || /[.!?][\s"'“”‘’«»„‚‹›]*$/u.test(a.text)) return false;
  return !SENTENCE_END.test(`${gap.replace(ABBREVIATION, '')} `);
}

/** Index pairs (into `quotes`) of quotes next to each other in the text, in text order, that `together` keeps. */
function consecutivePairs(quotes: AdjacentQuote[], together: (a: AdjacentQuote, b: AdjacentQuote) => boolean): [number, number][] {
  const order = quotes.map((_, i) => i).sort((a, b) => quotes[a].start - quotes[b].start);
  const out: [number, number][] = [];
  for (let k = 0; k + 1 < order.length; k++) if (together(quotes[order[k]], quotes[order[k + 1]])) out.push([order[k], order[k + 1]]);
  return out;
}

/** A short attribution that says the speaker goes on, then a colon: "She added:", "Ms Vance went on:". */
const GOES_ON_COLON = /^(?:[\p{L}'’-]+[ \t]+){0,3}?(?:added|continued|went\s+on)[ \t]*:$/u;

/**
 * X said it «a fragment». She added: «B.» / … «a fragment». «B,» he added.: a reporter's sentence that ends on a
 * fragment of the speaker's words, and the next sentence of the paragraph going on in a whole quote of theirs that
 * the reporter says is added, is one utterance reported. "Added", "continued", "went on" say the speaker goes on;
 * a bare "she said" after the whole quote does not (a second remark), and nothing else may stand between the two.
 */
export function isFragmentThenLine(text: string, a: AdjacentQuote, b: AdjacentQuote): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap.length > ADJACENT_MAX_GAP_CHARS || /\n/u.test(gap)) return false;
  const rest = gap.replace(ABBREVIATION, (p) => p.replace('.', ''));
  // the fragment's sentence ends in the gap, once, right after the fragment's closing marks or a short tail
  const end = /[.!?][\s"'“”‘’«»„‚‹›]*/u.exec(rest);
  if (!end || /[.!?;:]/u.test(rest.slice(0, end.index)) || end.index > 40) return false;
  const after = rest.slice(end.index + end[0].length).replace(MARKS, '').trim();
  if (after) return GOES_ON_COLON.test(after);
  return OWN_ATTRIBUTION.test(b.text) && ADDED_AFTER.test(text.slice(b.end, b.end + ADJACENT_MAX_GAP_CHARS).replace(ABBREVIATION, (p) => p.replace('.', '')));
}

/** The attribution after a quote says the speaker goes on, not merely that they spoke: "she added", "he went on". */
const ADDED_AFTER = /^[\s,"'“”‘’«»„‚‹›]*(?:[\p{L}'’,-]+[ \t]+){0,6}?(?:added|adds|continued|continues|went\s+on|goes\s+on)\b/u;

/** Whether consecutive quotes a, b (a first) are one statement. */
function oneStatement(text: string, a: AdjacentQuote, b: AdjacentQuote): boolean {
  if (!a.partial && isSplitSentence(text, a, b)) return true;
  if (!a.speakerKey || a.speakerKey !== b.speakerKey || a.partial || b.partial || b.start < a.end) return false;
  const gap = text.slice(a.end, b.start);
  // «A,» said X. «B,» he added.: B carries its own attribution; it is the same utterance only when that
  // attribution says the speaker goes on, in the very next sentence of the paragraph
  if (OWN_ATTRIBUTION.test(b.text)) return isGoingOn(text, a, b, gap);
  return isAttributionGap(a.text, gap) || isContinuation(gap);
}

/** Index pairs (into `quotes`) of consecutive quotes that are one statement. Never throws. */
export function adjacentPairs(text: unknown, quotes: AdjacentQuote[]): [number, number][] {
  if (typeof text !== 'string' || quotes.length < 2) return [];
  return consecutivePairs(quotes, (a, b) => oneStatement(text, a, b));
}

/**
 * Index pairs of consecutive quotes of one speaker woven into one reporter's sentence, one of them a fragment
 * (isSameSentence), or a fragment ending one sentence and the speaker going on in the next (isFragmentThenLine). Weaker than adjacentPairs: the caller joins them only where nothing else tells them apart.
 */
export function sameSentencePairs(text: unknown, quotes: AdjacentQuote[]): [number, number][] {
  if (typeof text !== 'string' || quotes.length < 2) return [];
  return consecutivePairs(quotes, (a, b) => !!a.speakerKey && a.speakerKey === b.speakerKey && b.start >= a.end
    && (isSameSentence(text, a, b) || (a.partial && !b.partial && isFragmentThenLine(text, a, b))));
}
