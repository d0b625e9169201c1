import type { CleanDocument, DateMention, DocFlag, Span } from '../../contract/pipeline.ts';
import type { DateProvenance } from '../../contract/dossier.ts';

export interface DateResolution {
  publishedAt: string | null;
  dateProvenance: DateProvenance;
  dates: DateMention[];
  flags: DocFlag[];
}

/** Check the document date against the text and resolve every date mention. PLACEHOLDER until issue 6 lands. */
export function resolveDates(doc: CleanDocument, _sentences: Span[]): DateResolution {
  return { publishedAt: doc.publishedAt, dateProvenance: doc.dateProvenance, dates: [], flags: [] };
}
