/** Date strings of any common shape → ISO, and the choice among candidates. */
import * as chrono from 'chrono-node';
import type { DateCandidate } from '../contract/pipeline.ts';
import { MIN_YEAR } from './constants.ts';
import { DATE_PATTERNS as D } from './_date-patterns.ts';
import { LINE_PATTERNS as L } from './patterns.ts';

const MAX_YEAR = 2100;
/** Reference for chrono: zone-less stamps are read as UTC, so results never depend on the machine. */
const REF_INSTANT = new Date(Date.UTC(2000, 0, 1));

function validYear(y: number): boolean { return y >= MIN_YEAR && y <= MAX_YEAR; }

/** Spaces inside numbers closed up, as tokenisers and some sites write them: "08 / 02 / 2013 11: 10 am", "2013 - 09 - 26", "7: 15 a. m."; a dash or "@" before the clock time dropped. */
export function tidy(s: string): string {
  return s.replace(D.spacedSeparator, '$1$2').replace(D.spacedClock, '$1:$2').replace(D.spacedMeridiem, '$1.$2.').replace(D.clockSeparator, '$1 ');
}

/** ISO date (YYYY-MM-DD) or date-time (full ISO, UTC) for `raw`, or null when it holds no date. */
export function toIsoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = tidy(raw.trim().slice(0, 200));
  if (!s) return null;
  try {
    if (D.epoch.test(s)) {
      const n = Number(s);
      const d = new Date(s.length > 11 ? n : n * 1000);
      return validYear(d.getUTCFullYear()) ? d.toISOString() : null;
    }
    const iso = D.isoDate.exec(s);
    if (iso) {
      const [, y, m, d] = iso;
      if (!validYear(+y) || +m < 1 || +m > 12 || +d < 1 || +d > 31) return null;
      if (D.isoTime.test(s)) {
        const t = new Date(s.replace(' ', 'T').replace(D.looseIsoOffset, '$1:$2'));
        const off = D.isoOffset.exec(s);
        if (!Number.isNaN(t.getTime())) return withOffset(t, off ? (off[1] === '-' ? -1 : 1) * (+off[2] * 60 + +off[3]) : 0);
      }
      return `${y}-${m}-${d}`;
    }
    const compact = D.compactDate.exec(s);
    if (compact && validYear(+compact[1]) && +compact[2] >= 1 && +compact[2] <= 12 && +compact[3] >= 1 && +compact[3] <= 31) {
      return `${compact[1]}-${compact[2]}-${compact[3]}`;
    }
    const ymd = D.ymdDate.exec(s);
    if (ymd) return dayMonthYear(+ymd[4], +ymd[3], +ymd[1], s.slice(ymd.index + ymd[0].length));
    const numeric = D.numericDate.exec(s);
    if (numeric) return numericDate(numeric, s);
    // A numeric date later in the line ("… currency on 12.06.2025"): our day/month rules, not chrono's US reading.
    const anywhere = D.numericDateAnywhere.exec(s);
    if (anywhere) {
      const rest = s.slice(anywhere.index);
      const again = D.numericDateAnywhere.exec(rest);
      if (again) return numericDate(again, rest);
    }
    const r = statedDate(s);
    if (!r) return null;
    const y = r.start.get('year') ?? 0;
    if (!validYear(y)) return null;
    if (r.start.isCertain('hour')) return withOffset(r.start.date(), r.start.isCertain('timezoneOffset') ? r.start.get('timezoneOffset') ?? 0 : 0);
    const pad = (n: number | null): string => String(n ?? 0).padStart(2, '0');
    return `${y}-${pad(r.start.get('month'))}-${pad(r.start.get('day'))}`;
  } catch {
    return null;
  }
}

/** Parsers for month names in other languages, tried after English (chrono's own locales). */
const OTHER_LOCALES = [chrono.de, chrono.fr, chrono.es, chrono.it, chrono.pt, chrono.nl, chrono.sv, chrono.id, chrono.ru, chrono.uk, chrono.ja];

/**
 * The first date with its day and year stated: English first, then the other locales when the text
 * states a year. A relative stamp ("Published 3 hours ago", "yesterday") is dated by chrono against
 * its reference instant, not the page's day, so a result whose year is not written in its text is none.
 */
function statedDate(s: string): chrono.ParsedResult | null {
  const ok = (r: chrono.ParsedResult | undefined): r is chrono.ParsedResult =>
    !!r && r.start.isCertain('year') && r.start.isCertain('day') && writesYear(r.text, r.start.get('year') ?? 0);
  const opts = { instant: REF_INSTANT, timezone: 'UTC' };
  const en = chrono.strict.parse(s.replace(D.dottedTime, '$1:$2'), opts).find(ok);
  if (en) return en;
  if (!D.statedYear.test(s)) return null;
  for (const loc of OTHER_LOCALES) {
    const r = loc.strict.parse(s, opts).find(ok);
    if (r) return r;
  }
  return null;
}

