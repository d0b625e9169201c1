/**
 * claims: sentences worth checking — quantities, events, attributions, who did what — with the
 * numbers, entities and key terms used to align them across documents.
 */
import type { ClaimMention, Span } from '../../contract/pipeline.ts';
import type { AnalysisContext } from '../context.ts';
import { MAX_CLAIM_CHARS, MAX_KEY_TERMS, MIN_CLAIM_WORDS, MIN_TERM_CHARS } from './constants.ts';
import { ATTRIBUTION, STOPWORDS } from './patterns.ts';
import { findNumbers } from './_numbers.ts';

export { findNumbers, singular } from './_numbers.ts';

/** Lower-cased, lightly stemmed content words. */
export function keyTerms(sentence: string): string[] {
  const out = new Set<string>();
  for (const w of sentence.toLowerCase().match(/[\p{L}][\p{L}'-]*/gu) ?? []) {
    if (w.length < MIN_TERM_CHARS || STOPWORDS.has(w)) continue;
    out.add(w.replace(/'s$/, '').replace(/(ing|ed|es|s)$/, (x) => (w.length > x.length + 3 ? '' : x)));
    if (out.size >= MAX_KEY_TERMS) break;
  }
  return [...out].sort();
}

const inside = (s: Span, x: Span): boolean => x.start >= s.start && x.end <= s.end;

/** Checkable claims, one per sentence at most. Never throws. */
export function findClaims(ctx: AnalysisContext): ClaimMention[] {
  try {
    const text = ctx.doc.text ?? '';
    const dateSpans = ctx.dates;
    const eventSpans = (ctx.events ?? []).flatMap((e) => e.evidence);
    const out: ClaimMention[] = [];
    for (const s of ctx.sentences) {
      const sentence = text.slice(s.start, s.end);
      if (sentence.length > MAX_CLAIM_CHARS || sentence.trim().endsWith('?')) continue;
      if (sentence.split(/\s+/).length < MIN_CLAIM_WORDS) continue;
      const numbers = findNumbers(text, s, dateSpans);
      const entities = [...new Set(ctx.mentions.filter((m) => inside(s, m)).map((m) => m.entity))].sort((a, b) => a - b);
      const hasEvent = eventSpans.some((e) => e.start === s.start);
      const hasQuote = ctx.quotes.some((q) => q.start < s.end && s.start < q.end);
      const kind = numbers.length ? 'number' : hasEvent ? 'event'
        : hasQuote || ATTRIBUTION.test(sentence) ? 'attribution' : entities.length >= 2 ? 'description' : null;
      if (!kind) continue;
      out.push({ start: s.start, end: s.end, text: sentence, kind, numbers, entities, keyTerms: keyTerms(sentence) });
    }
    return out;
  } catch {
    return [];
  }
}
