/**
 * The strict flag check: does a system flag SAY what the gold flag says, beyond naming the same
 * documents? A number flag must quote two figures the gold note states as clashing, a date flag two
 * days the note gives, a misdated-page flag the page date the note names, a wording flag two of the
 * note's quoted wordings. Duplicate and second-hand flags are judged by their documents alone.
 *
 * The figures and days of gold notes are read here, not by the pipeline's readers: the scorer must
 * not share the errors it scores, and the notes are terse ("eleven (the Post) vs 9 (the Wire)") where
 * src's findNumbers reads only counted figures ("11 boatmen") and skips bare ones.
 */
import { keyTerms } from '../src/analyse/claims/index.ts';

// ---------------------------------------------------------------- figures

const SMALL: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = {
  hundred: 100, hundreds: 100, thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9,
  billion: 1e9, billions: 1e9, bn: 1e9, m: 1e6, k: 1e3, dozen: 12,
};
/** Minutes per time unit: "two-hour" and "forty minutes" are figures of one kind. */
const MINUTES: Record<string, number> = { minute: 1, minutes: 1, min: 1, mins: 1, hour: 60, hours: 60, hr: 60, hrs: 60 };
const LOWER_BOUND = /(?:more than|over|at least|upwards of|in excess of|above)\s+$/i;
const UPPER_BOUND = /(?:no more than|up to|fewer than|less than|under|at most|below)\s+$/i;

/** A figure: its value (durations in minutes) and the range its wording allows ("more than 250" allows 270). */
export interface NoteFigure { value: number; duration: boolean; lo: number; hi: number; at: number }

/** Words and numerals with their offsets; "12-million-ducat" and "two-hour" split at the hyphens. */
const tokens = (text: string): { w: string; at: number }[] =>
  [...text.matchAll(/\$?\d[\d,.]*\d(?:m|bn|k)?\b|\$?\d(?:m|bn|k)?\b|[\p{L}]+/gu)].map((m) => ({ w: m[0], at: m.index! }));

/** The value of a numeral ("1,260", "3,6" before a scale, "$7m"): null when it is none. */
function numeralValue(w: string, scaleFollows: boolean): { value: number; scale: number } | null {
  const m = /^\$?(\d[\d,.]*)(m|bn|k)?$/.exec(w);
  if (!m) return null;
  let digits = m[1]!;
  // A decimal comma before a scale ("3,6 Milliards"); other commas group thousands.
  if (scaleFollows && /^\d+,\d{1,2}$/.test(digits)) digits = digits.replace(',', '.');
  const value = parseFloat(digits.replace(/,/g, ''));
  return Number.isFinite(value) ? { value, scale: m[2] ? SCALES[m[2]]! : 1 } : null;
}

/**
 * Every figure written in `text`, in words or digits, with scale words ("half a billion",
 * "a hundred thousand", "twelve hundred", "30 Millions"), a time unit ("two-hour") and a bound
 * before it ("more than 16,000"). Dates should be blanked out first (see `withoutDates`).
 */
