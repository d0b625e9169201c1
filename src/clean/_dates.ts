/** Date strings of any common shape → ISO, and the choice among candidates. */
import * as chrono from 'chrono-node';
import type { DateCandidate } from '../contract/pipeline.ts';
import { MIN_YEAR } from './constants.ts';
import { DATE_PATTERNS as D } from './_date-patterns.ts';

const MAX_YEAR = 2100;
/** Reference for chrono: zone-less stamps are read as UTC, so results never depend on the machine. */
const REF_INSTANT = new Date(Date.UTC(2000, 0, 1));

function validYear(y: number): boolean { return y >= MIN_YEAR && y <= MAX_YEAR; }

/** ISO date (YYYY-MM-DD) or date-time (full ISO, UTC) for `raw`, or null when it holds no date. */
export function toIsoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim().slice(0, 200);
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
        const t = new Date(s.replace(' ', 'T'));
        const off = D.isoOffset.exec(s);
        if (!Number.isNaN(t.getTime())) return withOffset(t, off ? (off[1] === '-' ? -1 : 1) * (+off[2] * 60 + +off[3]) : 0);
      }
      return `${y}-${m}-${d}`;
    }
    const compact = D.compactDate.exec(s);
    if (compact && validYear(+compact[1]) && +compact[2] >= 1 && +compact[2] <= 12 && +compact[3] >= 1 && +compact[3] <= 31) {
      return `${compact[1]}-${compact[2]}-${compact[3]}`;
    }
    const numeric = D.numericDate.exec(s);
    if (numeric) return numericDate(numeric, s);
    // A numeric date later in the line ("… currency on 12.06.2025"): our day/month rules, not chrono's US reading.
    const anywhere = D.numericDateAnywhere.exec(s);
    if (anywhere) {
      const rest = s.slice(anywhere.index);
      const again = D.numericDateAnywhere.exec(rest);
      if (again) return numericDate(again, rest);
    }
    const r = chrono.strict.parse(s.replace(D.dottedTime, '$1:$2'), { instant: REF_INSTANT, timezone: 'UTC' })[0];
    if (!r || !r.start.isCertain('year') || !r.start.isCertain('day')) return null;
    const y = r.start.get('year') ?? 0;
    if (!validYear(y)) return null;
    if (r.start.isCertain('hour')) return withOffset(r.start.date(), r.start.isCertain('timezoneOffset') ? r.start.get('timezoneOffset') ?? 0 : 0);
    const pad = (n: number | null): string => String(n ?? 0).padStart(2, '0');
    return `${y}-${pad(r.start.get('month'))}-${pad(r.start.get('day'))}`;
  } catch {
    return null;
  }
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
  const a = +m[1], b = +m[3], y = +m[4];
  const df = m[2] === '.' || a > 12 || (b <= 12 && dayFirst);
  const [day, month] = df ? [a, b] : [b, a];
  if (!validYear(y) || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const t = D.clockTime.exec(s.slice(m[0].length));
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

/** A date in the page URL: /2019/11/19/, /2019-11-19-, /20191119/. */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  const m = D.urlDate.exec(url);
  if (!m) return null;
  return toIsoDate(`${m[1]}-${m[2]}-${m[3]}`);
}

/** Day part of an ISO value, for comparisons. */
export function dayOf(iso: string): string { return iso.slice(0, 10); }

/** Method order: structured metadata first, then the page's own visible stamps, then the URL, then widgets. */
const METHOD_RANK: Record<DateCandidate['method'], number> = {
  'json-ld': 0, meta: 1, input: 2, time: 3, timestamp: 4, url: 5, dateline: 6, inferred: 7, none: 8,
};

/** The candidate to use as publish date: best method; among equal methods, the earliest. */
export function chooseDate(cands: DateCandidate[]): DateCandidate | null {
  let best: DateCandidate | null = null;
  for (const c of cands) {
    if (!best) { best = c; continue; }
    const a = METHOD_RANK[c.method], b = METHOD_RANK[best.method];
    if (a < b || (a === b && c.value < best.value)) best = c;
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
