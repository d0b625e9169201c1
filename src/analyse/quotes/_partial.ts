import { MIN_FULL_QUOTE_WORDS } from './constants.ts';

const UTTERANCE_END = /[,.!?…]\s*$/u;

/** Scare quotes and fragments: few words, or a lower-case piece woven into the sentence. */
export function isPartial(text: string, quoted: string, open: number): boolean {
  const words = quoted.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const firstLetter = /[\p{L}\p{N}]/u.exec(quoted)?.[0] ?? '';
  const startsLower = firstLetter !== '' && firstLetter === firstLetter.toLowerCase() && firstLetter !== firstLetter.toUpperCase();
  // a short quote is a whole utterance only when it reads like a sentence: capital start, closing punctuation
  if (words < MIN_FULL_QUOTE_WORDS) return startsLower || !UTTERANCE_END.test(quoted);
  if (!startsLower || /^\s*(?:\.\.\.|…|\(…\)|\[)/u.test(quoted)) return false;
  // lower-case start right after a word (not after ":" or "," or a line start): woven into the sentence
  let i = open - 1;
  while (i >= 0 && text[i] === ' ') i--;
  return i >= 0 && /[\p{L}\p{N}]/u.test(text[i]);
}