export function readFigures(text: string): NoteFigure[] {
  const ts = tokens(text);
  const out: NoteFigure[] = [];
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    const lw = t.w.toLowerCase();
    const next = ts[i + 1]?.w.toLowerCase() ?? '';
    let j = i + 1;
    let value: number | null = null;
    if (/^\$?\d/.test(lw)) {
      // "LX-310": a model code is no figure.
      if (/[\p{L}]-$/u.test(text.slice(Math.max(0, t.at - 2), t.at))) continue;
      const n = numeralValue(lw, next in SCALES);
      if (!n) continue;
      value = n.value * n.scale;
    } else if (lw in SMALL || lw in TENS) {
      value = lw in TENS ? TENS[lw]! + (next in SMALL && text[ts[i + 1]!.at - 1] === '-' ? SMALL[next]! : 0) : SMALL[lw]!;
      if (lw in TENS && value !== TENS[lw]) j++;
    } else if ((lw === 'a' || lw === 'an') && next in SCALES && !['m', 'k', 'bn'].includes(next)) {
      value = 1;
    } else if (lw === 'half' && (next === 'a' || next === 'an') && ((ts[i + 2]?.w.toLowerCase() ?? '') in SCALES || (ts[i + 2]?.w.toLowerCase() ?? '') in MINUTES)) {
      // "half a billion"; "half an hour" is thirty minutes, as a flag quotes it.
      value = 0.5;
      j++;
    } else continue;
    // Scale words after the figure ("30 Millions", "a hundred thousand", "a dozen"); "m" and "k"
    // scale only a numeral they are glued to ("$7m"), read above.
    while (ts[j] && ts[j]!.w.toLowerCase() in SCALES && !['m', 'k', 'bn'].includes(ts[j]!.w.toLowerCase())) {
      value *= SCALES[ts[j]!.w.toLowerCase()]!;
      j++;
    }
    const unit = ts[j]?.w.toLowerCase() ?? '';
    const duration = unit in MINUTES;
    if (duration) value *= MINUTES[unit]!;
    const before = text.slice(Math.max(0, t.at - 30), t.at);
    const lo = LOWER_BOUND.test(before) && !UPPER_BOUND.test(before) ? value : UPPER_BOUND.test(before) ? 0 : value;
    const hi = LOWER_BOUND.test(before) && !UPPER_BOUND.test(before) ? Infinity : value;
    out.push({ value, duration, lo, hi, at: t.at });
    i = j - 1;
  }
  return out;
}

const MONTH_NAMES = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAY_NAMES = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun';
const DATE_PHRASES = [
  /\b\d{4}-\d\d-\d\d\b/g, /\b\d{1,2}\.\d{1,2}\.\d{2,4}\b/g, /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/g, /\b\d{1,2}:\d\d\b/g,
  new RegExp(`\\b(?:${WEEKDAY_NAMES})\\b\\.?`, 'gi'),
  new RegExp(`\\b(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_NAMES})\\b\\.?(?:,?\\s+\\d{4})?`, 'gi'),
  new RegExp(`\\b(?:${MONTH_NAMES})\\b\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4})?`, 'gi'),
  new RegExp(`\\b(?:${MONTH_NAMES})\\b\\.?\\s+\\d{4}\\b`, 'gi'),
  /\bthe\s+\d{1,2}(?:st|nd|rd|th)\b/gi, /\b(?:19|20)\d\d\b/g,
];

/** The text with its dates blanked (same length), so "Friday 17 July 2026" gives no figure 17. */
export const withoutDates = (text: string): string =>
  DATE_PHRASES.reduce((t, re) => t.replace(re, (m) => ' '.repeat(m.length)), text);

/** The two figures a number flag quotes: `Sources disagree on a figure: "X" (A) vs "Y" (B).` */
export function flagFigures(message: string): [string, string] | null {
  const m = /^Sources disagree on a figure: "(.*?)" \(.*\) vs "(.*?)" \([^)]*\)\.?$/.exec(message);
  return m ? [m[1]!, m[2]!] : null;
}

const sameFigure = (a: NoteFigure, b: NoteFigure): boolean => a.duration === b.duration && Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, a.value);
/** Two gold figures that can both be true ("270 million" and "more than 250 million") are no clash. */
const apart = (a: NoteFigure, b: NoteFigure): boolean => a.hi < b.lo || b.hi < a.lo;

/**
 * Times of day written in `text`, as minutes after midnight: "6:51 p.m.", "6.51pm", "18:52", "2.05am",
 * "5:40", "7pm". A bare number is no time; a decimal ("3.25 million") is one only with am/pm, and a
 * dotted date ("14.01.2026") never. Read before dates are blanked, since `withoutDates` blanks "h:mm".
 */
