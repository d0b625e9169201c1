import type { Claim } from '../../contract/dossier.ts';
import type { AnalysedDocument } from '../../contract/pipeline.ts';
import type { EntityResolution, Grouping } from '../types.ts';

/** Claims aligned across documents with corroboration status. PLACEHOLDER until issue 6 lands. */
export function crossCheckClaims(_docs: AnalysedDocument[], _res: EntityResolution, _grouping: Grouping): Claim[] {
  return [];
}
