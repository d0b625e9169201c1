import type { AnalysedDocument } from '../../contract/pipeline.ts';

/** Exact and near-duplicate detection. PLACEHOLDER until issue 5 lands: exact text only. */
export function findDuplicates(docs: AnalysedDocument[]): Map<string, string | null> {
  const firstByText = new Map<string, string>();
  const out = new Map<string, string | null>();
  const ordered = [...docs].sort((a, b) => (a.analysis.publishedAt ?? '').localeCompare(b.analysis.publishedAt ?? '') || a.doc.id.localeCompare(b.doc.id));
  for (const { doc } of ordered) {
    const key = doc.text.replace(/\s+/g, ' ').trim();
    const first = firstByText.get(key);
    out.set(doc.id, first ?? null);
    if (!first) firstByText.set(key, doc.id);
  }
  return out;
}
