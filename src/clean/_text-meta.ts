/** Metadata lines of scraped text: bylines, timestamps, credits. Lifted out of the body. */
import type { DateCandidate } from '../contract/pipeline.ts';
import { LINE_PATTERNS as L } from './patterns.ts';
import { cleanByline } from './_byline.ts';
import { pushCandidate, toIsoDate } from './_dates.ts';
import { STAMP_MAX_OTHER_WORDS } from './constants.ts';

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

/** Splits "By Jane Doe | Published 3 March 2024, 10:00" into its name part and its date part. */
function splitStamp(s: string): { name: string; date: string | null } {
  const parts = s.split(/\s*(?:\||•|·|—|–|\bon\b|,\s*(?=(?:published|updated|posted)))\s*/i);
  const dateParts = parts.filter((p) => L.dateish.test(p) && toIsoDate(p.replace(L.stampWord, '').trim()));
  const name = parts.filter((p) => !L.dateish.test(p)).join(', ');
  const date = dateParts[0] ?? null;
  return { name, date: date ? date.replace(/^(?:published|updated|posted|last updated|first published)[:\s]*/i, '') : null };
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
  // Without a stamp label, a line of many other words is a citation or list item ("Email interview with …, Oct. 30, 2019").
  const labelled = L.stampLabel.test(s);
  const stampPart = s.split(L.stampSeparator).some((p) => L.dateish.test(p) && otherThanDateWords(p) <= STAMP_MAX_OTHER_WORDS);
  if (L.dateish.test(s) && s.split(/\s+/).length <= 14 && (labelled || stampPart) && !L.sentenceEnd.test(s.replace(/\b(?:a\.m|p\.m|\d)\.$/i, ''))) {
    const stripped = s.replace(/^(?:published|updated|posted|last updated|first published|date)[:\s]*/i, '');
    if (toIsoDate(stripped) || toIsoDate(splitStamp(stripped).date)) {
      const kind = nearByline || L.stampWord.test(s) ? 'timestamp' : 'dateline';
      return [{ kind, value: stripped }];
    }
  }
  return null;
}

/** Adds a lifted date line to the candidates with its method. */
export function addLineDate(cands: DateCandidate[], m: LineMeta): void {
  if (m.kind !== 'timestamp' && m.kind !== 'dateline') return;
  const raw = toIsoDate(m.value) ? m.value : splitStamp(m.value).date;
  pushCandidate(cands, m.kind, raw);
}
