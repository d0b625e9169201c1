/** Timeline rows: events that share a day and a sentence are one row (pure; no DOM). */
import type { Excerpt, TimelineItem } from './_api.ts';
import { PATTERNS } from './patterns.ts';

export interface TimelineRow {
  date: string | null;
  types: string[];
  /** The sentence the event was read from (its fullest evidence), or the summary. */
  text: string;
  participants: { id: string; name: string }[];
  evidence: Excerpt[];
}

const squash = (s: string): string => s.replace(PATTERNS.spaces, ' ').trim();

/**
 * One row per day and sentence. The analysis may read one sentence as two events ("handed over …
 * in a ceremony" is a transfer and a meeting); listing it twice buries the story's order.
 */
export function timelineRows(items: TimelineItem[]): TimelineRow[] {
  const rows = new Map<string, TimelineRow>();
  for (const e of items) {
    const best = [...e.evidence].sort((a, b) => b.span.length - a.span.length)[0];
    const text = squash(best?.span || e.summary);
    const date = e.date?.value ?? null;
    const key = `${date ?? ''}\u0000${text.toLowerCase()}`;
    const row = rows.get(key);
    if (!row) {
      rows.set(key, { date, types: [e.type], text, participants: [...e.participants], evidence: [...e.evidence] });
      continue;
    }
    if (!row.types.includes(e.type)) row.types.push(e.type);
    for (const p of e.participants) if (!row.participants.some((x) => x.id === p.id)) row.participants.push(p);
    for (const x of e.evidence) if (!row.evidence.some((y) => y.documentId === x.documentId && y.start === x.start)) row.evidence.push(x);
  }
  return [...rows.values()];
}
