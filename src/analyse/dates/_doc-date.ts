/** Check the page's publish date against what its text describes; infer one when there is none. */
import type { CleanDocument, DateMention, DocFlag } from '../../contract/pipeline.ts';
import type { DateProvenance } from '../../contract/dossier.ts';
import { AFTER_PUBLISH_SLACK_DAYS, DATELINE_CHARS, LEAD_FRACTION, NARRATIVE_GAP_DAYS, SAME_DATE_DAYS, STALE_PAGE_DAYS, WIDGET_GAP_DAYS, WRITTEN_WITHIN_DAYS } from './constants.ts';
import { PATTERNS, WEEKDAYS } from './patterns.ts';
import { addDays, diffDays, fmt, parseYmd, valid, weekday, type Ymd } from './_calendar.ts';
import { countOf } from './_rules.ts';

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

/**
 * Yearless month/days told in the past tense ("found by a maid July 27") that fall more than a stale
 * gap before a candidate wherever its year is put: a page dated 2012-05-31 whose story says July 27
 * and July 24 fits a 2004-07-29 timestamp better.
 */
function staleMonthDays(c: Ymd, pastMonthDays: MonthDay[]): number {
  return pastMonthDays.filter((md) => {
    const back = [c.y, c.y - 1].map((y) => ({ y, m: md.m, d: md.d })).filter(valid)
      .map((x) => diffDays(x, c)).filter((n) => n >= -AFTER_PUBLISH_SLACK_DAYS);
    return back.length > 0 && Math.min(...back) > STALE_PAGE_DAYS;
  }).length;
}

function flagFor(doc: CleanDocument, bad: string, good: string, why: string, evidence: Evidence[]): DocFlag {
  return {
    kind: 'date',
    message: `Page date ${bad} of "${doc.title.slice(0, 80)}" disagrees with its text (${why}); using ${good}.`,
    evidence: evidence.slice(0, 3).map((e) => ({ documentId: doc.id, start: e.mention.start, end: e.mention.end })),
  };
}

/** What the text says about its own time, besides day-precision evidence. */
export interface TextTime {
  /** The text speaks of days near its writing ("on Tuesday", "yesterday") in the past tense,
   *  so a page date far after every stated date cannot be the writing date. */
  recent: boolean;
  /** Month/day pairs without a year, which may settle an ambiguous numeric date. */
  monthDays: MonthDay[];
  /** The month/day pairs without a year told in past-tense sentences. */
  pastMonthDays: MonthDay[];
  /** The latest year stated in a past sentence at any precision ("in 2003"); 0 when none. */
  latestYear: number;
  /**
   * Month/days the text tells as still to come ("bids are due by Sunday, March 7"), with their year and weekday when given
   * (not a future told in the past: "said the vote was due on the 9th"). The page was written before them.
   */
  futureDays?: FutureDay[];
  /** Weekdays the text tells in the past by name alone ("sat down in Ostrave on Thursday"), where it says so (0 = Sunday). */
  pastWeekdays?: { weekday: number; start: number; end: number }[];
  /** An opening count back set beside the day it counts to ("Ten days ago, on March 3,"): that day, the count in days, and its words. */
  countedBack?: { ymd: Ymd; days: number; text: string; opens?: boolean } | null;
}

/** A weekday named as one ahead ("next Tuesday", "this coming Friday"). */
const AHEAD_WEEKDAY = /\b(?:next|coming|following)\b/i;

/** The day a weekday told in the past names on a page written on `c`: the last such weekday before it. */
const weekdayBefore = (c: Ymd, w: number): Ymd => addDays(c, -(((weekday(c) - w + 7) % 7) || 7));

/**
 * Weekdays the text tells in the past that land, read from `c`, on a day the text also states by its date ("met in
 * Ostrave on Thursday" beside "2027-01-21 - ministerial meeting"): the text ties them to that day, so it was written
 * within the week after it.
 */
export function weekdaysOnStatedDays(c: Ymd, weekdays: readonly { weekday: number }[], stated: readonly Evidence[]): number {
  const days = new Set(stated.map((e) => fmt(e.ymd)));
  return weekdays.filter((w) => days.has(fmt(weekdayBefore(c, w.weekday)))).length;
}

/** A day the text tells as still to come, where it says so. */
export interface FutureDay { m: number; d: number; y: number | null; weekday: number | null; start: number; end: number }

