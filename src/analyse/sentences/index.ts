/**
 * sentences: sentence spans over a cleaned document, the unit every later pass works in.
 * sentencex (Wikimedia's rule-based splitter) runs per paragraph: it keeps `"…," she said` whole
 * and does not split after abbreviations such as "Mr." or "Sept.".
 */
import type { Span } from '../../contract/pipeline.ts';
import { SENTENCE_LANGUAGE } from './constants.ts';
import { paragraphSpans, trimSpan } from './_paragraphs.ts';
import { sentencePieces } from './_sentencex.ts';
import { MAY_END } from './patterns.ts';

/**
 * sentencex takes "May." for an abbreviation and runs "He resigned in May. Grisby is standing ..." into one sentence.
 * The month's name is never shortened: "May." before a capital ends a sentence, unless it sits inside a quotation
 * still open there ("We finish in May. Then we rest," he said: sentencex keeps a quote whole).
 */
function splitAfterMay(part: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of part.matchAll(MAY_END)) {
    const cut = m.index! + m[0].length;
    const before = part.slice(from, cut);
    const straight = (before.match(/"/g) ?? []).length;
    const open = (before.match(/[“«„]/g) ?? []).length, close = (before.match(/[”»]/g) ?? []).length;
    if (straight % 2 || open > close) continue;
    out.push(before);
    from = cut;
  }
  out.push(part.slice(from));
  return out.map((p) => p.trim()).filter(Boolean);
}

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
    parts = parts.flatMap(splitAfterMay);
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
