/**
 * Relative and yearless dates on public articles: each labelled expression
 * (`eval/_timeline-public-dates.json`) resolved against the document's labelled date, through the
 * dates stage only (sentences, then dates), and compared with the careful reader's value.
 */
import { readFileSync } from 'node:fs';
import type { CleanDocument } from '../src/contract/pipeline.ts';
import { splitSentences } from '../src/analyse/sentences/index.ts';
import { resolveDates } from '../src/analyse/dates/index.ts';
import type { PublicDoc, PublicSplit } from './_timeline-public.ts';

interface Label { doc: string; start: number; end: number; text: string; value: string | null }

export const PUBLIC_DATES_PATH = new URL('./_timeline-public-dates.json', import.meta.url).pathname;

export interface RelDateScores {
  /** Labelled dates, resolved to the labelled value, and found at all. */
  total: number; right: number; found: number;
  /** Expressions labelled "not a date", and how many the system dated anyway. */
  nonDates: number; falseDates: number;
  /** Labels whose document or text was not found (the loader changed): never scored. */
  unlocated: number;
  /** Right / total per kind of expression. */
  byKind: Record<string, [number, number]>;
  misses: string[];
}

/** Kinds of expression, for the breakdown. */
function kind(text: string): string {
  if (/\d/.test(text) && /[a-z]{3}/i.test(text)) return 'month-day';
  if (/(mon|tues|wednes|thurs|fri|satur|sun)day/i.test(text)) return 'weekday';
  if (/yesterday|today|tonight|tomorrow|night|morning|afternoon|evening/i.test(text)) return 'day word';
  if (/ago|last|this|next|past|coming/i.test(text)) return 'relative period';
  return 'month';
}

function asClean(d: PublicDoc): CleanDocument {
  return {
    id: d.id, source: d.id, title: d.title, outlet: null, byline: null, publishedAt: d.date,
    dateProvenance: { method: 'input', raw: d.date, inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text: d.body,
  };
}

/** The label at its offsets, or at the nearest occurrence of its text when the body shifted. */
function relocate(body: string, l: Label): Label | null {
  // Labels keep the text with whitespace folded to one space (a no-break space in "Nov. 28" too).
  if (body.slice(l.start, l.end).replace(/\s+/g, ' ') === l.text) return l;
  let best = -1;
  for (let i = body.indexOf(l.text); i >= 0; i = body.indexOf(l.text, i + 1)) {
    if (best < 0 || Math.abs(i - l.start) < Math.abs(best - l.start)) best = i;
  }
  return best < 0 ? null : { ...l, start: best, end: best + l.text.length };
}

export function loadDateLabels(split: PublicSplit): Label[] {
  const all = JSON.parse(readFileSync(PUBLIC_DATES_PATH, 'utf8')) as Record<PublicSplit, Label[]>;
  return all[split] ?? [];
}

export function scoreRelDates(docs: PublicDoc[], labels: Label[]): RelDateScores {
  const s: RelDateScores = { total: 0, right: 0, found: 0, nonDates: 0, falseDates: 0, unlocated: 0, byKind: {}, misses: [] };
  const byId = new Map(docs.map((d) => [d.id, d]));
  const resolved = new Map<string, ReturnType<typeof resolveDates>>();
  for (const raw of labels) {
    const d = byId.get(raw.doc);
    const l = d ? relocate(d.body, raw) : null;
    if (!d || !l) { s.unlocated++; continue; }
    if (!resolved.has(d.id)) resolved.set(d.id, resolveDates(asClean(d), splitSentences(d.body)));
    const ms = resolved.get(d.id)!.dates.filter((m) => m.start < l.end && l.start < m.end);
    if (l.value === null) {
      s.nonDates++;
      if (ms.length) { s.falseDates++; s.misses.push(`${l.doc} "${l.text}": not a date, read ${ms[0]!.date.value}`); }
      continue;
    }
    const k = kind(l.text);
    const cell = (s.byKind[k] ??= [0, 0]);
    s.total++; cell[1]++;
    if (ms.length) s.found++;
    if (ms.some((m) => m.date.value === l.value)) { s.right++; cell[0]++; }
    else s.misses.push(`${l.doc} @${l.start} "${l.text}" (${d.date}): ${ms.map((m) => `${m.date.value} [${m.method}]`).join('/') || 'none'} ≠ ${l.value}`);
  }
  return s;
}
