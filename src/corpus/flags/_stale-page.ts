/**
 * A page whose date is far after all the coverage it agrees with: its date is likely a widget
 * showing the scrape day. Per-document analysis cannot see this when the text holds no dated fact.
 */
import type { Claim, Flag } from '../../contract/dossier.ts';
import { epochDay } from '../../analyse/dates/index.ts';
import type { AnalysedDocument, DateMention } from '../../contract/pipeline.ts';
import type { Grouping } from '../types.ts';
import { LOOKS_BACK, MIN_PARTNERS, STALE_PAGE_DAYS, TOLD_LATER_DAYS } from './constants.ts';
import { NAMED_MONTH } from './patterns.ts';

const day = (iso: string | null): number | null => {
  const t = iso ? Date.parse(iso.slice(0, 10)) : NaN;
  return Number.isFinite(t) ? t / 86_400_000 : null;
};

/** The first and last day a date may mean ("2026-09" is 1 to 30 September), in days since 1970. */
function span(value: string): [number, number] {
  const [y, m, d] = value.split('-').map(Number) as [number, number?, number?];
  const from = epochDay(value) ?? NaN;
  const to = d ? from : (m ? Date.UTC(y, m, 1) : Date.UTC(y + 1, 0, 1)) / 86_400_000 - 1;
  return [from, to];
}

/**
 * The page's text names a month (by its name, so the day does not hang on the page date) that lies well after every
 * article it agrees with and no later than the page date: a follow-up telling what came since ("dismissed in May",
 * "told the inquiry in September"), whose late date its own text bears out.
 */
export function toldLater(dates: DateMention[], latest: number, page: number): boolean {
  return dates.some((m) => {
    if (!NAMED_MONTH.test(m.text)) return false;
    const [from, to] = span(m.date.value);
    return to > latest + TOLD_LATER_DAYS && from <= page;
  });
}

export function stalePageFlags(docs: AnalysedDocument[], claims: Claim[], grouping: Grouping): Flag[] {
  const byId = new Map(docs.map((d) => [d.doc.id, d]));
  const dayOf = (id: string): number | null => day(byId.get(id)?.analysis.publishedAt ?? null);
  // Per document: how many other documents share a claim with it, and the latest of their dates.
  const count = new Map<string, number>();
  const latest = new Map<string, number>();
  for (const c of claims) {
    const ids = [...new Set([...c.support, ...c.conflicts].map((r) => r.documentId))];
    if (ids.length < 2) continue;
    const dated = ids.map((id) => ({ id, d: dayOf(id) })).filter((x): x is { id: string; d: number } => x.d !== null)
      .sort((a, b) => b.d - a.d);
    for (const id of ids) {
      count.set(id, (count.get(id) ?? 0) + ids.length - 1);
      const top = dated.find((x) => x.id !== id);
      if (top) latest.set(id, Math.max(latest.get(id) ?? -Infinity, top.d));
    }
  }
  const flags: Flag[] = [];
  for (const { doc, analysis } of docs) {
    if (analysis.flags.some((f) => f.kind === 'date') || grouping.duplicateOf.get(doc.id)) continue;
    const p = day(analysis.publishedAt);
    const last = latest.get(doc.id);
    if (p === null || last === undefined || (count.get(doc.id) ?? 0) < MIN_PARTNERS) continue;
    if (p - last <= STALE_PAGE_DAYS || LOOKS_BACK.test(doc.text ?? '') || toldLater(analysis.dates, last, p)) continue;
    const lastIso = new Date(last * 86_400_000).toISOString().slice(0, 10);
    flags.push({
      kind: 'date',
      documentIds: [doc.id],
      message: `Page date ${analysis.publishedAt!.slice(0, 10)} of "${(doc.title ?? '').slice(0, 80)}" is far after every `
        + `article it agrees with (latest ${lastIso}); the page date may be the scrape day, not the story's.`,
    });
  }
  return flags;
}