/**
 * The year of each day told as still to come, on a page written on `c`: its own year when given, else the candidate's; a
 * yearless day told after another one still to come that falls earlier in the calendar ("the consultation closes on
 * December 28, and the new rules apply from January 11") is in the year after it: what is to come is told in order,
 * and a run of coming days crosses the year end forwards.
 */
function yearsInOrder(c: Ymd, future: readonly FutureDay[]): number[] {
  const years: number[] = [];
  let prev: Ymd | null = null;
  for (const { f, i } of future.map((f, i) => ({ f, i })).sort((a, b) => a.f.start - b.f.start)) {
    let y = f.y ?? c.y;
    if (f.y === null && prev && (f.m < prev.m || (f.m === prev.m && f.d < prev.d)) && y <= prev.y) y = prev.y + 1;
    years[i] = y;
    prev = { y, m: f.m, d: f.d };
  }
  return years;
}

/** A day told as still to come may be this many days before the writing day before it counts against it (late edits, a deadline told on its day). */
const OVERDUE_SLACK_DAYS = AFTER_PUBLISH_SLACK_DAYS;

/**
 * The days the text tells as still to come that a candidate writing day falls after: a page is written before what it
 * announces. A month/day given without a year is put in the candidate's year, and counts only when it is at most a stale
 * gap before it (a yearless "March 7" told as to come on a page of the next January is next March) and, when the text gives
 * its weekday, only in a year where that weekday fits ("Sunday, March 7" is no evidence against a year where it is a Monday).
 */
export function overdueDays(c: Ymd, future: readonly FutureDay[]): FutureDay[] {
  const years = yearsInOrder(c, future);
  return future.filter((f, i) => {
    const day: Ymd = { y: years[i]!, m: f.m, d: f.d };
    if (!valid(day)) return false;
    const late = diffDays(day, c);
    if (late <= OVERDUE_SLACK_DAYS || (f.y === null && late > STALE_PAGE_DAYS)) return false;
    return f.weekday === null || weekday(day) === f.weekday;
  });
}

