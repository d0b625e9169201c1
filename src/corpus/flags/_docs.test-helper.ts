/** Test documents for the flag rules: a page of one outlet, published on a given day, run through the real analysis. */
import type { AnalysedDocument, CleanDocument } from '../../contract/pipeline.ts';
import { analyseDocument } from '../../analyse/index.ts';

/** A builder of analysed pages published on `publishedAt` (weekdays in their text resolve against that day). */
export const analysedOn = (publishedAt: string) => (id: string, outlet: string, text: string): AnalysedDocument => {
  const doc: CleanDocument = {
    id, source: `${id}.txt`, title: `${outlet} report`, outlet, byline: null, publishedAt,
    dateProvenance: { method: 'meta', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  return { doc, analysis: analyseDocument(doc) };
};
