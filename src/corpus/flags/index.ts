import type { Claim, DossierEvent, Flag } from '../../contract/dossier.ts';
import type { AnalysedDocument } from '../../contract/pipeline.ts';
import type { Grouping, QuoteLedger } from '../types.ts';

export interface FlagInputs {
  docs: AnalysedDocument[];
  grouping: Grouping;
  ledger: QuoteLedger;
  events: DossierEvent[];
  claims: Claim[];
}

/** Flags for the reader. PLACEHOLDER until issue 6 lands: document flags and duplicates only. */
export function collectFlags({ docs, grouping }: FlagInputs): Flag[] {
  const flags: Flag[] = docs.flatMap(({ doc, analysis }) => analysis.flags.map((f) => ({ ...f, documentIds: [doc.id] })));
  for (const [id, of] of grouping.duplicateOf) if (of) flags.push({ kind: 'duplicate', documentIds: [id, of], message: `${id} duplicates ${of}` });
  return flags;
}