export function checkDocumentDate(doc: CleanDocument, evidence: Evidence[], time: TextTime): DocDate {
  const { recent, monthDays } = time;
  const past = evidence.filter((e) => !e.future);
  // "It is a month since ..." ties the writing to a short time after what the text tells: its "since then" is no long
  // look back, and a page date far after every stated fact cannot be the writing day.
  const elapsed = PATTERNS.elapsedSince.exec(doc.text);
  const looksBack = !elapsed && PATTERNS.timePassed.test(doc.text);
  const near = recent || elapsed !== null;
  const cands = candidates(doc, monthDays);
  const first = cands[0];
  const keep: DocDate = first && first.iso !== doc.publishedAt
    ? { publishedAt: first.iso, provenance: doc.dateProvenance, flag: null }
    : { publishedAt: doc.publishedAt, provenance: doc.dateProvenance, flag: null };
  const latest = past.reduce<Evidence | null>((a, e) => (!a || diffDays(a.ymd, e.ymd) > 0 ? e : a), null);
  if (!cands.length) {
    // No page date to weigh: the latest dated fact is the best lower bound, unless a later year is stated, or the
    // text tells of recent days ("on Monday", "yesterday") while that fact lies further down, as background
    // ("On July 6, 2015, the senator said ..." in a piece about this week): then the page stays undated.
    if (!latest || latest.ymd.y < time.latestYear || (recent && !leadsText(latest, doc, time))) return keep;
    return {
      publishedAt: fmt(latest.ymd),
      provenance: { method: 'inferred', raw: latest.mention.text, inferred: true },
      flag: null,
    };
  }
  const chosen = cands[0]!;
  // "Ten days ago, on Christmas Eve, ...": an opening count back with the day it counts to beside it says when the text
  // was written, that day and the count on; a page date well after it is the day the page was fetched, not written.
  const back = time.countedBack;
  if (back) {
    const written = addDays(back.ymd, back.days);
    if (diffDays(written, chosen.ymd) > SAME_DATE_DAYS) {
      return {
        publishedAt: fmt(written),
        provenance: { method: 'inferred', raw: back.text, inferred: true },
        flag: flagFor(doc, fmt(chosen.ymd), fmt(written), `the text ${back.opens === false ? 'tells' : 'opens'} "${back.text}"`, []),
      };
    }
  }
  // "Ten days ago the river rose": a text that opens by counting back in days tells the news it was written about,
  // and news is counted so only while fresh. A date alone on the page (a header widget's) from which that count lands
  // weeks after the latest day the text tells, yet within a stale gap of it, counts back to nothing the text tells: it
  // is the day the page was fetched, and the text was written that count after the day it counts to (see countedTo).
  const lead = latest && chosen.method === 'dateline' && !leadsText(latest, doc, time) ? agoInLead(doc) : null;
  if (latest && lead) {
    const last = latestTold(latest.ymd, time.pastMonthDays, chosen.ymd);
    const gap = diffDays(last, addDays(chosen.ymd, -lead.days));
    if (gap > WRITTEN_WITHIN_DAYS && gap <= STALE_PAGE_DAYS) {
      // A day the text dates beside a count back of its own ("the report, finished a week ago, dated 2032-03-05") tells the
      // writing day outright: that day and its count on. The opening count then lands wherever that puts it.
      const pinned = daysCountedBackTo(doc.text, past, chosen.ymd);
      if (pinned && diffDays(pinned.written, chosen.ymd) > SAME_DATE_DAYS) {
        return {
          publishedAt: fmt(pinned.written),
          provenance: { method: 'inferred', raw: pinned.text, inferred: true },
          flag: flagFor(doc, fmt(chosen.ymd), fmt(pinned.written), `the text opens "${lead.text}" and dates "${pinned.text}"`, [pinned.told]),
        };
      }
      const to = countedTo(doc.text, lead.end, past, last, lead.days);
      const written = addDays(to, lead.days);
      return {
        publishedAt: fmt(written),
        provenance: { method: 'inferred', raw: lead.text, inferred: true },
        flag: flagFor(doc, fmt(chosen.ymd), fmt(written), `the text opens "${lead.text}", counting back to ${fmt(to)}, a day it tells`, [latest]),
      };
    }
  }
  // "Ten days ago, early on a Sunday morning, ...": the count lands on the weekday the lead names. A page date from which it
  // lands on another weekday is not the writing day (a blog's header widget shows the day the page was fetched); the text
  // was written that count after the latest day it tells as past that falls on that weekday, the day the lead tells.
  const agoDay = agoWeekdayInLead(doc);
  if (agoDay && weekday(addDays(chosen.ymd, -agoDay.days)) !== agoDay.weekday) {
    const told = past.filter((e) => weekday(e.ymd) === agoDay.weekday && diffDays(e.ymd, chosen.ymd) > 0)
      .reduce<Evidence | null>((a, e) => (!a || diffDays(a.ymd, e.ymd) > 0 ? e : a), null);
    const written = told ? addDays(told.ymd, agoDay.days) : null;
    if (told && written && diffDays(written, chosen.ymd) > SAME_DATE_DAYS) {
      return {
        publishedAt: fmt(written),
        provenance: { method: 'inferred', raw: agoDay.text, inferred: true },
        flag: flagFor(doc, fmt(chosen.ymd), fmt(written), `the text opens "${agoDay.text}", a day it dates ${fmt(told.ymd)}`, [told]),
      };
    }
  }
  const future = time.futureDays ?? [];
  // Day-precision facts weigh most; yearless month/days and days told as still to come only tip the choice between candidates.
  const fit = (c: Ymd): number => misfit(c, past, looksBack, near) + staleMonthDays(c, time.pastMonthDays) + overdueDays(c, future).length;
  // A slashed stamp written 10/04/2026 prints two days; read day-first on a tie (see reread), its other reading is taken
  // when only that one fits the text (a page is written after what it tells as past, before what it tells as to come).
  const other = otherReading(chosen);
  if (other && fit(chosen.ymd) > 0 && fit(other.ymd) === 0) {
    return { publishedAt: other.iso, provenance: doc.dateProvenance, flag: null };
  }
  const chosenMisfit = misfit(chosen.ymd, past, looksBack, near);
  const chosenFit = fit(chosen.ymd);
  // "next Tuesday", "the coming Friday" point ahead whatever tense the clause is in ("the council questions the board next Tuesday").
  const weekdays = (time.pastWeekdays ?? []).filter((w) => !AHEAD_WEEKDAY.test(doc.text.slice(w.start, w.end)));
  const kept = (): DocDate => widgetCheck(doc, cands, past.length ? keep : byReliability(doc, cands, keep), fit, past.slice(-1), future, weekdays, past);
  if (chosenFit === 0) return kept();
  // Another candidate that fits the text better wins.
  const better = cands
    .filter((c) => Math.abs(diffDays(c.ymd, chosen.ymd)) > SAME_DATE_DAYS)
    .map((c) => ({ c, score: fit(c.ymd) }))
    .filter((x) => x.score < chosenFit)
    .sort((a, b) => a.score - b.score || diffDays(b.c.ymd, a.c.ymd))[0];
  const support = latest ? [latest] : [];
  if (better) {
    const due = overdueDays(chosen.ymd, future)[0];
    const why = chosenMisfit > 0 && latest ? `the text describes events up to ${fmt(latest.ymd)}`
      : due && !staleMonthDays(chosen.ymd, time.pastMonthDays) ? `the text tells "${doc.text.slice(due.start, due.end)}" as still to come`
        : `dates it gives without a year fall more than ${STALE_PAGE_DAYS} days before it`;
    return {
      publishedAt: better.c.iso,
      provenance: { method: better.c.method, raw: better.c.raw, inferred: false },
      flag: flagFor(doc, fmt(chosen.ymd), fmt(better.c.ymd), why, support),
    };
  }
  if (chosenMisfit === 0) return kept();
  if (latest && elapsed && !leadsText(latest, doc, time)) {
    // The text's facts run up to its writing: the latest day it tells, a yearless one included, is the best lower bound.
    const last = latestTold(latest.ymd, time.pastMonthDays, chosen.ymd);
    return {
      publishedAt: fmt(last),
      provenance: { method: 'inferred', raw: elapsed[0], inferred: true },
      flag: flagFor(doc, fmt(chosen.ymd), fmt(last), `the text says "${elapsed[0]}" and describes events up to ${fmt(last)}`, support),
    };
  }
  // A text that opens by counting back to what it tells ("Ten days ago a ferry ran aground ...") was written that long
  // after the latest day it tells (its story's day): a page date months later is the day it was fetched, not written.
  const ago = latest ? agoInLead(doc) : null;
  if (latest && ago && !leadsText(latest, doc, time)) {
    const written = addDays(latestTold(latest.ymd, time.pastMonthDays, chosen.ymd), ago.days);
    if (diffDays(written, chosen.ymd) > SAME_DATE_DAYS) {
      return {
        publishedAt: fmt(written),
        provenance: { method: 'inferred', raw: ago.text, inferred: true },
        flag: flagFor(doc, fmt(chosen.ymd), fmt(written), `the text opens "${ago.text}" and describes events up to ${fmt(addDays(written, -ago.days))}`, support),
      };
    }
  }
  if (!latest || !leadsText(latest, doc, time)) return keep;
  return {
    publishedAt: fmt(latest.ymd),
    provenance: { method: 'inferred', raw: latest.mention.text, inferred: true },
    flag: flagFor(doc, fmt(chosen.ymd), fmt(latest.ymd), `the text describes events up to ${fmt(latest.ymd)}`, support),
  };
}

