/** Metadata lines of scraped text: bylines, timestamps, credits. Lifted out of the body. */
import type { DateCandidate } from '../contract/pipeline.ts';
import { LINE_PATTERNS as L } from './patterns.ts';
import { cleanByline } from './_byline.ts';
import { pushCandidate, tidy, toIsoDate } from './_dates.ts';
import { STAMP_MAX_OTHER_WORDS, STAMP_MAX_WORDS } from './constants.ts';

export interface LineMeta {
  kind: 'byline' | 'outlet' | 'timestamp' | 'dateline' | 'credit' | 'url';
  value: string;
}

const MAX_META_LINE = 160;

/** Words of a line besides its dates, weekdays, times, zones and stamp labels ("Published", "Updated"). */
export function otherThanDateWords(s: string): number {
  const rest = s.replace(L.dateishAll, ' ').replace(L.stampWordsAll, ' ');
  return rest.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length;
}

/**
 * The part of a stamp line that dates the first publication: a part labelled "Published"/"Posted",
 * else the first part not labelled "Updated"/"Modified", else the first ("Updated: March 6 | Published: March 5").
 */
function publishedPart(parts: string[]): string | null {
  return parts.find((p) => L.publishedLabel.test(p)) ?? parts.find((p) => !L.modifiedLabel.test(p)) ?? parts[0] ?? null;
}

/** Splits "By Jane Doe | Published 3 March 2024, 10:00" into its name part and its date part. */
function splitStamp(s: string): { name: string; date: string | null } {
  const parts = s.split(/\s*(?:\||•|·|—|–|\bon\b|,\s*(?=(?:published|updated|posted)))\s*/i);
  const dateParts = parts.filter((p) => L.dateish.test(p) && toIsoDate(p.replace(L.stampWord, '').trim()));
  const name = parts.filter((p) => !L.dateish.test(p)).join(', ');
  const date = publishedPart(dateParts);
  return { name, date: date ? date.replace(L.stampLead, '') : null };
}

/** A line with several dated parts ("Updated: … | Published: …"): the publication's part without its label, else null. */
function publishedOfMany(s: string): string | null {
  const dated = s.split(L.stampSeparator).filter((p) => L.dateish.test(p) && toIsoDate(p.replace(L.stampLead, '')));
  return dated.length > 1 ? publishedPart(dated)?.replace(L.stampLead, '') ?? null : null;
}

/**
 * What metadata a line carries, or null for an ordinary line. `nearByline` is true for lines
 * next to a byline: a date there is the article's own timestamp, elsewhere a page-date widget.
 */
export function classifyMetaLine(line: string, nearByline: boolean, outlet: string | null = null): LineMeta[] | null {
  const s = line.trim();
  if (!s || s.length > MAX_META_LINE || L.embedSignature.test(s)) return null;
  const by = L.byline.exec(s);
  if (by) {
    const { name, date } = splitStamp(by[1].replace(L.email, ' ').trim());
    const out: LineMeta[] = [];
    const isOutlet = !!outlet && name.toLowerCase().replace(/^the\s+/, '') === outlet.toLowerCase().replace(/^the\s+/, '');
    const person = isOutlet ? null : cleanByline([name], outlet);
    if (person) out.push({ kind: 'byline', value: person });
    else {
      const org = L.outletBy.exec(`by ${name}`);
      if (org) out.push({ kind: 'outlet', value: org[1].trim() });
    }
    if (date) out.push({ kind: 'timestamp', value: date });
    return out.length ? out : null;
  }
  const rep = L.reportingBy.exec(s);
  if (rep) {
    const person = cleanByline([rep[1]], null);
    return person ? [{ kind: 'byline', value: person }] : [{ kind: 'credit', value: s }];
  }
  if (L.urlLine.test(s)) return [{ kind: 'url', value: s }];
  const credit = L.credit.exec(s);
  if (credit) return [{ kind: 'credit', value: credit[1].trim() }];
  if (L.agencyLine.test(s)) return [{ kind: 'credit', value: s.replace(/[()[\].]/g, '') }];
  return dateLine(s, nearByline);
}

