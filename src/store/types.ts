import type { Dossier } from '../contract/dossier.ts';
import type { AnalysedDocument, RawArticle } from '../contract/pipeline.ts';

/** One processed article, written with its raw form so it can be re-cleaned later. */
export interface StoredArticle extends AnalysedDocument {
  raw: RawArticle;
}

export interface SearchHit {
  kind: 'document' | 'quote';
  /** Document id, or quote id for quote hits. */
  id: string;
  documentId: string;
  /** Matching text with the terms wrapped in « » (plain text: the caller escapes it). */
  snippet: string;
}

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface Job {
  id: string;
  status: JobStatus;
  total: number;
  done: number;
  message: string | null;
  result: unknown;
  createdAt: string;
  updatedAt: string;
}

/**
 * Everything the pipeline, CLI and server need from storage. All SQL lives behind this interface,
 * so a PostgreSQL backend is one new implementation, not a rewrite.
 */
export interface Store {
  readonly path: string;
  /** Ids among `ids` that are already stored (idempotent ingest). */
  existingIds(ids: string[]): Set<string>;
  /** Store a batch atomically: all of it or none of it. Already-stored ids are left alone. */
  putBatch(items: StoredArticle[]): number;
  documentCount(): number;
  /** Every stored document with its analysis, in insertion order. */
  allDocuments(): AnalysedDocument[];
  /** Ids of documents not yet included in the corpus state (added since the last dossier). */
  ungroupedIds(): Set<string>;
  getState(key: string): string | null;
  /**
   * Commit a corpus run at once: the new state, the dossier, its search index, and every
   * document marked as grouped. A crash before this leaves the previous run's state intact.
   */
  commitCorpus(run: { state: Record<string, string>; dossier: Dossier }): void;
  latestDossier(): Dossier | null;
  /** Documents and quotes matching `query`, best first, with a snippet each. */
  search(query: string, limit: number, offset: number): SearchHit[];
  /** Every document whose text, title or one of whose quotes matches `query` (no ranking, no snippets). */
  matchingDocumentIds(query: string): Set<string>;
  /** How many hits `search` has for `query` in all (for paging). */
  searchCount(query: string): number;
  createJob(): Job;
  updateJob(id: string, patch: Partial<Pick<Job, 'status' | 'total' | 'done' | 'message' | 'result'>>): void;
  getJob(id: string): Job | null;
  close(): void;
}
