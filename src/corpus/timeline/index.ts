import type { DossierEvent } from '../../contract/dossier.ts';
import type { AnalysedDocument } from '../../contract/pipeline.ts';
import type { EntityResolution, Grouping } from '../types.ts';

/** Events merged across documents, in date order. PLACEHOLDER until issue 6 lands. */
export function buildTimeline(_docs: AnalysedDocument[], _res: EntityResolution, _grouping: Grouping): DossierEvent[] {
  return [];
}
