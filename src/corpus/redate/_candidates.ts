/** Candidate publish days for an undated page, around the days of its story's trusted pages. */
import { epochDay } from '../../analyse/dates/index.ts';
import { DAYS_AFTER_LATEST, DAYS_BEFORE_EARLIEST, MAX_CANDIDATES } from './constants.ts';

/**
 * Every day from a few days (`daysBefore`) before each trusted page to two weeks after it (a page is written after
 * what it reports, and round-ups come days later), nearest-to-a-page first when the union is too long.
 * Returned in calendar order.
 */
export function candidateDays(trustedDates: string[], daysBefore = DAYS_BEFORE_EARLIEST): number[] {
  const pages = [...new Set(trustedDates.map((d) => epochDay(d.slice(0, 10))).filter((d): d is number => d !== null))];
  const distance = new Map<number, number>();
  for (const p of pages) {
    for (let day = p - daysBefore; day <= p + DAYS_AFTER_LATEST; day++) {
      const d = Math.abs(day - p);
      if (d < (distance.get(day) ?? Infinity)) distance.set(day, d);
    }
  }
  const kept = [...distance].sort((a, b) => a[1] - b[1] || a[0] - b[0]).slice(0, MAX_CANDIDATES).map(([day]) => day);
  return kept.sort((a, b) => a - b);
}

/** ISO day of an epoch day. */
export function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
