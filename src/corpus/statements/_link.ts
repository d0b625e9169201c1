/** Whether two quotes report the same statement. */
import {
  CROSS_STORY_CONTAINMENT, CROSS_STORY_FRAGMENT_WORDS, CROSS_STORY_JACCARD, MIN_FRAGMENT_WORDS, SAME_SPEAKER_CONTAINMENT, SAME_SPEAKER_JACCARD, UNKNOWN_SPEAKER_JACCARD, UNKNOWN_SPEAKER_MIN_WORDS,
} from './constants.ts';
import { overlapCount } from './_words.ts';

export interface LinkItem {
  id: string;
  speakerId: string | null;
  story: string;
  words: Set<string>;
  plain: string;
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
    return (fragment && small >= 2) || jaccard >= CROSS_STORY_JACCARD || (containment >= CROSS_STORY_CONTAINMENT && small >= 3);
  }
  if (a.speakerId && a.speakerId === b.speakerId) {
    return fragment || jaccard >= SAME_SPEAKER_JACCARD || (containment >= SAME_SPEAKER_CONTAINMENT && small >= 2);
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