/** True when `text` writes the year `y` out (four digits, or two after an apostrophe or in a numeric date). */
function writesYear(text: string, y: number): boolean {
  return text.includes(String(y)) || new RegExp(`(?:'|[/.-])${String(y % 100).padStart(2, '0')}\\b`).test(text);
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * An instant as ISO: UTC ("…Z") when the source gave no offset or a zero one, else the publisher's
 * wall time with its offset ("2019-11-19T19:53:52-05:00"), so that the day (the first 10
 * characters, which later stages read) is the publisher's day, not the next UTC day.
 */
function withOffset(t: Date, offsetMinutes: number): string {
  if (!offsetMinutes) return t.toISOString();
  const local = new Date(t.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const a = Math.abs(offsetMinutes);
  return `${local}${offsetMinutes < 0 ? '-' : '+'}${pad2(Math.floor(a / 60))}:${pad2(a % 60)}`;
}

/**
 * "11/06/2025 – 21:05", "12.06.2025 09:40": day-first when the separator is a dot, when the first
 * number cannot be a month, or when `dayFirst` says so; month-first (US) otherwise.
 */
function numericDate(m: RegExpExecArray, s: string, dayFirst = numericDayFirst): string | null {
  const a = +m[1], b = +m[3];
  const df = m[2] === '.' || a > 12 || (b <= 12 && dayFirst);
  return dayMonthYear(df ? a : b, df ? b : a, +m[4], s.slice(m.index + m[0].length));
}

/** ISO for a day, month and year already told apart, with a clock time when one follows ("… 14:02"). */
function dayMonthYear(day: number, month: number, y: number, after: string): string | null {
  if (!validYear(y) || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const t = D.clockTime.exec(after);
  if (t) return new Date(Date.UTC(y, month - 1, day, +t[1], +t[2])).toISOString();
  return `${y}-${pad2(month)}-${pad2(day)}`;
}

/** Slash dates with both numbers ≤ 12 are read day-first while this is set (see withDayFirst). */
let numericDayFirst = false;

/** Runs `fn` with ambiguous slash dates read day-first (the document names the day-first month). */
export function withDayFirst<T>(dayFirst: boolean, fn: () => T): T {
  const saved = numericDayFirst;
  numericDayFirst = dayFirst;
  try { return fn(); } finally { numericDayFirst = saved; }
}

const URL_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A date in the page URL: /2019/11/19/, /2019-11-19-, /2019/nov/19/. */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  const m = D.urlDate.exec(url);
  if (m) return toIsoDate(`${m[1]}-${m[2]}-${m[3]}`);
  const n = D.urlNamedDate.exec(url);
  return n ? dayMonthYear(+n[3], URL_MONTHS.indexOf(n[2].toLowerCase()) + 1, +n[1], '') : null;
}

/** Day part of an ISO value, for comparisons. */
export function dayOf(iso: string): string { return iso.slice(0, 10); }

/** Method order: structured metadata first, then the page's own visible stamps, then the URL, then widgets. */
const METHOD_RANK: Record<DateCandidate['method'], number> = {
  'json-ld': 0, meta: 1, input: 2, time: 3, timestamp: 4, url: 5, dateline: 6, inferred: 7, none: 8,
};

/** Stamps read off the page's text, where page order tells the article's own stamp from teasers further on. */
const IN_PAGE_ORDER: ReadonlySet<DateCandidate['method']> = new Set(['timestamp', 'dateline']);

/**
 * True when `c` is a better publish date than `best`: a better method; then a stamp not labelled
 * "Updated"/"Modified"; then, for stamps in the text, the first on the page (a teaser or a date in
 * the body comes later), for structured values the earliest.
 */
function better(c: DateCandidate, best: DateCandidate): boolean {
  const a = METHOD_RANK[c.method], b = METHOD_RANK[best.method];
  if (a !== b) return a < b;
  const ma = L.modifiedLabel.test(c.raw), mb = L.modifiedLabel.test(best.raw);
  if (ma !== mb) return mb;
  return !IN_PAGE_ORDER.has(c.method) && c.value < best.value;
}

/** The candidate to use as publish date (see `better`), in the publisher's wall time when the page shows it. */
export function chooseDate(cands: DateCandidate[]): DateCandidate | null {
  let best: DateCandidate | null = null;
  for (const c of cands) if (!best || better(c, best)) best = c;
  return best ? inLocalTime(best, cands) : null;
}

const MINUTE_MS = 60_000;
/** Zone offsets are whole quarter hours, at most 14 hours from UTC. */
const OFFSET_STEP_MIN = 15;
const MAX_OFFSET_MIN = 14 * 60;

/**
 * A UTC instant ("2019-11-19T04:58:46Z") that the page also gives as its wall time without a zone
 * ("2019-11-18 20:58:46", or "November 18, 2019 8:58 PM": the same minute a whole zone offset away) is written in that wall time with
 * its offset, so that its day is the publisher's day; whichever of the two was chosen.
 */
function inLocalTime(best: DateCandidate, cands: DateCandidate[]): DateCandidate {
  const timed = (c: DateCandidate): boolean => c.value.length > 10 && c.value.endsWith('Z');
  if (!timed(best)) return best;
  const bestZoned = D.statedZone.test(best.raw);
  for (const c of cands) {
    if (c === best || !timed(c) || D.statedZone.test(c.raw) === bestZoned) continue;
    const [utc, wall] = bestZoned ? [best, c] : [c, best];
    // A wall time shown without seconds ("11:03 PM") is the instant cut to its minute.
    const ms = Date.parse(wall.value) - Date.parse(utc.value);
    const diff = Math.ceil(ms / MINUTE_MS);
    if (diff && diff * MINUTE_MS - ms < MINUTE_MS && Math.abs(diff) <= MAX_OFFSET_MIN && diff % OFFSET_STEP_MIN === 0) {
      return { ...best, value: withOffset(new Date(utc.value), diff) };
    }
  }
  return best;
}

/** Adds a candidate once per (value, method). */
export function pushCandidate(list: DateCandidate[], method: DateCandidate['method'], raw: string | null | undefined): void {
  const value = toIsoDate(raw);
  if (!value || !raw) return;
  if (list.some((c) => c.value === value && c.method === method)) return;
  list.push({ value, method, raw: raw.trim().slice(0, 200) });
}
