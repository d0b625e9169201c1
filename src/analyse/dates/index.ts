/**
 * dates: check the document's own date against its text, then resolve every date mention
 * (absolute, relative, weekday, month/day without year) against it, recording how.
 */
import type { CleanDocument, DateMention, DocFlag, Span } from '../../contract/pipeline.ts';
import type { DateProvenance } from '../../contract/dossier.ts';
import { addDays, diffDays, fmt, parseYmd, startOf, type Ymd } from './_calendar.ts';
import { PATTERNS } from './patterns.ts';
import { QUOTE_SCAN_CHARS } from './constants.ts';
import { dottedDays, parseSentence, type RawDate } from './_parse.ts';
import { resolveRaw, type ResolveContext } from './_resolve.ts';
import { checkDocumentDate, type Evidence } from './_doc-date.ts';

export interface DateResolution {
  publishedAt: string | null;
  dateProvenance: DateProvenance;
  dates: DateMention[];
  flags: DocFlag[];
}

/** Any fixed day: absolute dates do not depend on it, and relative ones are re-read later. */
const NEUTRAL_REF: Ymd = { y: 2000, m: 6, d: 15 };

function parseAll(text: string, sentences: Span[], ref: Ymd): RawDate[] {
  const spans = sentences.length ? sentences : [{ start: 0, end: text.length }];
  const dotted = dottedDays(text, 0, { start: 0, end: text.length }).map((r) => ({
    ...r, sentence: spans.find((s) => s.start <= r.start && r.start < s.end) ?? r.sentence,
  }));
  const rest = spans.flatMap((s) => parseSentence(text, s, ref)).filter((r) => !dotted.some((d) => d.start < r.end && r.start < d.end));
  return [...dotted, ...rest].sort((a, b) => a.start - b.start);
}

function knownYears(raws: RawDate[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of raws) if (r.y !== null && r.m !== null && r.d !== null && !r.relative && !r.readings) out.set(`${r.m}-${r.d}`, r.y);
  return out;
}

/**
 * Whether offset `at` lies inside a quotation of its paragraph: “…”, «…», "…", and the German and
 * Slavic „…“ (where “ closes).
 */
function insideQuote(text: string, at: number): boolean {
  let open: string | null = null;
  // A quote longer than this is not one: bounded, so long unbroken texts stay linear.
  for (let i = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - QUOTE_SCAN_CHARS); i < at; i++) {
    const c = text[i]!;
    if (c === '„' || c === '«' || (c === '“' && open === null)) open = c;
    else if (c === '”' || c === '»' || (c === '“' && open === '„')) open = null;
    else if (c === '"') open = open === '"' ? null : open ?? '"';
  }
  return open !== null;
}

/**
 * "tonight" said in a quote, in a text that tells of "last night" or "Tuesday night" as the
 * evening before the page date: the quote was spoken that evening and printed the next day.
 */
function quotedEvenings(dates: DateMention[], text: string, ref: Ymd | null): DateMention[] {
  if (!ref) return dates;
  const eve = fmt(addDays(ref, -1));
  if (!dates.some((m) => PATTERNS.eveningWord.test(m.text.replace(/^on\s+/i, '')) && m.date.value === eve)) return dates;
  return dates.map((m) => (PATTERNS.tonight.test(m.text) && m.date.value === fmt(ref) && insideQuote(text, m.start)
    ? { ...m, date: { ...m.date, value: eve }, method: 'said in a quote the evening before the document date' } : m));
}

/**
 * "Tomorrow we sign", said in a quote at a banquet the paragraph dates to Monday: day words inside a
 * quote count from the day the paragraph tells before the quote (when that day is before the document date).
 */
function quotedDays(dates: DateMention[], text: string, ref: Ymd | null): DateMention[] {
  if (!ref) return dates;
  return dates.map((m) => {
    if (!PATTERNS.quotedDayWord.test(m.text) || m.date.precision !== 'day' || !insideQuote(text, m.start)) return m;
    const paraStart = text.lastIndexOf('\n', m.start - 1) + 1;
    const outside = (o: DateMention): boolean => o.date.precision === 'day' && !PATTERNS.quotedDayWord.test(o.text) && !insideQuote(text, o.start);
    // "“Today is a day of joy,” the president said on Thursday": the speech day told after the quote.
    const after = dates.find((o) => o.start > m.end && outside(o) && PATTERNS.saidAfterQuote.test(text.slice(m.end, o.start)));
    const told = after ?? dates.filter((o) => o.start >= paraStart && o.end <= m.start && outside(o)).pop();
    const day = told ? parseYmd(told.date.value) : null;
    const own = parseYmd(m.date.value);
    if (!day || !own || diffDays(day, ref) <= 0) return m;
    return { ...m, date: { ...m.date, value: fmt(addDays(day, diffDays(ref, own))) }, method: 'said in a quote on the day the text gives' };
  });
}

