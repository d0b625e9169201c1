/** Flags for one statement quoted in different wordings across outlets. */
import type { Flag, Quote } from '../../contract/dossier.ts';
import type { AnalysedDocument } from '../../contract/pipeline.ts';
import type { Grouping, QuoteLedger } from '../types.ts';
import { MESSAGE_QUOTE_CHARS, SAME_WORDING_MIN } from './constants.ts';

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function sameWording(a: string, b: string): boolean {
  const wa = words(a).join(' ');
  const wb = words(b).join(' ');
  // A fragment of the other quote is the same wording, cut shorter.
  if (!wa || !wb || wa.includes(wb) || wb.includes(wa)) return true;
  const sa = new Set(words(a));
  const sb = new Set(words(b));
  let inter = 0;
  for (const w of sa) if (sb.has(w)) inter++;
  return inter / Math.max(sa.size, sb.size) >= SAME_WORDING_MIN;
}

const cut = (s: string): string => (s.length > MESSAGE_QUOTE_CHARS ? `${s.slice(0, MESSAGE_QUOTE_CHARS - 1)}…` : s);

export function quoteFlags(ledger: QuoteLedger, grouping: Grouping, docs: Map<string, AnalysedDocument>): Flag[] {
  const byId = new Map(ledger.quotes.map((q) => [q.id, q]));
  const flags: Flag[] = [];
  for (const st of [...ledger.statements].sort((a, b) => a.id.localeCompare(b.id))) {
    // Copies of one document are one wording.
    const quotes = st.quoteIds.map((id) => byId.get(id)).filter((q): q is Quote => !!q && !grouping.duplicateOf.get(q.documentId));
    const variants: Quote[] = [];
    for (const q of [...quotes].sort((a, b) => a.documentId.localeCompare(b.documentId) || a.start - b.start)) {
      if (!variants.some((v) => sameWording(v.text, q.text))) variants.push(q);
    }
    if (variants.length < 2) continue;
    const outlet = (q: Quote): string => docs.get(q.documentId)?.doc.outlet ?? q.documentId;
    const who = quotes.find((q) => q.speakerText)?.speakerText ?? 'one speaker';
    flags.push({
      kind: 'quote-wording',
      documentIds: [...new Set(quotes.map((q) => q.documentId))].sort(),
      evidence: variants.map((q) => ({ documentId: q.documentId, start: q.start, end: q.end })),
      message: `${who}'s statement is worded ${variants.length} ways: "${cut(variants[0]!.text)}" (${outlet(variants[0]!)}) vs "${cut(variants[1]!.text)}" (${outlet(variants[1]!)}).`,
    });
  }
  return flags;
}
