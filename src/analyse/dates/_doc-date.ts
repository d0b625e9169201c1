/** Check the page's publish date against what its text describes; infer one when there is none. */
import type { CleanDocument, DateMention, DocFlag } from '../../contract/pipeline.ts';
import type { DateProvenance } from '../../contract/dossier.ts';
import { AFTER_PUBLISH_SLACK_DAYS, LEAD_FRACTION, SAME_DATE_DAYS, STALE_PAGE_DAYS } from './constants.ts';
import { PATTERNS } from './patterns.ts';
import { diffDays, fmt, parseYmd, valid, type Ymd } from './_calendar.ts';

/** An absolute, day-precision date the text states with its year, in a non-future sentence. */
export interface Evidence { mention: DateMention; ymd: Ymd; future: boolean }

export interface DocDate {
  publishedAt: string | null;
  provenance: DateProvenance;
  flag: DocFlag | null;
}

interface Candidate { ymd: Ymd; iso: string; method: DateProvenance['method']; raw: string | null }

/** Month/day pairs the text gives without a year ("CALVERO, June 11 (Meridian) -"). */
export type MonthDay = { m: number; d: number };

/**
 * Re-read a candidate whose raw text is an ambiguous numeric date: dotted dates are day-first;
 * slashed ones take the reading the text supports (a dateline "June 11"), day-first on a tie.
 */
function reread(c: Candidate, monthDays: MonthDay[]): Candidate {
  const m = /\b(\d{1,2})([/.])(\d{1,2})[/.]((?:19|20)\d{2})\b/.exec(c.raw ?? '');
  if (!m) return c;
  const a = +m[1]!, b = +m[3]!, y = +m[4]!;
  const dayFirst = { y, m: b, d: a };
  const monthFirst = { y, m: a, d: b };
  if (!valid(dayFirst)) return c;
  const support = (x: Ymd): number => monthDays.filter((md) => md.m === x.m && md.d === x.d).length;
  const pick = m[2] === '.' || !valid(monthFirst) || support(dayFirst) >= support(monthFirst) ? dayFirst : monthFirst;
  if (pick.m === c.ymd.m && pick.d === c.ymd.d && pick.y === c.ymd.y) return c;
  return { ...c, ymd: pick, iso: fmt(pick) + (c.iso.length > 10 ? c.iso.slice(10) : '') };
}

function candidates(doc: CleanDocument, monthDays: MonthDay[]): Candidate[] {
  const out: Candidate[] = [];
  const chosen = parseYmd(doc.publishedAt);
  if (chosen) out.push({ ymd: chosen, iso: doc.publishedAt!, method: doc.dateProvenance.method, raw: doc.dateProvenance.raw });
  for (const c of doc.dateCandidates ?? []) {
    const ymd = parseYmd(c?.value);
    if (ymd) out.push({ ymd, iso: c.value, method: c.method, raw: c.raw });
  }
  const u = PATTERNS.urlDate.exec(doc.url ?? '');
  const fromUrl = u ? { y: +u[1]!, m: +u[2]!, d: +u[3]! } : null;
  if (fromUrl && valid(fromUrl)) out.push({ ymd: fromUrl, iso: fmt(fromUrl), method: 'url', raw: doc.url });
  return out.map((c) => reread(c, monthDays));
}

/** How badly a candidate publish date fits the text: past events after it, or a stale gap. */
function misfit(c: Ymd, past: Evidence[], looksBack: boolean, recent: boolean): number {
  const after = past.filter((e) => diffDays(c, e.ymd) > AFTER_PUBLISH_SLACK_DAYS).length;
  const latest = past.reduce<Ymd | null>((a, e) => (!a || diffDays(a, e.ymd) > 0 ? e.ymd : a), null);
  const gap = latest ? diffDays(latest, c) : 0;
  return after * 1000 + (gap > STALE_PAGE_DAYS && !looksBack && recent ? gap : 0);
}

function flagFor(doc: CleanDocument, bad: string, good: string, why: string, evidence: Evidence[]): DocFlag {
  return {
    kind: 'date',
    message: `Page date ${bad} of "${doc.title.slice(0, 80)}" disagrees with its text (${why}); using ${good}.`,
    evidence: evidence.slice(0, 3).map((e) => ({ documentId: doc.id, start: e.mention.start, end: e.mention.end })),
  };
}

/**
 * `recent`: the text speaks of days near its writing ("on Tuesday", "yesterday") in the past tense,
 * so a page date far after every stated date cannot be the writing date.
 */