export function readClocks(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(?<![\d.:])(\d{1,2})(?:([:.])(\d\d))?\s?([ap])\.?\s?m\b\.?|(?<![\d.:])(\d{1,2}):(\d\d)(?![\d.:]\d)/gi)) {
    if (m[1] !== undefined) {
      const h = +m[1] % 12 + (m[4]!.toLowerCase() === 'p' ? 12 : 0);
      if (+m[1] <= 12) out.push(h * 60 + (m[3] ? +m[3] : 0));
    } else if (+m[5]! < 24 && +m[6]! < 60) out.push(+m[5]! * 60 + +m[6]!);
  }
  return out;
}

/** An hour and minutes told without am/pm: 13-23 o'clock is one time, 1-12 o'clock may be morning or evening. */
const hourReadings = (h: number, min: number): number[] =>
  h > 23 || min > 59 ? [] : h > 12 ? [h * 60 + min] : [(h % 12) * 60 + min, (h % 12 + 12) * 60 + min];

/**
 * The times of day a flag's quoted figure can be, in minutes after midnight: "6:51 p.m." and "18:52"
 * one each; a bare "12.29" or "6:52" (the page gave no am/pm) both its morning and its evening.
 */
function quotedClocks(figure: string): number[] {
  const bare = /^\s*(\d{1,2})[.:](\d\d)\s*$/.exec(figure);
  if (bare) return hourReadings(+bare[1]!, +bare[2]!);
  const cs = readClocks(figure);
  return cs.length === 1 ? cs : [];
}

/**
 * Every time of day a note states: those `readClocks` reads, plus a bare dotted "12.29" (a note may copy
 * the page's own writing), read both ways. Only ever compared with two quoted times, so a decimal
 * ("3.25 million") read as a time here cannot make a flag on other figures match.
 */
function notedClocks(note: string): Set<number> {
  const out = new Set(readClocks(note));
  for (const m of note.matchAll(/(?<![\d.:])(\d{1,2})\.(\d\d)(?![\d.:]|\s?[ap]\.?\s?m\b)/gi)) {
    for (const r of hourReadings(+m[1]!, +m[2]!)) out.add(r);
  }
  return out;
}

/**
 * A number flag says what the note says: each quoted figure is a figure the note states, and the two
 * are figures the note sets against each other, not two the note calls compatible. Two times of day
 * are read as times ("6:51 p.m." is the note's "6.51pm", "18:52" its "6.52pm"), not as the figures 6 and 18.
 */
export function numberFlagMatches(message: string, note: string): boolean {
  const quoted = flagFigures(message);
  if (!quoted) return false;
  const [ca, cb] = quoted.map(quotedClocks) as [number[], number[]];
  if (ca.length > 0 && cb.length > 0) {
    const noted = notedClocks(note);
    return !ca.some((x) => cb.includes(x)) && ca.some((x) => noted.has(x)) && cb.some((x) => noted.has(x));
  }
  const [a, b] = quoted.map((q) => readFigures(q)[0]);
  if (!a || !b) return false;
  const stated = readFigures(withoutDates(note));
  const asA = stated.filter((g) => sameFigure(g, a));
  const asB = stated.filter((g) => sameFigure(g, b));
  return asA.some((x) => asB.some((y) => apart(x, y)));
}

// ---------------------------------------------------------------- days

const MONTH_INDEX = (name: string): number => ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(name.slice(0, 3).toLowerCase()) + 1;
const WEEKDAY_INDEX = (name: string): number => ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].indexOf(name.slice(0, 3).toLowerCase());
const DAY_MS = 86_400_000;

const iso = (y: number, m: number, d: number): string | null => {
  const t = Date.UTC(y, m - 1, d);
  const x = new Date(t);
  return m >= 1 && m <= 12 && x.getUTCDate() === d && x.getUTCMonth() === m - 1 ? x.toISOString().slice(0, 10) : null;
};
const weekdayOf = (day: string): number => new Date(`${day}T00:00:00Z`).getUTCDay();
const daysApart = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS;

