/**
 * Document dates on public data, through clean → analyse:
 * - withheld: the labelled date is not given; how often is the date recovered from the text
 *   (timestamps, datelines, in-text dates), and how often is a recovered date right?
 * - given: the labelled date is given as metadata; how often does the page-date check keep it,
 *   and how many `date` flags does it raise on pages whose date is (by the label) right?
 */
import type { RawArticle } from '../src/contract/pipeline.ts';
import { cleanArticle } from '../src/clean/index.ts';
import { splitSentences } from '../src/analyse/sentences/index.ts';
import { resolveDates } from '../src/analyse/dates/index.ts';
import type { PublicDoc } from './_timeline-public.ts';

export interface DocDateScores {
  docs: number;
  /** Withheld: a date was recovered / it is the labelled day / within a day of it / right year. */
  recovered: number; rightDay: number; nearDay: number; rightYear: number;
  /** Given: the labelled day kept, and `date` flags raised. */
  kept: number; flagged: number;
  misses: string[];
}

/** A day either side: time zones and late-evening posts move the labelled day. */
const NEAR_DAYS = 1;
const DAY_MS = 86_400_000;

function raw(d: PublicDoc, given: boolean): RawArticle {
  return { id: `${d.id}${given ? ':given' : ''}`, source: d.id, format: 'text', content: `${d.title}\n\n${d.body}`,
    hints: given ? { publishedAt: d.date } : {} };
}

function analyse(d: PublicDoc, given: boolean): { day: string | null; flags: string[]; how: string } {
  const doc = cleanArticle(raw(d, given));
  // Only the passes a document date needs: sentences, then dates (the full analysis is ~10x slower).
  const a = resolveDates(doc, splitSentences(doc.text));
  return { day: a.publishedAt?.slice(0, 10) ?? null, flags: a.flags.filter((f) => f.kind === 'date').map((f) => f.message),
    how: `${a.dateProvenance.method}${a.dateProvenance.raw ? ` "${a.dateProvenance.raw.slice(0, 40)}"` : ''}` };
}

const days = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS;

export function scoreDocDates(docs: PublicDoc[]): DocDateScores {
  const s: DocDateScores = { docs: docs.length, recovered: 0, rightDay: 0, nearDay: 0, rightYear: 0, kept: 0, flagged: 0, misses: [] };
  for (const d of docs) {
    const w = analyse(d, false);
    if (w.day) {
      s.recovered++;
      if (w.day === d.date) s.rightDay++;
      if (days(w.day, d.date) <= NEAR_DAYS) s.nearDay++;
      if (w.day.slice(0, 4) === d.date.slice(0, 4)) s.rightYear++;
      if (days(w.day, d.date) > NEAR_DAYS) s.misses.push(`withheld ${d.id}: ${w.day} ≠ ${d.date} (${w.how})`);
    }
    const g = analyse(d, true);
    if (g.day === d.date) s.kept++;
    else s.misses.push(`given ${d.id}: ${g.day} ≠ ${d.date} (${g.how})`);
    if (g.flags.length) {
      s.flagged++;
      s.misses.push(`flag ${d.id}: ${g.flags[0]!.slice(0, 160)}`);
    }
  }
  return s;
}