export function checkDocumentDate(doc: CleanDocument, evidence: Evidence[], recent: boolean, monthDays: MonthDay[]): DocDate {
  const past = evidence.filter((e) => !e.future);
  const looksBack = PATTERNS.timePassed.test(doc.text);
  const cands = candidates(doc, monthDays);
  const first = cands[0];
  const keep: DocDate = first && first.iso !== doc.publishedAt
    ? { publishedAt: first.iso, provenance: doc.dateProvenance, flag: null }
    : { publishedAt: doc.publishedAt, provenance: doc.dateProvenance, flag: null };
  const latest = past.reduce<Evidence | null>((a, e) => (!a || diffDays(a.ymd, e.ymd) > 0 ? e : a), null);
  if (!cands.length) {
    if (!latest) return keep;
    return {
      publishedAt: fmt(latest.ymd),
      provenance: { method: 'inferred', raw: latest.mention.text, inferred: true },
      flag: null,
    };
  }
  const chosen = cands[0]!;
  const chosenMisfit = misfit(chosen.ymd, past, looksBack, recent);
  if (chosenMisfit === 0) return widgetCheck(doc, cands, past.length ? keep : byReliability(doc, cands, keep), past, looksBack, recent);
  // Another candidate that fits the text better wins.
  const better = cands
    .filter((c) => Math.abs(diffDays(c.ymd, chosen.ymd)) > SAME_DATE_DAYS)
    .map((c) => ({ c, score: misfit(c.ymd, past, looksBack, recent) }))
    .filter((x) => x.score < chosenMisfit)
    .sort((a, b) => a.score - b.score || diffDays(b.c.ymd, a.c.ymd))[0];
  const support = latest ? [latest] : [];
  if (better) {
    return {
      publishedAt: better.c.iso,
      provenance: { method: better.c.method, raw: better.c.raw, inferred: false },
      flag: flagFor(doc, fmt(chosen.ymd), fmt(better.c.ymd), `the text describes events up to ${latest ? fmt(latest.ymd) : 'another date'}`, support),
    };
  }
  // Alone, a stale page date is replaced only when the text leads with its own date (a dateline, or a
  // weekday with the date): a date further down is more likely background.
  const leads = latest && (latest.mention.start < doc.text.length * LEAD_FRACTION || /day\b/i.test(latest.mention.text));
  if (!latest || !leads) return keep;
  return {
    publishedAt: fmt(latest.ymd),
    provenance: { method: 'inferred', raw: latest.mention.text, inferred: true },
    flag: flagFor(doc, fmt(chosen.ymd), fmt(latest.ymd), `the text describes events up to ${fmt(latest.ymd)}`, support),
  };
}

/** Methods from most to least trustworthy when the text cannot settle a disagreement. */
const RELIABILITY: DateProvenance['method'][] = ['json-ld', 'meta', 'time', 'url', 'input', 'timestamp', 'dateline'];

/** Candidates far apart and no dated text: trust the more reliable source, and say so. */
function byReliability(doc: CleanDocument, cands: Candidate[], keep: DocDate): DocDate {
  const chosen = cands[0]!;
  const rank = (c: Candidate): number => { const i = RELIABILITY.indexOf(c.method); return i < 0 ? RELIABILITY.length : i; };
  const rival = cands
    .filter((c) => Math.abs(diffDays(c.ymd, chosen.ymd)) > STALE_PAGE_DAYS && rank(c) < rank(chosen))
    .sort((a, b) => rank(a) - rank(b))[0];
  if (!rival) return keep;
  return {
    publishedAt: rival.iso,
    provenance: { method: rival.method, raw: rival.raw, inferred: false },
    flag: flagFor(doc, fmt(chosen.ymd), fmt(rival.ymd), `the page's ${rival.method} date says ${fmt(rival.ymd)}`, []),
  };
}

/**
 * The chosen date fits the text, but the page also shows a date far from it (a widget with the
 * scrape day): say so, naming both, so the reader does not trust the widget.
 */
function widgetCheck(doc: CleanDocument, cands: Candidate[], kept: DocDate, past: Evidence[], looksBack: boolean, recent: boolean): DocDate {
  if (kept.flag) return kept;
  const chosen = parseYmd(kept.publishedAt);
  if (!chosen) return kept;
  const odd = cands.find((c) => Math.abs(diffDays(c.ymd, chosen)) > STALE_PAGE_DAYS
    && misfit(c.ymd, past, looksBack, recent) >= misfit(chosen, past, looksBack, recent));
  if (!odd) return kept;
  return { ...kept, flag: flagFor(doc, fmt(odd.ymd), fmt(chosen), `a ${odd.method} date "${odd.raw ?? fmt(odd.ymd)}" on the page is not the story's`, past.slice(-1)) };
}
