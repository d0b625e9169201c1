import {
  AFFILIATED_FRAGMENT_WORDS, CONTAINED_WHOLE_MIN_SHARED, CROSS_STORY_CONTAINMENT, EDGE_RUN_CONTENT_WORDS, EDGE_RUN_WORDS, CROSS_STORY_FRAGMENT_WORDS, CROSS_STORY_JACCARD, MIN_FRAGMENT_WORDS, SAME_SPEAKER_CONTAINMENT, SAME_SPEAKER_JACCARD, SAME_SPEAKER_REWORDING_JACCARD, UNKNOWN_SPEAKER_JACCARD, UNKNOWN_SPEAKER_MIN_WORDS,
} from './constants.ts';
import { contentWords, overlapCount } from './_words.ts';

export interface LinkItem {
  id: string;
  speakerId: string | null;
  story: string;
  words: Set<string>;
  plain: string;
  /** The plain wording of the whole quote, every passage of a stitched one ("A (…) B") included. */
  whole: string;
  partial: boolean;
}

/** Numbers a wording states ("27 times", "2016"): two wordings that both state numbers must share one. */
function numbers(plainText: string): Set<string> {
  return new Set(plainText.match(/\b\d+\b/g) ?? []);
}

function numbersDisagree(a: LinkItem, b: LinkItem): boolean {
  const na = numbers(a.plain), nb = numbers(b.plain);
  if (!na.size || !nb.size) return false;
  for (const n of na) if (nb.has(n)) return false;
  return true;
}

/** Content words of a run of plain words (the linking words' own folding). */
const runWords = (run: string[]): number => contentWords(run.join(' ')).size;

/**
 * Two wordings of one speaker that open alike or close alike, word for word, over a run of words with content words
 * enough ("You could feel the whole wing shaking. Then …" / "You could feel the whole wing shaking, and then …";
 * "… builders would have had one supplier to call." / "would have been left with one supplier to call."): one line
 * that outlets cut or go on with differently, however little else they share. A run shared in the middle of both
 * is not enough: a speaker repeats a phrase of theirs in two statements.
 */
export function sameEdge(a: string, b: string): boolean {
  const x = a.split(' '), y = b.split(' ');
  let head = 0, tail = 0;
  while (head < x.length && head < y.length && x[head] === y[head]) head++;
  while (tail < x.length && tail < y.length && x[x.length - 1 - tail] === y[y.length - 1 - tail]) tail++;
  return (head >= EDGE_RUN_WORDS && runWords(x.slice(0, head)) >= EDGE_RUN_CONTENT_WORDS)
    || (tail >= EDGE_RUN_WORDS && runWords(x.slice(x.length - tail)) >= EDGE_RUN_CONTENT_WORDS);
}

/** Content words of the longest run of words two plain wordings share in a row. */
export function longestSharedRunWords(a: string, b: string): number {
  const x = a.split(' '), y = b.split(' ');
  let best = 0, at = 0;
  let prev = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const row = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) if (x[i - 1] === y[j - 1]) {
      row[j] = prev[j - 1]! + 1;
      if (row[j]! > best) { best = row[j]!; at = i; }
    }
    prev = row;
  }
  return best ? runWords(x.slice(at - best, at)) : 0;
}

/**
 * One speaker's line restated in other words (a broadcast answer against the line an outlet printed: "We are not
 * buying X to close it" / "We did not come to shut plants") keeps its words scattered over the line; two lines
 * that share one phrase and nothing else ("… a whole week without power …") are two statements reusing it.
 */
function scatteredRewording(a: LinkItem, b: LinkItem, shared: number, jaccard: number): boolean {
  return jaccard >= SAME_SPEAKER_REWORDING_JACCARD && longestSharedRunWords(a.plain, b.plain) < shared;
}

/** Whether two quotes report the same statement. */
export function sameStatement(a: LinkItem, b: LinkItem): boolean {
  if (a.speakerId && b.speakerId && a.speakerId !== b.speakerId) return false;
  if (numbersDisagree(a, b)) return false; // "boarded 27 times" and "boarded 12 times" are two statements
  const shared = overlapCount(a.words, b.words);
  if (!shared) return false;
  const small = Math.min(a.words.size, b.words.size);
  const jaccard = shared / (a.words.size + b.words.size - shared);
  const containment = shared / small;
  // a fragment whose exact wording sits inside the other quote
  const fragment = small >= MIN_FRAGMENT_WORDS && (a.plain.length <= b.plain.length ? b.plain.includes(a.plain) : a.plain.includes(b.plain));
  if (a.story !== b.story) {
    // story grouping can split one event: across stories only the same known speaker with close wording
    if (!a.speakerId || a.speakerId !== b.speakerId) return small >= UNKNOWN_SPEAKER_MIN_WORDS && a.plain === b.plain;
    return (fragment && small >= 2) || jaccard >= CROSS_STORY_JACCARD || (containment >= CROSS_STORY_CONTAINMENT && small >= 3) || sameEdge(a.plain, b.plain);
  }
  if (a.speakerId && a.speakerId === b.speakerId) {
    // two shared words carry a fragment into the quote it was cut from; a whole sentence needs more: one speaker's two
    // lines on one subject share its words ("We lost a substation …" and a long answer about the substation and the grid)
    const shorter = a.words.size <= b.words.size ? a : b;
    const contained = containment >= SAME_SPEAKER_CONTAINMENT && small >= 2 && (shared >= CONTAINED_WHOLE_MIN_SHARED || shorter.partial);
    return fragment || jaccard >= SAME_SPEAKER_JACCARD || contained || sameEdge(a.plain, b.plain) || scatteredRewording(a, b, shared, jaccard);
  }
  // one or both speakers unknown: only near-identical wording, or a multi-word fragment verbatim inside
  if (fragment && small >= 2) return true;
  return small >= UNKNOWN_SPEAKER_MIN_WORDS && jaccard >= UNKNOWN_SPEAKER_JACCARD;
}

/**
 * A fragment a piece of another story quotes without saying who spoke ("the blog recalls «a whole night without
 * water»"), word for word inside a known speaker's quote, with words enough not to be a stock phrase. sameStatement
 * never links these across stories; the caller links one only to the single statement it fits.
 */
export function echoesFragment(frag: LinkItem, whole: LinkItem): boolean {
  if (frag.speakerId || !whole.speakerId || frag.story === whole.story || frag.words.size < CROSS_STORY_FRAGMENT_WORDS) return false;
  return frag.plain.length < whole.plain.length && whole.plain.includes(frag.plain);
}

/**
 * One story credits a line to an organisation, another outlet to the person who gave it for the organisation
 * (spokespeople: "Skerra Air said … «will always come first»" / «The safety of our passengers and crew will always
 * come first, …» the airline's spokeswoman said). A fragment of one, word for word inside the other's quote (any
 * passage of it), with words enough not to be a stock phrase, is that line. The caller links one only to the single
 * statement it fits.
 */
export function spokenFor(frag: LinkItem, whole: LinkItem, speaksFor: (a: string, b: string) => boolean): boolean {
  if (!frag.speakerId || !whole.speakerId || frag.speakerId === whole.speakerId || frag.story !== whole.story) return false;
  if (frag.words.size < AFFILIATED_FRAGMENT_WORDS || frag.plain.length >= whole.whole.length || !speaksFor(frag.speakerId, whole.speakerId)) return false;
  return whole.whole.includes(frag.plain);
}
