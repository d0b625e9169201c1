/**
 * analyse: per-document analysis, a pure function of one CleanDocument, run in worker threads.
 * Passes run in a fixed order; each later pass reads what the earlier ones found.
 */
import type { CleanDocument, DocAnalysis } from '../contract/pipeline.ts';
import { splitSentences } from './sentences/index.ts';
import { findEntities } from './entities/index.ts';
import { findQuotes } from './quotes/index.ts';
import { resolveDates } from './dates/index.ts';
import { findEvents } from './events/index.ts';
import { findClaims } from './claims/index.ts';

/** Analyse one cleaned document. Pure and total: never throws on any input. */
export function analyseDocument(doc: CleanDocument): DocAnalysis {
  // 1. sentence spans, the unit every later pass works in
  const sentences = splitSentences(doc.text);
  // 2. entity mentions, merged into document-local entities (aliases, roles)
  const { entities, mentions } = findEntities(doc, sentences);
  // 3. direct quotes with speaker and channel
  const quotes = findQuotes(doc, sentences, entities, mentions);
  // 4.–6. dates, events, claims
  return { documentId: doc.id, sentences, entities, mentions, quotes, ...datePasses(doc, { sentences, entities, mentions, quotes }, true, false) };
}

type DateFree = Pick<DocAnalysis, 'sentences' | 'entities' | 'mentions' | 'quotes'>;
type DateBound = Pick<DocAnalysis, 'publishedAt' | 'dateProvenance' | 'dates' | 'events' | 'claims' | 'flags'>;

/**
 * The passes that depend on the document's date: 4. the document's own date checked against the text, then every
 * date resolved against it; 5. events (who did what, where, when); 6. checkable claims (left empty without `withClaims`).
 */
function datePasses(doc: CleanDocument, { sentences, entities, mentions, quotes }: DateFree, withClaims: boolean, reread: boolean, settled = false): DateBound {
  const dated = resolveDates(doc, sentences, { reread, settled });
  const base = { doc, sentences, entities, mentions, quotes, dates: dated.dates, publishedAt: dated.publishedAt };
  const events = findEvents(base);
  const claims = withClaims ? findClaims({ ...base, events }) : [];
  return { publishedAt: dated.publishedAt, dateProvenance: dated.dateProvenance, dates: dated.dates, events, claims, flags: dated.flags };
}

/**
 * Re-run only the passes that depend on the document's date (dates, events, claims) for `doc`, which may
 * carry another publish date than when `analysis` was made; sentences, entities and quotes are kept.
 * Much cheaper than analyseDocument (no sentence, entity or quote pass), for the corpus stage to try
 * publish days on a page that prints none; `{ claims: false }` skips the claim pass too. Pure and total
 * like analyseDocument.
 */
export function reanalyseDates(doc: CleanDocument, analysis: DocAnalysis, { claims: withClaims = true, settled = false } = {}): DocAnalysis {
  // Without claims (for trials that read only dates and events) the claims are left empty, not stale. `settled`: the
  // publish day given is the one picked for a page that prints none, not a day tried (see resolveDates).
  return { ...analysis, ...datePasses(doc, analysis, withClaims, true, settled) };
}

export type { AnalysisContext } from './context.ts';
