/**
 * Transcripts without quote marks: paragraphs opening with an upper-case speaker label
 * ("ILSE TAMMARK: We are still …", "ANNA LOR (recording): …"). Each guest's line is a direct quote
 * of the labelled speaker; the host's lines (the label that opens the transcript and asks its
 * questions) and the lines of the staff the host introduces ("our correspondent X") are the
 * outlet's own words, not quotes.
 */
import type { Span } from '../../contract/pipeline.ts';
import { MIN_TRANSCRIPT_LINES } from './constants.ts';
import { LABEL_BRACKET_NAME, MIXED_CASE_LABEL, RECOUNTED_REMARK, RESTATED, SELF_QUOTE_INTRO, STAFF_INTRO, STAFF_LABEL_ROLE, TRANSCRIPT_LABEL } from './patterns.ts';

export interface TranscriptLine extends Span {
  /** The speaker's name in the label. */
  label: Span;
}

const labelKey = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');

type Labelled = TranscriptLine & { key: string; staff: boolean };

/** Paragraphs opening with a speaker label of the given form. */
function labelledLines(text: string, paras: Span[], form: RegExp): Labelled[] {
  const lines: Labelled[] = [];
  for (const p of paras) {
    const m = form.exec(text.slice(p.start, p.end));
    if (!m) continue;
    let end = p.end;
    while (end > p.start && /\s/u.test(text[end - 1])) end--;
    const label = bracketName(m, p.start) ?? { start: p.start, end: p.start + m[1].length };
    // "PETRONELLA FISK (PRESENTER):", "ARVID SUND (REPORTER):": the outlet's own staff, by the role in the label's bracket
    const staff = STAFF_LABEL_ROLE.test((m[2] ?? '').trim());
    lines.push({ start: p.start + m[0].length, end, label, key: labelKey(text.slice(label.start, label.end)), staff });
  }
  return lines.length >= MIN_TRANSCRIPT_LINES && new Set(lines.map((l) => l.key)).size >= 2 ? lines : [];
}

/** The host opens the transcript and asks the questions: the first label, when one of its lines asks one. */
function hostOf(text: string, lines: Labelled[]): string | null {
  const first = lines[0]?.key;
  return first !== undefined && lines.some((l) => l.key === first && text.slice(l.start, l.end).includes('?')) ? first : null;
}

/**
 * The guests' lines of a transcript (none when fewer than MIN_TRANSCRIPT_LINES labelled paragraphs or only one voice).
 * Upper-case labels ("ILSE TAMMARK:") make a transcript by themselves; labels in ordinary case ("Ana Velo (minister):",
 * "Interviewer:") only when a host opens with a question, since "Photo:" and "Source:" lines open paragraphs too.
 */
export function transcriptLines(text: string, paras: Span[]): TranscriptLine[] {
  let lines = labelledLines(text, paras, TRANSCRIPT_LABEL);
  let host = hostOf(text, lines);
  if (!lines.length) {
    lines = labelledLines(text, paras, MIXED_CASE_LABEL);
    host = hostOf(text, lines);
    if (host === null) return [];
  }
  // the outlet's own correspondents ("Our correspondent Cato Penwright was at the crossing") report, they are not quoted
  const staff = new Set([...text.matchAll(STAFF_INTRO)].map((m) => labelKey(m[1])));
  return lines.filter((l) => l.key !== host && !l.staff && !staff.has(l.key)).flatMap(({ start, end, label }) => selfQuoteSplit(text, { start, end, label }));
}

/** "PASSENGER (Anja Roos):": a role label naming its speaker in brackets speaks for the named person. */
function bracketName(m: RegExpExecArray, at: number): Span | null {
  const inner = m[2];
  if (inner === undefined) return null;
  const name = inner.trim();
  if (!LABEL_BRACKET_NAME.test(name)) return null;
  const start = at + m[0].indexOf('(', m[1].length) + 1 + inner.indexOf(name);
  return { start, end: start + name.length };
}

/** "… logs. But I said it on Tuesday and I will say it again: the water came …": the words she repeats are a quote of their own; the sentence introducing them is neither. */
function selfQuoteSplit(text: string, l: TranscriptLine): TranscriptLine[] {
  const m = SELF_QUOTE_INTRO.exec(text.slice(l.start, l.end));
  if (!m || (RECOUNTED_REMARK.test(m[0]) && !RESTATED.test(m[0]))) return [l];
  const introStart = l.start + m.index;
  let before = introStart;
  while (before > l.start && /\s/u.test(text[before - 1])) before--;
  const after = { start: introStart + m[0].length, end: l.end, label: l.label };
  return before > l.start ? [{ start: l.start, end: before, label: l.label }, after] : [after];
}