/** The words of a sentence that may name what it tells: four letters or more, lower-cased. */
const namingWords = (sentence: string): Set<string> => new Set((sentence.toLowerCase().match(/\p{L}{4,}/gu) ?? []));

/**
 * The day an opening count back (its words ending at `leadEnd`) counts to, of the days `told` the text states with their
 * year: the latest one stated in a sentence that shares a word of four letters or more with the opening one (the text
 * tells again, by its date, the happening it opened on: "the ferry ran aground" and "the log has the ferry aground on
 * 2032-03-03"); else the earliest from which the count reaches the latest day `last` the text tells (an opening names the
 * happening the text is about, and what it tells after it came later, before the writing); else `last`.
 */
function countedTo(text: string, leadEnd: number, told: Evidence[], last: Ymd, days: number): Ymd {
  const sentenceAround = (at: number): string => {
    const start = Math.max(text.lastIndexOf('. ', at - 1), text.lastIndexOf('\n', at - 1)) + 1;
    const ends = [text.indexOf('. ', at), text.indexOf('\n', at)].filter((i) => i >= 0);
    return text.slice(start, ends.length ? Math.min(...ends) : text.length);
  };
  const opening = namingWords(sentenceAround(leadEnd));
  const byLatest = (a: Ymd, b: Ymd): number => diffDays(b, a);
  const retold = told.filter((e) => e.mention.start > leadEnd && [...namingWords(sentenceAround(e.mention.start))].some((w) => opening.has(w)));
  if (retold.length) return retold.map((e) => e.ymd).sort(byLatest).at(-1)!;
  const reaching = told.map((e) => e.ymd).filter((y) => diffDays(last, addDays(y, days)) >= 0).sort(byLatest);
  return reaching[0] ?? last;
}

