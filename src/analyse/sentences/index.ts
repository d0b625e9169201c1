/**
 * sentences: sentence spans over a cleaned document, the unit every later pass works in.
 * sentencex (Wikimedia's rule-based splitter) runs per paragraph: it keeps `"…," she said` whole
 * and does not split after abbreviations such as "Mr." or "Sept.".
 */
import type { Span } from '../../contract/pipeline.ts';
import { SENTENCE_LANGUAGE } from './constants.ts';
import { paragraphSpans, trimSpan } from './_paragraphs.ts';
import { sentencePieces } from './_sentencex.ts';

/** Sentence spans over the text, in order, trimmed of surrounding whitespace. Never throws. */
export function splitSentences(text: string): Span[] {
  if (typeof text !== 'string' || !text) return [];
  const out: Span[] = [];
  for (const p of paragraphSpans(text)) {
    const para = text.slice(p.start, p.end);
    let parts: string[];
    try {
      parts = sentencePieces(SENTENCE_LANGUAGE, para);
    } catch {
      parts = [para];
    }
    // sentencex reports code-point offsets; re-locate each piece to get UTF-16 offsets.
    let cursor = 0;
    for (const part of parts) {
      const at = para.indexOf(part, cursor);
      if (at < 0 || !part) continue;
      const t = trimSpan(text, p.start + at, p.start + at + part.length);
      if (t) out.push(t);
      cursor = at + part.length;
    }
    if (parts.length === 0) out.push(p);
  }
  return out;
}

/** Paragraph spans (split on line breaks, trimmed): the unit quotes and attributions live in. */
export { paragraphSpans } from './_paragraphs.ts';