/** A stamp or dateline ("Published: Friday, March 8, 2013 at 12:46 PM"), or null; its value is the page's text as written. */
function dateLine(s: string, nearByline: boolean): LineMeta[] | null {
  if (L.dateRange.test(s)) return null;
  // Without a stamp label, a line of many other words is a citation or list item ("Email interview with …, Oct. 30, 2019").
  const labelled = L.stampLabel.test(s);
  const stampPart = s.split(L.stampSeparator).some((p) => L.dateish.test(p) && otherThanDateWords(p) <= STAMP_MAX_OTHER_WORDS);
  // A period after "a.m.", a figure or a reading time's "3 Min." ends an abbreviation, not a sentence.
  if (L.dateish.test(s) && tidy(s).split(/\s+/).length <= STAMP_MAX_WORDS && (labelled || stampPart) && !L.sentenceEnd.test(s.replace(/\b(?:a\.m|p\.m|\d|\d\s?mins?)\.$/i, ''))) {
    // A lone "Updated …" keeps its label: the choice ranks it below a published stamp.
    const stripped = publishedOfMany(s) ?? (L.modifiedLabel.test(s) ? s : s.replace(L.stampLead, ''));
    if (toIsoDate(stripped) || toIsoDate(splitStamp(stripped).date)) {
      const kind = nearByline || L.stampWord.test(s) ? 'timestamp' : 'dateline';
      return [{ kind, value: stripped }];
    }
  }
  return null;
}

/** The publication date part of a stamp element's text ("Updated … | Published …", "By X on …"), labels dropped. */
export function stampDate(text: string): string {
  return publishedOfMany(text) ?? text.replace(L.stampLead, '').replace(/^on\s+/i, '');
}

/** The labelled dated part of a meta line ("Radio Y · Broadcast 14.03.2026, 07:30 · Presenter: …" → "14.03.2026, 07:30"), or one its time slot follows, or null. */
export function labelledStamp(text: string): string | null {
  const parts = text.split(L.stampSeparator);
  // A programme's time slot right after a dated part ("Radio X · Thursday 3 December 2026 · 18:00-19:00") says, as a
  // "Broadcast" label does, that the date is the day it went out; a count after it ("· 3 comments") says nothing.
  const slotAfter = (p: string): boolean => {
    const at = text.indexOf(p);
    return at >= 0 && TIME_SLOT_NEXT.test(text.slice(at + p.length));
  };
  const part = parts.find((p) => L.dateish.test(p) && (L.stampLabel.test(p) || slotAfter(p)));
  return part ? stampDate(part.trim()) : null;
}

/** A broadcast's time slot as the next part of a meta line: " · 07:00-08:00", " | 18.00 – 18.30". */
const TIME_SLOT_NEXT = /^\s*[|•·]\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\s*[-–—]\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d)/;

/** Adds a lifted date line to the candidates with its method. */
export function addLineDate(cands: DateCandidate[], m: LineMeta): void {
  if (m.kind !== 'timestamp' && m.kind !== 'dateline') return;
  const raw = toIsoDate(m.value) ? m.value : splitStamp(m.value).date;
  pushCandidate(cands, m.kind, raw);
}

/**
 * Is line `i` of `lines` an entry of a dated list, a timeline a post ends with ("2025-09-18 - contract signed",
 * "2026-03-10 - mayor arrested")? A date opening each of two or more lines in a row, with what happened after a dash or
 * colon, is the story's content; a page stamp stands alone.
 */
export function datedListAt(lines: readonly string[], i: number): boolean {
  if (!L.datedEntry.test(lines[i] ?? '')) return false;
  return L.datedEntry.test(lines[i - 1] ?? '') || L.datedEntry.test(lines[i + 1] ?? '');
}
