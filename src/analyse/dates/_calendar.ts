/** Small UTC calendar helpers on "YYYY-MM-DD" strings. */
import { REFERENCE_HOUR_UTC } from './constants.ts';

export interface Ymd { y: number; m: number; d: number }

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function fmt({ y, m, d }: Ymd): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Parse the calendar day at the start of an ISO string; null when it is not one. */
export function parseYmd(iso: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return null;
  const ymd = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  return valid(ymd) ? ymd : null;
}

export function valid({ y, m, d }: Ymd): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1000 || y > 9999) return false;
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}

export function toDate({ y, m, d }: Ymd): Date {
  return new Date(Date.UTC(y, m - 1, d, REFERENCE_HOUR_UTC));
}

export function fromDate(dt: Date): Ymd {
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(a: Ymd, n: number): Ymd {
  return fromDate(new Date(toDate(a).getTime() + n * 86_400_000));
}

/** Days since 1970-01-01 of an ISO date value of any precision ("2025", "2025-06", "2025-06-11"), taking its first day; null without a year. */
export function epochDay(value: string): number | null {
  const [y, m, d] = value.split('-').map(Number);
  return y ? Date.UTC(y, (m ?? 1) - 1, d ?? 1) / 86_400_000 : null;
}

/** Whole days from a to b (b - a). */
export function diffDays(a: Ymd, b: Ymd): number {
  return Math.round((toDate(b).getTime() - toDate(a).getTime()) / 86_400_000);
}

/** 0 = Sunday. */
export function weekday(a: Ymd): number {
  return toDate(a).getUTCDay();
}

/** First day of a value at day/month/year precision, as a Ymd for ordering. */
export function startOf(value: string): Ymd | null {
  const [y, m, d] = value.split('-').map(Number);
  if (!y) return null;
  return { y, m: m ?? 1, d: d ?? 1 };
}

/**
 * Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher").
 * Hand-written: a dozen lines of arithmetic; the holiday libraries bring country rule sets we do not need.
 */
export function easterSunday(y: number): Ymd {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100;
  const d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The nth given weekday (0 = Sunday) of a month: the fourth Thursday of November; nth -1 is the last (Memorial Day). */
export function nthWeekday(y: number, m: number, wd: number, nth: number): Ymd {
  if (nth < 0) {
    const last = addDays({ y: m === 12 ? y + 1 : y, m: (m % 12) + 1, d: 1 }, -1);
    return addDays(last, -((weekday(last) - wd + 7) % 7));
  }
  const first = weekday({ y, m, d: 1 });
  return { y, m, d: 1 + ((wd - first + 7) % 7) + (nth - 1) * 7 };
}