/** Words of a count back ending right before a day beside it: "a week ago, dated", "ten days ago, on", "two weeks ago (". */
const AGO_BESIDE_DAY = new RegExp(`${PATTERNS.agoCount.source}\\s*[,(]?\\s*(?:(?:on|dated)\\s+)?$`, 'i');

/**
 * The writing day a day told beside its own count back gives ("finished a week ago, dated 2032-03-03": 2032-03-10): the
 * latest such day before the page date `page`, with the words from the count to the day; null when the text has none.
 */
function daysCountedBackTo(text: string, told: Evidence[], page: Ymd): { written: Ymd; told: Evidence; text: string } | null {
  let best: { written: Ymd; told: Evidence; text: string } | null = null;
  for (const e of told) {
    const m = AGO_BESIDE_DAY.exec(text.slice(Math.max(0, e.mention.start - 60), e.mention.start));
    const n = m ? (/^an?$/i.test(m[1]!) ? 1 : countOf(m[1]!)) : NaN;
    if (!m || !Number.isFinite(n) || n < 1) continue;
    const written = addDays(e.ymd, n * (/^week/i.test(m[2]!) ? 7 : 1));
    if (diffDays(written, page) <= 0) continue;
    if (!best || diffDays(best.written, written) > 0) best = { written, told: e, text: (m[0] + e.mention.text).trim() };
  }
  return best;
}

/** A count of days or weeks back in the text's opening lines ("Ten days ago"), in days, with its words and where it ends; null when none. */
export function agoInLead(doc: Pick<CleanDocument, 'text'>): { days: number; text: string; end: number } | null {
  const m = PATTERNS.agoCount.exec(doc.text.slice(0, DATELINE_CHARS));
  const n = m ? (/^an?$/i.test(m[1]!) ? 1 : countOf(m[1]!)) : NaN;
  if (!m || !Number.isFinite(n) || n < 1) return null;
  return { days: n * (/^week/i.test(m[2]!) ? 7 : 1), text: m[0], end: m.index + m[0].length };
}

/**
 * An opening count back followed by the weekday it lands on ("Ten days ago, early on a Sunday morning,", "Two weeks ago on
 * Friday"): the count in days, the weekday (0 = Sunday) and the words from the count to the weekday; null when none.
 */
