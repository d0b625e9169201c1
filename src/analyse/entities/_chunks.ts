/** Cut the text into short pieces on sentence and line boundaries, each at most MAX_CHUNK_CHARS. */
import type { Span } from '../../contract/pipeline.ts';
import { MAX_CHUNK_CHARS } from './constants.ts';

function cap(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  while (end - s > MAX_CHUNK_CHARS) {
    // cut at the last space before the cap, never inside a word
    let cut = text.lastIndexOf(' ', s + MAX_CHUNK_CHARS);
    if (cut <= s) cut = s + MAX_CHUNK_CHARS;
    out.push({ start: s, end: cut });
    s = cut;
  }
  if (end > s) out.push({ start: s, end });
}

/** Line-bounded, length-capped pieces covering the text; sentence spans refine them when sane. */
export function chunkText(text: string, sentences: Span[]): Span[] {
  const bounds = new Set<number>();
  for (const s of sentences) {
    if (Number.isInteger(s.start) && s.start > 0 && s.start < text.length) bounds.add(s.start);
  }
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) bounds.add(i + 1);
  const cuts = [0, ...[...bounds].sort((a, b) => a - b), text.length];
  const out: Span[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) if (cuts[i + 1] > cuts[i]) cap(text, cuts[i], cuts[i + 1], out);
  return out;
}
