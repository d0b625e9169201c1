import type { Span } from '../../contract/pipeline.ts';

/** Sentence spans over the text. PLACEHOLDER until issue 4 lands. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^.!?\n]+[.!?]*/g;
  for (const m of text.matchAll(re)) if (m[0].trim()) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return out;
}
