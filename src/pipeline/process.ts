import type { AnalysedDocument, RawArticle } from '../contract/pipeline.ts';
import { cleanArticle } from '../clean/index.ts';
import { analyseDocument } from '../analyse/index.ts';

export type ProcessResult = { ok: true; value: AnalysedDocument } | { ok: false; error: string };

/** The per-document work: a pure function of one article, run inline or in a worker thread. */
export function processArticle(raw: RawArticle): ProcessResult {
  try {
    const doc = cleanArticle(raw);
    return { ok: true, value: { doc, analysis: analyseDocument(doc) } };
  } catch (err) {
    return { ok: false, error: `analysis failed (${(err as Error).message}); please report this file` };
  }
}