const COUNT_WORDS: Record<string, number> = { the: 1, a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/** A word without its ending, to find "voted" from "the vote" and "signed" from "the signing". */
const stemOf = (w: string): string => {
  const bare = w.toLowerCase().replace(/(?:ing|ion|ment|ed|es|s|e)$/, '');
  return bare.length >= 4 ? bare : w.toLowerCase().slice(0, 4);
};

/**
 * "the day after the vote", "two days after the report was published": when exactly one other
 * sentence names that event (and its verb) with one day, the offset counts from that day.
 */
function eventSteps(dates: DateMention[], text: string, sentences: Span[]): DateMention[] {
  const out = [...dates];
  const matches = [...text.matchAll(PATTERNS.eventStep)];
  if (!matches.length) return dates;
  // Sentences that give exactly one day, with that day (one pass over the sorted mentions).
  const oneDay: { span: Span; value: string }[] = [];
  const days = dates.filter((d) => d.date.precision === 'day');
  let k = 0;
  for (const sp of sentences) {
    while (k < days.length && days[k]!.start < sp.start) k++;
    let j = k;
    while (j < days.length && days[j]!.end <= sp.end) j++;
    if (j - k === 1) oneDay.push({ span: sp, value: days[k]!.date.value });
  }
  const cache = new Map<string, string | null>();
  for (const m of matches) {
    const phrase = m[0].slice(0, m[1]!.length + m[2]!.length + m[3]!.length + 2).replace(/\s+$/, '');
    const start = m.index!;
    if (out.some((d) => d.start < start + phrase.length && start < d.end)) continue;
    const n = COUNT_WORDS[m[1]!.toLowerCase()] ?? parseInt(m[1]!, 10);
    const days = n * (m[2]!.toLowerCase().startsWith('week') ? 7 : 1) * (m[3]!.toLowerCase() === 'before' ? -1 : 1);
    const key = `${stemOf(m[4]!)}|${m[5] ? stemOf(m[5]) : ''}`;
    if (!cache.has(key)) {
      const noun = new RegExp(`\\b${stemOf(m[4]!)}`, 'i');
      const verb = m[5] ? new RegExp(`\\b${stemOf(m[5])}`, 'i') : null;
      const told = new Set<string>();
      for (const { span, value } of oneDay) {
        const t = text.slice(span.start, span.end);
        // The offset's own sentence never dates its event ("the day after the vote" is not the vote).
        if (noun.test(t) && (!verb || verb.test(t)) && !PATTERNS.eventStep.test(t)) told.add(value);
        PATTERNS.eventStep.lastIndex = 0;
      }
      cache.set(key, told.size === 1 ? [...told][0]! : null);
    }
    const base = parseYmd(cache.get(key));
    if (!base || !Number.isFinite(days)) continue;
    out.push({ start, end: start + phrase.length, text: phrase, date: { value: fmt(addDays(base, days)), precision: 'day' },
      method: 'offset from the day the text gives that event' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Check the document date against the text and resolve every date mention. Never throws. */
export function resolveDates(doc: CleanDocument, sentences: Span[]): DateResolution {
  const fallback: DateResolution = { publishedAt: doc.publishedAt, dateProvenance: doc.dateProvenance, dates: [], flags: [] };
  try {
    const text = doc.text ?? '';
    const firstRef = parseYmd(doc.publishedAt) ?? parseYmd(doc.dateCandidates?.[0]?.value) ?? null;
    const raw1 = parseAll(text, sentences, firstRef ?? NEUTRAL_REF);
    const ctx1: ResolveContext = { text, ref: firstRef, knownYears: knownYears(raw1) };
    const evidence: Evidence[] = [];
    for (const r of raw1) {
      if (r.relative || r.historic || r.y === null || r.m === null || r.d === null) continue;
      const m = resolveRaw(r, ctx1);
      const ymd = m && m.date.precision === 'day' ? parseYmd(m.date.value) : null;
      if (m && ymd) evidence.push({ mention: m, ymd, future: r.future });
    }
    const recent = raw1.some((r) => r.relative && !r.future && (r.d !== null || r.weekday !== null));
    const yearless = raw1.filter((r) => !r.relative && r.y === null && r.m !== null && r.d !== null);
    const monthDays = yearless.map((r) => ({ m: r.m!, d: r.d! }));
    const pastMonthDays = yearless.filter((r) => !r.future).map((r) => ({ m: r.m!, d: r.d! }));
    // The latest year the text states in a past sentence ("in 2003"): the writing date is no earlier.
    const latestYear = raw1.reduce((y, r) => (!r.relative && !r.future && r.y !== null ? Math.max(y, r.y) : y), 0);
    const checked = checkDocumentDate(doc, evidence, { recent, monthDays, pastMonthDays, latestYear });
    const ref = parseYmd(checked.publishedAt);
    const same = ref && firstRef && ref.y === firstRef.y && ref.m === firstRef.m && ref.d === firstRef.d;
    const raws = same ? raw1 : parseAll(text, sentences, ref ?? NEUTRAL_REF);
    const ctx: ResolveContext = { text, ref, knownYears: knownYears(raws) };
    const dates: DateMention[] = [];
    for (const r of raws) {
      const m = resolveRaw(r, ctx);
      if (!m || dates.some((d) => d.start < m.end && m.start < d.end)) continue;
      dates.push(m);
      if (m.date.precision === 'day') { ctx.anchor = parseYmd(m.date.value); ctx.anchorMonthOnly = false; ctx.anchorAt = m.start; }
      // A named month ("in mid-October") after the last day: offsets that follow count from its middle.
      else if (m.date.precision === 'month' && !r.relative && r.m !== null) { ctx.anchor = { ...parseYmd(`${m.date.value}-15`)! }; ctx.anchorMonthOnly = true; ctx.anchorAt = m.start; }
      const told = startOf(m.date.value);
      if (told && !r.relative) ctx.lastTold = { ymd: told, precision: m.date.precision };
      if (told && !r.relative && !r.historic && r.y !== null && m.date.precision !== 'year') ctx.yearTold = { ymd: told, at: m.start };
    }
    return {
      publishedAt: checked.publishedAt,
      dateProvenance: checked.provenance,
      dates: eventSteps(quotedEvenings(quotedDays(dates, text, ref), text, ref), text, sentences),
      flags: checked.flag ? [checked.flag] : [],
    };
  } catch {
    return fallback;
  }
}
