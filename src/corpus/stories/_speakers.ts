/**
 * Broadcast transcripts open every turn with a speaker label ("[22:00:14] ANNA BERG: ..."). The label
 * says who talks, not what the story is about: repeated at each turn it makes the presenters' names
 * the document's heaviest name terms and pulls the transcript away from the print reports of its event.
 * So a speaker's name counts once: its first label is a mention, later labels are not.
 */

/** A line-opening turn: an optional time stamp ("[22:00:14]", "22:00"), then a name in capitals and a colon. */
const TURN = /^[ \t]*(?:\[?\d{1,2}:\d\d(?::\d\d)?\]?[ \t]*)?((?:\p{Lu}[\p{Lu}'’.-]*[ \t]+){0,3}\p{Lu}[\p{Lu}'’.-]+)[ \t]*:/gmu;

/** Character spans [start, end) of speaker labels that repeat an earlier label of the same speaker. */
export function repeatedLabelSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(TURN)) {
    const key = m[1]!.replace(/\s+/g, ' ');
    if (seen.has(key)) spans.push([m.index, m.index + m[0].length]);
    else seen.add(key);
  }
  return spans;
}

/** True when `offset` lies inside one of the spans. */
export function inSpans(offset: number, spans: [number, number][]): boolean {
  for (const [s, e] of spans) if (offset >= s && offset < e) return true;
  return false;
}
