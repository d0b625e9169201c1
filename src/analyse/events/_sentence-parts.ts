/** What one sentence tells about an event: participants, place and date. */
import type { DateMention, EntityMention, LocalEntity, Span } from '../../contract/pipeline.ts';
import type { DateValue } from '../../contract/dossier.ts';
import { CLAUSE_BREAK, CREDITED_SOURCE_AFTER, CREDITED_SOURCE_BEFORE, DATE_STAMP, PLACE_PREPOSITION } from './patterns.ts';
import { COARSE_PENALTY_CHARS } from './constants.ts';
import { holdsPhotoCredit, inCaptionParagraph, opensWithPhotoCredit } from '../dates/index.ts';
import { boundedMemo } from '../../util/index.ts';

const inside = (s: Span, x: Span): boolean => x.start >= s.start && x.end <= s.end;

/** Clauses of a sentence (offsets in it), cut at commas, semicolons, colons and dashes. */
export function clauseSpans(sentence: string): readonly Span[] {
  return clausesKnown(sentence, () => cutClauses(sentence));
}
/** Most sentences clauseSpans keeps cut before it starts afresh: a page re-read on many days (redate) asks again for the same ones. */
const MAX_CLAUSES = 20000;
const clausesKnown = boundedMemo<readonly Span[]>(MAX_CLAUSES);

function cutClauses(sentence: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    // A chronology line's stamp ("2025-11-10 - Crane collapses at the quay") dates the line: it is not a clause of its own.
    if (start === 0 && DATE_STAMP.test(sentence.slice(0, m.index!))) continue;
    out.push({ start, end: m.index! });
    start = m.index! + m[0].length;
  }
  out.push({ start, end: sentence.length });
  return out;
}

/**
 * Whether a sentence is a photo caption ("Crowds wait outside the court on Friday. Photograph: Name", "... (Photo: Name)")
 * or its credit line: it tells what a picture shows, often of another day than the lead's, and repeats the body.
 * (The credit must follow on the same line: a paragraph before a line "Photo: ..." is no caption.)
 * A caption without a credit is known by the paragraphs clean marked as captions (`captions`, CleanDocument.captions):
 * the line under an image file name, a figure's caption printed again as a paragraph.
 */
export function isCaption(text: string, s: Span, captions?: readonly string[]): boolean {
  const sentence = text.slice(s.start, s.end);
  const rest = text.slice(s.end, s.end + 40).split('\n')[0]!;
  if (opensWithPhotoCredit(sentence) || opensWithPhotoCredit(rest) || holdsPhotoCredit(sentence)) return true;
  return inCaptionParagraph(text, s, captions ?? []);
}

/** The clause of `sentence` holding offset `at` (a break's own characters belong to the clause after it). */
export function clauseAround(sentence: string, at: number): string {
  const spans = clauseSpans(sentence);
  const c = spans.find((x) => at <= x.end) ?? spans.at(-1)!;
  return sentence.slice(c.start, c.end);
}

export function participantsAndPlace(
  text: string, sentence: Span, entities: LocalEntity[], mentions: EntityMention[],
): { participants: number[]; place: number | null } {
  const participants: number[] = [];
  let place: number | null = null;
  for (const m of mentions) {
    if (!inside(sentence, m)) continue;
    const e = entities[m.entity];
    if (!e) continue;
    const before = text.slice(Math.max(sentence.start, m.start - 12), m.start);
    if (e.type === 'place' && PLACE_PREPOSITION.test(before)) {
      if (place === null) place = m.entity;
      continue;
    }
    // The outlet or body credited with the news ("(via X)", "as reported by X", "X reported") passed it on: it took no part.
    if (e.type !== 'place' && (CREDITED_SOURCE_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 24), m.start))
      || CREDITED_SOURCE_AFTER.test(text.slice(m.end, Math.min(sentence.end, m.end + 24))))) continue;
    if (!participants.includes(m.entity)) participants.push(m.entity);
  }
  return { participants: participants.sort((a, b) => a - b), place };
}

/** Coarse dates lose to a nearby finer one ("the next day" beats "last year" in one phrase). */
const PRECISION_PENALTY = { day: 0, month: COARSE_PENALTY_CHARS, year: 2 * COARSE_PENALTY_CHARS } as const;

/**
 * The date mention nearest the trigger inside the sentence, finer dates preferred. Given the `text`, a day joined by "and"
 * to an earlier day right before it ("bells rang for most of Thursday and Friday as the funerals were held") ends a run of
 * days: what the sentence tells began on the first of them.
 */
export function dateFor(sentence: Span, trigger: number, dates: DateMention[], text?: string): DateValue | null {
  let best: DateMention | null = null;
  const cost = (d: DateMention): number => Math.abs(d.start - trigger) + PRECISION_PENALTY[d.date.precision];
  for (const d of dates) {
    if (d.start < sentence.start || d.start >= sentence.end) continue;
    if (!best || cost(d) < cost(best)) best = d;
  }
  const first = best && text !== undefined && best.date.precision === 'day'
    ? dates.find((d) => d.end <= best!.start && d.start >= sentence.start && d.date.precision === 'day' && d.date.value < best!.date.value
      && DAYS_JOINED.test(text.slice(d.end, best!.start)))
    : undefined;
  return first ? first.date : best ? best.date : null;
}

/** Between two days told as one run ("Thursday and Friday"): "and" alone. */
const DAYS_JOINED = /^\s+and\s+$/;
