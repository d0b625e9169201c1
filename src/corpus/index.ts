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
import { memosFrom, redateDocuments, withHappeningDays } from './redate/index.ts';

/** Key of the redate memos in the story state (see redate: a page dated once is not re-tried while its evidence holds). */
const REDATE_STATE_KEY = 'redate';

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

type DateRange = { from: string | null; to: string | null };

/** A story's date range widened to the days of its pages dated by redate (the grouping saw them undated). */
function withRedated(range: DateRange | undefined, ids: string[], redatedDay: Map<string, string>): DateRange | undefined {
  const days = ids.map((id) => redatedDay.get(id)).filter((d): d is string => !!d);
  if (!range || !days.length) return range;
  const all = [range.from, range.to, ...days].filter((d): d is string => !!d).sort();
  return { from: all[0] ?? null, to: all.at(-1) ?? null };
}

/**
 * Build the dossier from analysed documents. Pure: same input, same dossier. `docs` are the documents
 * the dossier shows, in id order: the input's, except pages with no date that their story dated
 * (redate), which carry their re-read dates, events and claims.
 */
export function buildDossier(run: CorpusRun): { dossier: Dossier; state: StoryState; docs: AnalysedDocument[] } {
  // Stable order so the result never depends on input order.
  const sorted = [...run.docs].sort((a, b) => a.doc.id.localeCompare(b.doc.id));
  const { grouping, state } = groupDocuments(sorted, run.newIds, run.prior);
  // Grouped as they came (the story state stays incremental); dated from their story before anything reads dates.
  const { docs: dated, flags: dateFlags, memos } = redateDocuments(sorted, grouping, memosFrom(run.prior?.[REDATE_STATE_KEY]));
  const redatedDay = new Map(dated.filter((d, i) => d !== sorted[i] && d.analysis.publishedAt).map((d) => [d.doc.id, d.analysis.publishedAt!]));
  // "the night of the theft": a day named by its happening, dated from what the story's other pages agree.
  const docs = withHappeningDays(dated, grouping);
  const resolution = resolveEntities(docs);
  const ledger = buildQuoteLedger(docs, resolution, grouping);
  const events = buildTimeline(docs, resolution, grouping, ledger);
  const claims = crossCheckClaims(docs, resolution, grouping);
  const flags = [...collectFlags({ docs, grouping, ledger, events, claims }), ...dateFlags];
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
    stories: grouping.stories.map((s) => ({ ...s, dateRange: withRedated(s.dateRange, s.documentIds, redatedDay), documentIds: chronological(s.documentIds, docs) })),
    entities: resolution.entities,
    quotes: ledger.quotes,
    events,
    claims,
    flags,
    statements: ledger.statements,
  };
  return { dossier, state: { ...state, [REDATE_STATE_KEY]: memos }, docs };
}
