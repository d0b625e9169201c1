/**
 * corpus: cross-document work over every analysed document in the store — duplicates, stories,
 * entity resolution, the quote ledger, timeline, corroboration and flags — assembled into a Dossier.
 */
import { SCHEMA_VERSION, type Dossier } from '../contract/dossier.ts';
import type { AnalysedDocument } from '../contract/pipeline.ts';
import { groupDocuments, type StoryState } from './stories/index.ts';
import { resolveEntities } from './entities/index.ts';
import { buildQuoteLedger } from './statements/index.ts';
import { buildTimeline } from './timeline/index.ts';
import { crossCheckClaims } from './claims/index.ts';
import { collectFlags } from './flags/index.ts';

export type { StoryState } from './stories/index.ts';
export type { Grouping, EntityResolution, QuoteLedger, Statement } from './types.ts';

export interface CorpusRun {
  /** Every analysed document in the store. */
  docs: AnalysedDocument[];
  /** Ids of the documents added by this run (the rest were grouped by earlier runs). */
  newIds: Set<string>;
  /** Story state left by the previous run, or null on a new store. */
  prior: StoryState | null;
  /** ISO time stamped into the dossier; passed in so the stage stays pure. */
  generatedAt: string;
}

/** Document ids in publishing order (undated last, ties by id): how a reader follows a story. */
function chronological(ids: string[], docs: AnalysedDocument[]): string[] {
  const dateOf = new Map(docs.map((d) => [d.doc.id, d.analysis.publishedAt ?? '\uffff']));
  return [...ids].sort((a, b) => (dateOf.get(a) ?? '\uffff').localeCompare(dateOf.get(b) ?? '\uffff') || a.localeCompare(b));
}

/** Build the dossier from analysed documents. Pure: same input, same dossier. */
export function buildDossier(run: CorpusRun): { dossier: Dossier; state: StoryState } {
  // Stable order so the result never depends on input order.
  const docs = [...run.docs].sort((a, b) => a.doc.id.localeCompare(b.doc.id));
  const { grouping, state } = groupDocuments(docs, run.newIds, run.prior);
  const resolution = resolveEntities(docs);
  const ledger = buildQuoteLedger(docs, resolution, grouping);
  const events = buildTimeline(docs, resolution, grouping);
  const claims = crossCheckClaims(docs, resolution, grouping);
  const flags = collectFlags({ docs, grouping, ledger, events, claims });
  const dossier: Dossier = {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: run.generatedAt,
    documents: docs.map(({ doc, analysis }) => ({
      id: doc.id,
      source: doc.source,
      title: doc.title,
      outlet: doc.outlet,
      byline: doc.byline,
      publishedAt: analysis.publishedAt,
      language: doc.language,
      text: doc.text,
      storyId: grouping.storyOf.get(doc.id) ?? null,
      duplicateOf: grouping.duplicateOf.get(doc.id) ?? null,
      url: doc.url,
      dateProvenance: analysis.dateProvenance,
      syndicatedFrom: grouping.syndicatedFrom.get(doc.id) ?? null,
    })),
    stories: grouping.stories.map((s) => ({ ...s, documentIds: chronological(s.documentIds, docs) })),
    entities: resolution.entities,
    quotes: ledger.quotes,
    events,
    claims,
    flags,
    statements: ledger.statements,
  };
  return { dossier, state };
}
