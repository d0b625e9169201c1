/** Cuts an over-long scraped text at a sentence (else word) boundary and says so in a closing note. */
import { TRUNCATE_BOUNDARY_WINDOW } from './constants.ts';

export interface Cut { text: string; cut: boolean; from: number }

/** The first at most `max` characters of `s`, ending at a sentence end when one lies near the cut. */
export function cutAtBoundary(s: string, max: number): Cut {
  if (s.length <= max) return { text: s, cut: false, from: s.length };
  const head = s.slice(0, max);
  const floor = Math.max(0, max - TRUNCATE_BOUNDARY_WINDOW);
  let at = -1;
  const sentence = /[.!?…。！？][\p{Pf}\p{Pe}"']*\s/gu;
  sentence.lastIndex = floor;
  for (let m = sentence.exec(head); m; m = sentence.exec(head)) at = m.index + m[0].length;
  if (at < 0) at = Math.max(head.lastIndexOf(' ', max), head.lastIndexOf('\n', max));
  if (at <= floor) at = max;
  return { text: head.slice(0, at).trimEnd(), cut: true, from: s.length };
}

/** The note closing a cut text. */
export function cutNote(kept: number, total: number): string {
  return `[Text cut: the first ${kept.toLocaleString('en')} of ${total.toLocaleString('en')} characters are kept.]`;
}
