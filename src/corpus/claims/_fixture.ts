/** Test fixture for the claims tests: one page analysed as the pipeline would, from its outlet, text and publish day. */
import type { AnalysedDocument, CleanDocument } from '../../contract/pipeline.ts';
import { analyseDocument } from '../../analyse/index.ts';

export function analysed(id: string, outlet: string, text: string, publishedAt = '2025-06-11'): AnalysedDocument {
  const doc: CleanDocument = {
    id, source: `${id}.txt`, title: `${outlet} report`, outlet, byline: null, publishedAt,
    dateProvenance: { method: 'meta', raw: publishedAt, inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  return { doc, analysis: analyseDocument(doc) };
}
