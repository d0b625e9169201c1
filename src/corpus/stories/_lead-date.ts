/**
 * The date a document carries in its first lines ("Updated: July 7, 2012", "9 September 2013",
 * "2012-07-07"): a dateline, whose year stands for the document's year when no publish date came with it.
 */
import { MONTH_NAMES } from '../../analyse/dates/index.ts';
import { LEAD_DATE_CHARS, MAX_YEAR, MIN_YEAR, MS_PER_DAY } from './constants.ts';
import { PATTERNS } from './patterns.ts';

/** Months by their first three letters, January first (a month's number is its index + 1). */
const MONTHS = MONTH_NAMES.map((m) => m.slice(0, 3));

function toDay(y: number, m: number, d: number): number {
  if (!(y >= MIN_YEAR && y <= MAX_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return NaN;
  const t = Date.UTC(y, m - 1, d);
  return new Date(t).getUTCDate() === d ? Math.floor(t / MS_PER_DAY) : NaN;
}

/** Day (since 1970) of the first full date in the lead of a text, or NaN. */
export function leadDay(title: string, text: string): number {
  const lead = `${title.slice(0, LEAD_DATE_CHARS)}\n${text.slice(0, LEAD_DATE_CHARS)}`;
  const re = new RegExp(PATTERNS.fullDate.source, PATTERNS.fullDate.flags);
  for (let m = re.exec(lead); m; m = re.exec(lead)) {
    const g = m.groups ?? {};
    let day = NaN;
    if (g.iy) day = toDay(+g.iy, +g.im!, +g.id!);
    else if (g.ay) day = toDay(+g.ay, MONTHS.indexOf(g.am!.slice(0, 3).toLowerCase()) + 1, +g.ad!);
    else if (g.by) day = toDay(+g.by, MONTHS.indexOf(g.bm!.slice(0, 3).toLowerCase()) + 1, +g.bd!);
    else if (g.dy) day = toDay(+g.dy, +g.dm!, +g.dd!);
    if (Number.isFinite(day)) return day;
  }
  return NaN;
}
