import type { Span } from '../../contract/pipeline.ts';
import { MAX_PARAGRAPH_CHARS } from './constants.ts';
import { LEADING_SPACE, PARAGRAPH_BREAK, TRAILING_SPACE } from './patterns.ts';

/** Trim whitespace off both ends of a span over `text`; null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): Span | null {
  const s = text.slice(start, end);
  const lead = LEADING_SPACE.exec(s)?.[0].length ?? 0;
  const trail = TRAILING_SPACE.exec(s)?.[0].length ?? 0;
  if (lead + trail >= s.length) return null;
  return { start: start + lead, end: end - trail };
}

/** Non-empty paragraph spans (split on line breaks), long ones cut into bounded chunks. */
export function paragraphSpans(text: string): Span[] {
  const out: Span[] = [];
  let last = 0;
  const push = (a: number, b: number): void => {
    for (let s = a; s < b;) {
      let e = Math.min(b, s + MAX_PARAGRAPH_CHARS);
      if (e < b) {
        const sp = text.lastIndexOf(' ', e);
        if (sp > s) e = sp;
      }
      const t = trimSpan(text, s, e);
      if (t) out.push(t);
      s = e;
    }
  };
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    const i = m.index ?? 0;
    push(last, i);
    last = i + m[0].length;
  }
  push(last, text.length);
  return out;
}
