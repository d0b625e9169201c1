import type { AnalysedDocument } from '../../contract/pipeline.ts';
import type { EntityResolution, Grouping, QuoteLedger } from '../types.ts';

/** Quote ledger: quotes with global speakers, grouped into statements. PLACEHOLDER until issue 4 lands. */
export function buildQuoteLedger(docs: AnalysedDocument[], res: EntityResolution, _grouping: Grouping): QuoteLedger {
  const quotes = docs.flatMap(({ doc, analysis }) => analysis.quotes.map((q, i) => ({
    id: `${doc.id}:q${i}`, documentId: doc.id, text: q.text, start: q.start, end: q.end,
    speakerId: q.speaker === null ? null : res.globalIds.get(doc.id)?.[q.speaker] ?? null,
    speakerText: q.speakerText, statementId: `st:${doc.id}:q${i}`, partial: q.partial,
  })));
  return { quotes, statements: quotes.map((q) => ({ id: q.statementId!, speakerId: q.speakerId, quoteIds: [q.id], text: q.text })) };
}
