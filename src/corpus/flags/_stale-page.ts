/**
 * A page whose date is far after all the coverage it agrees with: its date is likely a widget
 * showing the scrape day. Per-document analysis cannot see this when the text holds no dated fact.
 */
import type { Claim, Flag } from '../../contract/dossier.ts';
import type { AnalysedDocument } from '../../contract/pipeline.ts';
import type { Grouping } from '../types.ts';
import { LOOKS_BACK, MIN_PARTNERS, STALE_PAGE_DAYS } from './constants.ts';

const day = (iso: string | null): number | null => {
  const t = iso ? Date.parse(iso.slice(0, 10)) : NaN;
  return Number.isFinite(t) ? t / 86_400_000 : null;
};

export function stalePageFlags(docs: AnalysedDocument[], claims: Claim[], grouping: Grouping): Flag[] {
  const partners = new Map<string, Set<string>>();
  for (const c of claims) {
    const ids = [...new Set([...c.support, ...c.conflicts].map((r) => r.documentId))];
    for (const a of ids) for (const b of ids) {
      if (a === b) continue;
      const s = partners.get(a) ?? new Set<string>();
      s.add(b);
      partners.set(a, s);
    }
  }
  const byId = new Map(docs.map((d) => [d.doc.id, d]));
  const flags: Flag[] = [];
  for (const { doc, analysis } of docs) {
    if (analysis.flags.some((f) => f.kind === 'date') || grouping.duplicateOf.get(doc.id)) continue;
    const p = day(analysis.publishedAt);
    if (p === null || LOOKS_BACK.test(doc.text ?? '')) continue;
    const dates = [...(partners.get(doc.id) ?? [])]
      .map((id) => byId.get(id)?.analysis.publishedAt ?? null)
      .map((x) => ({ x, d: day(x) }))
      .filter((x): x is { x: string; d: number } => x.d !== null);
    if (dates.length < MIN_PARTNERS || !dates.every((x) => p - x.d > STALE_PAGE_DAYS)) continue;
    const latest = dates.sort((a, b) => b.d - a.d)[0]!.x.slice(0, 10);
    flags.push({
      kind: 'date',
      documentIds: [doc.id],
      message: `Page date ${analysis.publishedAt!.slice(0, 10)} of "${(doc.title ?? '').slice(0, 80)}" is far after all `
        + `${dates.length} articles it agrees with (latest ${latest}); the page date may be the scrape day, not the story's.`,
    });
  }
  return flags;
}
