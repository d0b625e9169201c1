/**
 * pipeline: the main job. Ingest inputs, clean and analyse new articles on all cores, store them
 * batch by batch, then rebuild the corpus and the dossier. Shared by the CLI, `watch` and the server.
 */
import type { Dossier } from '../contract/dossier.ts';
import type { IngestWarning, RawArticle } from '../contract/pipeline.ts';
import { ingestBytes, ingestPaths, type IngestOptions } from '../ingest/index.ts';
import { buildDossier, type StoryState } from '../corpus/index.ts';
import { writeDossier } from '../dossier/index.ts';
import { openStore, type Store, type StoredArticle } from '../store/index.ts';
import { processAll } from './pool.ts';

/** Articles per store transaction: a crash loses at most one batch of work, never consistency. */
const STORE_BATCH_SIZE = 32;
/** Articles handed to the worker pool at a time, so memory holds a chunk, not the corpus. */
const PROCESS_CHUNK_SIZE = 512;
/** Key of the story-clustering state in the store. */
const STORY_STATE_KEY = 'stories';

export type Phase = 'read' | 'analyse' | 'corpus' | 'write';

export interface Progress {
  phase: Phase;
  done: number;
  total: number;
}

export type AnalyzeInput = { path: string } | { name: string; bytes: Uint8Array };

export interface AnalyzeOptions extends Pick<IngestOptions, 'maxBytes' | 'readStdin'> {
  inputs: AnalyzeInput[];
  /** Store file; ignored when `store` is given. */
  dbPath?: string;
  /** An already open store (the server keeps one open). */
  store?: Store;
  /** Folder for dossier.{json,md,html}; omitted: the dossier is only kept in the store. */
  outDir?: string;
  threads?: number;
  onProgress?: (p: Progress) => void;
  /** Clock for the dossier's `generatedAt` (tests fix it). */
  now?: () => Date;
}

export interface AnalyzeResult {
  /** Articles read from the inputs. */
  read: number;
  /** Articles new to the store. */
  added: number;
  /** Articles already in the store (re-ingesting is a no-op). */
  alreadyStored: number;
  warnings: IngestWarning[];
  dossier: Dossier;
  paths: { json: string; md: string; html: string } | null;
}

function readInputs(opts: AnalyzeOptions, warnings: IngestWarning[]): RawArticle[] {
  const articles: RawArticle[] = [];
  const paths = opts.inputs.flatMap((i) => ('path' in i ? [i.path] : []));
  const exclude = [opts.outDir, opts.store?.path ?? opts.dbPath].filter((p): p is string => Boolean(p) && p !== ':memory:');
  for (const ev of ingestPaths(paths, { ...opts, exclude })) {
    if (ev.kind === 'file') {
      articles.push(...ev.articles);
      warnings.push(...ev.warnings);
    }
  }
  for (const input of opts.inputs) {
    if ('bytes' in input) {
      const r = ingestBytes(input.name, input.bytes, opts);
      articles.push(...r.articles);
      warnings.push(...r.warnings);
    }
  }
  return articles;
}

/** Clean, analyse and store the articles the store does not hold yet. Returns how many were added. */
async function analyseNew(store: Store, fresh: RawArticle[], opts: AnalyzeOptions, warnings: IngestWarning[]): Promise<number> {
  let added = 0;
  let done = 0;
  let pending: StoredArticle[] = [];
  const flush = (): void => {
    if (pending.length) added += store.putBatch(pending);
    pending = [];
  };
  for (let i = 0; i < fresh.length; i += PROCESS_CHUNK_SIZE) {
    await processAll(fresh.slice(i, i + PROCESS_CHUNK_SIZE), (raw, result) => {
      if (result.ok) pending.push({ raw, ...result.value });
      else warnings.push({ source: raw.source, reason: result.error });
      if (pending.length >= STORE_BATCH_SIZE) flush();
      opts.onProgress?.({ phase: 'analyse', done: ++done, total: fresh.length });
    }, opts.threads);
    flush();
  }
  return added;
}

function emptyDossier(now: Date): Dossier {
  return buildDossier({ docs: [], newIds: new Set(), prior: null, generatedAt: now.toISOString() }).dossier;
}

/** Rebuild the corpus over the whole store and commit the dossier with the new story state. */
export function rebuildCorpus(store: Store, now: Date = new Date()): Dossier {
  const prior = store.getState(STORY_STATE_KEY);
  const { dossier, state } = buildDossier({
    docs: store.allDocuments(),
    newIds: store.ungroupedIds(),
    prior: prior ? (JSON.parse(prior) as StoryState) : null,
    generatedAt: now.toISOString(),
  });
  store.commitCorpus({ state: { [STORY_STATE_KEY]: JSON.stringify(state) }, dossier });
  return dossier;
}

/** The main job: inputs → store → dossier. Never throws on bad input: it becomes a warning. */
export async function runAnalyze(opts: AnalyzeOptions): Promise<AnalyzeResult> {
  const store = opts.store ?? openStore(opts.dbPath);
  try {
    const warnings: IngestWarning[] = [];
    opts.onProgress?.({ phase: 'read', done: 0, total: opts.inputs.length });
    const articles = readInputs(opts, warnings);
    const unique = [...new Map(articles.map((a) => [a.id, a])).values()];
    const stored = store.existingIds(unique.map((a) => a.id));
    const fresh = unique.filter((a) => !stored.has(a.id));
    const added = await analyseNew(store, fresh, opts, warnings);
    if (articles.length === 0 && store.documentCount() === 0) {
      // Nothing to report on: leave no empty dossier behind to be mistaken for a result.
      return { read: 0, added: 0, alreadyStored: 0, warnings, dossier: emptyDossier(opts.now?.() ?? new Date()), paths: null };
    }
    opts.onProgress?.({ phase: 'corpus', done: 0, total: 1 });
    const needsRebuild = added > 0 || store.ungroupedIds().size > 0 || !store.latestDossier();
    const dossier = needsRebuild ? rebuildCorpus(store, opts.now?.()) : (store.latestDossier() as Dossier);
    let paths: AnalyzeResult['paths'] = null;
    if (opts.outDir) {
      opts.onProgress?.({ phase: 'write', done: 0, total: 1 });
      paths = writeDossier(opts.outDir, dossier);
    }
    return { read: articles.length, added, alreadyStored: unique.length - fresh.length, warnings, dossier, paths };
  } finally {
    if (!opts.store) store.close();
  }
}