/**
 * The days a gold note writes ("Saturday 31 October 2026", "on November 1", "31.10.2026", "10/31/2026",
 * "Aug. 21", "the 19th"), yearless ones in each of `years`, a bare day of the month in each of `months`
 * ("YYYY-MM"). Slashed days are read both ways round (day/month and month/day).
 */
export function noteDays(note: string, years: number[], months: string[] = []): Set<string> {
  const out = new Set<string>();
  const add = (y: number | null, m: number, d: number): void => {
    for (const year of y ? [y] : years) { const x = iso(year, m, d); if (x) out.add(x); }
  };
  for (const m of note.matchAll(/\b(\d{4})-(\d\d)-(\d\d)\b/g)) add(+m[1]!, +m[2]!, +m[3]!);
  for (const m of note.matchAll(/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g)) add(+m[3]!, +m[2]!, +m[1]!);
  for (const m of note.matchAll(/\b(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?\b/g)) {
    const y = m[3] ? +m[3] : null;
    add(y, +m[2]!, +m[1]!);
    add(y, +m[1]!, +m[2]!);
  }
  const dayMonth = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAMES})\\b\\.?(?:,?\\s+(\\d{4}))?`, 'gi');
  for (const m of note.matchAll(dayMonth)) add(m[3] ? +m[3] : null, MONTH_INDEX(m[2]!), +m[1]!);
  const monthDay = new RegExp(`\\b(${MONTH_NAMES})\\b\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*[:.]\\d)(?:,?\\s+(\\d{4}))?`, 'gi');
  for (const m of note.matchAll(monthDay)) add(m[3] ? +m[3] : null, MONTH_INDEX(m[1]!), +m[2]!);
  // "on the 19th", "Sunday the 26th": a day of the month the flag's own days name.
  for (const m of note.matchAll(new RegExp(`\\bthe\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?(?:${MONTH_NAMES})\\b)`, 'gi'))) {
    for (const ym of months) { const x = iso(+ym.slice(0, 4), +ym.slice(5, 7), +m[1]!); if (x) out.add(x); }
  }
  return out;
}

/** Weekdays the note names without a date beside them ("on Monday" in one outlet), as 0 (Sunday) … 6. */
export function bareWeekdays(note: string): Set<number> {
  const out = new Set<number>();
  const re = new RegExp(`\\b(${WEEKDAY_NAMES})\\b\\.?(?!,?\\s+(?:(?:morning|afternoon|evening|night)\\s+)?(?:the\\s+)?(?:\\d|(?:${MONTH_NAMES})\\b))`, 'gi');
  for (const m of note.matchAll(re)) out.add(WEEKDAY_INDEX(m[1]!));
  return out;
}

/** The two sides of a claim date flag: a day ("2026-10-31") or a weekday ("Tuesday"). */
export function flagDays(message: string): [string, string] | null {
  const m = /^Sources disagree on a date: (\d{4}-\d\d-\d\d|[A-Z][a-z]+day) \(.*\) vs (\d{4}-\d\d-\d\d|[A-Z][a-z]+day) \([^)]*\)\.?$/.exec(message);
  return m ? [m[1]!, m[2]!] : null;
}

/** Within a week of each other: a weekday the note names without a date is read as the one near the other side's day. */
const NEAR_DAYS = 6;

/**
 * Does the note give this side of a date flag? A day: the note writes it, or names its weekday bare
 * near the other side's day ("Thursday 14 May" vs "on Wednesday"). A weekday: the note names it bare,
 * or writes a day of that weekday near the other side's day.
 */
function sideInNote(side: string, other: string | null, days: Set<string>, weekdays: Set<number>): boolean {
  if (/^\d/.test(side)) return days.has(side) || (!!other && weekdays.has(weekdayOf(side)) && daysApart(side, other) <= NEAR_DAYS);
  const w = WEEKDAY_INDEX(side);
  return weekdays.has(w) || (!!other && [...days].some((d) => weekdayOf(d) === w && daysApart(d, other) <= NEAR_DAYS));
}

/** A claim date flag says what the note says: both of its days (or weekdays) are in the note. `years`: the gold documents' years. */
export function dateFlagMatches(message: string, note: string, years: number[]): boolean {
  const sides = flagDays(message);
  if (!sides) return false;
  const isoSides = sides.filter((s) => /^\d/.test(s));
  const ys = [...new Set([...isoSides.map((s) => +s.slice(0, 4)), ...years])];
  const days = noteDays(note, ys, isoSides.map((s) => s.slice(0, 7)));
  const weekdays = bareWeekdays(note);
  const [a, b] = sides;
  const otherOf = (s: string): string | null => (s === a ? (/^\d/.test(b) ? b : null) : (/^\d/.test(a) ? a : null));
  return sideInNote(a, otherOf(a), days, weekdays) && sideInNote(b, otherOf(b), days, weekdays);
}

/** The days a page flag states: a misdated page's printed date and the day used instead, an undated page's inferred day. */
export const pageFlagDays = (message: string): string[] => [...message.matchAll(/\b\d{4}-\d\d-\d\d\b/g)].map((m) => m[0]);

// ---------------------------------------------------------------- wordings

/** The two wordings a quote-wording flag shows: `… is worded N ways: "W1" (A) vs "W2" (B).` */
export function flagWordings(message: string): [string, string] | null {
  const m = /is worded \d+ ways: "(.*?)" \([^()]*\) vs "(.*)" \([^()]*\)\.?$/.exec(message);
  return m ? [m[1]!, m[2]!] : null;
}

const CLOSERS: Record<string, string> = { '"': '"', '“': '”', '„': '“”', '«': '»', '»': '«' };

/**
 * The wordings a gold note quotes, in any of its quote marks; an opening mark never closed
 * („… (machine translation, unclosed)) runs to the note's next parenthesis or "vs".
 */
export function noteWordings(note: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < note.length; i++) {
    const closers = CLOSERS[note[i]!];
    if (!closers) continue;
    let end = -1;
    for (let k = i + 1; k < note.length; k++) if (closers.includes(note[k]!)) { end = k; break; }
    // A "closer" past the note's next "vs" opens the next wording: this one was never closed.
    if (end < 0 || /\svs\s/.test(note.slice(i + 1, end))) {
      const stop = /\s\(|\svs\s/.exec(note.slice(i + 1));
      end = stop ? i + 1 + stop.index : note.length;
    }
    const w = note.slice(i + 1, end).trim();
    if (w) out.push(w);
    i = end;
  }
  return out.length ? out : singleQuoted(note);
}

/**
 * A note written with single quotes only ('We warned the zoo' (PPA) vs 'We told the zoo' (Radio)): a
 * mark opens after a space, bracket or colon and closes before one, so the apostrophes of "don't"
 * and "the zoo's" stay inside the wording.
 */
function singleQuoted(note: string): string[] {
  const quoted = /(?<=^|[\s(:;,—–-])['‘]((?:[^'’]|['’](?=\p{L}))+?)['’](?=[\s.,;:!?)\]—–-]|$)/gu;
  return [...note.matchAll(quoted)].map((m) => m[1]!.trim()).filter((w) => w.length > 0);
}

/** Content words, lightly stemmed (the claims' own key terms), of a wording cut with "…" or "...". */
const terms = (w: string): Set<string> => new Set(keyTerms(w.replace(/…|\.\.\./g, ' ')));
const words = (w: string): string[] => w.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];

/** Words in a row two wordings share: a flag cuts a long quote at its end, a note at its start, and the two cuts meet in the middle. */
const SHARED_RUN_WORDS = 5;

function longestSharedRun(a: string[], b: string[]): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) {
    let k = 0;
    while (a[i + k] !== undefined && a[i + k] === b[j + k]) k++;
    best = Math.max(best, k);
  }
  return best;
}

/**
 * How much of the flag's wording `shown` a note's wording `quoted` covers (0 when they are not the
 * same line): they are the same line when more than half of the shorter one's content words are the
 * other's, or when they share a run of words. The score is the share of the shown wording's content
 * words the note's wording has, so a fragment ties with every longer wording that holds it.
 */
export function wordingCover(shown: string, quoted: string): number {
  const x = terms(shown);
  const y = terms(quoted);
  const shared = [...x].filter((t) => y.has(t)).length;
  const fewer = Math.min(x.size, y.size);
  const most = fewer > 0 && shared / fewer > 0.5 && (shared >= 2 || fewer === 1);
  if (!most && longestSharedRun(words(shown), words(quoted)) < SHARED_RUN_WORDS) return 0;
  // A run of function words alone ("and we will not be") still counts, just below any content word.
  return Math.max(shared, 0.5) / Math.max(x.size, 1);
}

const normalised = (w: string): string => w.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The note's wordings that cover most of `w` (several when they tie), normalised. */
function closestWordings(w: string, quoted: string[]): Set<string> {
  const scored = quoted.map((q) => ({ q: normalised(q), s: wordingCover(w, q) })).filter((x) => x.s > 0);
  const top = Math.max(0, ...scored.map((x) => x.s));
  return new Set(scored.filter((x) => x.s === top).map((x) => x.q));
}

/** Longest a note's quoted word swap can be ('told again with "five"'). */
const SWAP_MAX_WORDS = 3;

/**
 * The note quotes, on its own, words that one shown wording has and the other lacks: it tells the
 * variant as a swap of words ('"Four barges went down…" told again with "five"').
 */
function noteQuotesTheSwap(a: string, b: string, quoted: string[]): boolean {
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  return quoted.map(words).some((q) => q.length > 0 && q.length <= SWAP_MAX_WORDS
    && (q.every((w) => wa.has(w) && !wb.has(w)) || q.every((w) => wb.has(w) && !wa.has(w))));
}

/**
 * A wording flag says what the note says: its two wordings are most like two different wordings the
 * note quotes (a line shown twice with more or less around it is one wording), or are one quoted
 * wording with a swap of words the note quotes.
 */
export function wordingFlagMatches(message: string, note: string): boolean {
  const shown = flagWordings(message);
  if (!shown || normalised(shown[0]) === normalised(shown[1])) return false;
  const quoted = noteWordings(note);
  const [a, b] = shown.map((w) => closestWordings(w, quoted)) as [Set<string>, Set<string>];
  if (!a.size || !b.size) return false;
  return [...a].some((x) => [...b].some((y) => x !== y)) || noteQuotesTheSwap(shown[0], shown[1], quoted);
}

// ---------------------------------------------------------------- the check

export interface GoldFlagText { kind: string; note: string; files: readonly string[] }

/**
 * Does this system flag say what the gold flag says? Called only on pairs the document match
 * already backs. `years`: the years of the gold set's documents, for days the note writes without one.
 */
export function strictFlagMatch(kind: string, message: string, gold: GoldFlagText, years: number[]): boolean {
  if (kind !== gold.kind) return false;
  if (kind === 'number') return numberFlagMatches(message, gold.note);
  if (kind === 'quote-wording') return wordingFlagMatches(message, gold.note);
  if (kind !== 'date') return true;
  if (flagDays(message)) return dateFlagMatches(message, gold.note, years);
  // A page flag (misdated or undated) is about one page: only a gold flag of that page alone backs
  // it, and every day it states (the printed date, the day used instead, an inferred day) is one the note gives.
  if (gold.files.length !== 1) return false;
  const days = pageFlagDays(message);
  const noted = noteDays(gold.note, [...new Set(days.map((d) => +d.slice(0, 4)))]);
  return days.every((d) => noted.has(d));
}
