/**
 * Broadcast transcripts open every turn with a speaker label ("[22:00:14] ANNA BERG: ..."). The label
 * says who talks, not what the story is about: repeated at each turn it makes the presenters' names
 * the document's heaviest name terms and pulls the transcript away from the print reports of its event.
 * So a speaker's name counts once: its first label is a mention, later labels are not.
 */
import type { Span } from '../../contract/pipeline.ts';

/** A line-opening turn: an optional time stamp ("[22:00:14]", "22:00"), then a name in capitals and a colon. */
const TURN = /^[ \t]*(?:\[?\d{1,2}:\d\d(?::\d\d)?\]?[ \t]*)?((?:\p{Lu}[\p{Lu}'’.-]*[ \t]+){0,3}\p{Lu}[\p{Lu}'’.-]+)[ \t]*:/gmu;

/** Spans of speaker labels that repeat an earlier label of the same speaker, in text order (none overlap). */
export function repeatedLabelSpans(text: string): Span[] {
  const spans: Span[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(TURN)) {
    const key = m[1]!.replace(/\s+/g, ' ');
    if (seen.has(key)) spans.push({ start: m.index, end: m.index + m[0].length });
    else seen.add(key);
  }
  return spans;
}
