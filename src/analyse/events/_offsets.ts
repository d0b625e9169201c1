/**
 * Events dated by their distance from another event: "the first cargo ship docked three days
 * after the signing" is the signing's day plus three, once the text dates the signing elsewhere.
 */
import type { EventMention } from '../../contract/pipeline.ts';
import type { DateValue } from '../../contract/dossier.ts';
import { AFTER_DEFINITE_OCCASION, EVENT_TRIGGERS, NEWS_OFFSET, OFFSET_PHRASE, OFFSET_UNITS, OFFSET_WORDS, REFERENCE_OFFSET } from './patterns.ts';

export interface PendingOffset {
  /** The event the offset dates, by index in the raw mention list. */
  index: number;
  /** Type of the event it is measured from. */
  from: string;
  days: number;
}

/** Days an offset match spans (count, unit, "after" / "before" in groups 1–3), signed forward for "after"; null for coarser units. */
function spannedDays(m: RegExpExecArray): number | null {
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : OFFSET_WORDS[m[1]!.toLowerCase()];
  const unit = OFFSET_UNITS[m[2]!.toLowerCase().replace(/s$/, '')];
  if (n === undefined || unit === undefined) return null;
  return (m[3]!.toLowerCase() === 'after' ? 1 : -1) * n * unit;
}

/** Day shift of the offset phrase starting right after a trigger, or null. */
export function offsetAfter(rest: string): { from: string; days: number } | null {
  const m = OFFSET_PHRASE.exec(rest);
  const days = m ? spannedDays(m) : null;
  if (!m || days === null) return null;
  const target = m[4] ?? '';
  const from = EVENT_TRIGGERS.find(([, re]) => re.test(target))?.[0];
  return from ? { from, days } : null;
}

/** A trigger inside an offset phrase ("three days after Orsenna and Talvar signed", "a year to the day after the accord was signed") is the reference, not dated by the sentence. */
export function insideOffset(before: string): boolean {
  // A count may be missing: "in an email of 3 September, weeks before the contaminated delivery".
  return /\b(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|some)\s+(?:hours?|days?|weeks?|months?|years?)|hours|days|weeks|months|years)(?:\s+to\s+the\s+day)?\s+(?:after|before|since)\b[^,;]*$/i.test(before);
}

/**
 * Days from the reference event to the dated one, when the trigger sits in an offset phrase of
 * days or weeks ("arrested on Saturday, four days after the dam gave way" → 4), and where the
 * phrase starts in `before`; null otherwise.
 */
export function referenceDays(before: string): { days: number; at: number } | { months: number; at: number } | null {
  const m = REFERENCE_OFFSET.exec(before);
  if (!m) return null;
  // "opened on Wednesday, two years after the old bridge was washed away": months and years name no day back, only the
  // month or year the count lands in (calendar units, not a fixed number of days).
  const unit = m[2]!.toLowerCase().replace(/s$/, '');
  if (unit === 'month' || unit === 'year') {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : OFFSET_WORDS[m[1]!.toLowerCase()];
    return n === undefined ? null : { months: (m[3]!.toLowerCase() === 'after' ? 1 : -1) * n * (unit === 'year' ? 12 : 1), at: m.index };
  }
  const days = spannedDays(m);
  return days !== null ? { days, at: m.index } : null;
}

/**
 * The month (a count of months) or year (a count of years) `months` before a dated event: "two years after" a day of
 * September 2026 lands in 2024; "three months after" it, in June 2026. A date coarser than the unit gives the coarser date
 * ("a year after" 2026 is 2025); a count of months from a bare year names no month. Null when nothing is certain.
 */
export function monthsBefore(date: DateValue, months: number): DateValue | null {
  const [y, m] = date.value.split('-').map(Number);
  if (!y) return null;
  if (months % 12 === 0) return { value: String(y - months / 12), precision: 'year' };
  if (!m) return null;
  const total = y * 12 + (m - 1) - months;
  return { value: `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`, precision: 'month' };
}

/** The day `days` before a day-precision date, or null. */
export function dayBefore(date: DateValue, days: number): DateValue | null {
  // "last month, two weeks after parliament approved": only the year is certain, when the shift stays inside it.
  if (date.precision === 'month') {
    const [y, m] = date.value.split('-').map(Number);
    if (!y || !m) return null;
    const first = shift(`${date.value}-01`, -days);
    const last = shift(new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10), -days);
    return first && last && first.slice(0, 4) === last.slice(0, 4) ? { value: first.slice(0, 4), precision: 'year' } : null;
  }
  if (date.precision !== 'day') return null;
  const value = shift(date.value, -days);
  return value ? { value, precision: 'day' } : null;
}

function shift(value: string, days: number): string | null {
  const t = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(t) ? null : new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

/** Date the pending events from the day the text gives the event they are measured from. */
export function resolveOffsets(raw: EventMention[], pending: PendingOffset[]): void {
  for (const p of pending) {
    const e = raw[p.index];
    if (!e || e.date) continue;
    const ref = raw.find((r) => r !== e && r.type === p.from && r.date?.precision === 'day');
    const value = ref?.date ? shift(ref.date.value, p.days) : null;
    if (value) e.date = { value, precision: 'day' } as DateValue;
  }
}

/**
 * "The row comes a day after the first anniversary was marked": the news itself is the reference,
 * so the event is that long before the news day. Days and weeks give a day; "a year after" a year.
 * `at`: where the phrase starts in `before` (the dates stage may read "a year after" as a date of the news itself).
 */
export function newsOffsetBefore(before: string): ({ days: number } | { years: number }) & { at: number } | null {
  const m = NEWS_OFFSET.exec(before);
  if (!m) return null;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : OFFSET_WORDS[m[1]!.toLowerCase()];
  const unitWord = m[2]!.toLowerCase().replace(/s$/, '');
  const sign = m[3]!.toLowerCase() === 'after' ? -1 : 1;
  if (n === undefined) return null;
  if (unitWord === 'year') return { years: sign * n, at: m.index };
  const unit = OFFSET_UNITS[unitWord];
  return unit === undefined ? null : { days: sign * n * unit, at: m.index };
}

/** The date a news offset points at from the news day. */
export function shiftFromNews(newsDay: string, back: { days: number } | { years: number }): DateValue | null {
  if ('years' in back) {
    const y = Number(newsDay.slice(0, 4)) + back.years;
    return Number.isFinite(y) ? { value: String(y), precision: 'year' } : null;
  }
  const value = shift(newsDay, back.days);
  return value ? { value, precision: 'day' } : null;
}



/** Types of the acts a ceremony may be: the text names the occasion by what was done there ("the signing ceremony"). */
const CEREMONY_TYPES: readonly string[] = ['signing', 'meeting'];

/**
 * The day of the occasion a speech was given right after ("Quarnick said after the talks"): the definite noun points back to
 * the last occasion of its type the text has told with a day (`told`, in text order), never one after the page's day (a
 * speech told as given is not ahead). Null when the words after the trigger name no such occasion or the text dated none.
 */
export function occasionDay(afterTrigger: string, told: readonly EventMention[], pageDay: string | null): DateValue | null {
  const m = AFTER_DEFINITE_OCCASION.exec(afterTrigger);
  if (!m) return null;
  const noun = m[1]!.toLowerCase();
  const own = EVENT_TRIGGERS.find(([, re]) => re.test(noun))?.[0];
  const types = new Set(noun === 'ceremony' ? CEREMONY_TYPES : own ? [own] : []);
  const ref = told.findLast((e) => types.has(e.type) && e.date?.precision === 'day' && !(pageDay && e.date.value > pageDay));
  return ref?.date ?? null;
}
