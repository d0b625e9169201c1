/** Build corpus-stage documents from plain text for the story evaluations (empty analysis unless asked). */
import type { AnalysedDocument, CleanDocument, DocAnalysis } from '../src/contract/pipeline.ts';

export interface PlainDoc { id: string; title: string; text: string; publishedAt: string | null; outlet: string | null; url: string | null }

export function cleanDoc(d: PlainDoc): CleanDocument {
  return {
    id: d.id, source: d.id, title: d.title, outlet: d.outlet, byline: null, publishedAt: d.publishedAt,
    dateProvenance: { method: d.publishedAt ? 'input' : 'none', raw: d.publishedAt, inferred: false },
    dateCandidates: [], modifiedAt: null, language: 'en', url: d.url, text: d.text,
  };
}

export function emptyAnalysis(doc: CleanDocument): DocAnalysis {
  return {
    documentId: doc.id, publishedAt: doc.publishedAt, dateProvenance: doc.dateProvenance,
    sentences: [], entities: [], mentions: [], quotes: [], dates: [], events: [], claims: [], flags: [],
  };
}

/** Documents with empty analyses, or run through `analyse` (when it throws, the empty analysis is kept). */
export async function analysed(docs: PlainDoc[], withAnalyse: boolean): Promise<AnalysedDocument[]> {
  const analyse = withAnalyse ? (await import('../src/analyse/index.ts')).analyseDocument : null;
  return docs.map((p) => {
    const doc = cleanDoc(p);
    let analysis = emptyAnalysis(doc);
    if (analyse) { try { analysis = analyse(doc); } catch { /* keep empty */ } }
    return { doc, analysis };
  });
}