export function agoWeekdayInLead(doc: Pick<CleanDocument, 'text'>): { days: number; weekday: number; text: string } | null {
  const ago = agoInLead(doc);
  if (!ago) return null;
  const m = /^\s*,?\s*(?:(?:late|early)\s+)?(?:on\s+)?(?:an?\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i.exec(doc.text.slice(ago.end, ago.end + 40));
  if (!m) return null;
  return { days: ago.days, weekday: WEEKDAYS.indexOf(m[1]!.toLowerCase() as (typeof WEEKDAYS)[number]), text: doc.text.slice(ago.end - ago.text.length, ago.end + m[0].length) };
}

/**
 * The latest day a text tells in the past: its latest dated fact, or a later month/day it gives without a year, read in
 * that fact's year ("the report published on April 3" after "2026-03-26"), when that falls before the page date `page`.
 */
function latestTold(latest: Ymd, pastMonthDays: readonly MonthDay[], page: Ymd): Ymd {
  return pastMonthDays.map((md) => ({ y: latest.y, m: md.m, d: md.d })).filter(valid)
    .filter((x) => diffDays(latest, x) > 0 && diffDays(x, page) > 0)
    .reduce((a, x) => (diffDays(a, x) > 0 ? x : a), latest);
}

/**
 * Whether the text's latest dated fact can stand for the writing date: it opens the text (a dateline)
 * or carries its weekday ("Monday, February 10, 2024"); a date further down is more likely background,
 * and so is one older than a year the text states ("June 17, 1972" in an obituary that mentions 2003).
 */
function leadsText(latest: Evidence, doc: CleanDocument, time: TextTime): boolean {
  if (latest.ymd.y < time.latestYear) return false;
  const lead = Math.min(doc.text.length * LEAD_FRACTION, DATELINE_CHARS);
  return latest.mention.start < lead || PATTERNS.weekdayName.test(latest.mention.text);
}

/**
 * The other reading of a date written as a slashed numeric date with both numbers up to 12, given the day read from it
 * (`read`, "YYYY-MM-DD"): "04/03/2026" read as 4 March is 3 April the other way round. Null for any other date, for a
 * day that reads the same both ways, or when `read` is neither reading.
 */
export function otherSlashedReading(raw: string, read: string): string | null {
  const m = PATTERNS.slashedDate.exec(raw);
  const at = parseYmd(read);
  if (!m || !at) return null;
  const [a, b, y] = [+m[1]!, +m[2]!, +m[3]!];
  if (a > 12 || b > 12 || a === b || y !== at.y) return null;
  return at.d === a && at.m === b ? fmt({ y, m: a, d: b }) : at.m === a && at.d === b ? fmt({ y, m: b, d: a }) : null;
}

/** The other day/month reading of a candidate read from a slashed numeric date with both numbers up to 12, or null. */
function otherReading(c: Candidate): Candidate | null {
  const other = otherSlashedReading(c.raw ?? '', fmt(c.ymd));
  const ymd = parseYmd(other);
  return other && ymd ? { ...c, ymd, iso: other + (c.iso.length > 10 ? c.iso.slice(10) : '') } : null;
}

/**
 * A numeric stamp ("08/02/2013", "04/9/2012") read in the other day/month order than the chosen
 * date: the same day written the other way round, not a second date.
 */
function swappedReading(c: Candidate, chosen: Ymd): boolean {
  if (!PATTERNS.numericStamp.test(c.raw ?? '') || c.ymd.d > 12) return false;
  return c.ymd.y === chosen.y && c.ymd.m === chosen.d && c.ymd.d === chosen.m;
}

/** Methods from most to least trustworthy when the text cannot settle a disagreement. */
const RELIABILITY: DateProvenance['method'][] = ['json-ld', 'meta', 'time', 'url', 'input', 'timestamp', 'dateline'];

/** Candidates far apart and no dated text: trust the more reliable source, and say so. */
function byReliability(doc: CleanDocument, cands: Candidate[], keep: DocDate): DocDate {
  const chosen = cands[0]!;
  const rank = (c: Candidate): number => { const i = RELIABILITY.indexOf(c.method); return i < 0 ? RELIABILITY.length : i; };
  const rival = cands
    .filter((c) => Math.abs(diffDays(c.ymd, chosen.ymd)) > STALE_PAGE_DAYS && rank(c) < rank(chosen) && !swappedReading(c, chosen.ymd))
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
function widgetCheck(doc: CleanDocument, cands: Candidate[], kept: DocDate, fit: (c: Ymd) => number, support: Evidence[], future: readonly FutureDay[],
  weekdays: NonNullable<TextTime['pastWeekdays']>, stated: Evidence[]): DocDate {
  if (kept.flag) return kept;
  const chosen = parseYmd(kept.publishedAt);
  if (!chosen) return kept;
  const odd = cands.find((c) => Math.abs(diffDays(c.ymd, chosen)) > STALE_PAGE_DAYS && fit(c.ymd) >= fit(chosen) && !swappedReading(c, chosen));
  if (odd) return { ...kept, flag: flagFor(doc, fmt(odd.ymd), fmt(chosen), `a ${odd.method} date "${odd.raw ?? fmt(odd.ymd)}" on the page is not the story's`, support) };
  // Nearer, but after what the text still announces while the page's day is before it: a page is written before what
  // it tells as to come, so that date is not the writing day (the day a widget shows when the page is fetched). A later
  // stamp of the same kind as the page's own (a comment's "March 20, 2026 at 9:14") is another post on the page, not a rival date.
  const dueBefore = overdueDays(chosen, future).length;
  const late = cands.find((c) => diffDays(chosen, c.ymd) > SAME_DATE_DAYS && c.method !== kept.provenance.method
    && overdueDays(c.ymd, future).length > dueBefore && !swappedReading(c, chosen));
  const due = late ? overdueDays(late.ymd, future)[0] : undefined;
  if (!late || !due) return weekdayCheck(doc, cands, kept, chosen, support, weekdays, stated);
  return withStoryDate(doc, kept, late, chosen, due, `the text tells "${doc.text.slice(due.start, due.end)}" as still to come`, support);
}

/**
 * The text names a weekday in the past that, read from the page date, is a day it also states by its date ("on Thursday"
 * and "2027-01-21"): the page was written within the week after that day. Another date shown on the page more than a
 * week later, from which that weekday lands on no day the text states, is not the writing day (a widget's scrape day),
 * however near: say so. Only a stamp of another kind than the page date's (a comment's stamp is another post).
 */
function weekdayCheck(doc: CleanDocument, cands: Candidate[], kept: DocDate, chosen: Ymd, support: Evidence[],
  weekdays: NonNullable<TextTime['pastWeekdays']>, stated: Evidence[]): DocDate {
  if (!weekdays.length) return kept;
  if (!weekdaysOnStatedDays(chosen, weekdays, stated)) return recentCheck(doc, cands, kept, chosen, support, weekdays, stated);
  const late = cands.find((c) => diffDays(chosen, c.ymd) > NARRATIVE_GAP_DAYS && c.method !== kept.provenance.method
    && !weekdaysOnStatedDays(c.ymd, weekdays, stated) && !swappedReading(c, chosen));
  if (!late) return kept;
  const tied = weekdays.find((w) => stated.some((e) => fmt(e.ymd) === fmt(weekdayBefore(chosen, w.weekday))))!;
  return withStoryDate(doc, kept, late, chosen, tied, `the text's "${toldWords(doc, tied)}" is ${fmt(weekdayBefore(chosen, tied.weekday))}, a day it states`, support);
}

/**
 * A text that tells of days of its own week ("the ministry said on Friday") was written within days of what it dates: when
 * its latest dated fact lies at most WRITTEN_WITHIN_DAYS before the page date, another date the page shows a month or more
 * later (a header widget's scrape day beside the post's own footer stamp) is not the writing day: say so. Only a stamp of
 * another kind than the page date's (a comment's stamp is another post).
 */
function recentCheck(doc: CleanDocument, cands: Candidate[], kept: DocDate, chosen: Ymd, support: Evidence[],
  weekdays: NonNullable<TextTime['pastWeekdays']>, stated: Evidence[]): DocDate {
  const latest = stated.reduce<Ymd | null>((a, e) => (!a || diffDays(a, e.ymd) > 0 ? e.ymd : a), null);
  if (!latest || diffDays(latest, chosen) < 0 || diffDays(latest, chosen) > WRITTEN_WITHIN_DAYS) return kept;
  const late = cands.find((c) => diffDays(chosen, c.ymd) > WIDGET_GAP_DAYS && c.method !== kept.provenance.method && !swappedReading(c, chosen));
  if (!late) return kept;
  const told = weekdays[0]!;
  return withStoryDate(doc, kept, late, chosen, told, `the text tells "${toldWords(doc, told)}" as a day of its week, and the last day it dates is days before ${fmt(chosen)}`, support);
}

/** The words of a span of the text, without the punctuation that closes them ("on Thursday," → "on Thursday"). */
const toldWords = (doc: CleanDocument, span: { start: number; end: number }): string => doc.text.slice(span.start, span.end).replace(/[\s,.;:]+$/, '');

/**
 * The page date kept, flagged against another date the page shows (`late`) that is not the story's, `why` in the text's
 * own words: the span that tells it leads the flag's evidence.
 */
function withStoryDate(doc: CleanDocument, kept: DocDate, late: Candidate, chosen: Ymd, span: { start: number; end: number }, why: string,
  support: Evidence[]): DocDate {
  const flag = flagFor(doc, fmt(late.ymd), fmt(chosen), `a ${late.method} date "${late.raw ?? fmt(late.ymd)}" on the page is not the story's: ${why}`, support);
  return { ...kept, flag: { ...flag, evidence: [{ documentId: doc.id, start: span.start, end: span.end }, ...(flag.evidence ?? [])].slice(0, 3) } };
}
